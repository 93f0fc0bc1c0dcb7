import type { OutboxRecord } from './types.js';

/** Where receipts go: the provider's settings (`ClinicContext`) have this shape. */
export interface ReceiptTarget {
  /** First-party URL that receives receipts, or null for none. */
  recordEndpoint: string | null;
  storageNamespace: string;
}

/**
 * Sends a receipt through the page's outbox when the target names a record endpoint; does
 * nothing otherwise. The outbox code loads only on pages that send receipts.
 */
export async function recordReceipt(target: ReceiptTarget, receipt: OutboxRecord): Promise<void> {
  if (!target.recordEndpoint) return;
  const { outboxFor } = await import('./outbox.js');
  await outboxFor(target.storageNamespace, target.recordEndpoint).add(receipt);
}
