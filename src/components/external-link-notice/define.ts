import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { ExternalLinkNotice, type ExternalLinkDetail } from './external-link-notice.js';

attachContextRoot();
defineElement('external-link-notice', ExternalLinkNotice);

declare global {
  interface HTMLElementTagNameMap {
    'external-link-notice': ExternalLinkNotice;
  }
  interface HTMLElementEventMap {
    'external-link': CustomEvent<ExternalLinkDetail>;
  }
}

export { ExternalLinkNotice };
