import type { ReactiveControllerHost } from 'lit';
import { requestContext } from './context-protocol.js';
import { clinicContextKey, type ClinicContext } from './clinic-settings.js';

export { defaultClinicContext, type ClinicContext } from './clinic-settings.js';

/** The context `<clinic-provider>` provides and every element consumes (the protocol's context key). */
export const clinicContext = clinicContextKey;

/**
 * Subscribes `host` to the settings of the `<clinic-provider>` around it: `update` gets them when
 * the element connects and on every change. Until a provider answers, the element keeps its own
 * default (`defaultClinicContext`). Call it in the constructor.
 */
export function consumeClinicContext(host: ReactiveControllerHost & HTMLElement, update: (context: ClinicContext) => void): void {
  let unsubscribe: (() => void) | undefined;
  host.addController({
    hostConnected() {
      requestContext<ClinicContext>(
        host,
        clinicContext,
        (value, stop) => {
          // A later answer from another provider (one defined since) replaces the first one's.
          if (stop !== unsubscribe) unsubscribe?.();
          unsubscribe = stop;
          update(value);
        },
        true,
      );
    },
    hostDisconnected() {
      unsubscribe?.();
      unsubscribe = undefined;
    },
  });
}
