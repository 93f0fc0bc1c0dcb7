import { defineOnce } from '../shared/define-once.js';
import { ClinicProvider } from './clinic-provider.js';

defineOnce('clinic-provider', ClinicProvider);

declare global {
  interface HTMLElementTagNameMap {
    'clinic-provider': ClinicProvider;
  }
}

export { ClinicProvider };
