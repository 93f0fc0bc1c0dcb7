// What the receipts soak (../receipts.mjs) learns from the page: each outcome the page is told of,
// and each receipt set aside, as console lines. With ?reload the page reloads on every decision,
// as sites do to apply their scripts.
const reload = new URLSearchParams(location.search).has('reload');
document.addEventListener('consent-change', () => {
  console.info(`soak:made consent ${window.clinicConsent?.decision?.receipt}`);
  if (reload) location.reload();
});
document.addEventListener('terms-accepted', () => console.info('soak:made terms'));
document.addEventListener('age-verified', () => console.info('soak:made age-check'));
document.addEventListener('receipt-failed', (event) => console.info(`soak:failed ${event.detail.id} ${event.detail.status} ${event.detail.reason}`));
