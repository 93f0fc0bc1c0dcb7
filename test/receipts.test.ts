import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import '../src/components/age-gate/define.js';
import '../src/components/terms-accept/define.js';
import { decide } from '../src/core/consent/decide.js';
import { ConsentStore } from '../src/core/consent/consent-store.js';
import { maxQueued, outboxFor, type OutboxRecord, type ReceiptFailedDetail } from '../src/core/receipts/outbox.js';
import { recordReceipt } from '../src/core/receipts/record.js';
import { ClinicStorage } from '../src/core/platform/storage.js';
import { endpoint, ns, withReceiptsEndpoint, receipt, received, storeOptions, stored, storedIds } from './receipts-helpers.js';

describe('receipts: stored before anything else happens', () => {
  const warnings = withReceiptsEndpoint();

  it('posts a receipt for every decision, with no personal data, in a batch that names its id', async () => {
    const store = new ConsentStore(storeOptions());
    const decision = decide(store, 'reject-all', 'es');
    await waitUntil(async () => (await received()).receipts.length === 1);
    const [arrived] = (await received()).receipts;
    expect(Object.keys(arrived).sort()).to.deep.equal([
      'categories',
      'clientTime',
      'consentId',
      'gpc',
      'id',
      'locale',
      'method',
      'policyVersion',
      'sensitivePage',
      'serverTime',
      'services',
      'shown',
      'type',
    ]);
    expect(arrived).to.include({ id: decision.receipt, locale: 'es', method: 'reject-all', policyVersion: '2024-05', type: 'consent' });
    await waitUntil(() => storedIds(store.options.namespace).length === 0, 'the delivered receipt stayed queued');
  });

  it('has the receipt stored before consent-change, terms-accepted and age-verified reach the page', async () => {
    const store = new ConsentStore(storeOptions());
    const namespace = store.options.namespace;
    let queuedAtEvent: string[] = [];
    document.addEventListener('consent-change', () => (queuedAtEvent = storedIds(namespace)), { once: true });
    const decision = decide(store, 'accept-all', 'en');
    expect(queuedAtEvent, 'consent-change').to.deep.equal([decision.receipt]);

    const page = await fixture<HTMLElement>(html`
      <clinic-provider storage-namespace="elements-queue" record-endpoint="/api/receipts">
        <terms-accept version="2024-05"></terms-accept>
        <age-gate scope="content" mode="confirm"><p>Gallery</p></age-gate>
      </clinic-provider>
    `);
    const terms = page.querySelector('terms-accept')!;
    const gate = page.querySelector('age-gate')!;
    await (terms as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await (gate as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await endpoint('down');
    const types = () => stored('elements-queue').map((record) => (record as OutboxRecord).type);
    let atAccepted: string[] = [];
    terms.addEventListener('terms-accepted', () => (atAccepted = types()), { once: true });
    const accepted = oneEvent(terms, 'terms-accepted');
    terms.shadowRoot!.querySelector('input')!.click();
    await accepted;
    expect(atAccepted, 'terms-accepted').to.include('terms');
    let atVerified: string[] = [];
    gate.addEventListener('age-verified', () => (atVerified = types()), { once: true });
    gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="yes-button"]')!.click();
    await waitUntil(() => atVerified.length > 0, 'age-verified did not fire');
    expect(atVerified, 'age-verified').to.include('age-check');
  });

  it('keeps the last decision in force when storage is full, and leaves the queue stored before for the next page', async () => {
    const options = storeOptions();
    await endpoint('down');
    const first = new ConsentStore(options);
    decide(first, 'accept-all', 'en');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const last = decide(first, 'reject-all', 'en');
      expect(first.decision?.receipt).to.equal(last.receipt);
      expect(warnings.messages.join('\n')).to.contain('is in page memory only; it is lost if the visitor leaves before it is sent');
      // What the next page finds: no older decision in force (it asks again), and the stored queue.
      expect(localStorage.getItem(`${options.namespace}:consent`), 'never the older decision').to.equal(null);
      expect(storedIds(options.namespace)).to.have.length(1);
      await endpoint('ok', '&reset');
      dispatchEvent(new Event('online'));
      await waitUntil(async () => (await received()).receipts.length === 2, 'both receipts were not sent');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('drops, in another tab, a decision that a refused write deleted: never an older decision in force', async () => {
    const options = storeOptions({ recordEndpoint: null });
    const here = new ConsentStore(options);
    decide(here, 'accept-all', 'en');
    const otherTab = new ConsentStore(options); // its own storage and channel, as in another tab
    await new Promise((resolve) => setTimeout(resolve, 20)); // both listen from the task after they start
    expect(otherTab.granted('analytics')).to.equal(true);
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      decide(here, 'reject-all', 'en');
      await waitUntil(() => !otherTab.granted('analytics'), 'the other tab kept analytics granted');
      expect(otherTab.decision, 'asked again rather than the older decision').to.equal(null);
      expect(here.decision?.method, 'this tab keeps its own last decision').to.equal('reject-all');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('bounds the queue: past it the oldest receipt is set aside, with a warning and a receipt-failed event', async () => {
    const namespace = ns('bounded');
    await endpoint('down');
    localStorage.setItem(`${namespace}:outbox`, JSON.stringify({ v: 1, data: Array.from({ length: maxQueued }, (_, i) => receipt(`old-${i}`)) }));
    const failed: ReceiptFailedDetail[] = [];
    const onFailed = (event: Event) => failed.push((event as CustomEvent<ReceiptFailedDetail>).detail);
    document.addEventListener('receipt-failed', onFailed);
    try {
      recordReceipt({ recordEndpoint: '/api/receipts', storageNamespace: namespace }, receipt('newest'));
      expect(storedIds(namespace).at(-1), 'the new receipt is stored at once').to.equal('newest');
      await waitUntil(() => failed.length === 1, 'no receipt-failed event');
      expect(failed).to.deep.equal([{ id: 'old-0', type: 'consent', status: null, reason: 'queue-full' }]);
      expect(storedIds(namespace)).to.have.length(maxQueued);
      expect(stored(namespace, 'outbox-failed').map((entry) => (entry as unknown as { receipt: OutboxRecord }).receipt.id)).to.deep.equal(['old-0']);
      expect(warnings.messages.join('\n')).to.contain(
        `${maxQueued} receipts wait for /api/receipts; the oldest, old-0, was moved to "${namespace}:outbox-failed"`,
      );
    } finally {
      document.removeEventListener('receipt-failed', onFailed);
    }
  });

  it('sends what an earlier page left queued from a page with a provider and no banner', async () => {
    const namespace = ns('provider');
    localStorage.setItem(`${namespace}:outbox`, JSON.stringify({ v: 1, data: [receipt('left-over')] }));
    await fixture(html`<clinic-provider storage-namespace=${namespace} record-endpoint="/api/receipts"><p>Text</p></clinic-provider>`);
    await waitUntil(async () => (await received()).receipts.some((r) => r.id === 'left-over'), 'the left-over receipt was not sent');
  });

  it('shares one outbox per namespace and endpoint, and warns when two endpoints share a namespace', () => {
    const namespace = ns('shared');
    expect(outboxFor(namespace, '/api/receipts?a')).to.equal(outboxFor(namespace, '/api/receipts?a'));
    outboxFor(namespace, '/api/receipts?b');
    expect(warnings.messages.join('\n')).to.contain(`share the storage namespace "${namespace}"`);
  });

  it('keeps the receipts queue in localStorage when the decision is kept in a cookie', async () => {
    const options = storeOptions({ storage: 'cookie' });
    await endpoint('down');
    const decision = decide(new ConsentStore(options), 'reject-all', 'en');
    expect(document.cookie, 'the decision is in the cookie').to.contain(encodeURIComponent(`${options.namespace}:consent`));
    expect(document.cookie, 'the queue is not').not.to.contain(encodeURIComponent(`${options.namespace}:outbox`));
    expect(storedIds(options.namespace)).to.deep.equal([decision.receipt]);
    document.cookie = `${encodeURIComponent(`${options.namespace}:consent`)}=; path=/; max-age=0`;
  });

  it('sends a receipt at once when storage is blocked, and says the proof may be lost', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const namespace = ns('blocked');
      expect(new ClinicStorage({ namespace }).kind).to.equal('memory');
      const store = new ConsentStore(storeOptions({ namespace }));
      const decision = decide(store, 'accept-all', 'en');
      expect(store.granted('analytics'), 'the decision applies').to.equal(true);
      await waitUntil(async () => (await received()).receipts.some((r) => r.id === decision.receipt), 'the receipt was not sent');
      expect(warnings.messages.join('\n')).to.contain('is in page memory only; it is lost if the visitor leaves before it is sent');
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
