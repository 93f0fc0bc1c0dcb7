import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { SensitiveContent } from './sensitive-content.js';

attachContextRoot();
defineElement('sensitive-content', SensitiveContent);

declare global {
  interface HTMLElementTagNameMap {
    'sensitive-content': SensitiveContent;
  }
  interface DocumentEventMap {
    'sensitive-content-preference': CustomEvent<import('./sensitive-content.js').SensitivePreferenceDetail>;
  }
}

export { SensitiveContent };
