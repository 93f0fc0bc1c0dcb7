import { storageFor, type ClinicStorage } from '../platform/storage.js';
import type { OutboxRecord } from './types.js';

/**
 * Where receipts wait for delivery: always localStorage (it outlives the tab, and a cookie would
 * send the queue with every request), in the page's storage namespace, whatever storage the
 * caller keeps its own values in. Part of the first script, so a receipt is stored in the task
 * that made it; the outbox that sends them loads later.
 */
export const queueKey = 'outbox';
const queueVersion = 1;

const isQueue = (value: unknown): value is OutboxRecord[] =>
  Array.isArray(value) && value.every((record) => typeof record?.id === 'string' && typeof record?.type === 'string');

/** The page's shared local storage of the namespace: probed once, whoever asks first. */
export const queueStorage = (namespace: string): ClinicStorage => storageFor('local', namespace);

/** Receipts waiting for delivery, oldest first. */
export const readQueue = (namespace: string): OutboxRecord[] => queueStorage(namespace).read(queueKey, queueVersion, isQueue) ?? [];

/** Stores the queue; false when it is in page memory only. A refused write never deletes the stored queue. */
export const writeQueue = (namespace: string, queue: OutboxRecord[]): boolean => queueStorage(namespace).write(queueKey, queueVersion, queue, undefined, true);
