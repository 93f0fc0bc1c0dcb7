import { createContext } from '@lit/context';
import { clinicContextKey, type ClinicContext } from './clinic-settings.js';

export { defaultClinicContext, type ClinicContext } from './clinic-settings.js';

/** The context `<clinic-provider>` provides and every element consumes. */
export const clinicContext = createContext<ClinicContext>(clinicContextKey);
