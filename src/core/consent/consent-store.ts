import { ClinicStorage, type StorageKind } from '../platform/storage.js';
import { recordReceipt, resumeDelivery, type ReceiptTarget } from '../receipts/record.js';
import type { ConsentReceipt } from '../receipts/types.js';
import { sha256 } from '../platform/sha256.js';
import { decide } from './decide.js';
import { globalPrivacyControl } from './gpc.js';
import type { ConsentChangeDetail, ConsentDecision, ConsentMethod } from './consent-types.js';
import { servicePrefix, type ConsentService } from './services.js';

export interface ConsentStoreOptions {
  /** Keeps one site's decision apart from another's on the same origin. */
  namespace: string;
  storage: StorageKind;
  /** Revision of the privacy policy; a decision for another revision no longer counts. */
  policyVersion: string;
  /** Days a decision counts before the visitor is asked again. */
  expiresDays: number;
  /** Categories the visitor decides on, `necessary` included. */
  categories: readonly string[];
  /** Same-origin URL that receives receipts, or null. */
  recordEndpoint: string | null;
  /** The vendors the site declares, each in one of `categories`. */
  services?: readonly ConsentService[];
  /** A page where analytics and advertising stay held back whatever was granted (recorded in receipts). */
  sensitivePage?: boolean;
  /** Domain of the consent cookie (`storage: 'cookie'`), to share it across subdomains. */
  cookieDomain?: string | null;
  /** The clock; tests move it. */
  now?: () => number;
}

const decisionKey = 'consent';
const decisionVersion = 1;
const methods: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'gpc'];

const isDecision = (value: unknown): value is ConsentDecision => {
  const d = value as ConsentDecision;
  return (
    typeof d?.version === 'string' &&
    typeof d.categories === 'object' &&
    d.categories !== null &&
    Object.values(d.categories).every((granted) => typeof granted === 'boolean') &&
    d.expiresAt > 0 &&
    methods.includes(d.method) &&
    typeof d.receipt === 'string' &&
    Object.values(d.services ?? {}).every((granted) => typeof granted === 'boolean')
  );
};

export { globalPrivacyControl };

type Listener = (detail: ConsentChangeDetail) => void;
type ShownText = { text: string; hash?: string | null; hashed: Promise<void> };

/**
 * The visitor's consent: deny by default, persisted, versioned, expiring, shared across tabs, and
 * proven by a receipt for every decision. No UI: `<cookie-banner>` and the decision core use it.
 */
export class ConsentStore {
  readonly options: Required<ConsentStoreOptions>;
  #storage: ClinicStorage;
  #decision: ConsentDecision | null = null;
  /** What was stored, whichever policy version it was for (it keeps the consent id and says what changed). */
  #stored: ConsentDecision | null = null;
  /** The texts the visitor was shown, by layer, with their SHA-256 once computed: the next receipt's proof. */
  #shown = new Map<string, ShownText>();
  #listeners = new Set<Listener>();
  #channel: BroadcastChannel | null = null;

  constructor(options: ConsentStoreOptions) {
    this.options = { now: Date.now, services: [], cookieDomain: null, sensitivePage: false, ...options };
    this.#storage = new ClinicStorage({ kind: options.storage, namespace: options.namespace, cookieDomain: options.cookieDomain });
    this.#decision = this.#readCurrent();
    // After this task: registering for storage events costs a first visit's banner a few
    // milliseconds before the page's first paint.
    setTimeout(() => this.#listenToOtherTabs());
    this.#honourGpc();
    resumeDelivery(this.#receiptTarget);
  }

  /** Where this store's receipts go: its record endpoint, queued in its namespace. */
  get #receiptTarget(): ReceiptTarget {
    return { recordEndpoint: this.options.recordEndpoint, storageNamespace: this.options.namespace };
  }

  /** The current decision, or null when the visitor must be asked (none, expired, or for another policy version). */
  get decision(): ConsentDecision | null {
    const now = this.options.now();
    const decision = this.#decision;
    // It counts until it expires, and never once it is older than `expires-days` (a shorter setting
    // since, or a stored expiry far in the future), nor when it is dated as far in the future.
    if (decision && !(decision.expiresAt > now && Math.abs(now - decision.decidedAt) < this.options.expiresDays * 86_400_000)) this.#decision = null;
    return this.#decision;
  }

  get needsDecision(): boolean {
    return this.decision === null;
  }

  /** The stable id of this browser's consent, shown to the visitor for support and data-subject requests. */
  get consentId(): string | null {
    return (this.#decision ?? this.#stored)?.consentId ?? null;
  }

  /** The policy version of a decision that no longer counts because the policy changed since. */
  get previousVersion(): string | null {
    return this.needsDecision && this.#stored && this.#stored.version !== this.options.policyVersion ? this.#stored.version : null;
  }

  /** The declared service `service:<name>` names. */
  service(name: string): ConsentService | undefined {
    return this.options.services.find((service) => servicePrefix + service.name === name);
  }

  /**
   * `necessary` is always granted; a category by a current decision; a service by its own switch
   * (a service declared after the decision, by its category's), one in `necessary` always.
   */
  granted(name: string): boolean {
    const categories = this.decision?.categories ?? {};
    if (!name.startsWith(servicePrefix)) return name === 'necessary' || categories[name] === true;
    const service = this.service(name);
    return !!service && (service.category === 'necessary' || (this.decision?.services?.[service.name] ?? categories[service.category]) === true);
  }

  /** A text the visitor was shown (`layer`: the banner, the preferences, a placeholder), proven in the next receipt by its SHA-256. */
  presented(layer: string, text: string): void {
    text = text.replace(/\s+/g, ' ').trim().normalize('NFC');
    if (this.#shown.get(layer)?.text === text) return;
    const shown: ShownText = {
      text,
      hashed: sha256(text).then(
        (hash) => void (shown.hash = hash),
        () => void (shown.hash = null),
      ),
    };
    this.#shown.set(layer, shown);
  }

  /** The texts shown so far in this page, by layer: what a receipt's `shown` hashes are of. */
  get shownTexts(): Record<string, string> {
    return Object.fromEntries([...this.#shown].map(([layer, { text }]) => [layer, text]));
  }

  /**
   * Stores a decision made with {@link decide} and its receipt, in that order of importance: the
   * receipt is queued first, then the decision is stored, and only then are this tab and the
   * others told, so a page that reloads on `consent-change` loses neither.
   */
  record(decision: ConsentDecision, receipt: ConsentReceipt): void {
    // The proof of the texts, computed as they were shown; a receipt made the instant they appear waits for it.
    const shown = [...this.#shown];
    const send = () => {
      const proven: ConsentReceipt = { ...receipt, shown: Object.fromEntries(shown.flatMap(([layer, { hash }]) => (hash ? [[layer, hash]] : []))) };
      recordReceipt(this.#receiptTarget, proven);
    };
    if (shown.every(([, { hash }]) => hash !== undefined)) send();
    else void Promise.all(shown.map(([, { hashed }]) => hashed)).then(send);
    this.#decision = this.#stored = decision;
    this.#storage.write(decisionKey, decisionVersion, decision, this.options.expiresDays);
    this.#channel?.postMessage('decided');
    this.#notify();
  }

  /** Calls `listener` after every decision, in this tab or another. Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #readCurrent(): ConsentDecision | null {
    const stored = (this.#stored = this.#storage.read(decisionKey, decisionVersion, isDecision));
    // Whether it still counts is checked when it is read (`decision`).
    return stored?.version === this.options.policyVersion ? stored : null;
  }

  #notify(): void {
    const decision = this.decision;
    if (!decision) return;
    const detail: ConsentChangeDetail = {
      categories: { ...decision.categories },
      services: { ...decision.services },
      method: decision.method,
      version: decision.version,
    };
    this.#listeners.forEach((listener) => listener(detail));
    document.dispatchEvent(new CustomEvent('consent-change', { detail }));
  }

  /** A decision in another tab applies here within a moment: BroadcastChannel, else `storage` events. */
  #listenToOtherTabs(): void {
    // A decision gone from storage (another tab's could not be stored, and deleted it) is not kept
    // here either: what is in force is never older than the visitor's last decision.
    const refresh = () => {
      const next = this.#readCurrent();
      if (next?.receipt === this.#decision?.receipt) return;
      this.#decision = next;
      this.#notify();
    };
    if (typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(`clinic-elements:consent:${this.options.namespace}`);
      this.#channel.onmessage = refresh;
    }
    addEventListener('storage', (event) => {
      if (event.key === `${this.options.namespace}:${decisionKey}`) refresh();
    });
    // A decision another tab made before these listened.
    refresh();
  }

  /** A stored grant of advertising, or of a service that sells or shares, does not survive the visitor turning Global Privacy Control on. */
  #honourGpc(): void {
    const decision = this.decision;
    const sold = this.options.services.filter((service) => service.saleOrShare && this.granted(servicePrefix + service.name));
    if (!decision || !globalPrivacyControl() || !(decision.categories.advertising || sold.length) || decision.gpc) return;
    const withdrawn = Object.fromEntries(sold.map((service) => [servicePrefix + service.name, false]));
    // After the constructor, so whoever made the store can listen for the change.
    queueMicrotask(() => decide(this, { ...decision.categories, ...withdrawn, advertising: false }, document.documentElement.lang || 'en', 'gpc'));
  }
}
