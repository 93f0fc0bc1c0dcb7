/**
 * `clinic-elements/cookie-banner.js`: the decision core at once, the banner UI only when needed.
 *
 * A returning visitor whose decision still counts downloads only the decision core (it releases
 * the scripts their decision grants and feeds Consent Mode); the banner UI (`define-lazy-ui.ts`:
 * Lit and the element) loads when a decision is needed, when `floating-button` is set, or when
 * the preferences are reopened through `window.clinicConsent.showPreferences()`.
 * (`define-eager.ts` defines both at once, for the package root and `clinic-elements.js`.)
 */
import { startConsent } from '../../core/consent/decision-core.js';
import { consentHostOf, setUiLoader, warnChunk } from './consent-config.js';

const loadUi = () => import('./define-lazy-ui.js');
setUiLoader(loadUi);

/** Starts consent for the page's banner; false when the parser has not reached it yet. */
function start(): boolean {
  const banner = document.querySelector('cookie-banner');
  if (!banner) return false;
  if (customElements.get('cookie-banner')) return true;
  const store = startConsent(consentHostOf(banner));
  if (store.needsDecision || banner.hasAttribute('floating-button')) {
    loadUi().catch((error: unknown) => warnChunk('interface', error, 'nothing optional runs until a decision is made'));
  }
  return true;
}

// As soon as the banner is in the page (the script may run before the parser reaches it).
if (!start() && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });

// Types only (no runtime import): the element's class and its HTMLElementTagNameMap entry.
export type { CookieBanner } from './define-lazy-ui.js';
