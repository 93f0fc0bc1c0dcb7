import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { decide } from '../src/core/consent/decide.js';
import { ConsentStore, type ConsentStoreOptions } from '../src/core/consent/consent-store.js';
import { deleteCookies, revoke } from '../src/core/consent/revoke.js';
import { releaseGated, watchGated } from '../src/core/consent/script-gate.js';
import { pushConsentDefault, pushConsentUpdate } from '../src/core/consent/consent-mode.js';
import { warningsOfEachTest } from './helpers.js';

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

function setGpc(value: boolean | undefined) {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
}

describe('consent store', () => {
  const warnings = warningsOfEachTest();
  afterEach(() => {
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
    const expected = {
      categories: { necessary: true, preferences: false, analytics: false, advertising: false },
      services: {},
      method: 'reject-all',
      version: '2024-05',
    };
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
