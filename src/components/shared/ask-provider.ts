import { clinicContextKey, type ClinicContext } from './clinic-settings.js';

/**
 * Asks the `<clinic-provider>` around `element` for its settings with the context protocol (what
 * `consumeClinicContext` does in every Lit element), for an element that is no LitElement. Returns
 * `null` when no provider answers; with `onChange`, later changes (and a provider defined later) call it.
 */
export function askProvider(element: Element, onChange?: (settings: ClinicContext, unsubscribe?: () => void) => void): ClinicContext | null {
  let answer: ClinicContext | null = null;
  let asking = true;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: clinicContextKey,
    contextTarget: element,
    subscribe: !!onChange,
    callback: (value: ClinicContext, unsubscribe?: () => void) => (asking ? (answer = value) : onChange?.(value, unsubscribe)),
  });
  element.dispatchEvent(request);
  asking = false;
  return answer;
}
