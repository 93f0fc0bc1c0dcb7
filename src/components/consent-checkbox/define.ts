import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { ConsentCheckbox, type SeparateConsentDetail } from './consent-checkbox.js';

attachContextRoot();
defineElement('consent-checkbox', ConsentCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'consent-checkbox': ConsentCheckbox;
  }
  interface HTMLElementEventMap {
    'consent-given': CustomEvent<SeparateConsentDetail>;
    'consent-withdrawn': CustomEvent<SeparateConsentDetail>;
  }
}

export { ConsentCheckbox };
