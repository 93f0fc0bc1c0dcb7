import { expect, waitUntil } from '@open-wc/testing';
import { ReceiptOutbox, maxTries, type ReceiptFailedDetail } from '../src/core/receipts/outbox.js';
import { recordReceipt } from '../src/core/receipts/record.js';
import { endpoint, ns, withReceiptsEndpoint, receipt, received, spyOnBeacons, storedIds } from './receipts-helpers.js';

describe('receipts outbox: delivery', () => {
  const warnings = withReceiptsEndpoint();

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
    localStorage.setItem(`${namespace}:outbox`, JSON.stringify({ v: 1, data: [poison, receipt('behind-1'), receipt('behind-2')] }));
    const failed: ReceiptFailedDetail[] = [];
    const onFailed = (event: Event) => failed.push((event as CustomEvent<ReceiptFailedDetail>).detail);
    document.addEventListener('receipt-failed', onFailed);
    try {
      await outbox.flush();
      expect(
        (await received()).receipts.map((r) => r.id),
        'the receipts behind it arrive at once',
      ).to.deep.equal(['behind-1', 'behind-2']);
      expect((await received()).requests, 'the batch, the refused one alone, then one batch of the rest').to.deep.equal({ 201: 1, 400: 2 });
      await outbox.add(receipt('good-1'));
      await outbox.add(receipt('good-2'));
      await waitUntil(() => outbox.queued.length === 0, 'the refused receipt was never set aside', { timeout: 3000 });
      expect(failed).to.deep.equal([{ id: 'poison-1', type: 'consent', status: 400, reason: 'refused' }]);
      expect(outbox.failed).to.deep.equal([{ receipt: poison, status: 400, reason: 'refused' }]);
      const setAside = warnings.messages.filter((message) => message.includes('moved to'));
      expect(setAside).to.have.length(1);
      expect(setAside[0]).to.contain(`answered 400 to receipt poison-1 ${maxTries} times`);
      expect(localStorage.getItem(`${namespace}:outbox-tries`), 'no count is kept for a receipt that left the queue').to.equal('{"v":1,"data":{}}');
    } finally {
      document.removeEventListener('receipt-failed', onFailed);
    }
  });

  it('sets nothing aside when the endpoint refuses every receipt (a 404 after a deploy): the endpoint is at fault', async () => {
    const outbox = new ReceiptOutbox(ns('all-404'), '/api/receipts', { baseDelayMs: 20, maxDelayMs: 20 });
    await endpoint('answer', '&status=404');
    await outbox.add(receipt('kept-1'));
    await outbox.add(receipt('kept-2'));
    await waitUntil(async () => ((await received()).requests['404'] ?? 0) > 3 * maxTries, 'the endpoint was not asked again');
    expect(outbox.failed).to.deep.equal([]);
    expect(outbox.queued.map((r) => r.id)).to.deep.equal(['kept-1', 'kept-2']);
    expect(warnings.messages.join('\n')).to.contain('refused every receipt (404)');
    await endpoint('ok');
    await waitUntil(() => outbox.queued.length === 0, 'not delivered once the endpoint was fixed');
  });

  it('keeps retrying receipts answered 429 or 408: the endpoint will take them later', async () => {
    const outbox = new ReceiptOutbox(ns('busy'), '/api/receipts', { baseDelayMs: 20, maxDelayMs: 20 });
    await endpoint('answer', '&status=429');
    await outbox.add(receipt('busy-1'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(outbox.failed).to.deep.equal([]);
    expect(outbox.queued.map((r) => r.id)).to.deep.equal(['busy-1']);
    expect((await received()).requests['429']).to.be.above(maxTries);
    await endpoint('answer', '&status=408');
    await waitUntil(async () => ((await received()).requests['408'] ?? 0) > maxTries, 'no retries after a 408');
    expect(outbox.failed).to.deep.equal([]);
    expect(outbox.queued.map((r) => r.id)).to.deep.equal(['busy-1']);
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
});
