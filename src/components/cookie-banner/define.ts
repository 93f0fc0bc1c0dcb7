/**
 * `clinic-elements/cookie-banner.js`: the decision core first, the banner UI only when needed.
 *
 * A returning visitor whose decision still counts downloads only the decision core (it releases
 * the scripts their decision grants and feeds Consent Mode); the banner UI (Lit and the element)
 * loads when a decision is needed, when `floating-button` is set, or when the preferences are
 * reopened through `window.clinicConsent.showPreferences()`.
 */
import { setUiLoader, startConsent } from '../../core/consent/decision-core.js';

const loadUi = () => import('./define-element.js');
setUiLoader(loadUi);

function start(): void {
  const banner = document.querySelector('cookie-banner');
  if (!banner || customElements.get('cookie-banner')) return;
  const store = startConsent(banner);
  if (store.needsDecision || banner.hasAttribute('floating-button')) void loadUi();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

// Types only (no runtime import): the element's class and its HTMLElementTagNameMap entry.
export type { CookieBanner } from './define-element.js';
