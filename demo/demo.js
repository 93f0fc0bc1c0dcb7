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

// The demo sends no form: a real site would post it to its own server, with the proof of the
// Terms accepted (terms.version, terms.hash, terms.receipt). The demo shows that proof, and the
// receipt the demo server stored for it.
document.querySelector('.request-form')?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const status = event.target.querySelector('.form-status');
  const form = new FormData(event.target);
  // Each separate consent is in the form only when it was given, with its own proof.
  const consents = ['health-data', 'email-offers', 'sms-offers'].filter((name) => form.has(name));
  const given = consents.length ? ` Consents given: ${consents.join(', ')}.` : ' No marketing consent was given.';
  status.textContent = `Thank you. In this demo the form was not sent.${given}`;
  const receipt = form.get('terms.receipt');
  if (!receipt) return;
  for (let tries = 0; tries < 20; tries += 1) {
    const { receipts } = await (await fetch('api/receipts')).json();
    const stored = receipts.find((entry) => entry.id === receipt);
    if (stored) {
      status.textContent = `Thank you. In this demo the form was not sent; the clinic's server holds receipt ${receipt}: Terms version ${stored.version}, hash ${stored.hash.slice(0, 12)}….${given}`;
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});
