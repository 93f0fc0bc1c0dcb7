// vanilla-cookieconsent 3 set up like our <cookie-banner>: a bottom bar with Accept all, Reject all
// and Customize of equal weight, and the same categories and English text. A classic deferred
// script (no inline script), so this page runs under the same strict CSP as ours.
/* global CookieConsent */
CookieConsent.run({
  // Headless Chromium sets navigator.webdriver, which the default treats as a bot (no banner at all).
  hideFromBots: false,
  revision: 1,
  guiOptions: {
    consentModal: { layout: 'bar', position: 'bottom', equalWeightButtons: true, flipButtons: false },
    preferencesModal: { layout: 'box', equalWeightButtons: true },
  },
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    advertising: {},
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Your privacy',
          description:
            'We use cookies and similar technologies such as web beacons to run this site and, only if you agree, to remember your preferences, measure how the site is used, and let third-party ad servers show ads. Necessary cookies are always on.',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          showPreferencesBtn: 'Customize',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save my choices',
          closeIconLabel: 'Close',
          sections: [
            { title: 'Necessary', description: 'Needed for the site to work. Always on.', linkedCategory: 'necessary' },
            { title: 'Analytics', description: 'Helps us measure how the site is used.', linkedCategory: 'analytics' },
            { title: 'Advertising', description: 'Lets third-party ad servers show ads.', linkedCategory: 'advertising' },
          ],
        },
      },
    },
  },
});
