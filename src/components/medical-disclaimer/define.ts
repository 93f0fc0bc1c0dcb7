import { attachContextRoot } from '../shared/context-root.js';
import { defineElement } from '../shared/define-once.js';
import { MedicalDisclaimer } from './medical-disclaimer.js';

attachContextRoot();
defineElement('medical-disclaimer', MedicalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}

export { MedicalDisclaimer };
