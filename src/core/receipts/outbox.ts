import type { ClinicStorage } from '../platform/storage.js';
import { queueKey, queueStorage } from './queue.js';
import type { OutboxRecord } from './types.js';

export type { OutboxRecord } from './types.js';

const queueVersion = 1;
const maxQueued = 500;
const isQueue = (value: unknown): value is OutboxRecord[] =>
  Array.isArray(value) && value.every((record) => typeof record?.id === 'string' && typeof record?.type === 'string');

export interface OutboxOptions {
  /** Milliseconds before the first retry; doubles after each failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Milliseconds an endpoint may take to answer before the request counts as failed (default 10 s). */
  timeoutMs?: number;
}

/**
 * Delivers receipts to the clinic's own endpoint, exactly once as far as the endpoint is concerned.
 *
 * Every record is stored before it is sent and removed only when the endpoint answers 2xx (or 409,
 * "already have it"), so a closed tab, a network error or a 500 loses nothing: the queue is
 * retried with backoff, when the browser comes back online, on the next page load, and with
 * `sendBeacon` when the page is hidden. A record may therefore reach the endpoint more than once;
 * its `id` (also sent as the `Idempotency-Key` header) lets the endpoint keep exactly one.
 */
export class ReceiptOutbox {
  readonly endpoint: string;
  /** Storage namespace of the queue. */
  readonly namespace: string;
  #storage: ClinicStorage;
  #delay: number;
  #baseDelay: number;
  #maxDelay: number;
  #timeout: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #flushing: Promise<void> | null = null;
  #again: Promise<void> | null = null;

  constructor(storage: ClinicStorage, endpoint: string, { baseDelayMs = 1000, maxDelayMs = 60_000, timeoutMs = 10_000 }: OutboxOptions = {}) {
    this.#storage = storage;
    this.namespace = storage.namespace;
    this.endpoint = endpoint;
    this.#baseDelay = this.#delay = baseDelayMs;
    this.#maxDelay = maxDelayMs;
    this.#timeout = timeoutMs;
    addEventListener('online', () => void this.flush());
    addEventListener('pagehide', () => this.#beacon());
  }

  /** Records waiting for delivery, oldest first. */
  get queued(): OutboxRecord[] {
    return this.#storage.read(queueKey, queueVersion, isQueue) ?? [];
  }

  add(record: OutboxRecord): Promise<void> {
    const queue = this.queued.filter((queued) => queued.id !== record.id);
    queue.push(record);
    if (queue.length > maxQueued) {
      console.warn(
        `clinic-elements: ${queue.length - maxQueued} receipts could not be delivered to ${this.endpoint} and were dropped (the queue keeps ${maxQueued}).`,
      );
      queue.splice(0, queue.length - maxQueued);
    }
    this.#storage.write(queueKey, queueVersion, queue);
    return this.flush();
  }

  /**
   * Sends everything queued; one flush at a time. Resolves when this attempt is over. Records
   * queued while a flush is under way go in one more flush right after it.
   */
  flush(): Promise<void> {
    if (this.#flushing) return (this.#again ??= this.#flushing.then(() => ((this.#again = null), this.flush())));
    this.#flushing = this.#send().finally(() => (this.#flushing = null));
    return this.#flushing;
  }

  async #send(): Promise<void> {
    clearTimeout(this.#timer);
    for (const record of this.queued) {
      if (!(await this.#post(record))) {
        this.#timer = setTimeout(() => void this.flush(), this.#delay);
        this.#delay = Math.min(this.#delay * 2, this.#maxDelay);
        return;
      }
      this.#storage.write(
        queueKey,
        queueVersion,
        this.queued.filter((queued) => queued.id !== record.id),
      );
    }
    this.#delay = this.#baseDelay;
  }

  async #post(record: OutboxRecord): Promise<boolean> {
    const body = JSON.stringify(record);
    // No request can carry an id that is no header value, or more than the 64 KiB a keepalive
    // request may hold: such a record (foreign, or corrupted) would block the queue for ever.
    if (!/^[\x20-\x7e]{1,200}$/.test(record.id) || new Blob([body]).size > 65_536) {
      console.warn(
        `clinic-elements: discarded a queued record that cannot be sent to ${this.endpoint} (id ${JSON.stringify(record.id.slice(0, 80))}, ${body.length} characters).`,
      );
      return true;
    }
    try {
      const response = await fetch(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': record.id },
        body,
        credentials: 'same-origin',
        keepalive: true,
        signal: AbortSignal.timeout(this.#timeout),
      });
      if (response.ok || response.status === 409) return true;
      console.warn(`clinic-elements: ${this.endpoint} answered ${response.status} to receipt ${record.id}; it stays queued and will be sent again.`);
    } catch {
      console.warn(`clinic-elements: ${this.endpoint} could not be reached; receipt ${record.id} stays queued and will be sent again.`);
    }
    return false;
  }

  /** The page is going away: hand the queue to the browser. It stays queued until a 2xx is seen. */
  #beacon(): void {
    for (const record of this.queued) {
      navigator.sendBeacon?.(this.endpoint, new Blob([JSON.stringify(record)], { type: 'application/json' }));
    }
  }
}

const outboxes = new Map<string, ReceiptOutbox>();

/**
 * The page's one outbox for a storage namespace and endpoint. Every element that sends receipts
 * shares it, so each record is retried, and handed to sendBeacon on page hide, once. The queue is
 * the outbox's own: localStorage in that namespace, whatever storage the caller uses.
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
  outboxes.set(key, (outbox = new ReceiptOutbox(queueStorage(namespace), endpoint)));
  return outbox;
}
