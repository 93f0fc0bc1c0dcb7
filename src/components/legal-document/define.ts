import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { LegalDocument } from './legal-document.js';

attachContextRoot();
defineOnce('legal-document', LegalDocument);

declare global {
  interface HTMLElementTagNameMap {
    'legal-document': LegalDocument;
  }
}

export { LegalDocument };
