import { attachContextRoot } from '../shared/context-root.js';
import { defineOnce } from '../shared/define-once.js';
import { MedicalDisclaimer } from './medical-disclaimer.js';

attachContextRoot();
defineOnce('medical-disclaimer', MedicalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}

export { MedicalDisclaimer };
