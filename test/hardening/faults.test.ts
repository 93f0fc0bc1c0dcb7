import { expect, fixture, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { AgeGate } from '../../src/components/age-gate/define.js';
import { CookieBanner } from '../../src/components/cookie-banner/define-eager.js';
import { LegalDocument } from '../../src/components/legal-document/define.js';
import { MedicalDisclaimer } from '../../src/components/medical-disclaimer/define.js';
import { ProcedureGuide } from '../../src/components/procedure-guide/define.js';
import { SensitiveContent } from '../../src/components/sensitive-content/define.js';
import { TermsAccept } from '../../src/components/terms-accept/define.js';
import { ClinicProvider } from '../../src/components/clinic-provider/define.js';
import { ReceiptOutbox, type OutboxRecord } from '../../src/core/receipts/outbox.js';
import { captureWarnings, visibleText } from '../helpers.js';
import { frames, sleep } from './inspect.js';

/**
 * Faults: storage that is blocked, full or corrupted; a record endpoint that is down, failing,
 * slow or silent; the library loaded twice; elements moved, removed mid-transition and repeated
 * fifty times. Each test asserts what a visitor would see.
 */

const day = 86_400_000;
let faultsInjected = 0;
/** Receipt ids the page made and the endpoint must end up with, exactly once each. */
const expectedReceipts = new Set<string>();
let warnings: ReturnType<typeof captureWarnings>;
let count = 0;
const namespace = (name: string) => `faults-${name}-${++count}`;

const shadow = (el: Element) => el.shadowRoot!;
const part = (el: Element, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const inject = (n = 1) => void (faultsInjected += n);

async function page<T extends Element = HTMLElement>(markup: string): Promise<T> {
  const el = await fixture<T>(markup);
  await frames();
  return el;
}

/** Nothing blocks the page: no modal dialog, no inert content, no scroll lock, a plain button takes clicks. */
async function pageIsFree(): Promise<void> {
  await frames();
  const probe = document.createElement('button');
  probe.textContent = 'Probe';
  probe.style.cssText = 'position: fixed; top: 0; left: 0; width: 80px; height: 40px; z-index: 1';
  document.body.append(probe);
  try {
    expect(document.elementFromPoint(40, 20), 'a button on the page can be clicked').to.equal(probe);
    expect(
      [...document.body.children].filter((child) => (child as HTMLElement).inert || child.hasAttribute('inert')).map((child) => child.localName),
      'no inert content',
    ).to.deep.equal([]);
    expect(document.documentElement.style.overflow, 'no scroll lock on <html>').to.not.equal('hidden');
    expect(document.body.style.overflow, 'no scroll lock on <body>').to.not.equal('hidden');
    probe.focus();
    expect(document.activeElement, 'focus can reach the page').to.equal(probe);
  } finally {
    probe.remove();
  }
}

// ---- the record endpoint ------------------------------------------------------------------

async function endpointMode(mode: 'ok' | 'fail' | 'down', reset = false) {
  await fetch(`/api/receipts/mode?set=${mode}${reset ? '&reset' : ''}`, { method: 'POST' });
}
/** Faults of the receipts endpoint (scripts/receipts-endpoint.mjs): `off` is its healthy mode. */
async function faultMode(mode: 'off' | 'slow' | 'hang', ms = 0, extra = '') {
  await fetch(`/api/receipts/mode?set=${mode === 'off' ? 'ok' : mode}&ms=${ms}${extra}`, { method: 'POST' });
}
/** How often the endpoint was slow or swallowed a request. */
async function faultStats(): Promise<{ slowed: number; hung: number }> {
  const { requests } = (await (await fetch('/api/receipts')).json()) as { requests: Record<string, number> };
  return { slowed: requests.slowed ?? 0, hung: requests.hung ?? 0 };
}
async function received(): Promise<{ receipts: { id: string }[]; deliveries: Record<string, number> }> {
  return (await fetch('/api/receipts')).json();
}
/** Ids waiting in a namespace's stored outbox. */
function queued(ns: string): string[] {
  try {
    return (JSON.parse(localStorage.getItem(`${ns}:outbox`) ?? '{"data":[]}') as { data: { id: string }[] }).data.map((record) => record.id);
  } catch {
    return [];
  }
}

describe('faults', function () {
  this.timeout(60_000);

  before(async () => {
    await endpointMode('ok', true);
  });
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
    warnings = captureWarnings();
  });
  afterEach(async () => {
    warnings.restore();
    document.documentElement.style.removeProperty('overflow');
  });

  after(async () => {
    await faultMode('off', 0, '&release');
    await endpointMode('ok');
    const { receipts } = await received();
    const arrived = new Set(receipts.map((receipt) => receipt.id));
    const lost = [...expectedReceipts].filter((id) => !arrived.has(id)).length;
    await executeServerCommand('hardening-figure', { name: 'faults injected', value: faultsInjected });
    await executeServerCommand('hardening-figure', { name: 'receipts lost', value: lost });
  });

  describe('storage that is blocked or full', () => {
    /** Replaces `window[name]` with a getter that throws, as a sandboxed frame or a privacy mode does. */
    function blockStorage(name: 'localStorage' | 'sessionStorage'): () => void {
      const own = Object.getOwnPropertyDescriptor(window, name);
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException(`${name} is disabled`, 'SecurityError');
        },
      });
      inject();
      return () => {
        if (own) Object.defineProperty(window, name, own);
        else delete (window as unknown as Record<string, unknown>)[name];
      };
    }

    it('works for the page when localStorage throws on access: decisions, passes and acceptances live in page memory', async () => {
      const restore = blockStorage('localStorage');
      try {
        const ns = namespace('no-local');
        const root = await page(`
          <clinic-provider storage-namespace="${ns}">
            <cookie-banner policy-version="1"></cookie-banner>
            <age-gate scope="content" mode="confirm"><p>Gallery</p></age-gate>
            <terms-accept version="2024-05"></terms-accept>
          </clinic-provider>`);
        const banner = root.querySelector<CookieBanner>('cookie-banner')!;
        const gate = root.querySelector<AgeGate>('age-gate')!;
        const box = root.querySelector<TermsAccept>('terms-accept')!;
        await waitUntil(() => part(banner, 'accept-button'), 'the banner did not show');
        part(banner, 'accept-button')!.click();
        part(gate, 'yes-button')!.click();
        shadow(box).querySelector('input')!.click();
        await gate.updateComplete;
        await waitUntil(() => box.checked);

        expect(part(banner, 'banner'), 'the banner closed').to.equal(null);
        expect(banner.store!.granted('analytics')).to.equal(true);
        expect(part(gate, 'gate'), 'the gate let the visitor in').to.equal(null);
        expect(warnings.messages.join('\n')).to.contain('local storage is not available').and.contain('page memory');

        // Another gate on the same page remembers the pass (page memory), without asking again.
        const again = await page<AgeGate>(
          `<clinic-provider storage-namespace="${ns}"><age-gate scope="content" mode="confirm"><p>More</p></age-gate></clinic-provider>`,
        );
        const second = again.querySelector<AgeGate>('age-gate')!;
        await second.updateComplete;
        expect(part(second, 'gate'), 'the pass is remembered for the page').to.equal(null);
      } finally {
        restore();
      }
    });

    it('works when sessionStorage throws: a session pass, a refusal and "show all" live in page memory', async () => {
      const restore = blockStorage('sessionStorage');
      try {
        const ns = namespace('no-session');
        const root = await page(`
          <clinic-provider storage-namespace="${ns}">
            <age-gate scope="content" mode="confirm" remember-days="0"><p>Gallery</p></age-gate>
            <age-gate scope="content" mode="confirm" policy-version="2"><p>Other</p></age-gate>
            <sensitive-content><template><p>Photo one</p></template></sensitive-content>
            <sensitive-content><template><p>Photo two</p></template></sensitive-content>
          </clinic-provider>`);
        const [pass, refuse] = root.querySelectorAll<AgeGate>('age-gate');
        const [first, second] = root.querySelectorAll<SensitiveContent>('sensitive-content');
        part(pass, 'yes-button')!.click();
        part(refuse, 'no-button')!.click();
        shadow(first).querySelector<HTMLInputElement>('#show-all')!.click();
        part(first, 'show-button')!.click();
        await waitUntil(() => second.querySelector(':scope > p'), 'the other cover did not follow "show all"');
        expect(part(pass, 'gate')).to.equal(null);
        expect(shadow(refuse).querySelector('#gate-title')!.textContent).to.equal('This site is not available to you');
        expect(warnings.messages.join('\n')).to.contain('session storage is not available');

        const later = await page(
          `<clinic-provider storage-namespace="${ns}"><age-gate scope="content" mode="confirm" policy-version="2"><p>x</p></age-gate><sensitive-content><template><p>Photo three</p></template></sensitive-content></clinic-provider>`,
        );
        const refusedAgain = later.querySelector<AgeGate>('age-gate')!;
        await refusedAgain.updateComplete;
        expect(shadow(refusedAgain).querySelector('#gate-title')!.textContent, 'the refusal holds for the page').to.equal('This site is not available to you');
        await waitUntil(() => later.querySelector('sensitive-content > p'), 'a new cover did not follow the page\'s "show all"');
      } finally {
        restore();
      }
    });

    it('keeps working when every write hits a full quota, and still delivers the receipt', async () => {
      await endpointMode('ok');
      const setItem = Storage.prototype.setItem;
      // The little probe value fits; anything real does not, as on a nearly full origin.
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'clinic-elements:probe') return setItem.call(this, key, value);
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      inject();
      try {
        const ns = namespace('quota');
        const root = await page(
          `<clinic-provider storage-namespace="${ns}" record-endpoint="/api/receipts"><cookie-banner policy-version="1"></cookie-banner><terms-accept version="2024-05"></terms-accept></clinic-provider>`,
        );
        const banner = root.querySelector<CookieBanner>('cookie-banner')!;
        await waitUntil(() => part(banner, 'reject-button'), 'the banner did not show');
        part(banner, 'reject-button')!.click();
        const id = banner.store!.decision!.receipt;
        expectedReceipts.add(id);
        expect(part(banner, 'banner'), 'the banner closed').to.equal(null);
        expect(warnings.messages.join('\n'))
          .to.contain(`local storage refused "${ns}:consent"`)
          .and.contain('is in page memory only; it is lost if the visitor leaves before it is sent');
        await waitUntil(async () => (await received()).receipts.some((r) => r.id === id), 'the receipt did not arrive', { timeout: 5000 });
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    it('keeps a cookie-stored decision in page memory when cookies are blocked', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(document, 'cookie', { configurable: true, get: () => '', set: () => {} });
      inject();
      try {
        const root = await page(
          `<clinic-provider storage-namespace="${namespace('no-cookies')}"><cookie-banner policy-version="1" storage="cookie"></cookie-banner></clinic-provider>`,
        );
        const banner = root.querySelector<CookieBanner>('cookie-banner')!;
        await waitUntil(() => part(banner, 'accept-button'), 'the banner did not show');
        part(banner, 'accept-button')!.click();
        expect(banner.store!.needsDecision).to.equal(false);
        expect(part(banner, 'banner')).to.equal(null);
        expect(warnings.messages.join('\n')).to.contain('cookie storage is not available');
      } finally {
        delete (document as unknown as Record<string, unknown>).cookie;
        expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).to.deep.equal(descriptor);
      }
    });
  });

  describe('corrupted stored values', () => {
    const envelope = (data: unknown, v = 1) => JSON.stringify({ v, data });
    const huge = 'x'.repeat(1_000_000);
    /** Ways a stored value goes bad: every one must be discarded with a warning, and asked again. */
    const corruptions: Record<string, string> = {
      'invalid JSON': '{"v":1,"data":',
      'JSON null': 'null',
      'a bare string': '"yes"',
      "another library's value": '{"accepted":true,"until":"2099-01-01"}',
      'an unknown version': envelope({ showAll: true, minAge: 18, policyVersion: '1' }, 99),
      'wrong types': envelope({
        showAll: 'yes',
        minAge: '18',
        policyVersion: 1,
        expiresAt: 'never',
        version: 7,
        hash: null,
        sections: 'all',
        categories: 'all',
      }),
      'a huge foreign value': huge,
      'a huge value in the right envelope': envelope({ showAll: huge }),
    };

    interface Kind {
      name: string;
      key: string;
      storage: 'local' | 'session' | 'cookie';
      markup: (ns: string) => string;
      /** The element asks again, as for a first visit. */
      asksAgain: (root: Element) => boolean;
    }
    const kinds: Kind[] = [
      {
        name: 'consent decision (localStorage)',
        key: 'consent',
        storage: 'local',
        markup: () => '<cookie-banner policy-version="1"></cookie-banner>',
        asksAgain: (root) => part(root.querySelector('cookie-banner')!, 'banner') !== null,
      },
      {
        name: 'consent decision (cookie)',
        key: 'consent',
        storage: 'cookie',
        markup: () => '<cookie-banner policy-version="1" storage="cookie"></cookie-banner>',
        asksAgain: (root) => part(root.querySelector('cookie-banner')!, 'banner') !== null,
      },
      {
        name: 'age pass (localStorage)',
        key: 'age-gate',
        storage: 'local',
        markup: () => '<age-gate scope="content" mode="confirm" policy-version="1"><p>Gallery</p></age-gate>',
        asksAgain: (root) => part(root.querySelector('age-gate')!, 'yes-button') !== null,
      },
      {
        name: 'age pass (sessionStorage)',
        key: 'age-gate',
        storage: 'session',
        markup: () => '<age-gate scope="content" mode="confirm" policy-version="1"><p>Gallery</p></age-gate>',
        asksAgain: (root) => part(root.querySelector('age-gate')!, 'yes-button') !== null,
      },
      {
        name: 'age refusal (sessionStorage)',
        key: 'age-gate-denied',
        storage: 'session',
        markup: () => '<age-gate scope="content" mode="confirm" policy-version="1"><p>Gallery</p></age-gate>',
        asksAgain: (root) => part(root.querySelector('age-gate')!, 'yes-button') !== null,
      },
      {
        name: 'terms acceptance',
        key: 'terms-accepted',
        storage: 'local',
        markup: () => '<terms-accept version="2024-05"></terms-accept>',
        asksAgain: (root) => {
          const box = root.querySelector<TermsAccept>('terms-accept')!;
          return part(box, 'checkbox') !== null && part(box, 'changes') === null && !box.checked;
        },
      },
      {
        name: 'sensitive-content preference (localStorage)',
        key: 'sensitive-content',
        storage: 'local',
        markup: () => '<sensitive-content><template><p>Photo</p></template></sensitive-content>',
        asksAgain: (root) => part(root.querySelector('sensitive-content')!, 'cover')!.checkVisibility(),
      },
      {
        name: 'sensitive-content preference (sessionStorage)',
        key: 'sensitive-content',
        storage: 'session',
        markup: () => '<sensitive-content><template><p>Photo</p></template></sensitive-content>',
        asksAgain: (root) => part(root.querySelector('sensitive-content')!, 'cover')!.checkVisibility(),
      },
      {
        name: 'receipts outbox',
        key: 'outbox',
        storage: 'local',
        markup: () => '<cookie-banner policy-version="1"></cookie-banner>',
        asksAgain: (root) => part(root.querySelector('cookie-banner')!, 'banner') !== null,
      },
    ];

    function store(kind: Kind, fullKey: string, value: string): boolean {
      try {
        if (kind.storage === 'cookie') {
          document.cookie = `${encodeURIComponent(fullKey)}=${encodeURIComponent(value)}; path=/; max-age=60`;
          // A browser keeps at most about 4 KiB per cookie: a huge value is simply not stored.
          return document.cookie.includes(encodeURIComponent(fullKey));
        }
        (kind.storage === 'local' ? localStorage : sessionStorage).setItem(fullKey, value);
        return true;
      } catch {
        return false; // over the origin's quota: nothing was stored, nothing to discard
      }
    }
    function stored(kind: Kind, fullKey: string): string | null {
      if (kind.storage === 'cookie') return document.cookie.split('; ').find((pair) => pair.startsWith(`${encodeURIComponent(fullKey)}=`)) ?? null;
      return (kind.storage === 'local' ? localStorage : sessionStorage).getItem(fullKey);
    }

    for (const kind of kinds) {
      it(`discards a corrupted ${kind.name} with a warning and asks again`, async () => {
        await endpointMode('ok');
        const problems: string[] = [];
        for (const [corruption, value] of Object.entries(corruptions)) {
          const ns = namespace('corrupt');
          const fullKey = `${ns}:${kind.key}`;
          localStorage.clear();
          sessionStorage.clear();
          if (!store(kind, fullKey, value)) continue;
          inject();
          const before = warnings.messages.length;
          const root = await page(`<clinic-provider storage-namespace="${ns}" record-endpoint="/api/receipts">${kind.markup(ns)}</clinic-provider>`);
          await waitUntil(() => kind.asksAgain(root), `${kind.name} with ${corruption}: the visitor is not asked again`, { timeout: 5000 }).catch(
            (error: Error) => problems.push(error.message),
          );
          // The outbox reads its queue once its code has loaded: its warning may come a moment after the banner.
          const warned = () => warnings.messages.slice(before).some((message) => message.includes(`discarded the stored value "${fullKey}"`));
          await waitUntil(warned, '', { timeout: 3000 }).catch(() => problems.push(`${kind.name} with ${corruption}: no warning naming ${fullKey}`));
          if (stored(kind, fullKey) !== null && kind.key !== 'outbox') problems.push(`${kind.name} with ${corruption}: the bad value was kept`);
          if (visibleText(root) === '') problems.push(`${kind.name} with ${corruption}: nothing is shown`);
          root.remove();
          if (kind.storage === 'cookie') document.cookie = `${encodeURIComponent(fullKey)}=; path=/; max-age=0`;
        }
        expect(problems).to.deep.equal([]);
      });
    }

    it('does not honour a consent decision older than expires-days, whatever expiry it claims (dates in the future)', async () => {
      const problems: string[] = [];
      const now = Date.now();
      const decision = (decidedAt: number, expiresAt: number) =>
        envelope({ categories: { necessary: true, analytics: true }, version: '1', decidedAt, expiresAt, method: 'accept-all', gpc: false, receipt: 'r' });
      const cases: Record<string, string> = {
        'decided 200 days ago, "expiring" in 10 days': decision(now - 200 * day, now + 10 * day),
        'decided 200 days ago, "expiring" in the year 9999': decision(now - 200 * day, Date.UTC(9999, 0, 1)),
        'decided in the year 2999': decision(Date.UTC(2999, 0, 1), Date.UTC(2999, 6, 1)),
      };
      for (const [name, value] of Object.entries(cases)) {
        const ns = namespace('future');
        localStorage.setItem(`${ns}:consent`, value);
        inject();
        const root = await page(
          `<clinic-provider storage-namespace="${ns}"><cookie-banner policy-version="1" expires-days="180"></cookie-banner></clinic-provider>`,
        );
        const banner = root.querySelector<CookieBanner>('cookie-banner')!;
        await sleep(50);
        if (!banner.store!.needsDecision || !part(banner, 'banner')) problems.push(`${name}: the decision still counts`);
        root.remove();
      }
      expect(problems).to.deep.equal([]);
    });

    it('does not honour an age pass for longer than remember-days (an expiry in the far future)', async () => {
      const ns = namespace('future-pass');
      localStorage.setItem(`${ns}:age-gate`, envelope({ minAge: 18, policyVersion: '1', expiresAt: Date.UTC(9999, 0, 1) }));
      inject();
      const root = await page(
        `<clinic-provider storage-namespace="${ns}"><age-gate scope="content" mode="confirm" remember-days="30"><p>Gallery</p></age-gate></clinic-provider>`,
      );
      const gate = root.querySelector<AgeGate>('age-gate')!;
      await gate.updateComplete;
      expect(part(gate, 'yes-button'), 'the visitor is asked again').to.not.equal(null);
    });

    it("delivers the page's receipts even when the stored outbox holds records that cannot be sent", async () => {
      await endpointMode('ok');
      const ns = namespace('poisoned-outbox');
      // A foreign record whose id is no valid header value, and one too big for a keepalive request.
      const foreign = [
        { id: 'línea\nnueva ＜script＞', type: 'foreign' },
        { id: 'huge', type: 'foreign', blob: 'x'.repeat(70_000) },
      ];
      localStorage.setItem(`${ns}:outbox`, envelope(foreign));
      inject(2);
      const root = await page(
        `<clinic-provider storage-namespace="${ns}" record-endpoint="/api/receipts"><cookie-banner policy-version="1"></cookie-banner></clinic-provider>`,
      );
      const banner = root.querySelector<CookieBanner>('cookie-banner')!;
      await waitUntil(() => part(banner, 'reject-button'), 'the banner did not show');
      part(banner, 'reject-button')!.click();
      const id = banner.store!.decision!.receipt;
      expectedReceipts.add(id);
      dispatchEvent(new Event('online'));
      await waitUntil(
        async () => (await received()).receipts.some((r) => r.id === id),
        `the decision's receipt never arrived behind the foreign records (queue: ${queued(ns).length})`,
        { timeout: 8000 },
      );
    });
  });

  describe('the record endpoint', () => {
    it('keeps every receipt while the endpoint is down, failing or slow, and delivers each exactly once when it recovers', async () => {
      await endpointMode('ok');
      const ns = namespace('receipts');
      const root = await page(`
        <clinic-provider storage-namespace="${ns}" record-endpoint="/api/receipts">
          <cookie-banner policy-version="1"></cookie-banner>
          <age-gate scope="content" mode="confirm"><p>Gallery</p></age-gate>
          <terms-accept version="2024-05"></terms-accept>
        </clinic-provider>`);
      const banner = root.querySelector<CookieBanner>('cookie-banner')!;
      const gate = root.querySelector<AgeGate>('age-gate')!;
      const box = root.querySelector<TermsAccept>('terms-accept')!;
      await waitUntil(() => part(banner, 'reject-button'), 'the banner did not show');
      const made = new Set<string>();
      const record = async () => {
        await waitUntil(() => queued(ns).some((id) => !made.has(id)) || false, 'no new receipt was queued', { timeout: 3000 });
        queued(ns).forEach((id) => made.add(id));
      };

      await endpointMode('down'); // the connection drops
      inject();
      part(banner, 'reject-button')!.click();
      await record();
      await waitUntil(() => warnings.messages.some((message) => message.includes('could not be reached')), 'the dropped connection was not reported');
      await endpointMode('fail'); // the server answers 500
      inject();
      part(gate, 'yes-button')!.click();
      await record();
      shadow(box).querySelector('input')!.click();
      await record();
      expect(made.size, 'three receipts wait in the outbox').to.equal(3);
      expect(warnings.messages.join('\n')).to.contain('could not be reached').and.contain('answered 500');

      await endpointMode('ok');
      dispatchEvent(new Event('online')); // the connection is back
      await waitUntil(() => queued(ns).length === 0, `not delivered after recovery: ${queued(ns).join(', ')}`, { timeout: 10_000 });

      // Slow: each request takes 1.5 s; a second receipt is made while the first is on its way.
      await faultMode('slow', 1500);
      inject();
      await banner.showPreferences();
      shadow(banner).querySelector<HTMLButtonElement>('#preferences [part="save-button"]')!.click();
      const during = banner.store!.decision!.receipt;
      made.add(during);
      await sleep(200);
      shadow(box).querySelector('input')!.click(); // untick
      await sleep(50);
      shadow(box).querySelector('input')!.click(); // tick again: a new acceptance, a new receipt
      await waitUntil(() => queued(ns).some((id) => !made.has(id)), 'the second acceptance was not queued', { timeout: 3000 });
      queued(ns).forEach((id) => made.add(id));
      await faultMode('off');
      await waitUntil(() => queued(ns).length === 0, `a receipt made during a slow request stayed queued: ${queued(ns).join(', ')}`, { timeout: 8000 });
      expect((await faultStats()).slowed, 'the endpoint was slow').to.be.at.least(1);

      made.forEach((id) => expectedReceipts.add(id));
      const { receipts, deliveries } = await received();
      const problems = [...made].flatMap((id) => {
        const copies = receipts.filter((receipt) => receipt.id === id).length;
        return copies === 1 && deliveries[id] === 1 ? [] : [`${id}: stored ${copies} times, delivered ${deliveries[id] ?? 0} times`];
      });
      expect(problems, 'each receipt arrives exactly once').to.deep.equal([]);
      expect(made.size).to.equal(5);
    });

    it('gives up on a request the endpoint never answers, and delivers the receipt once it answers again', async () => {
      await endpointMode('ok');
      const outbox = new ReceiptOutbox(namespace('hang'), '/api/receipts', { baseDelayMs: 100, maxDelayMs: 400, timeoutMs: 500 });
      await faultMode('hang');
      inject();
      const id = `hang-${Date.now()}`;
      expectedReceipts.add(id);
      const adding = outbox.add({ id, type: 'consent', categories: { necessary: true }, clientTime: new Date().toISOString() } as OutboxRecord);
      await sleep(300);
      await faultMode('off'); // the server is back; the request it swallowed is never answered
      await adding;
      await waitUntil(() => outbox.queued.length === 0, 'the receipt stayed queued behind the request that was never answered', { timeout: 5000 });
      const { receipts, deliveries } = await received();
      expect(receipts.filter((receipt) => receipt.id === id)).to.have.length(1);
      expect(deliveries[id], 'only the retry reached the endpoint').to.equal(1);
      expect((await faultStats()).hung, 'the endpoint swallowed the first request').to.be.at.least(1);
      expect(warnings.messages.join('\n')).to.contain(id);
    });
  });

  describe('the library loaded twice', () => {
    it('defines nothing twice, warns about nothing and keeps every element working when every define module runs again', async () => {
      const tags = [
        'clinic-provider',
        'medical-disclaimer',
        'procedure-guide',
        'legal-document',
        'sensitive-content',
        'terms-accept',
        'age-gate',
        'cookie-banner',
      ];
      const before = tags.map((tag) => customElements.get(tag));
      const modules = [
        'clinic-provider',
        'medical-disclaimer',
        'procedure-guide',
        'legal-document',
        'sensitive-content',
        'terms-accept',
        'age-gate',
        'cookie-banner',
      ].map((name) => `../../src/components/${name}/define.ts?loaded-twice`);
      modules.push('../../src/components/cookie-banner/define-eager.ts?loaded-twice', '../../src/index.ts?loaded-twice');
      inject(modules.length);
      await Promise.all(modules.map((url) => import(/* @vite-ignore */ url)));
      expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(before);
      expect(before).to.deep.equal([ClinicProvider, MedicalDisclaimer, ProcedureGuide, LegalDocument, SensitiveContent, TermsAccept, AgeGate, CookieBanner]);
      expect(warnings.messages.filter((message) => message.includes('already defined'))).to.deep.equal([]);

      const root = await page(
        `<clinic-provider terms-href="/terms"><medical-disclaimer></medical-disclaimer><terms-accept version="1"></terms-accept></clinic-provider>`,
      );
      expect(part(root.querySelector('medical-disclaimer')!, 'link')!.getAttribute('href')).to.equal('/terms');
      expect(part(root.querySelector('terms-accept')!, 'link')!.getAttribute('href')).to.equal('/terms');
    });
  });

  describe('moved and removed', () => {
    afterEach(async () => {
      await pageIsFree();
    });

    it('keeps a whole-page age gate blocking the page when it is moved while open, and frees the page once passed', async () => {
      const root = await page<HTMLElement>(
        `<div><section id="a"><age-gate mode="confirm" policy-version="${namespace('move')}"></age-gate></section><section id="b"></section></div>`,
      );
      const gate = root.querySelector<AgeGate>('age-gate')!;
      await gate.updateComplete;
      expect(shadow(gate).querySelector('dialog')!.matches(':modal')).to.equal(true);
      root.querySelector('#b')!.append(gate); // moved while open
      inject();
      await gate.updateComplete;
      await frames();
      expect(shadow(gate).querySelector('dialog')!.matches(':modal'), 'still modal after the move').to.equal(true);
      expect(document.documentElement.style.overflow, 'the page still cannot scroll').to.equal('hidden');
      part(gate, 'yes-button')!.click();
      await gate.updateComplete;
      expect(shadow(gate).querySelector('dialog')!.open).to.equal(false);
    });

    it('keeps the Terms gate and the modal cookie banner modal when they are moved while open', async () => {
      const ns = namespace('move-modal');
      const root = await page<HTMLElement>(
        `<clinic-provider storage-namespace="${ns}"><div id="a"><terms-accept mode="gate" version="1"></terms-accept><cookie-banner policy-version="1" layout="modal"></cookie-banner></div><div id="b"></div></clinic-provider>`,
      );
      const terms = root.querySelector<TermsAccept>('terms-accept')!;
      const banner = root.querySelector<CookieBanner>('cookie-banner')!;
      await waitUntil(
        () => shadow(terms).querySelector('dialog')?.open && shadow(banner).querySelector<HTMLDialogElement>('#first-layer')?.open,
        'the dialogs did not open',
      );
      root.querySelector('#b')!.append(terms, banner);
      inject(2);
      await frames();
      await terms.updateComplete;
      await frames();
      expect(shadow(terms).querySelector('dialog')!.matches(':modal'), 'the Terms gate is still modal').to.equal(true);
      expect(shadow(banner).querySelector('#first-layer')!.matches(':modal'), 'the banner is still modal').to.equal(true);
      part(banner, 'reject-button')!.click();
      part(terms, 'accept-button')!.click();
      await waitUntil(() => !shadow(terms).querySelector('dialog')!.open, 'the Terms gate did not close');
      expect(shadow(banner).querySelector('#first-layer')!.matches('[open]')).to.equal(false);
    });

    it('leaves nothing behind when gates, banners and dialogs are removed while opening or closing', async () => {
      const problems: string[] = [];
      const scenarios: [string, () => Promise<void>][] = [
        [
          'age gate removed in the task that added it (before its dialog opened)',
          async () => {
            const gate = document.createElement('age-gate');
            document.body.append(gate);
            gate.remove();
            await frames();
          },
        ],
        [
          'age gate removed while it closes after the answer',
          async () => {
            const root = await page(`<div><age-gate mode="confirm" policy-version="${namespace('closing')}"></age-gate></div>`);
            const gate = root.querySelector<AgeGate>('age-gate')!;
            await gate.updateComplete;
            part(gate, 'yes-button')!.click();
            gate.remove();
            await frames();
          },
        ],
        [
          'age gate removed while open',
          async () => {
            const root = await page(`<div><age-gate policy-version="${namespace('open')}"></age-gate></div>`);
            await root.querySelector<AgeGate>('age-gate')!.updateComplete;
            root.remove();
            await frames();
          },
        ],
        [
          'Terms gate removed while its Terms load (before its dialog opened)',
          async () => {
            const gate = document.createElement('terms-accept');
            gate.setAttribute('mode', 'gate');
            gate.setAttribute('version', '1');
            document.body.append(gate);
            await sleep(0);
            gate.remove();
            await sleep(300);
          },
        ],
        [
          'modal cookie banner removed before its first frame',
          async () => {
            const ns = namespace('banner-gone');
            const root = document.createElement('clinic-provider');
            root.setAttribute('storage-namespace', ns);
            root.innerHTML = '<cookie-banner policy-version="1" layout="modal"></cookie-banner>';
            document.body.append(root);
            await sleep(0);
            root.remove();
            await sleep(200);
          },
        ],
        [
          'cookie banner removed while its preferences dialog is open',
          async () => {
            const root = await page(
              `<clinic-provider storage-namespace="${namespace('prefs-gone')}"><cookie-banner policy-version="1"></cookie-banner></clinic-provider>`,
            );
            const banner = root.querySelector<CookieBanner>('cookie-banner')!;
            await waitUntil(() => part(banner, 'customize-button'));
            await banner.showPreferences();
            root.remove();
            await frames();
            const padding = document.body.style.paddingBottom;
            if (padding) problems.push(`the banner's room at the end of the page stayed: padding-bottom ${padding}`);
          },
        ],
        [
          'cookie banner removed right after a decision (dialog closing)',
          async () => {
            const root = await page(
              `<clinic-provider storage-namespace="${namespace('decided-gone')}"><cookie-banner policy-version="1"></cookie-banner></clinic-provider>`,
            );
            const banner = root.querySelector<CookieBanner>('cookie-banner')!;
            await waitUntil(() => part(banner, 'customize-button'));
            await banner.showPreferences();
            shadow(banner).querySelector<HTMLButtonElement>('#preferences [part="save-button"]')!.click();
            root.remove();
            await frames();
          },
        ],
        [
          'guide and legal document removed while their src is still loading',
          async () => {
            const key = namespace('held');
            const root = await page(
              `<div><procedure-guide src="/hardening/held.json?key=${key}-g&kind=guide"></procedure-guide><legal-document src="/hardening/held.json?key=${key}-l&kind=legal"></legal-document></div>`,
            );
            root.remove();
            await fetch(`/hardening/release?key=${key}-g`);
            await fetch(`/hardening/release?key=${key}-l`);
            await sleep(200);
            if (document.querySelector('script[data-clinic-guide]')) problems.push('a removed guide left its JSON-LD in the page');
          },
        ],
      ];
      for (const [name, run] of scenarios) {
        inject();
        const before = warnings.messages.length;
        try {
          await run();
          await pageIsFree();
        } catch (error) {
          problems.push(`${name}: ${String(error)}`);
        }
        const errors = warnings.messages.slice(before).filter((message) => /error/i.test(message));
        if (errors.length) problems.push(`${name}: ${errors.join('; ')}`);
      }
      expect(problems).to.deep.equal([]);
    });
  });

  describe('many instances', () => {
    it('renders 50 guides, 50 disclaimers and 50 covers on one page, with one JSON-LD block, and "show all" reaching every cover at once', async () => {
      const n = 50;
      inject(3);
      const started = performance.now();
      const root = await page<HTMLElement>(`
        <clinic-provider clinic-name="Sol Clinic" terms-href="/terms" storage-namespace="${namespace('many')}">
          ${Array.from({ length: n }, (_, i) => `<procedure-guide src="/hardening/doc.json?kind=guide&field=none&n=${i}" layout="accordion"></procedure-guide>`).join('')}
          ${'<medical-disclaimer></medical-disclaimer>'.repeat(n)}
          ${Array.from({ length: n }, (_, i) => `<sensitive-content><template><p class="photo">Photo ${i}</p></template></sensitive-content>`).join('')}
        </clinic-provider>`);
      const guides = [...root.querySelectorAll<ProcedureGuide>('procedure-guide')];
      await waitUntil(() => guides.every((guide) => guide.querySelectorAll(':scope > [data-guide-section]').length === 3), 'not every guide rendered', {
        timeout: 15_000,
      });
      const elapsed = performance.now() - started;
      const disclaimers = [...root.querySelectorAll<MedicalDisclaimer>('medical-disclaimer')];
      expect(disclaimers.filter((d) => part(d, 'link')?.getAttribute('href') === '/terms')).to.have.length(n);
      expect(
        guides.filter((guide) => part(shadow(guide).querySelector('medical-disclaimer')!, 'link')?.getAttribute('href') === '/terms'),
        'the disclaimer inside each guide',
      ).to.have.length(n);
      await waitUntil(() => document.querySelectorAll('script[data-clinic-guide]').length === 1, 'not exactly one JSON-LD block');

      const covers = [...root.querySelectorAll<SensitiveContent>('sensitive-content')];
      shadow(covers[7]).querySelector<HTMLInputElement>('#show-all')!.click();
      part(covers[7], 'show-button')!.click();
      await waitUntil(() => covers.every((cover) => cover.querySelector(':scope > .photo')), 'not every cover followed "show all"');
      expect(elapsed, 'the page rendered within 15 s').to.be.below(15_000);

      // Opening one accordion section opens that guide's section only.
      guides[3].querySelector<HTMLButtonElement>('[data-guide-toggle]')!.click();
      await guides[3].updateComplete;
      const open = (guide: ProcedureGuide) =>
        !guide.querySelector('[data-guide-body]')!.hasAttribute('hidden') && guide.querySelector('[data-guide-body] > p')!.checkVisibility();
      expect(guides.map((guide, i) => (open(guide) ? i : -1)).filter((i) => i >= 0)).to.deep.equal([3]);

      root.remove();
      await frames();
      expect(document.querySelectorAll('script[data-clinic-guide]'), 'the JSON-LD left with the guides').to.have.length(0);
    });
  });

  describe('attribute mistakes', () => {
    it('reports an effective-date that is not YYYY-MM-DD, naming the element and the attribute, and still shows the document', async () => {
      inject();
      const el = await page<LegalDocument>(`<legal-document src="/hardening/doc.json?kind=legal&field=none" effective-date="June 3, 2025"></legal-document>`);
      await waitUntil(() => el.querySelector('[data-legal-section]'), 'the document did not render');
      await el.updateComplete;
      expect(part(el, 'meta')!.textContent, "the document's own date").to.contain('Effective May 1, 2024').and.not.contain('June');
      expect(warnings.messages.join('\n')).to.contain('<legal-document> effective-date="June 3, 2025" is not valid');
    });

    it('reports a mistyped terms-accept mode and keeps the box required', async () => {
      inject();
      const form = await page<HTMLFormElement>(`<form><terms-accept mode="Gate" version="1" required></terms-accept></form>`);
      const box = form.querySelector<TermsAccept>('terms-accept')!;
      await box.updateComplete;
      expect(warnings.messages.join('\n')).to.contain('<terms-accept> mode="Gate" is not valid');
      expect(form.checkValidity(), 'an unticked required box still stops the form').to.equal(false);
    });
  });
});
