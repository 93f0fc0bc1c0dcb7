import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { decide } from '../src/core/consent/decide.js';
import { ConsentStore, type ConsentStoreOptions } from '../src/core/consent/consent-store.js';
import { ReceiptOutbox, outboxFor } from '../src/core/receipts/outbox.js';
import { deleteCookies, revoke } from '../src/core/consent/revoke.js';
import { releaseGated, watchGated } from '../src/core/consent/script-gate.js';
import { pushConsentDefault, pushConsentUpdate } from '../src/core/consent/consent-mode.js';
import { ClinicStorage } from '../src/core/platform/storage.js';
import { captureWarnings } from './helpers.js';

let namespaceCount = 0;
const day = 86_400_000;

function storeOptions(overrides: Partial<ConsentStoreOptions> = {}): ConsentStoreOptions {
  return {
    namespace: `consent-test-${++namespaceCount}`,
    storage: 'local',
    policyVersion: '2024-05',
    expiresDays: 180,
    categories: ['necessary', 'preferences', 'analytics', 'advertising'],
    recordEndpoint: null,
    ...overrides,
  };
}

async function endpoint(mode: 'ok' | 'fail' | 'down', reset = false) {
  await fetch(`/api/receipts/mode?set=${mode}${reset ? '&reset' : ''}`, { method: 'POST' });
}

async function received(): Promise<{ receipts: { id: string; serverTime: string; idempotencyKey: string }[]; deliveries: Record<string, number> }> {
  return (await fetch('/api/receipts')).json();
}

function setGpc(value: boolean | undefined) {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
}

describe('consent store', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => {
    localStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    setGpc(undefined);
  });

  it('denies everything but necessary until the visitor decides', () => {
    const store = new ConsentStore(storeOptions());
    expect(store.needsDecision).to.equal(true);
    expect(store.granted('necessary')).to.equal(true);
    expect(['preferences', 'analytics', 'advertising'].map((c) => store.granted(c))).to.deep.equal([false, false, false]);
  });

  it('keeps a decision across page loads, with its version, method and expiry', () => {
    const options = storeOptions({ now: () => Date.UTC(2026, 10, 24) });
    decide(new ConsentStore(options), 'accept-all', 'en');
    const reloaded = new ConsentStore(options);

    expect(reloaded.needsDecision).to.equal(false);
    expect(reloaded.decision).to.include({ version: '2024-05', method: 'accept-all', gpc: false, decidedAt: Date.UTC(2026, 10, 24) });
    expect(reloaded.decision!.expiresAt).to.equal(Date.UTC(2026, 10, 24) + 180 * day);
    expect(reloaded.decision!.categories).to.deep.equal({ necessary: true, preferences: true, analytics: true, advertising: true });
  });

  it('asks again when the policy version changes', () => {
    const options = storeOptions();
    decide(new ConsentStore(options), 'accept-all', 'en');
    expect(new ConsentStore({ ...options, policyVersion: '2025-01' }).needsDecision).to.equal(true);
  });

  it('asks again when the decision expires', () => {
    let now = Date.UTC(2026, 0, 1);
    const options = storeOptions({ expiresDays: 30, now: () => now });
    const store = new ConsentStore(options);
    decide(store, 'reject-all', 'en');
    now += 29 * day;
    expect(store.needsDecision).to.equal(false);
    now += 2 * day;
    expect(store.needsDecision).to.equal(true);
    expect(new ConsentStore(options).needsDecision).to.equal(true);
  });

  it('records a custom choice, ignoring categories it does not ask about', () => {
    const store = new ConsentStore(storeOptions({ categories: ['necessary', 'analytics'] }));
    const decision = decide(store, { analytics: true, advertising: true, necessary: false }, 'en');
    expect(decision.method).to.equal('custom');
    expect(decision.categories).to.deep.equal({ necessary: true, analytics: true });
    expect(store.granted('advertising')).to.equal(false);
  });

  it('keeps advertising off under Global Privacy Control, unless the visitor turns it on', () => {
    setGpc(true);
    const store = new ConsentStore(storeOptions());
    const accepted = decide(store, 'accept-all', 'en');
    expect(accepted.categories.advertising).to.equal(false);
    expect(accepted.gpc).to.equal(true);
    const explicit = decide(store, { advertising: true }, 'en');
    expect(explicit).to.include({ method: 'custom', gpc: true });
    expect(store.granted('advertising')).to.equal(true);
  });

  it('withdraws a stored grant of advertising when Global Privacy Control is turned on', async () => {
    const options = storeOptions();
    decide(new ConsentStore(options), 'accept-all', 'en');
    setGpc(true);
    const store = new ConsentStore(options);
    await waitUntil(() => store.decision?.method === 'gpc');
    expect(store.granted('advertising')).to.equal(false);
    expect(store.granted('analytics')).to.equal(true);
  });

  it('discards a corrupted or foreign stored decision with a warning and asks again', () => {
    const options = storeOptions();
    localStorage.setItem(`${options.namespace}:consent`, '{"v":1,"data":{"categories":"all"}}');
    expect(new ConsentStore(options).needsDecision).to.equal(true);
    expect(warnings.messages.join('\n')).to.contain(`discarded the stored value "${options.namespace}:consent"`);
    expect(localStorage.getItem(`${options.namespace}:consent`)).to.equal(null);
  });

  it('works for the page when storage throws, keeping the decision in memory', () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const store = new ConsentStore(storeOptions());
      decide(store, 'reject-all', 'en');
      expect(store.needsDecision).to.equal(false);
      expect(warnings.messages.join('\n')).to.contain('page memory');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('tells listeners and the document about every decision', async () => {
    const store = new ConsentStore(storeOptions());
    const heard: unknown[] = [];
    store.subscribe((detail) => heard.push(detail));
    const onDocument = new Promise<CustomEvent>((resolve) => document.addEventListener('consent-change', (e) => resolve(e as CustomEvent), { once: true }));
    decide(store, 'reject-all', 'es');
    const expected = { categories: { necessary: true, preferences: false, analytics: false, advertising: false }, method: 'reject-all', version: '2024-05' };
    expect(heard).to.deep.equal([expected]);
    expect((await onDocument).detail).to.deep.equal(expected);
  });
});

describe('decisions across tabs', () => {
  async function otherTab(namespace: string, disableBroadcastChannel = false): Promise<Window & { store: ConsentStore; changes: number }> {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
    const tab = frame.contentWindow as Window & { store: ConsentStore; changes: number; BroadcastChannel?: unknown };
    if (disableBroadcastChannel) tab.BroadcastChannel = undefined;
    // The other tab's store runs in the frame's window: its events, storage and channels are its own.
    const script = tab.document.createElement('script');
    script.type = 'module';
    script.textContent = `
      import { ConsentStore } from '${new URL('../src/core/consent/consent-store.ts', import.meta.url).href}';
      window.changes = 0;
      window.store = new ConsentStore(${JSON.stringify(storeOptions({ namespace }))});
      window.store.subscribe(() => window.changes++);
    `;
    tab.document.head.append(script);
    await waitUntil(() => tab.store, 'the other tab did not start');
    return tab;
  }

  beforeEach(() => localStorage.clear());

  it('applies a decision in every open tab within a second (BroadcastChannel)', async () => {
    const options = storeOptions();
    const tab = await otherTab(options.namespace);
    expect(tab.store.needsDecision).to.equal(true);
    const started = performance.now();
    decide(new ConsentStore(options), 'accept-all', 'en');
    await waitUntil(() => tab.changes === 1, 'the other tab did not hear of the decision', { timeout: 1000 });
    expect(performance.now() - started).to.be.below(1000);
    expect(tab.store.granted('analytics')).to.equal(true);
  });

  it('falls back to storage events where BroadcastChannel is missing', async () => {
    const options = storeOptions();
    const tab = await otherTab(options.namespace, true);
    decide(new ConsentStore(options), 'reject-all', 'en');
    await waitUntil(() => tab.changes === 1, 'the other tab did not hear of the decision', { timeout: 1000 });
    expect(tab.store.needsDecision).to.equal(false);
  });
});

describe('held-back scripts and embeds', () => {
  type Flags = { ranAnalytics?: number; ranBoth?: number; ranLater?: number; ranNonce?: string };
  const flags = window as unknown as Flags;
  afterEach(() => {
    delete flags.ranAnalytics;
    delete flags.ranBoth;
    delete flags.ranLater;
    delete flags.ranNonce;
  });

  it('runs a held-back script once, only when all its categories are granted, keeping its nonce', async () => {
    const page = await fixture<HTMLElement>(html`
      <div>
        <script type="text/plain" data-consent="analytics" nonce="abc123">window.ranAnalytics = (window.ranAnalytics ?? 0) + 1; window.ranNonce = document.currentScript.nonce;</script>
        <script type="text/plain" data-consent="analytics advertising">window.ranBoth = 1;</script>
      </div>
    `);
    const granted = new Set<string>();
    expect(releaseGated(page, (c) => granted.has(c))).to.equal(0);
    expect(flags.ranAnalytics).to.equal(undefined);

    granted.add('analytics');
    expect(releaseGated(page, (c) => granted.has(c))).to.equal(1);
    expect(
      releaseGated(page, (c) => granted.has(c)),
      'a script runs once',
    ).to.equal(0);
    expect(flags.ranAnalytics).to.equal(1);
    expect(flags.ranNonce).to.equal('abc123');
    expect(flags.ranBoth).to.equal(undefined);
  });

  it('loads a held-back iframe and releases elements added later', async () => {
    const observer = watchGated(() => true);
    try {
      const page = await fixture<HTMLElement>(html`<div></div>`);
      const frame = document.createElement('iframe');
      frame.setAttribute('data-consent', 'advertising');
      frame.setAttribute('data-src', '/test/fixtures/legal.json');
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-consent', 'analytics');
      script.text = 'window.ranLater = 1;';
      page.append(frame, script);
      await waitUntil(() => flags.ranLater === 1, 'the script added later did not run');
      expect(frame.getAttribute('src')).to.equal('/test/fixtures/legal.json');
    } finally {
      observer.disconnect();
    }
  });

  it('deletes the first-party cookies declared for withdrawn categories and says a reload is needed', async () => {
    await fixture(html`<div><script type="text/plain" data-consent="analytics" data-cookies="_stats _stats_id" data-consent-ran></script></div>`);
    document.cookie = '_stats=1; path=/';
    document.cookie = '_stats_id=2; path=/';
    document.cookie = 'keep=3; path=/';
    expect(revoke(['analytics'])).to.deep.equal({ deleted: ['_stats', '_stats_id'], reloadNeeded: true });
    expect(document.cookie).not.to.contain('_stats');
    expect(document.cookie).to.contain('keep=3');
    expect(deleteCookies(['keep'])).to.deep.equal(['keep']);
    expect(revoke(['preferences'])).to.deep.equal({ deleted: [], reloadNeeded: false });
  });
});

describe('Google Consent Mode v2', () => {
  afterEach(() => delete window.dataLayer);

  it('pushes an all-denied default that waits for an update, then updates from the categories', () => {
    pushConsentDefault();
    pushConsentUpdate((category) => category === 'analytics' || category === 'necessary');
    const [[command, kind, defaults], [, updateKind, update]] = window.dataLayer!.map((entry) => [...(entry as IArguments)]);
    expect([command, kind]).to.deep.equal(['consent', 'default']);
    expect(defaults).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'denied',
      wait_for_update: 500,
    });
    expect(updateKind).to.equal('update');
    expect(update).to.deep.equal({
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'granted',
      functionality_storage: 'denied',
      personalization_storage: 'denied',
      security_storage: 'granted',
    });
    expect(Object.prototype.toString.call(window.dataLayer![0]), 'gtag reads Arguments objects').to.equal('[object Arguments]');
  });
});

describe('receipts', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(async () => {
    localStorage.clear();
    await endpoint('ok', true);
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    await endpoint('ok', true);
  });

  it('posts a receipt for every decision, with no personal data, keyed by its id', async () => {
    const store = new ConsentStore(storeOptions({ recordEndpoint: '/api/receipts' }));
    const decision = decide(store, 'reject-all', 'es');
    await waitUntil(async () => (await received()).receipts.length === 1);
    const [receipt] = (await received()).receipts;
    expect(Object.keys(receipt).sort()).to.deep.equal([
      'categories',
      'clientTime',
      'gpc',
      'id',
      'idempotencyKey',
      'locale',
      'method',
      'policyVersion',
      'serverTime',
      'type',
    ]);
    expect(receipt).to.include({
      id: decision.receipt,
      idempotencyKey: decision.receipt,
      locale: 'es',
      method: 'reject-all',
      policyVersion: '2024-05',
      type: 'consent',
    });
    expect((await store.outbox())!.queued).to.deep.equal([]);
  });

  it('keeps receipts while the endpoint is down or failing and delivers each exactly once when it recovers', async () => {
    const storage = new ClinicStorage({ namespace: `outbox-${++namespaceCount}` });
    const outbox = new ReceiptOutbox(storage, '/api/receipts', { baseDelayMs: 50, maxDelayMs: 200 });
    await endpoint('down');
    await outbox.add({ id: 'r-down', type: 'consent' });
    await endpoint('fail');
    await outbox.add({ id: 'r-fail', type: 'consent' });
    expect(outbox.queued.map((r) => r.id)).to.deep.equal(['r-down', 'r-fail']);
    expect(warnings.messages.join('\n')).to.contain('could not be reached').and.contain('answered 500');

    await endpoint('ok');
    await waitUntil(() => outbox.queued.length === 0, 'the queue was not delivered after recovery', { timeout: 3000 });
    const { receipts, deliveries } = await received();
    expect(receipts.map((r) => r.id).sort()).to.deep.equal(['r-down', 'r-fail']);
    expect(deliveries).to.deep.equal({ 'r-down': 1, 'r-fail': 1 });
  });

  it('shares one outbox per namespace and endpoint, and warns when two endpoints share a namespace', () => {
    const namespace = `outbox-shared-${++namespaceCount}`;
    expect(outboxFor(namespace, '/api/receipts?a')).to.equal(outboxFor(namespace, '/api/receipts?a'));
    outboxFor(namespace, '/api/receipts?b');
    expect(warnings.messages.join('\n')).to.contain(`share the storage namespace "${namespace}"`);
  });

  it('keeps the receipts queue in localStorage when the decision is kept in a cookie', async () => {
    const options = storeOptions({ storage: 'cookie', recordEndpoint: '/api/receipts?cookie-store' });
    await endpoint('down');
    const store = new ConsentStore(options);
    const decision = decide(store, 'reject-all', 'en');
    await waitUntil(async () => (await store.outbox())!.queued.length === 1);
    expect(document.cookie, 'the decision is in the cookie').to.contain(encodeURIComponent(`${options.namespace}:consent`));
    expect(document.cookie, 'the queue is not').not.to.contain(encodeURIComponent(`${options.namespace}:outbox`));
    expect(localStorage.getItem(`${options.namespace}:outbox`)).to.contain(decision.receipt);
    document.cookie = `${encodeURIComponent(`${options.namespace}:consent`)}=; path=/; max-age=0`;
    await endpoint('ok');
  });

  it('sends what a previous page left queued when the next page starts', async () => {
    const options = storeOptions({ recordEndpoint: '/api/receipts' });
    await endpoint('down');
    const first = new ConsentStore(options);
    decide(first, 'accept-all', 'en');
    await waitUntil(async () => (await first.outbox())!.queued.length === 1);
    (await first.outbox())!.flush = async () => {}; // this "page" is gone

    await endpoint('ok');
    // The next page load: a page has one outbox per endpoint, so the new "page" is told apart by a query.
    new ConsentStore({ ...options, recordEndpoint: '/api/receipts?next-page' });
    await waitUntil(async () => (await received()).receipts.length === 1, 'the queued receipt was not sent on the next load');
  });

  it('hands the queue to sendBeacon when the page is hidden', async () => {
    const storage = new ClinicStorage({ namespace: `outbox-${++namespaceCount}` });
    await endpoint('fail');
    const outbox = new ReceiptOutbox(storage, '/api/receipts', { baseDelayMs: 60_000 });
    await outbox.add({ id: 'r-beacon', type: 'consent' });
    await endpoint('ok');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitUntil(async () => (await received()).deliveries['r-beacon'] === 1, 'the beacon did not arrive');
    expect(
      outbox.queued.map((r) => r.id),
      'kept until a 2xx is seen, the endpoint deduplicates',
    ).to.deep.equal(['r-beacon']);
  });
});
