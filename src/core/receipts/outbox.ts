import { queueStorage, readQueue, writeQueue } from './queue.js';
import { madeHere } from './record.js';
import type { OutboxRecord } from './types.js';

export type { OutboxRecord } from './types.js';

export interface OutboxOptions {
  /** Milliseconds before the first retry; doubles after each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Milliseconds an endpoint may take to answer before the request counts as failed (default 10 s). */
  timeoutMs?: number;
}

/**
 * Bytes of receipts one request carries. Browsers let a page keep 64 KiB of `keepalive` requests
 * and beacons in flight; the rest of that room is left to the page's own.
 */
export const batchBytes = 48 * 1024;

/** The oldest records that fit in one request of `batchBytes` (always at least one). */
export function batchOf(records: readonly OutboxRecord[]): OutboxRecord[] {
  let size = 0;
  return records.filter((record, index) => (size += JSON.stringify(record).length) <= batchBytes || index === 0);
}

/** What every request and beacon carries: `{ "receipts": [ … ] }`. */
export const batchBody = (records: readonly OutboxRecord[]): string => JSON.stringify({ receipts: records });

/** Detail of `receipt-failed`, dispatched on `document`: which receipt will not be delivered, and why. */
export interface ReceiptFailedDetail {
  id: string;
  type: string;
  /** The endpoint's last answer (a 4xx), or null when it was never sent. */
  status: number | null;
  reason: 'refused' | 'unsendable' | 'queue-full';
}

/** A receipt set aside: the endpoint refused it for good, or it cannot be sent. */
export interface FailedReceipt {
  receipt: OutboxRecord;
  status: number | null;
  reason: ReceiptFailedDetail['reason'];
}

/** Receipts the queue keeps; past it the oldest are set aside, each with a warning and a `receipt-failed` event. */
export const maxQueued = 500;
/** Times an endpoint may refuse a receipt (a 4xx other than 408 and 429) before it is set aside. */
export const maxTries = 3;
const failedKey = 'outbox-failed';
const triesKey = 'outbox-tries';
const maxFailed = 100;

const isFailedList = (value: unknown): value is FailedReceipt[] => Array.isArray(value) && value.every((entry) => typeof entry?.receipt?.id === 'string');
const isTries = (value: unknown): value is Record<string, number> => typeof value === 'object' && value !== null;

type Outcome = 'delivered' | 'retry' | 'refused';
/** 2xx (and 409, "already have it") delivers; 408, 429, 5xx and network errors are worth a retry; any other 4xx will be answered again. */
const outcomeOf = (status: number): Outcome =>
  (status >= 200 && status < 300) || status === 409 ? 'delivered' : status >= 400 && status < 500 && status !== 408 && status !== 429 ? 'refused' : 'retry';

const handedOver = new Set<string>();
let inFlight: Promise<unknown> = Promise.resolve();
/** One request to a receipts endpoint at a time on the page, whichever outbox makes it: a slow endpoint holds one connection. */
function inTurn<T>(request: () => Promise<T>): Promise<T> {
  const turn = inFlight.then(request);
  inFlight = turn.catch(() => undefined);
  return turn;
}

/**
 * Delivers the stored queue (see queue.ts) to the clinic's own endpoint: at least once, in
 * batches, one request at a time, each with a timeout.
 *
 * A receipt leaves the queue only when the endpoint answers 2xx (or 409, "already have it"), so a
 * closed tab, a network error or a 500 loses nothing: the queue is retried with backoff, when the
 * browser comes back online, on the next page load, and with `sendBeacon` when the page is left. A
 * receipt may therefore arrive more than once; its `id` lets the endpoint keep exactly one. A
 * receipt the endpoint refuses `maxTries` times (a 4xx other than 408 and 429) is set aside in a
 * failed list, with a warning and a `receipt-failed` event, and the rest go on.
 */
export class ReceiptOutbox {
  readonly endpoint: string;
  /** Storage namespace of the queue. */
  readonly namespace: string;
  #delay: number;
  #baseDelay: number;
  #maxDelay: number;
  #timeout: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | null = null;
  #again: Promise<void> | null = null;

  constructor(namespace: string, endpoint: string, { baseDelayMs = 1000, maxDelayMs = 60_000, timeoutMs = 10_000 }: OutboxOptions = {}) {
    this.namespace = namespace;
    this.endpoint = endpoint;
    this.#baseDelay = this.#delay = baseDelayMs;
    this.#maxDelay = maxDelayMs;
    this.#timeout = timeoutMs;
    addEventListener('online', () => void this.flush());
    addEventListener('pagehide', () => this.#handOver());
    document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && this.#handOver());
  }

  /** Records waiting for delivery, oldest first. */
  get queued(): OutboxRecord[] {
    return readQueue(this.namespace);
  }

  /** Receipts set aside (refused for good, or unsendable), oldest first. */
  get failed(): FailedReceipt[] {
    return this.#storage.read(failedKey, 1, isFailedList) ?? [];
  }

  get #storage() {
    return queueStorage(this.namespace);
  }

  /** Queues a record (stored before this returns) and sends the queue. */
  add(record: OutboxRecord): Promise<void> {
    writeQueue(this.namespace, [...this.queued.filter((queued) => queued.id !== record.id), record]);
    return this.flush();
  }

  /**
   * Sends everything queued; one flush at a time. Resolves when this attempt is over. Records
   * queued while a flush is under way go in one more flush right after it.
   */
  flush(): Promise<void> {
    if (this.#flushing) return (this.#again ??= this.#flushing.then(() => ((this.#again = null), this.flush())));
    this.#flushing = this.#send()
      .catch((error: unknown) => console.warn(`clinic-elements: sending receipts to ${this.endpoint} stopped (${String(error)}); they stay queued.`))
      .finally(() => (this.#flushing = null));
    return this.#flushing;
  }

  async #send(): Promise<void> {
    clearTimeout(this.#timer);
    this.queued.slice(0, -maxQueued).forEach((record) => this.#setAside(record, null, 'queue-full'));
    // A refused batch: its first receipt is sent alone; whatever the answer, batches go on
    // without the refused ones. A refusal counts against a receipt only when the endpoint took
    // another one in the same flush: an endpoint that refuses everything (a 404 after a deploy,
    // an expired session) is at fault, and nothing is set aside for it.
    let single = false;
    let delivered = false;
    const refused = new Map<string, number>();
    for (;;) {
      const pending = this.queued.filter((record) => !refused.has(record.id) && this.#sendable(record));
      if (!pending.length) break;
      const batch: OutboxRecord[] = single ? pending.slice(0, 1) : batchOf(pending);
      const status = await inTurn(() => this.#post(batch));
      const outcome = outcomeOf(status);
      if (outcome === 'retry') return this.#retryLater(status ? `answered ${status}` : 'could not be reached', batch);
      if (outcome === 'delivered') {
        this.#remove(batch.map((record) => record.id));
        delivered = true;
      } else if (batch.length === 1) refused.set(batch[0].id, status);
      single = outcome === 'refused' && batch.length > 1;
    }
    const waiting = this.queued.filter((record) => refused.has(record.id) && !(delivered && this.#countRefusal(record, refused.get(record.id)!)));
    if (waiting.length) this.#retryLater(delivered ? 'refused' : `refused every receipt (${[...refused.values()].join(', ')})`, waiting);
    else this.#delay = this.#baseDelay;
  }

  /**
   * The page is hidden or left: the receipts it made that are not yet delivered go to the browser
   * with `sendBeacon`, in one batch, once (a request in flight is cancelled with the page). Older
   * ones wait in the queue for the next page, so an endpoint that hangs holds no more of the
   * site's connections than the visitor made decisions.
   */
  #handOver(): void {
    const batch = batchOf(this.queued.filter((record) => madeHere.has(record.id) && !handedOver.has(record.id)));
    if (batch.length && navigator.sendBeacon(this.endpoint, new Blob([batchBody(batch)], { type: 'application/json' }))) {
      batch.forEach((record) => handedOver.add(record.id));
    }
  }

  /** Sends one batch; resolves to the status, or 0 when there was no answer (network error, timeout). */
  async #post(batch: OutboxRecord[]): Promise<number> {
    let status = 0;
    try {
      status = (
        await fetch(this.endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: batchBody(batch),
          credentials: 'same-origin',
          signal: AbortSignal.timeout?.(this.#timeout),
        })
      ).status;
    } catch {
      // No answer within the timeout, or none at all.
    }
    return status;
  }

  #retryLater(what: string, records: readonly OutboxRecord[]): void {
    const ids =
      records
        .slice(0, 3)
        .map((record) => record.id)
        .join(', ') + (records.length > 3 ? ` and ${records.length - 3} more` : '');
    const one = records.length === 1;
    console.warn(
      `clinic-elements: ${this.endpoint} ${what}; ${one ? 'receipt' : 'receipts'} ${ids} ${one ? 'stays' : 'stay'} queued, sent again in ${this.#delay / 1000} s.`,
    );
    this.#timer = setTimeout(() => void this.flush(), this.#delay);
    this.#delay = Math.min(this.#delay * 2, this.#maxDelay);
  }

  /** Counts one refusal of `record`; at `maxTries` sets it aside. Returns whether it was set aside. */
  #countRefusal(record: OutboxRecord, status: number): boolean {
    const tries = this.#storage.read(triesKey, 1, isTries) ?? {};
    const count = (tries[record.id] ?? 0) + 1;
    if (count >= maxTries) {
      this.#setAside(record, status, 'refused');
      return true;
    }
    tries[record.id] = count;
    this.#storage.write(triesKey, 1, tries);
    return false;
  }

  /** A record no request could carry (no usable id, or more than a request may hold) would block the queue for ever. */
  #sendable(record: OutboxRecord): boolean {
    if (/^[\x20-\x7e]{1,200}$/.test(record.id) && batchBody([record]).length <= 65_536) return true;
    this.#setAside(record, null, 'unsendable');
    return false;
  }

  #setAside(receipt: OutboxRecord, status: number | null, reason: FailedReceipt['reason']): void {
    const failed = [...this.failed, { receipt, status, reason }];
    if (failed.length > maxFailed)
      console.warn(`clinic-elements: the failed receipts list keeps ${maxFailed}; the oldest, ${failed[0].receipt.id}, was dropped.`);
    this.#storage.write(failedKey, 1, failed.slice(-maxFailed), undefined, true);
    this.#remove([receipt.id]);
    const id = String(receipt.id).slice(0, 80);
    const why = {
      refused: `${this.endpoint} answered ${status} to receipt ${id} ${maxTries} times`,
      unsendable: `receipt ${JSON.stringify(id)} cannot be sent to ${this.endpoint}`,
      'queue-full': `${maxQueued} receipts wait for ${this.endpoint}; the oldest, ${id},`,
    }[reason];
    console.warn(`clinic-elements: ${why} was moved to "${this.namespace}:${failedKey}"; the others go on.`);
    document.dispatchEvent(new CustomEvent<ReceiptFailedDetail>('receipt-failed', { detail: { id, type: String(receipt.type), status, reason } }));
  }

  #remove(ids: string[]): void {
    const tries = this.#storage.read(triesKey, 1, isTries);
    if (tries && ids.some((id) => id in tries)) {
      ids.forEach((id) => delete tries[id]);
      this.#storage.write(triesKey, 1, tries);
    }
    writeQueue(
      this.namespace,
      this.queued.filter((record) => !ids.includes(record.id)),
    );
  }
}

const outboxes = new Map<string, ReceiptOutbox>();

/**
 * The page's one outbox for a storage namespace and endpoint. Every element that sends receipts
 * shares it, so each record is retried once. The queue is the outbox's own: localStorage in that
 * namespace, whatever storage the caller uses.
 */
export function outboxFor(namespace: string, endpoint: string): ReceiptOutbox {
  const key = `${namespace}\n${endpoint}`;
  let outbox = outboxes.get(key);
  if (outbox) return outbox;
  const other = [...outboxes.values()].find((candidate) => candidate.namespace === namespace);
  if (other) {
    console.warn(
      `clinic-elements: receipts for ${endpoint} and ${other.endpoint} share the storage namespace "${namespace}"; give each endpoint its own storage-namespace so neither receives the other's receipts.`,
    );
  }
  outboxes.set(key, (outbox = new ReceiptOutbox(namespace, endpoint)));
  return outbox;
}

declare global {
  interface DocumentEventMap {
    'receipt-failed': CustomEvent<ReceiptFailedDetail>;
  }
}
