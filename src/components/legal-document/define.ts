import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { LegalDocument } from './legal-document.js';

attachContextRoot();
defineElement('legal-document', LegalDocument);

declare global {
  interface HTMLElementTagNameMap {
    'legal-document': LegalDocument;
  }
  interface HTMLElementEventMap {
    'document-change': CustomEvent<import('./legal-document.js').DocumentChangeDetail>;
  }
}

export { LegalDocument };
