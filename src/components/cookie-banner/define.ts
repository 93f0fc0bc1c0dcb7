/**
 * `clinic-elements/cookie-banner.js`: the decision core first, the banner UI only when needed.
 *
 * A returning visitor whose decision still counts downloads only the decision core (it releases
 * the scripts their decision grants and feeds Consent Mode); the banner UI (Lit and the element)
 * loads when a decision is needed, when `floating-button` is set, or when the preferences are
 * reopened through `window.clinicConsent.showPreferences()`.
 */
import { setUiLoader, startConsent } from '../../core/consent/decision-core.js';

// The banner opens once its buttons' decide module is here: both are fetched at once.
const loadUi = () => (void import('../../core/consent/decide.js'), import('./define-element.js'));
setUiLoader(loadUi);

/** Starts consent for the page's banner; false when the parser has not reached it yet. */
function start(): boolean {
  const banner = document.querySelector('cookie-banner');
  if (!banner) return false;
  if (customElements.get('cookie-banner')) return true;
  const store = startConsent(banner);
  if (store.needsDecision || banner.hasAttribute('floating-button')) void loadUi();
  return true;
}

// As soon as the banner is in the page (the script may run before the parser reaches it).
if (!start() && document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });

// Types only (no runtime import): the element's class and its HTMLElementTagNameMap entry.
export type { CookieBanner } from './define-element.js';
