import { queueKey, queueStorage, readQueue, writeQueue } from './queue.js';
import type { OutboxRecord } from './types.js';

/** Where receipts go: the provider's settings (`ClinicContext`) have this shape. */
export interface ReceiptTarget {
  /** First-party URL that receives receipts, or null for none. */
  recordEndpoint: string | null;
  storageNamespace: string;
}

/** Ids of the receipts this page made: the outbox hands those not yet delivered to the browser when the page is left. */
export const madeHere = new Set<string>();

/**
 * Stores a receipt in the page's queue now, in the caller's task, before the caller tells the
 * page anything: a reload on `consent-change`, or the visitor leaving at once, cannot lose it.
 * Then starts its delivery. Does nothing without a record endpoint.
 */
export function recordReceipt({ recordEndpoint: endpoint, storageNamespace: namespace }: ReceiptTarget, receipt: OutboxRecord): void {
  if (!endpoint) return;
  madeHere.add(receipt.id);
  if (!writeQueue(namespace, [...readQueue(namespace).filter((queued) => queued.id !== receipt.id), receipt])) {
    console.warn(`clinic-elements: receipt ${receipt.id} is in page memory only; it is lost if the visitor leaves before it is sent.`);
  }
  deliver(namespace, endpoint);
}

/** Receipts an earlier page left queued (endpoint down, tab closed) go out now. */
export function resumeDelivery({ recordEndpoint: endpoint, storageNamespace: namespace }: ReceiptTarget): void {
  if (endpoint && queueStorage(namespace).has(queueKey)) deliver(namespace, endpoint);
}

let warned = false;

/**
 * Sends the queue through the outbox, loaded on first use. Code that cannot be loaded (offline,
 * a deploy removed it) leaves the receipts queued for the next page, which loads it again (a
 * browser keeps a module that failed to load failed for the page's life, so `online` cannot).
 */
function deliver(namespace: string, endpoint: string): void {
  import('./outbox.js').then(
    ({ outboxFor }) => void outboxFor(namespace, endpoint).flush(),
    () => {
      if (!warned) console.warn(`clinic-elements: the receipts outbox did not load; receipts stay queued for the next page.`);
      warned = true;
    },
  );
}
