import type { ConsentStore } from './consent-store.js';
import type { ConsentHost } from './decision-core.js';

type StartConsent = (host: ConsentHost) => ConsentStore;

const key = Symbol.for('clinic-elements.startConsent');
const slot = globalThis as { [key]?: StartConsent };

/**
 * The banner UI finds the decision core's `startConsent` here instead of importing it, so the
 * lazily loaded UI chunk never shares a chunk with the decision core: a returning visitor makes one
 * request, and a first visit's banner does not wait on a chain of small chunks. Every entry point
 * loads the decision core (which registers itself) before the UI.
 */
export function consentRuntime(): StartConsent | undefined {
  return slot[key];
}

export function registerConsentRuntime(start: StartConsent): void {
  slot[key] ??= start;
}
