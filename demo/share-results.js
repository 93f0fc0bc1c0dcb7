// The demo sends no form: a real site would upload the files to its own server together with the
// release, which says what it covers (release.covers), which text was agreed to (release.version,
// release.hash) and the receipt the clinic's server holds for it (release.receipt).
document.querySelector('.request-form')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const covers = form.getAll('release.covers').join(', ');
  event.target.querySelector('.form-status').textContent =
    `Thank you. In this demo nothing was uploaded; the release covers ${covers}, receipt ${form.get('release.receipt')}.`;
});
