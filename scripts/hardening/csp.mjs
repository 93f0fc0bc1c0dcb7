// Strict CSP hardening: serves the repository with exactly `default-src 'self'; script-src 'self';
// style-src 'self'` and drives the demo pages and demo/states/ (every element in each of its
// states, from the CDN build) through their states, recording every `securitypolicyviolation`
// event and every CSP error in the console. Then checks that a held-back inline script revived by
// the consent engine keeps its nonce under `script-src 'self' 'nonce-…'`, with a control page
// proving a held-back script without the nonce is blocked (and reported) under the same policy.
//
//   node scripts/hardening/csp.mjs        prints the result; exits 1 on failures
/* global deep -- installed in every page by the harness (visitor({ deep: true })) */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../serve.mjs';
import { repoRoot, settle, withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'Strict CSP: demo pages and every element state';

export const policy = "default-src 'self'; script-src 'self'; style-src 'self'";
const cspMessage = /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|run|connect|frame)/i;
const timeout = 8000;

export async function run() {
  return withBrowser({ csp: policy }, async (harness) => {
    const session = cspSession(harness);
    const walkThroughs = [
      demoFirstVisit,
      demoMinorAndLegalPages,
      ...each(elementStates, [
        ['light', 'en'],
        ['dark', 'en'],
        ['light', 'es'],
        ['auto', 'en'],
      ]),
      ...each(cookieBannerStates, [
        ['layout=bar', 'light', 'en'],
        ['layout=box', 'light', 'en'],
        ['layout=modal', 'light', 'en'],
        ['layout=modal', 'dark', 'es'],
        ['layout=bar', 'dark', 'es'],
        ['bad=1', 'light', 'en'],
        ['layout=box&bundle=banner', 'light', 'en'],
      ]),
      ...each(wholePageAgeGate, [
        ['birthdate', 'light', 'en'],
        ['confirm', 'dark', 'es'],
        ['birthdate', 'dark', 'es'],
      ]),
      ...each(sectionAgeGate, [
        ['confirm', 'light', 'en'],
        ['birthdate', 'dark', 'es'],
      ]),
      ...each(termsGate, [
        ['light', 'en'],
        ['dark', 'es'],
      ]),
      nonceChecks,
      recorderControl,
    ];
    await runAll(
      walkThroughs.map((walk) => () => walk(session)),
      2,
    );
    return session.result();
  });
}

/** One walk-through per variant: `walk(session, ...variant)`. */
const each = (walk, variants) => variants.map((variant) => (session) => walk(session, ...variant));

/** Runs the walk-throughs `width` at a time, each in its own browser context. */
async function runAll(tasks, width) {
  const queue = [...tasks];
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (queue.length) await queue.shift()();
    }),
  );
}

/**
 * What the walk-throughs share: the checks, visitors whose CSP violations and page errors are recorded under
 * `page.where` (the page or state being visited), and `goto` and `state`, which count the pages and states.
 */
function cspSession(harness) {
  const { check, failures, count, counted } = checker();
  const violations = [];
  let states = 0;

  /** A fresh visitor (empty storage), reporting every CSP violation and page error under `page.where`. */
  async function visitor(options = {}) {
    let page = null;
    const where = () => page?.where ?? 'start';
    const visit = await harness.visitor({
      ...options,
      timeout,
      onPageError: (error) => failures.push(`${where()}: page error: ${error.message}`),
      onConsole: (message) => {
        if (cspMessage.test(message.text())) violations.push(`${where()}: console ${message.type()}: ${message.text()}`);
      },
    });
    page = visit.page;
    const report = ({ frame }, text) => violations.push(`${where()}: ${text} (in ${frame.url().replace(harness.server.url, '')})`);
    await visit.context.exposeBinding('__reportCspViolation', report);
    await visit.context.addInitScript(reportViolations);
    return visit;
  }

  /** Opens `path`, checks it came with the strict policy, and waits until a demo/states/ page is ready. */
  async function goto(page, path, label) {
    page.where = label;
    const response = await page.goto(path);
    check(
      response?.headers()['content-security-policy'] === policy,
      `${label}: not served with the strict policy (${response?.headers()['content-security-policy']})`,
    );
    if (path.startsWith('/demo/states/')) await page.waitForFunction(() => document.documentElement.dataset.states === 'ready');
  }

  /** Drives the page into a state; the state counts once `action` has proven it was reached. */
  async function state(page, label, action) {
    page.where = label;
    try {
      await action();
      await settle(page);
      states += 1;
      check(true, '');
    } catch (error) {
      check(false, `${label}: state not reached (${String(error.message).split('\n')[0]})`);
    }
  }

  /** Removes and returns the reports of a control page, whose violations are expected. */
  const takeViolations = (label) => {
    const taken = violations.filter((text) => text.startsWith(`${label}:`));
    for (const text of taken) violations.splice(violations.indexOf(text), 1);
    return taken;
  };

  function result() {
    for (const violation of violations) failures.push(`CSP violation: ${violation}`);
    count(); // zero violations over every page and state
    return {
      checks: counted(),
      failures,
      figures: { 'pages and states under strict CSP': states, 'CSP violations': violations.length },
    };
  }

  return { check, visitor, goto, state, takeViolations, countState: () => (states += 1), result };
}

/** Runs in the page: hands every `securitypolicyviolation` event to the recorder. */
function reportViolations() {
  document.addEventListener(
    'securitypolicyviolation',
    (event) =>
      window.__reportCspViolation?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${event.sample ? ` "${event.sample}"` : ''} at ${event.sourceFile || '?'}:${event.lineNumber}`,
      ),
    true,
  );
}

const open = (page, selector) => page.waitForFunction((s) => deep(s)?.open === true, selector);
const closed = (page, selector) => page.waitForFunction((s) => deep(s)?.open === false, selector);

// ---- The demo clinic page -------------------------------------------------------------------

/** The demo clinic page, as a visitor goes through it. */
async function demoFirstVisit({ visitor, goto, state }) {
  const { context, page } = await visitor({ deep: true });
  await goto(page, '/demo/', 'demo: first visit');
  await state(page, 'demo: age gate open (first visit)', () => open(page, 'age-gate >>> dialog'));
  await state(page, 'demo: cookie banner first visit', () => page.locator('cookie-banner section.banner').waitFor());
  await state(page, 'demo: age gate passed', async () => {
    await page.locator('age-gate [part="yes-button"]').click();
    await closed(page, 'age-gate >>> dialog');
  });
  await state(page, 'demo: cookie preferences dialog open', async () => {
    await page.locator('cookie-banner [part="customize-button"]').click();
    await open(page, 'cookie-banner >>> #preferences');
  });
  await state(page, 'demo: analytics switched on, choices saved', async () => {
    await page.locator('cookie-banner #switch-analytics').check();
    await page.locator('cookie-banner [part="save-button"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running');
  });
  await state(page, 'demo: floating cookie settings button', () => page.locator('cookie-banner [part="floating-button"]').waitFor());
  await state(page, 'demo: preferences reopened from the floating button', async () => {
    await page.locator('cookie-banner [part="floating-button"]').click();
    await open(page, 'cookie-banner >>> #preferences');
  });
  await state(page, 'demo: analytics withdrawn, reload offered', async () => {
    await page.locator('cookie-banner #switch-analytics').uncheck();
    await page.locator('cookie-banner [part="save-button"]').click();
    await page.locator('cookie-banner .reload').waitFor();
  });
  for (const layout of ['accordion', 'steps', 'article']) {
    await state(page, `demo: guide layout ${layout}`, async () => {
      await page.evaluate(async (value) => {
        const guide = document.querySelector('procedure-guide');
        guide.layout = value;
        await guide.updateComplete;
      }, layout);
      await page.waitForFunction((value) => document.querySelector('procedure-guide').getAttribute('layout') === value, layout);
      if (layout === 'accordion') {
        await page.locator('procedure-guide button[data-guide-toggle]').first().click();
        await page.waitForFunction(() => document.querySelector('procedure-guide button[data-guide-toggle]').getAttribute('aria-expanded') === 'true');
      }
      if (layout === 'steps') {
        await page.locator('procedure-guide [part="step-buttons"] button.primary').click();
        await page.waitForFunction(() => document.querySelector('procedure-guide').shadowRoot.querySelector('progress').value === 2);
      }
    });
  }
  await state(page, 'demo: guide table of contents followed', async () => {
    await page.locator('procedure-guide [part="toc"] a').nth(3).click();
    await page.waitForFunction(() => document.activeElement?.matches('procedure-guide section h2'));
  });
  await state(page, 'demo: recovery timeline with a date and .ics download', async () => {
    await page.locator('procedure-guide [part="date-input"]').fill('2026-12-07');
    await page.waitForFunction(() => document.querySelector('procedure-guide').shadowRoot.querySelector('a[download]')?.href.startsWith('blob:'));
  });
  await state(page, 'demo: sensitive content shown', async () => {
    await page.locator('sensitive-content [part="show-button"]').click();
    await page.waitForFunction(() => document.querySelector('sensitive-content img')?.complete);
  });
  await state(page, 'demo: terms form refused without the box', async () => {
    await page.locator('.request-form input[name="phone"]').fill('3055550100');
    await page.locator('.request-form button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('terms-accept').hasAttribute('data-tried'));
  });
  await state(page, 'demo: terms form sent with the box ticked', async () => {
    await page.locator('terms-accept input[type="checkbox"]').check();
    await page.locator('.request-form consent-checkbox[purpose="health-data"] input[type="checkbox"]').check();
    await page.locator('.request-form consent-checkbox[purpose="sms"] input[type="checkbox"]').check();
    await page.locator('.request-form button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('.form-status').textContent.startsWith('Thank you'));
  });
  await state(page, 'demo: leaving-the-site notice from the footer', async () => {
    await page.locator('.site-footer a[href^="https://"]').click();
    await open(page, 'external-link-notice >>> dialog');
    await page.locator('external-link-notice [part="stay-button"]').click();
    await page.waitForFunction(() => !deep('external-link-notice >>> dialog'));
  });
  await state(page, 'demo: policy update notice dismissed', async () => {
    await page.locator('site-notice [part="dismiss-button"]').click();
    await page.waitForFunction(() => !deep('site-notice >>> [part="notice"]'));
  });
  await state(page, 'demo: dark theme', async () => {
    await page.locator('.demo-controls select[name="theme"]').selectOption('dark');
    await page.waitForFunction(() => document.querySelector('clinic-provider').getAttribute('theme') === 'dark');
  });
  await state(page, 'demo: widgets in Spanish', async () => {
    await page.locator('.demo-controls select[name="lang"]').selectOption('es');
    await page.waitForFunction(() => document.querySelector('medical-disclaimer').shadowRoot.querySelector('[lang="es"]'));
  });
  await context.close();
}

/** A visitor under 18 on the demo page, and the Terms and Privacy Policy pages. */
async function demoMinorAndLegalPages({ visitor, goto, state }) {
  const { context, page } = await visitor({ deep: true });
  await goto(page, '/demo/', 'demo: minor');
  await state(page, 'demo: age gate refused', async () => {
    await page.locator('age-gate [part="no-button"]').click();
    await page.waitForFunction(() => deep('age-gate >>> #gate-title')?.matches(':focus') && deep('age-gate >>> dialog').open);
  });
  await goto(page, '/demo/share-results.html', 'demo: share-results.html');
  await state(page, 'demo: photo release given and sent', async () => {
    await page.locator('input[name="patient"]').fill('MPS-1042');
    await page.locator('consent-checkbox input[value="photos"]').check();
    await page.locator('consent-checkbox input[value="website"]').check();
    await page.locator('.request-form button[type="submit"]').click();
    await page.waitForFunction(() => document.querySelector('.form-status').textContent.includes('covers photos, website'));
  });
  await goto(page, '/demo/health-data.html', 'demo: health-data.html');
  for (const [path, count] of [
    ['terms.html', 14],
    ['privacy.html', 15],
  ]) {
    await goto(page, `/demo/${path}`, `demo: ${path}`);
    await state(page, `demo: legal document ${path}`, () =>
      page.waitForFunction((n) => document.querySelectorAll('legal-document > section').length === n, count),
    );
    await state(page, `demo: legal document ${path} contents link followed`, async () => {
      const target = await page.locator('legal-document [part="toc"] a').last().getAttribute('href');
      await page.locator('legal-document [part="toc"] a').last().click();
      await page.waitForFunction((hash) => location.hash === hash, target);
    });
  }
  await context.close();
}

// ---- demo/states/: every element in each of its states ----------------------------------------

/** Every element of the elements scenario through its states, in one theme and locale. */
async function elementStates({ visitor, goto, state }, theme, locale) {
  const tag = `states ${theme}/${locale}`;
  const { context, page } = await visitor({ colorScheme: theme === 'auto' ? 'dark' : 'light', deep: true });
  await goto(page, `/demo/states/?scenario=elements&theme=${theme}&locale=${locale}`, `${tag}: load`);
  await state(page, `${tag}: every element rendered`, () =>
    page.waitForFunction(() => {
      const elements = [
        ...document.querySelectorAll(
          'medical-disclaimer, procedure-guide, legal-document, sensitive-content, terms-accept, age-gate, consent-checkbox, site-notice',
        ),
      ];
      return elements.length > 20 && elements.every((element) => element.shadowRoot?.childNodes.length > 0);
    }),
  );
  await state(page, `${tag}: guides and documents loaded or in error`, () =>
    page.waitForFunction(() => {
      const errors = [
        'guide-unknown',
        'guide-missing',
        'guide-not-json',
        'guide-invalid',
        'guide-other-origin',
        'legal-unknown',
        'legal-missing',
        'legal-guide',
      ];
      const loaded = ['guide-article', 'guide-steps', 'guide-facelift', 'guide-accordion', 'legal-terms', 'legal-src', 'legal-bad-attributes'];
      return (
        errors.every((id) => document.getElementById(id)?.shadowRoot.querySelector('[part="error"]')) &&
        loaded.every((id) => document.getElementById(id)?.querySelector(':scope > section'))
      );
    }),
  );
  await state(page, `${tag}: accordion section opened`, async () => {
    await page.locator('#guide-accordion button[data-guide-toggle]').nth(1).click();
    await page.waitForFunction(() => document.querySelectorAll('#guide-accordion button[aria-expanded="true"]').length === 1);
  });
  await state(page, `${tag}: next step`, async () => {
    await page.locator('#guide-steps [part="step-buttons"] button.primary').click();
    await page.waitForFunction(() => document.getElementById('guide-steps').shadowRoot.querySelector('progress').value === 2);
  });
  await state(page, `${tag}: recovery timeline dated`, async () => {
    await page.locator('#guide-article [part="date-input"]').fill('2026-12-07');
    await page.waitForFunction(() => document.getElementById('guide-article').shadowRoot.querySelector('a[download]'));
  });
  await state(page, `${tag}: sensitive content revealed`, async () => {
    await page.locator('#sensitive-reveal [part="show-button"]').click();
    await page.waitForFunction(() => document.querySelector('#sensitive-reveal img')?.complete);
  });
  await state(page, `${tag}: sensitive content hidden again`, async () => {
    await page.locator('#sensitive-reveal [part="hide-button"]').click();
    await page.waitForFunction(() => !document.querySelector('#sensitive-reveal img'));
  });
  await state(page, `${tag}: show all sensitive content`, async () => {
    await page.locator('#sensitive-covered #show-all').check();
    await page.locator('#sensitive-covered [part="show-button"]').click();
    await page.waitForFunction(() => document.querySelector('#sensitive-covered img') && document.querySelector('#sensitive-reveal img'));
  });
  await state(page, `${tag}: terms box required, submit refused`, async () => {
    await page.locator('#terms-form button[type="submit"]').click();
    await page.waitForFunction(() => document.getElementById('terms-required').hasAttribute('data-tried'));
  });
  await state(page, `${tag}: terms box ticked`, async () => {
    await page.locator('#terms-required input[type="checkbox"]').check();
    await page.waitForFunction(() => document.getElementById('terms-required').checkValidity());
  });
  await state(page, `${tag}: separate consents refused unticked`, async () => {
    await page.locator('#consents-form button[type="submit"]').click();
    await page.waitForFunction(() => document.getElementById('consent-health').hasAttribute('data-tried'));
  });
  await state(page, `${tag}: separate consents given`, async () => {
    await page.locator('#consent-health input[type="checkbox"]').check();
    await page.locator('#consent-email input[type="checkbox"]').check();
    await page.locator('#consent-release input[value="photos"]').check();
    await page.locator('#consent-release input[value="website"]').check();
    await page.waitForFunction(() => document.getElementById('consents-form').checkValidity());
  });
  await state(page, `${tag}: email consent withdrawn`, async () => {
    await page.locator('#consent-email input[type="checkbox"]').uncheck();
    await page.waitForFunction(() => !new FormData(document.getElementById('consents-form')).has('email-offers'));
  });
  await state(page, `${tag}: leaving-the-site notice open`, async () => {
    await page.locator('#leaving-link').click();
    await open(page, '#leaving >>> dialog');
  });
  await state(page, `${tag}: stayed on the site`, async () => {
    await page.locator('#leaving [part="stay-button"]').click();
    await page.waitForFunction(() => !deep('#leaving >>> dialog') && document.activeElement?.id === 'leaving-link');
  });
  await state(page, `${tag}: security notice dismissed`, async () => {
    await page.locator('#notice-security [part="dismiss-button"]').click();
    await page.waitForFunction(() => !deep('#notice-security >>> [part="notice"]'));
  });
  await state(page, `${tag}: changed terms listed`, () =>
    page.waitForFunction(() => document.getElementById('terms-changed').shadowRoot.querySelector('[part="changes"] li')),
  );
  await state(page, `${tag}: age gate impossible date`, async () => {
    for (const [field, value] of [
      ['day', '31'],
      ['month', '02'],
      ['year', '1990'],
    ])
      await page.locator(`#age-birthdate input[name="${field}"]`).fill(value);
    await page.locator('#age-birthdate [part="continue-button"]').click();
    await page.waitForFunction(() => deep('#age-birthdate >>> [part="error"]')?.textContent.trim());
  });
  await state(page, `${tag}: age gate passed by date of birth`, async () => {
    for (const [field, value] of [
      ['day', '15'],
      ['month', '06'],
      ['year', '1980'],
    ])
      await page.locator(`#age-birthdate input[name="${field}"]`).fill(value);
    await page.locator('#age-birthdate [part="continue-button"]').click();
    await page.waitForFunction(() => !deep('#age-birthdate >>> .content').hidden);
  });
  await state(page, `${tag}: age gate passed by confirmation`, async () => {
    await page.locator('#age-confirm [part="yes-button"]').click();
    await page.waitForFunction(() => !deep('#age-confirm >>> .content').hidden);
  });
  await state(page, `${tag}: age gate refused earlier`, () => page.waitForFunction(() => deep('#age-denied >>> a.leave')));
  await state(page, `${tag}: age gate refused by date of birth`, async () => {
    for (const [field, value] of [
      ['day', '15'],
      ['month', '06'],
      ['year', String(new Date().getFullYear() - 10)],
    ]) {
      await page.locator(`#age-bad-attributes input[name="${field}"]`).fill(value);
    }
    await page.locator('#age-bad-attributes [part="continue-button"]').click();
    await page.waitForFunction(() => deep('#age-bad-attributes >>> #gate-title')?.matches(':focus'));
  });
  await context.close();
}

/** The cookie banner: each layout, bad attributes, dark Spanish, and the banner-only bundle. */
async function cookieBannerStates({ visitor, goto, state }, query, theme, locale) {
  const tag = `banner ${query} ${theme}/${locale}`;
  const { context, page } = await visitor({ deep: true });
  const address = `/demo/states/?scenario=banner&${query}&theme=${theme}&locale=${locale}`;
  await goto(page, address, `${tag}: load`);
  const modal = query.includes('modal');
  await state(page, `${tag}: first visit`, () =>
    modal ? open(page, 'cookie-banner >>> #first-layer') : page.locator('cookie-banner section.banner').waitFor(),
  );
  await state(page, `${tag}: preferences open`, async () => {
    await page.locator('cookie-banner [part="customize-button"]').click();
    await open(page, 'cookie-banner >>> #preferences');
  });
  await state(page, `${tag}: preferences closed with Escape`, async () => {
    await page.keyboard.press('Escape');
    await closed(page, 'cookie-banner >>> #preferences');
  });
  await state(page, `${tag}: analytics allowed, held-back script ran`, async () => {
    await page.locator('cookie-banner [part="customize-button"]').click();
    await open(page, 'cookie-banner >>> #preferences');
    await page.locator('cookie-banner #switch-analytics').check();
    await page.locator('cookie-banner [part="save-button"]').click();
    await page.waitForFunction(() => document.documentElement.dataset.gatedScript === 'ran' && !document.querySelector('iframe[data-consent]').src);
  });
  await state(page, `${tag}: floating button`, () => page.locator('cookie-banner [part="floating-button"]').waitFor());
  if (query.includes('bundle=banner')) {
    // A returning visitor: only the decision core loads at first; the UI comes with the button.
    await goto(page, address, `${tag}: returning visitor`);
    await state(page, `${tag}: returning visitor, decision kept`, async () => {
      await page.waitForFunction(() => document.documentElement.dataset.gatedScript === 'ran');
      await page.locator('cookie-banner [part="floating-button"]').waitFor();
    });
    await state(page, `${tag}: preferences reopened through window.clinicConsent`, async () => {
      await page.evaluate(() => window.clinicConsent.showPreferences());
      await open(page, 'cookie-banner >>> #preferences');
    });
  } else {
    await state(page, `${tag}: preferences reopened`, async () => {
      await page.locator('cookie-banner [part="floating-button"]').click();
      await open(page, 'cookie-banner >>> #preferences');
    });
  }
  // With bad=1 the banner asks about analytics only (categories="analytics bogus"), so the
  // advertising frame must stay empty even after Accept all.
  const asksAdvertising = !query.includes('bad=1');
  await state(page, `${tag}: everything accepted, held-back frame ${asksAdvertising ? 'loaded' : 'still held back'}`, async () => {
    await page.locator('cookie-banner #preferences .actions button').nth(1).click();
    await page.waitForFunction(() => window.clinicConsent.decision?.method === 'accept-all');
    if (asksAdvertising)
      await page.waitForFunction(() => document.querySelector('iframe[data-consent]').contentDocument?.body?.textContent.includes('advertisement'));
    else if (await page.evaluate(() => document.querySelector('iframe[data-consent]').src))
      throw new Error('the advertising frame loaded though advertising was never asked about');
  });
  await state(page, `${tag}: everything withdrawn, reload offered`, async () => {
    await page.locator('cookie-banner [part="floating-button"]').click();
    await open(page, 'cookie-banner >>> #preferences');
    await page.locator('cookie-banner #preferences .actions button').nth(2).click();
    await page.locator('cookie-banner .reload').waitFor();
  });
  await context.close();
}

/** The whole-page age gate, in both modes. */
async function wholePageAgeGate({ visitor, goto, state }, mode, theme, locale) {
  const tag = `age page ${mode} ${theme}/${locale}`;
  const { context, page } = await visitor({ deep: true });
  await goto(page, `/demo/states/?scenario=age-page&mode=${mode}&theme=${theme}&locale=${locale}`, `${tag}: load`);
  await state(page, `${tag}: open`, () => open(page, 'age-gate >>> dialog'));
  if (mode === 'birthdate') {
    await state(page, `${tag}: impossible date`, async () => {
      for (const [field, value] of [
        ['day', '31'],
        ['month', '02'],
        ['year', '1990'],
      ])
        await page.locator(`age-gate input[name="${field}"]`).fill(value);
      await page.locator('age-gate [part="continue-button"]').click();
      await page.waitForFunction(() => deep('age-gate >>> [part="error"]')?.textContent.trim());
    });
    await state(page, `${tag}: passed`, async () => {
      for (const [field, value] of [
        ['day', '15'],
        ['month', '06'],
        ['year', '1980'],
      ])
        await page.locator(`age-gate input[name="${field}"]`).fill(value);
      await page.locator('age-gate [part="continue-button"]').click();
      await closed(page, 'age-gate >>> dialog');
    });
  } else {
    await state(page, `${tag}: refused`, async () => {
      await page.locator('age-gate [part="no-button"]').click();
      await page.waitForFunction(() => deep('age-gate >>> #gate-title')?.matches(':focus'));
    });
  }
  await context.close();
}

/** An age gate on one section of a page. */
async function sectionAgeGate({ visitor, goto, state }, mode, theme, locale) {
  const tag = `section age gate ${mode} ${theme}/${locale}`;
  const { context, page } = await visitor({ deep: true });
  await goto(page, `/demo/states/?scenario=content-gate&mode=${mode}&theme=${theme}&locale=${locale}`, `${tag}: load`);
  await state(page, `${tag}: asking`, () => page.waitForFunction(() => deep('age-gate >>> .content')?.hidden === true && deep('age-gate >>> [part="gate"]')));
  await state(page, `${tag}: passed, section shown`, async () => {
    if (mode === 'confirm') await page.locator('age-gate [part="yes-button"]').click();
    else {
      for (const [field, value] of [
        ['day', '15'],
        ['month', '06'],
        ['year', '1980'],
      ])
        await page.locator(`age-gate input[name="${field}"]`).fill(value);
      await page.locator('age-gate [part="continue-button"]').click();
    }
    await page.waitForFunction(() => deep('age-gate >>> .content').hidden === false);
  });
  await context.close();
}

/** The Terms gate. */
async function termsGate({ visitor, goto, state }, theme, locale) {
  const tag = `terms gate ${theme}/${locale}`;
  const { context, page } = await visitor({ deep: true });
  await goto(page, `/demo/states/?scenario=terms-gate&theme=${theme}&locale=${locale}`, `${tag}: load`);
  await state(page, `${tag}: open, Accept disabled until the end`, async () => {
    await open(page, 'terms-accept >>> dialog');
    await page.waitForFunction(() => deep('terms-accept >>> [part="accept-button"]')?.disabled);
  });
  await state(page, `${tag}: scrolled to the end`, async () => {
    await page.locator('terms-accept [part="document"]').evaluate((region) => region.scrollTo({ top: region.scrollHeight }));
    await page.waitForFunction(() => !deep('terms-accept >>> [part="accept-button"]').disabled);
  });
  await state(page, `${tag}: accepted`, async () => {
    await page.locator('terms-accept [part="accept-button"]').click();
    await closed(page, 'terms-accept >>> dialog');
  });
  await context.close();
}

// ---- Held-back inline script revived with its nonce -----------------------------------------

/**
 * A held-back inline script revived by the consent engine keeps its nonce (with both bundles); a control page proves
 * one without the nonce is blocked and reported under the same policy.
 */
async function nonceChecks({ visitor, check, takeViolations, countState }) {
  const nonce = randomBytes(16).toString('base64');
  const noncePolicy = `default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'`;
  const root = mkdtempSync(join(tmpdir(), 'clinic-csp-nonce-'));
  symlinkSync(join(repoRoot, 'dist'), join(root, 'dist'));
  const page = (bundle, held) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Held-back inline script</title>
    <script type="module" src="/dist/cdn/${bundle}"></script>
  </head>
  <body>
    <cookie-banner policy-version="1"></cookie-banner>
    <main><h1>Held-back inline script</h1></main>
    ${held}
  </body>
</html>
`;
  const withNonce = `<script type="text/plain" data-consent="analytics" nonce="${nonce}">window.revived = true</script>`;
  writeFileSync(join(root, 'banner.html'), page('cookie-banner.js', withNonce));
  writeFileSync(join(root, 'all.html'), page('clinic-elements.js', withNonce));
  writeFileSync(join(root, 'control.html'), page('cookie-banner.js', '<script type="text/plain" data-consent="analytics">window.revived = true</script>'));
  const nonceServer = await startServer({ root, csp: noncePolicy });
  try {
    for (const file of ['banner.html', 'all.html', 'control.html']) {
      const control = file === 'control.html';
      const tag = `nonce ${file}`;
      const { context, page: tab } = await visitor();
      tab.where = tag;
      const response = await tab.goto(`${nonceServer.url}/${file}`);
      check(response?.headers()['content-security-policy'] === noncePolicy, `${tag}: not served with the nonce policy`);
      const ranBefore = await tab.evaluate(() => window.revived === true);
      check(!ranBefore, `${tag}: the held-back script ran before consent`);
      await tab.locator('cookie-banner [part="accept-button"]').click();
      await tab.waitForFunction(() => document.querySelector('script[data-consent][data-consent-ran]'));
      await tab.waitForTimeout(300);
      const ran = await tab.evaluate(() => window.revived === true);
      if (control) {
        const reported = takeViolations(tag);
        check(
          !ran && reported.some((text) => text.includes('script-src')),
          `${tag}: a revived script without the nonce was not blocked and reported (ran: ${ran}, reported: ${JSON.stringify(reported)})`,
        );
      } else {
        countState();
        check(ran, `${tag}: the held-back inline script did not run after Accept all (nonce not carried over?)`);
      }
      await context.close();
    }
  } finally {
    await nonceServer.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** The recorder itself: a style attribute set by script must be reported. */
async function recorderControl({ visitor, goto, check, takeViolations }) {
  const { context, page } = await visitor();
  await goto(page, '/demo/states/?scenario=terms-gate', 'recorder control');
  page.where = 'recorder control';
  await page.evaluate(() => document.querySelector('h1').setAttribute('style', 'color: red'));
  await page.waitForTimeout(300);
  const reported = takeViolations('recorder control');
  check(
    reported.some((text) => text.includes('style-src')),
    `the violation recorder missed a blocked style attribute (got ${JSON.stringify(reported)})`,
  );
  await context.close();
}

await runWhenMain(import.meta, title, run);
