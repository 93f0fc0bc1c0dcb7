// Demo controls: switch the theme and the widgets' language the way a site's own script would.
// The theme select drives both the clinic elements (through the provider) and the page's own colours.
const provider = document.querySelector('clinic-provider');
const controls = document.querySelector('.demo-controls');

controls?.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (name === 'theme') {
    provider.setAttribute('theme', value);
    document.documentElement.dataset.theme = value;
  }
  if (name === 'lang') {
    // The page text stays English; only the clinic elements switch language.
    for (const element of provider.querySelectorAll('*')) {
      if (element.localName.includes('-') && element.shadowRoot) element.lang = value;
    }
  }
});

// The demo sends nothing: a real site would post the form to its own server.
document.querySelector('.request-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  event.target.querySelector('.form-status').textContent = 'Thank you. In this demo nothing was sent.';
});
