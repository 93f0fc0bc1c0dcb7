import type { ClinicContext } from '../clinic-context.js';
import { storageFor } from '../storage.js';
import type { OutboxRecord } from './outbox.js';

/**
 * Sends a receipt through the page's outbox when the provider names a record endpoint; does
 * nothing otherwise. The outbox code loads only on pages that send receipts.
 */
export async function recordReceipt(context: ClinicContext, receipt: OutboxRecord): Promise<void> {
  if (!context.recordEndpoint) return;
  const { outboxFor } = await import('./outbox.js');
  await outboxFor(storageFor('local', context.storageNamespace), context.recordEndpoint).add(receipt);
}
