// Chunks that cannot be fetched (the visitor went offline, a deploy removed them): the cookie
// banner's on-demand modules are made to fail with Playwright's network routing, in a fresh
// browser context each (Chromium keeps a failed module failed for the page's life). Each case
// checks what the visitor and the page see: no uncaught error, a warning naming <cookie-banner>,
// and consent that still works, or stays denied.
//
//   node scripts/hardening/chunks.mjs        prints the result; exits 1 on failures
import { withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'Chunks that cannot be loaded: the cookie banner says so and stays usable';

const page = '/bench/consent/ours.html';

export async function run() {
  const { check, failures, counted } = checker();
  let cases = 0;
  let uncaught = 0;
  await withBrowser({}, async ({ visitor }) => {
    /** A first visit whose requests for `chunk` fail; returns the page, its warnings and its uncaught errors. */
    const visit = async (chunk) => {
      const errors = [];
      const warnings = [];
      const session = await visitor({
        timeout: 8000,
        onPageError: (error) => (errors.push(error.message), (uncaught += 1)),
        onConsole: (m) => m.type() === 'warning' && warnings.push(m.text()),
      });
      await session.context.route(`**/chunks/${chunk}-*`, (route) => route.abort('internetdisconnected'));
      await session.page.goto(page);
      cases += 1;
      return { ...session, errors, warnings };
    };

    // Every chunk: the first layer is part of the first script, so the banner still shows and decides.
    {
      const { context, page: tab, errors } = await visit('banner');
      await tab.locator('cookie-banner section.banner').waitFor();
      await tab.locator('cookie-banner [part="reject-button"]').click();
      await tab.waitForFunction(() => window.clinicConsent.decision?.method === 'reject-all');
      check(await tab.evaluate(() => window.clinicConsent.granted('analytics') === false), 'no chunks: analytics is not denied');
      await tab.waitForTimeout(300);
      check(errors.length === 0, `no chunks: uncaught errors: ${errors.join('; ')}`);
      await context.close();
    }

    // The preferences dialog: Customize says so, and Accept all still decides.
    {
      const { context, page: tab, errors, warnings } = await visit('banner-cookie-preferences');
      await tab.locator('cookie-banner [part="customize-button"]').click();
      await tab.waitForTimeout(500);
      check(
        warnings.some((text) => text.includes('<cookie-banner> could not load its preferences code') && text.includes('Accept all and Reject all still work')),
        `preferences unavailable: no warning (${warnings.join('; ')})`,
      );
      await tab.locator('cookie-banner [part="accept-button"]').click();
      await tab.waitForFunction(() => window.clinicConsent.granted('analytics') === true);
      check(errors.length === 0, `preferences unavailable: uncaught errors: ${errors.join('; ')}`);
      await context.close();
    }

    // The clean-up after a withdrawal (the decision core's revoke chunk): the decision is kept, and the page is told what was skipped.
    {
      const { context, page: tab, errors, warnings } = await visit('banner-revoke');
      await tab.locator('cookie-banner [part="accept-button"]').click();
      await tab.evaluate(() => window.clinicConsent.showPreferences());
      await tab.locator('cookie-banner [part="preferences"] .actions button:last-child').click();
      await tab.waitForFunction(() => window.clinicConsent.decision?.method === 'reject-all');
      await tab.waitForTimeout(300);
      check(
        warnings.some((text) => text.includes('<cookie-banner> could not load its clean-up code')),
        `clean-up unavailable: no warning (${warnings.join('; ')})`,
      );
      check(errors.length === 0, `clean-up unavailable: uncaught errors: ${errors.join('; ')}`);
      await context.close();
    }
  });
  return {
    checks: counted(),
    failures,
    figures: { 'chunks made unavailable': cases, 'uncaught errors': uncaught },
  };
}

await runWhenMain(import.meta, title, run);
