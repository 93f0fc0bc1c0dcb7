import { storageFor, type ClinicStorage } from '../platform/storage.js';

/**
 * Where receipts wait for delivery: always localStorage (it outlives the tab, and a cookie would
 * send the queue with every request), in the page's storage namespace, whatever storage the
 * caller keeps its own values in. Kept apart from the outbox so a page can tell whether anything
 * is queued without downloading the outbox.
 */
export const queueKey = 'outbox';

export function queueStorage(namespace: string): ClinicStorage {
  // The page's shared local storage of the namespace: probed once, whoever asks first.
  return storageFor('local', namespace);
}
