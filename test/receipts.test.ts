import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/components/clinic-provider/define.js';
import '../src/components/age-gate/define.js';
import '../src/components/terms-accept/define.js';
import { decide } from '../src/core/consent/decide.js';
import { ConsentStore, type ConsentStoreOptions } from '../src/core/consent/consent-store.js';
import { ReceiptOutbox, maxQueued, maxTries, outboxFor, type OutboxRecord, type ReceiptFailedDetail } from '../src/core/receipts/outbox.js';
import { recordReceipt } from '../src/core/receipts/record.js';
import { ClinicStorage } from '../src/core/platform/storage.js';
import { captureWarnings } from './helpers.js';

let count = 0;
const ns = (name: string) => `receipts-${name}-${++count}`;

function storeOptions(overrides: Partial<ConsentStoreOptions> = {}): ConsentStoreOptions {
  return {
    namespace: ns('store'),
    storage: 'local',
    policyVersion: '2024-05',
    expiresDays: 180,
    categories: ['necessary', 'preferences', 'analytics', 'advertising'],
    recordEndpoint: '/api/receipts',
    ...overrides,
  };
}

/** A consent receipt as the endpoint expects it (it answers 400 to a receipt that is not one). */
const receipt = (id: string): OutboxRecord =>
  ({
    id,
    type: 'consent',
    categories: { necessary: true },
    policyVersion: '1',
    method: 'reject-all',
    gpc: false,
    locale: 'en',
    clientTime: new Date().toISOString(),
  }) as OutboxRecord;

async function endpoint(mode: string, query = '') {
  await fetch(`/api/receipts/mode?set=${mode}${query}`, { method: 'POST' });
}

interface Received {
  receipts: { id: string; type: string; serverTime: string }[];
  deliveries: Record<string, number>;
  requests: Record<string, number>;
}
async function received(): Promise<Received> {
  return (await fetch('/api/receipts')).json();
}

/**
 * Passes every beacon on to the browser, keeping those to `endpoint`: how many the page sent there
 * (outboxes of earlier tests listen for pagehide too, each with its own endpoint), and their ids.
 */
function spyOnBeacons(endpoint: string): { ids: () => Promise<string[][]>; restore: () => void } {
  const bodies: Blob[] = [];
  const send = navigator.sendBeacon.bind(navigator);
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (url: string, data: Blob) => (url === endpoint && bodies.push(data), send(url, data)),
  });
  return {
    ids: () => Promise.all(bodies.map(async (body) => JSON.parse(await body.text()).receipts.map((r: OutboxRecord) => r.id))),
    restore: () => delete (navigator as { sendBeacon?: unknown }).sendBeacon,
  };
}

const stored = (namespace: string, key = 'outbox'): { id: string }[] => JSON.parse(localStorage.getItem(`${namespace}:${key}`) ?? '{"data":[]}').data;
const storedIds = (namespace: string) => stored(namespace).map((record) => record.id);

describe('receipts', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(async () => {
    localStorage.clear();
    await endpoint('ok', '&reset&release');
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await endpoint('ok', '&reset&release');
  });

  it('posts a receipt for every decision, with no personal data, in a batch that names its id', async () => {
    const store = new ConsentStore(storeOptions());
    const decision = decide(store, 'reject-all', 'es');
    await waitUntil(async () => (await received()).receipts.length === 1);
    const [arrived] = (await received()).receipts;
    expect(Object.keys(arrived).sort()).to.deep.equal(['categories', 'clientTime', 'gpc', 'id', 'locale', 'method', 'policyVersion', 'serverTime', 'type']);
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
    const accepted = oneEvent(terms, 'terms-accepted');
    terms.shadowRoot!.querySelector('input')!.click();
    await accepted;
    expect(types(), 'terms-accepted').to.include('terms');
    let atVerified: string[] = [];
    gate.addEventListener('age-verified', () => (atVerified = types()), { once: true });
    gate.shadowRoot!.querySelector<HTMLButtonElement>('[part="yes-button"]')!.click();
    await waitUntil(() => atVerified.length > 0, 'age-verified did not fire');
    expect(atVerified, 'age-verified').to.include('age-check');
  });

  it('keeps receipts while the endpoint is down or failing, and sends them in one batch when it recovers', async () => {
    const namespace = ns('recover');
    const outbox = new ReceiptOutbox(namespace, '/api/receipts', { baseDelayMs: 60_000 });
    await endpoint('down');
    await outbox.add(receipt('r-down'));
    await endpoint('fail');
    await outbox.add(receipt('r-fail'));
    expect(outbox.queued.map((r) => r.id)).to.deep.equal(['r-down', 'r-fail']);
    expect(warnings.messages.join('\n')).to.contain('could not be reached').and.contain('answered 500');

    await endpoint('ok', '&reset');
    dispatchEvent(new Event('online'));
    await waitUntil(() => outbox.queued.length === 0, 'the queue was not delivered after recovery', { timeout: 3000 });
    const { receipts, deliveries, requests } = await received();
    expect(receipts.map((r) => r.id).sort()).to.deep.equal(['r-down', 'r-fail']);
    expect(deliveries).to.deep.equal({ 'r-down': 1, 'r-fail': 1 });
    expect(requests, 'both in one request').to.deep.equal({ 201: 1 });
  });

  it('gives up on a request that is not answered in time, and keeps one request in flight per page', async () => {
    await endpoint('hang');
    const first = new ReceiptOutbox(ns('hang-a'), '/api/receipts', { timeoutMs: 400, baseDelayMs: 60_000 });
    const second = new ReceiptOutbox(ns('hang-b'), '/api/receipts', { timeoutMs: 400, baseDelayMs: 60_000 });
    const sending = [first.add(receipt('h-1')), second.add(receipt('h-2'))];
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await received()).requests, 'the second outbox waits for the first request').to.deep.equal({ hung: 1 });
    await Promise.all(sending);
    expect(warnings.messages.filter((message) => message.includes('could not be reached'))).to.have.length(2);
    expect([...first.queued, ...second.queued].map((r) => r.id)).to.deep.equal(['h-1', 'h-2']);
  });

  it('sets aside a receipt the endpoint refuses for good, and delivers the ones behind it at once', async () => {
    const namespace = ns('poison');
    const outbox = new ReceiptOutbox(namespace, '/api/receipts', { baseDelayMs: 30, maxDelayMs: 60 });
    // A receipt from an older page that the endpoint answers 400 for: it has no categories.
    const poison = { id: 'poison-1', type: 'consent', clientTime: new Date().toISOString() };
    localStorage.setItem(`${namespace}:outbox`, JSON.stringify({ v: 1, data: [poison] }));
    const failed: ReceiptFailedDetail[] = [];
    const onFailed = (event: Event) => failed.push((event as CustomEvent<ReceiptFailedDetail>).detail);
    document.addEventListener('receipt-failed', onFailed);
    try {
      await outbox.add(receipt('good-1'));
      await outbox.add(receipt('good-2'));
      expect(
        (await received()).receipts.map((r) => r.id),
        'the receipts behind it arrive without waiting',
      ).to.deep.equal(['good-1', 'good-2']);
      await waitUntil(() => outbox.queued.length === 0, 'the refused receipt was never set aside', { timeout: 3000 });
      expect(failed).to.deep.equal([{ id: 'poison-1', type: 'consent', status: 400, reason: 'refused' }]);
      expect(outbox.failed).to.deep.equal([{ receipt: poison, status: 400, reason: 'refused' }]);
      const setAside = warnings.messages.filter((message) => message.includes('moved to'));
      expect(setAside).to.have.length(1);
      expect(setAside[0]).to.contain('poison-1').and.contain(`answered 400 to receipt poison-1 ${maxTries} times`);
      expect(localStorage.getItem(`${namespace}:outbox-tries`), 'no count is kept for a receipt that left the queue').to.equal('{"v":1,"data":{}}');
    } finally {
      document.removeEventListener('receipt-failed', onFailed);
    }
  });

  it('keeps retrying receipts answered 429 or 408: the endpoint will take them later', async () => {
    const outbox = new ReceiptOutbox(ns('busy'), '/api/receipts', { baseDelayMs: 20, maxDelayMs: 20 });
    await endpoint('answer', '&status=429');
    await outbox.add(receipt('busy-1'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outbox.failed).to.deep.equal([]);
    expect((await received()).requests['429']).to.be.above(maxTries);
    await endpoint('answer', '&status=408');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(outbox.failed).to.deep.equal([]);
    await endpoint('ok');
    await waitUntil(() => outbox.queued.length === 0, 'not delivered once the endpoint took it');
  });

  it('sends again a receipt the endpoint stored but answered 500 for: at least once, deduplicated by id', async () => {
    const outbox = new ReceiptOutbox(ns('stored-500'), '/api/receipts', { baseDelayMs: 30, maxDelayMs: 30 });
    await endpoint('store-then-500');
    await outbox.add(receipt('twice'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await endpoint('ok');
    await waitUntil(() => outbox.queued.length === 0, 'stayed queued');
    const { receipts, deliveries } = await received();
    expect(
      receipts.filter((r) => r.id === 'twice'),
      'stored once',
    ).to.have.length(1);
    expect(deliveries.twice, 'delivered more than once').to.be.at.least(2);
  });

  it('hands the receipts the page made to sendBeacon in one batch when the page is left, once each', async () => {
    const target = { recordEndpoint: '/api/receipts?beacon', storageNamespace: ns('beacon') };
    await endpoint('hang');
    recordReceipt(target, receipt('b-1'));
    recordReceipt(target, receipt('b-2'));
    // The outbox is loaded (the page's requests are under way) when the visitor leaves.
    await waitUntil(async () => (await received()).requests.hung === 1, 'no request reached the endpoint');
    await endpoint('ok');
    const beacons = spyOnBeacons(target.recordEndpoint);
    try {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(await beacons.ids(), 'one beacon, both receipts').to.deep.equal([['b-1', 'b-2']]);
      await waitUntil(async () => (await received()).receipts.length === 2, 'the beacon did not arrive');
    } finally {
      beacons.restore();
    }
  });

  it("hands over only the page's own receipts: older ones wait for the next page, so a hanging endpoint holds no more connections", async () => {
    const target = { recordEndpoint: '/api/receipts?own-only', storageNamespace: ns('own-only') };
    // Left by earlier pages, each already handed over when its page was left.
    localStorage.setItem(`${target.storageNamespace}:outbox`, JSON.stringify({ v: 1, data: [receipt('older-1'), receipt('older-2')] }));
    await endpoint('hang');
    recordReceipt(target, receipt('mine'));
    await waitUntil(async () => (await received()).requests.hung === 1, 'no request reached the endpoint');
    const beacons = spyOnBeacons(target.recordEndpoint);
    try {
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(await beacons.ids()).to.deep.equal([['mine']]);
      expect(storedIds(target.storageNamespace), 'all stay queued until the endpoint answers').to.deep.equal(['older-1', 'older-2', 'mine']);
    } finally {
      beacons.restore();
    }
  });

  it('keeps the last decision in force when storage is full, and reads what was stored before', async () => {
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
