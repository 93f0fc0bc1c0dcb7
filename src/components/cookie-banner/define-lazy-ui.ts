import { defineOnce } from '../shared/define-once.js';
import { CookieBanner } from './cookie-banner.js';

defineOnce('cookie-banner', CookieBanner);

declare global {
  interface HTMLElementTagNameMap {
    'cookie-banner': CookieBanner;
  }
  interface DocumentEventMap {
    'consent-change': CustomEvent<import('../../core/consent/consent-types.js').ConsentChangeDetail>;
  }
  interface HTMLElementEventMap {
    'consent-change': CustomEvent<import('../../core/consent/consent-types.js').ConsentChangeDetail>;
  }
}

export { CookieBanner };
