/**
 * A random RFC 4122 version 4 UUID. `crypto.randomUUID` exists only on secure (https) pages, and
 * a clinic's staging site may be plain http, so this falls back to `crypto.getRandomValues`: each
 * 0 and 1 of the template becomes a random hex digit, each 8 one of 8–b (the variant).
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (digit) =>
    (+digit ^ (crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (+digit / 4)))).toString(16),
  );
}
