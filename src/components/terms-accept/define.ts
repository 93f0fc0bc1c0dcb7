import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { TermsAccept } from './terms-accept.js';

attachContextRoot();
defineElement('terms-accept', TermsAccept);

declare global {
  interface HTMLElementTagNameMap {
    'terms-accept': TermsAccept;
  }
  interface HTMLElementEventMap {
    'terms-accepted': CustomEvent<import('./terms-accept.js').TermsAcceptedDetail>;
  }
}

export { TermsAccept };
