/**
 * `clinic-elements/cookie-banner.js`: the decision core and the banner's first layer in one file.
 *
 * A returning visitor whose decision still counts gets the decision core's work only: it releases
 * the scripts their decision grants and feeds Consent Mode, and `<cookie-banner>` is not even
 * defined (no banner DOM). It is defined, and shows at once, when a decision is needed, when
 * `floating-button` is set, or when the preferences are reopened through
 * `window.clinicConsent.showPreferences()`. Only the preferences dialog is loaded on demand.
 * (`define-eager.ts` defines the element at once, for the package root and `clinic-elements.js`.)
 */
import { startConsent } from '../../core/consent/decision-core.js';
import { defineElement } from '../shared/define-once.js';
import { consentHostOf, setUiDefiner } from './consent-config.js';
import { CookieBanner } from './cookie-banner.js';

const defineBanner = () => defineElement('cookie-banner', CookieBanner);
setUiDefiner(defineBanner);

/** Starts consent for the page's banner; false when the parser has not reached it yet. */
function start(): boolean {
  const banner = document.querySelector('cookie-banner');
  if (!banner) return false;
  if (customElements.get('cookie-banner')) return true;
  const store = startConsent(consentHostOf(banner));
  if (store.needsDecision || banner.hasAttribute('floating-button')) defineBanner();
  return true;
}

// As soon as the banner is in the page (the script may run before the parser reaches it).
if (!start() && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });

// The element's class, with its HTMLElementTagNameMap entry.
export type { CookieBanner };
