import { ContextConsumer, createContext } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';
import { clinicContextKey, type ClinicContext } from './clinic-settings.js';

export { defaultClinicContext, type ClinicContext } from './clinic-settings.js';

/** The context `<clinic-provider>` provides and every element consumes. */
export const clinicContext = createContext<ClinicContext>(clinicContextKey);

/**
 * Subscribes `host` to the settings of the `<clinic-provider>` around it: `update` gets them when
 * the element connects and on every change. Until a provider answers, the element keeps its own
 * default (`defaultClinicContext`). Call it in the constructor.
 */
export const consumeClinicContext = (host: ReactiveControllerHost & HTMLElement, update: (context: ClinicContext) => void) =>
  new ContextConsumer(host, { context: clinicContext, subscribe: true, callback: update });
