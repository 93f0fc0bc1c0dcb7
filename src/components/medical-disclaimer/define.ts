import { defineOnce } from '../../core/define-once.js';
import { MedicalDisclaimer } from './medical-disclaimer.js';

defineOnce('medical-disclaimer', MedicalDisclaimer);

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}

export { MedicalDisclaimer };
