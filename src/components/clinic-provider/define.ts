import { defineElement } from '../shared/define-once.js';
import { ClinicProvider } from './clinic-provider.js';

defineElement('clinic-provider', ClinicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-provider': ClinicProvider;
  }
}

export { ClinicProvider };
