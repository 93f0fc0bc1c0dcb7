// The receipts soak: real visitors on a real clinic page (receipts/site.html, the CDN build) and a
// real endpoint (../receipts-endpoint.mjs) that fails the way endpoints do. Each row is a fresh
// visitor; a receipt is lost when, after the endpoint is back and the visitor comes back once, the
// endpoint still does not have it. Every row where storage works must lose none.
//
//   node scripts/hardening/receipts.mjs        prints the result; exits 1 on failures
import { receiptsEndpoint } from '../receipts-endpoint.mjs';
import { settle, withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'Receipts soak';

const site = '/scripts/hardening/receipts/site.html';
const other = '/scripts/hardening/receipts/other.html';
const acceptButton = 'cookie-banner [part="accept-button"]';
const saveButton = 'cookie-banner [part="save-button"]';

/** Waits (looking every 50 ms, at most `limit` ms from `since`) until `done()` resolves true; returns whether it did. */
async function waitFor(page, done, limit, since = Date.now()) {
  while (!(await done())) {
    if (Date.now() - since >= limit) return false;
    await page.waitForTimeout(50);
  }
  return true;
}

export async function run() {
  const { check, failures, counted } = checker();
  const endpoint = receiptsEndpoint({ faults: true });
  const figures = {};
  let uncaught = 0;

  await withBrowser({ receipts: endpoint }, async ({ visitor }) => {
    /** A fresh visitor whose pages report what they were told (soak:… console lines, see receipts/site.js). */
    const newVisitor = async () => {
      const made = { consent: new Set(), terms: 0, 'age-check': 0 };
      const failed = [];
      const warnings = [];
      const listen = (page) => {
        page.on('pageerror', () => (uncaught += 1));
        page.on('console', (message) => {
          const [tag, type, id] = message.text().split(' ');
          if (tag === 'soak:made' && type === 'consent') made.consent.add(id);
          else if (tag === 'soak:made') made[type] += 1;
          else if (tag === 'soak:failed') failed.push(message.text());
          else if (message.type() === 'warning') warnings.push(message.text());
        });
      };
      const session = await visitor({ timeout: 15_000 });
      listen(session.page);
      return { ...session, made, failed, warnings, listen };
    };

    /** A decision: Accept all while the banner is up, else the preferences' Save (each makes a new receipt). */
    const decide = async (page) => {
      if (await page.locator(acceptButton).isVisible()) return page.locator(acceptButton).click();
      await page.evaluate(() => window.clinicConsent.showPreferences());
      await page.locator(saveButton).click();
    };
    const acceptTerms = async (page) => {
      const box = page.locator('terms-accept [part="checkbox"]');
      if (await box.isChecked()) await box.click();
      await box.click();
    };
    const madeCount = ({ made }) => made.consent.size + made.terms + made['age-check'];

    /** Receipts the endpoint does not have: consent ones by id, the others by count of their type. */
    const lostOf = ({ made }) => {
      const arrived = [...endpoint.receipts.values()];
      const ids = new Set(arrived.map((receipt) => receipt.id));
      const ofType = (type) => arrived.filter((receipt) => receipt.type === type).length;
      return (
        [...made.consent].filter((id) => !ids.has(id)).length + Math.max(0, made.terms - ofType('terms')) + Math.max(0, made['age-check'] - ofType('age-check'))
      );
    };
    const duplicates = () => Object.values(endpoint.deliveries).reduce((sum, copies) => sum + copies - 1, 0);

    /** The endpoint is back; the visitor comes back once. Waits (at most `limit` ms) for every receipt; returns the time taken. */
    const recover = async (session, { limit = 10_000, revisit = true } = {}) => {
      endpoint.setMode('ok');
      const started = Date.now();
      if (revisit) await session.page.goto(site);
      await waitFor(session.page, () => lostOf(session) === 0, limit, started);
      return Date.now() - started;
    };

    /** One row: runs `scenario`, then reports the decisions, losses, duplicates and delivery time after recovery. */
    const row = async (name, scenario, { storageWorks = true } = {}) => {
      endpoint.reset();
      endpoint.setMode('ok');
      const session = await newVisitor();
      try {
        const recovery = await scenario(session);
        const made = madeCount(session);
        const lost = lostOf(session);
        check(made > 0, `${name}: no decision was made`);
        if (storageWorks) check(lost === 0, `${name}: ${lost} of ${made} receipts lost`);
        figures[`${name}: receipts lost`] = `${lost} of ${made}`;
        figures[`${name}: duplicates at the wire`] = duplicates();
        if (recovery !== undefined) figures[`${name}: delivered after recovery (ms)`] = recovery;
        return session;
      } finally {
        endpoint.release();
        await session.context.close();
      }
    };

    await row('reload on consent-change', async (session) => {
      const { page } = session;
      await page.goto(`${site}?reload`);
      for (let i = 0; i < 5; i += 1) {
        const reloaded = page.waitForEvent('load');
        await decide(page);
        await reloaded;
      }
      return recover(session, { revisit: false });
    });

    await row('leave at once (slow or failing endpoint)', async (session) => {
      const { page } = session;
      for (let i = 0; i < 10; i += 1) {
        endpoint.setMode(i % 2 ? 'fail' : 'slow', 5000);
        await page.goto(site);
        await decide(page);
        if (i % 3 === 0) await acceptTerms(page);
        if (i === 1) await page.locator('age-gate [part="yes-button"]').click();
        await page.goto(other);
      }
      return recover(session);
    });

    await row('offline first decision', async (session) => {
      const { page, context } = session;
      await page.goto(site);
      await page.locator(acceptButton).waitFor();
      // The preferences dialog is fetched while the page is idle (on a busy machine, up to 2 s in).
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('cookie-preferences')));
      await settle(page);
      await context.setOffline(true);
      for (let i = 0; i < 6; i += 1) await decide(page);
      await page.waitForTimeout(200);
      check(
        session.warnings.some((text) => text.includes('the receipts outbox did not load')),
        `offline: no warning that receipts stay queued (${session.warnings.join('; ')})`,
      );
      await context.setOffline(false);
      return recover(session);
    });

    await row('poison receipt at the head of the queue', async (session) => {
      const { page } = session;
      await page.goto(other);
      // A receipt the endpoint answers 400 for ever: an older page's, without its categories.
      await page.evaluate(() =>
        localStorage.setItem('soak:outbox', JSON.stringify({ v: 1, data: [{ id: 'poison-1', type: 'consent', clientTime: new Date().toISOString() }] })),
      );
      await page.goto(site);
      for (let i = 0; i < 5; i += 1) await decide(page);
      const started = Date.now();
      check(await waitFor(page, () => lostOf(session) === 0, 5000, started), 'poison: the receipts behind it did not arrive without a reload');
      await waitFor(page, () => session.failed.length > 0, 10_000, started);
      check(session.failed.length === 1 && session.failed[0].includes('poison-1 400 refused'), `poison: receipt-failed events: ${session.failed.join('; ')}`);
      const setAside = session.warnings.filter((text) => text.includes('poison-1') && text.includes('was moved to'));
      check(setAside.length === 1, `poison: ${setAside.length} warnings naming it set aside`);
      // The endpoint may hold the last receipt a moment before the page has read its answer.
      const queued = () => page.evaluate(() => JSON.parse(localStorage.getItem('soak:outbox') ?? '{"data":[]}').data.length);
      await waitFor(page, async () => (await queued()) === 0, 3000);
      const left = await queued();
      check(left === 0, `poison: ${left} receipts left in the queue`);
      figures['poison receipt: set aside, ms after the 5th decision'] = Date.now() - started;
    });

    await row('endpoint stores, then answers 500', async (session) => {
      endpoint.setMode('store-then-500');
      await session.page.goto(site);
      for (let i = 0; i < 5; i += 1) await decide(session.page);
      await session.page.waitForTimeout(1500);
      return recover(session);
    });

    await row('two tabs, 50 % failures', async (session) => {
      endpoint.setMode('flaky');
      const second = await session.context.newPage();
      session.listen(second);
      await session.page.goto(site);
      await second.goto(site);
      for (let i = 0; i < 10; i += 1) await decide(i % 2 ? second : session.page);
      await session.page.waitForTimeout(1000);
      return recover(session);
    });

    let olderInForce = 0;
    await row(
      'storage nearly full, endpoint down, visitor leaves',
      async (session) => {
        const { page } = session;
        await page.goto(other);
        const free = await page.evaluate(() => {
          // Fill the origin's storage, then free about 1 KiB.
          let size = 1 << 20;
          for (let i = 0; size >= 16; i += 1) {
            try {
              localStorage.setItem(`fill-${i}`, 'x'.repeat(size));
            } catch {
              size >>= 1;
            }
          }
          let freed = 0;
          for (const key of Object.keys(localStorage).filter((key) => key.startsWith('fill-'))) {
            const length = localStorage.getItem(key).length;
            if (length <= 1024 - freed) {
              localStorage.removeItem(key);
              freed += length;
            }
          }
          return freed;
        });
        figures['storage nearly full: bytes left free'] = free;
        endpoint.setMode('down');
        let last = null;
        for (let i = 0; i < 12; i += 1) {
          await page.goto(site);
          const inForce = await page.evaluate(() => window.clinicConsent?.decision?.receipt ?? null);
          if (inForce !== null && inForce !== last) olderInForce += 1;
          await decide(page);
          last = [...session.made.consent].at(-1);
          await page.goto(other);
        }
        return recover(session, { limit: 3000 });
      },
      { storageWorks: false },
    );
    check(olderInForce === 0, `storage nearly full: an older decision was in force after ${olderInForce} reloads`);
    figures['storage nearly full: older decision in force after a reload'] = olderInForce;

    await row('hanging endpoint, visitor goes on browsing', async (session) => {
      const { page } = session;
      endpoint.setMode('hang');
      await page.goto(site);
      await decide(page);
      await acceptTerms(page);
      let slowest = 0;
      for (let i = 0; i < 8; i += 1) {
        const started = Date.now();
        await page.goto(i % 2 ? other : site);
        slowest = Math.max(slowest, Date.now() - started);
      }
      check(slowest < 5000, `hanging endpoint: a page of the site took ${slowest} ms to load`);
      figures['hanging endpoint: slowest of 8 page views (ms)'] = slowest;
      endpoint.release();
      return recover(session);
    });
  });

  check(uncaught === 0, `${uncaught} uncaught errors in the pages`);
  figures['uncaught errors'] = uncaught;
  return { checks: counted(), failures, figures };
}

await runWhenMain(import.meta, title, run);
