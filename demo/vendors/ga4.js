// Stands in for Google Analytics 4 (gtag.js), held back by the page until the visitor allows it
// (data-consent="service:ga4"). Like the real tag it queues its commands on window.dataLayer, where
// the banner's Consent Mode signals already are, and sets its first-party cookies (_ga, _ga_<id>),
// which the banner deletes when the visitor withdraws. Nothing is sent: there is no Google here.
(() => {
  const measurementId = 'G-DEMO000000';
  const twoYears = 2 * 365 * 86_400;
  const now = Math.floor(Date.now() / 1000);

  window.dataLayer = window.dataLayer || [];
  window.gtag = function gtag() {
    // gtag queues an Arguments object, not an array.
    window.dataLayer.push(arguments);
  };
  window.gtag('js', new Date());
  window.gtag('config', measurementId);

  if (!document.cookie.split('; ').some((pair) => pair.startsWith('_ga='))) {
    document.cookie = `_ga=GA1.1.${Math.floor(Math.random() * 2 ** 31)}.${now}; path=/; max-age=${twoYears}; samesite=lax`;
  }
  document.cookie = `_ga_${measurementId.slice(2)}=GS1.1.${now}.1.0.${now}.0.0.0; path=/; max-age=${twoYears}; samesite=lax`;
  // What the demo's checks look for: the tag ran, once.
  document.documentElement.dataset.analytics = 'running';
})();
