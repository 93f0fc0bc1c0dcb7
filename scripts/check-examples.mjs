// Checks the examples a clinic's developers copy (`npm run examples`, after `npm run build`):
// builds examples/react and examples/vue with React's and Vue's development builds (so their own
// warnings count), serves the repository with the demo's strict Content-Security-Policy, and loads
// examples/html/, examples/react/ and examples/vue/dist/ in Chromium. Fails on any warning of the
// Vite build of the Vue example (INEFFECTIVE_DYNAMIC_IMPORT: a lazily loaded module pulled into the
// main chunk), console error or warning, page error, CSP violation, failed or third-party request,
// element that did not render, or event that did not reach the page.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildReactExample } from '../examples/react/build.mjs';
import { buildVueExample } from '../examples/vue/build.mjs';
import { chromiumArgs, requireChromium } from './browser.mjs';
import { checkVueExample } from './check-examples-vue.mjs';
import { startServer } from './serve.mjs';

// Every documented element (the build writes custom-elements.json from the element classes).
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const allTags = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => d.tagName)).sort();
const problems = [];
const passed = [];

await buildReactExample({ development: true });
for (const { code, message } of await buildVueExample({ development: true })) {
  problems.push(
    `examples/vue: the Vite build warned ${code}${code === 'INEFFECTIVE_DYNAMIC_IMPORT' ? ' (a module the elements load on demand is also imported statically)' : ''}: ${message}`,
  );
}
const server = await startServer();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });

/** A fresh page (its own storage, so every run is a first visit) that records everything that goes wrong. */
async function openPage(name, path) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const report = (text) => problems.push(`${name}: ${text}`);
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
  page.on('console', (message) => {
    // The browser asks for /favicon.ico by itself; the examples have none, and that is not theirs to fail.
    if (message.location().url?.endsWith('/favicon.ico')) return;
    if (message.type() === 'error' || message.type() === 'warning') report(`console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => report(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      report(`third-party request: ${request.url()}`);
  });
  page.on('response', (response) => response.status() >= 400 && report(`HTTP ${response.status()} for ${response.url()}`));
  page.on('requestfailed', (request) => report(`failed request: ${request.url()} (${request.failure()?.errorText})`));
  const response = await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
  if (!response?.headers()['content-security-policy']?.includes("script-src 'self'")) report('not served with the strict CSP');
  return { page, context, report };
}

/** Every element is defined and rendered: a shadow root with content, or (written into the page) light-DOM content. */
async function checkRendered(page, report, tags) {
  await page
    .waitForFunction(
      () => document.querySelectorAll('procedure-guide > section').length > 0 && document.querySelectorAll('legal-document > section').length > 0,
      null,
      { timeout: 15_000 },
    )
    .catch(() => report('the guide or the legal document wrote no sections'));
  const missing = await page.evaluate((tags) => {
    const out = [];
    const hasContent = (root) => [...root.childNodes].some((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent.trim());
    for (const tag of tags) {
      if (!customElements.get(tag)) out.push(`<${tag}> is not defined`);
      const found = document.querySelectorAll(tag);
      if (!found.length) out.push(`<${tag}> is not on the page`);
      for (const element of found) {
        if (!(element instanceof customElements.get(tag))) out.push(`<${tag}> did not upgrade`);
        if (!(element.shadowRoot && hasContent(element.shadowRoot)) && !hasContent(element)) out.push(`<${tag}> rendered nothing`);
      }
    }
    if (!document.querySelector('medical-disclaimer').shadowRoot.textContent.includes('not a substitute for diagnosis'))
      out.push('<medical-disclaimer> text is missing');
    if (document.querySelectorAll('procedure-guide > section').length !== 11) out.push('<procedure-guide> did not write the 11 necklift sections');
    if (document.querySelector('legal-document').textContent.includes('{clinic')) out.push('<legal-document> has unfilled clinic placeholders');
    return out;
  }, tags);
  missing.forEach(report);
}

const clickInShadow = (page, tag, selector) =>
  page.evaluate(([tag, selector]) => document.querySelector(tag).shadowRoot.querySelector(selector).click(), [tag, selector]);
const photoRequested = (page) => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/before-after.svg')));
/** Waits for a condition in the page; reports `what` if it does not come true within 5 s. */
const expectSoon = (page, report, what, fn, arg) =>
  page.waitForFunction(fn, arg, { timeout: 5000 }).then(
    () => true,
    () => (report(what), false),
  );

/** Consent, the age gate and the covered photo, the same in both examples. */
async function checkInteractions(page, report) {
  // Cookie banner: the first layer shows, nothing held back runs before Accept all.
  await expectSoon(page, report, 'the cookie banner did not show its first layer', () =>
    document.querySelector('cookie-banner')?.shadowRoot?.querySelector('[part="accept-button"]'),
  );
  await clickInShadow(page, 'cookie-banner', '[part="accept-button"]');
  await expectSoon(page, report, 'no "Cookie settings" button after the decision', () =>
    document.querySelector('cookie-banner').shadowRoot.querySelector('[part="floating-button"]'),
  );

  // Age gate over the photos section, then the covered photo: not downloaded until asked for.
  await expectSoon(page, report, 'the age gate did not ask', () => document.querySelector('age-gate')?.shadowRoot?.querySelector('[part="yes-button"]'));
  await clickInShadow(page, 'age-gate', '[part="yes-button"]');
  await expectSoon(page, report, 'the sensitive content cover did not show after the age gate', () =>
    document.querySelector('sensitive-content')?.shadowRoot?.querySelector('[part="show-button"]'),
  );
  if (await photoRequested(page)) report('the covered photo was downloaded before the visitor chose');
  await clickInShadow(page, 'sensitive-content', '[part="show-button"]');
  await expectSoon(page, report, 'the photo did not appear after Show', () =>
    performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/before-after.svg')),
  );
}

try {
  // ---------------------------------------------------------------------------------------------
  // examples/html: the CDN build, pasted into a page.
  {
    const { page, context, report } = await openPage('examples/html', '/examples/html/');
    await checkRendered(page, report, allTags);
    if (await page.evaluate(() => document.documentElement.dataset.analytics)) report('the held-back analytics tag ran before consent');
    await checkInteractions(page, report);
    await expectSoon(page, report, 'Accept all did not run the held-back analytics tag', () => document.documentElement.dataset.analytics === 'running');
    const ticked = await page.evaluate(async () => {
      const terms = document.querySelector('terms-accept');
      terms.shadowRoot.querySelector('[part="checkbox"]').click();
      await terms.updateComplete;
      return terms.checked && new FormData(terms.closest('form')).get('terms');
    });
    if (ticked !== 'accepted') report(`ticking <terms-accept> did not put terms=accepted in the form (got ${ticked})`);
    const consent = await page.evaluate(async () => {
      const box = document.querySelector('consent-checkbox');
      const before = new FormData(box.closest('form')).has('email-consent');
      box.shadowRoot.querySelector('[part="checkbox"]').click();
      await box.updateComplete;
      const data = new FormData(box.closest('form'));
      return { before, value: data.get('email-consent'), version: data.get('email-consent.version'), hash: data.get('email-consent.hash') };
    });
    if (consent.before) report('the email consent was in the form before the visitor ticked it');
    if (consent.value !== 'yes' || consent.version !== 'built-in-1' || !/^[0-9a-f]{64}$/.test(consent.hash ?? ''))
      report(`ticking <consent-checkbox> did not put its value, version and hash in the form (got ${JSON.stringify(consent)})`);
    await page.getByRole('link', { name: 'American Society of Plastic Surgeons' }).click();
    await expectSoon(
      page,
      report,
      'the footer link to another site did not open the leaving notice',
      () => document.querySelector('external-link-notice').shadowRoot.querySelector('dialog')?.open,
    );
    await page.keyboard.press('Escape');
    await expectSoon(
      page,
      report,
      'Escape did not close the leaving notice and stay on the page',
      () => !document.querySelector('external-link-notice').shadowRoot.querySelector('dialog')?.open && location.pathname === '/examples/html/',
    );
    (await page.evaluate(() => window.cspViolations)).forEach((v) => report(`CSP violation: ${v}`));
    await context.close();
    passed.push(
      `examples/html: ${allTags.length} elements rendered from dist/cdn/, consent released the held-back tag, age gate and covered photo worked, terms and the email consent took part in the form, the footer link showed the leaving notice`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // examples/react: React 19 state driven by the elements' events, and the other way round.
  {
    const { page, context, report } = await openPage('examples/react', '/examples/react/');
    await checkRendered(page, report, allTags);
    const text = (id) => page.evaluate((id) => document.getElementById(id)?.textContent ?? '', id);
    if ((await text('consent-status')) !== 'No cookie decision yet.') report(`unexpected consent status before a decision: "${await text('consent-status')}"`);

    await checkInteractions(page, report);
    // onconsent-change → React state.
    await expectSoon(page, report, `consent-change did not reach React (status: "${await text('consent-status')}")`, () =>
      document.getElementById('consent-status').textContent.includes('(accept-all)'),
    );
    // onage-verified → React state.
    await expectSoon(page, report, 'age-verified did not reach React', () => document.getElementById('age-status').textContent === 'Age confirmed.');

    // <terms-accept>: React's onChange and onterms-accepted, then a controlled `checked`.
    await page.evaluate(() => document.querySelector('terms-accept').shadowRoot.querySelector('[part="checkbox"]').click());
    await expectSoon(page, report, 'onChange of <terms-accept> did not reach React', () =>
      document.getElementById('terms-status').textContent.startsWith('Terms ticked.'),
    );
    await expectSoon(page, report, 'terms-accepted did not reach React', () =>
      /Accepted version 2024-05 \(text hash [0-9a-f]{12}…\)/.test(document.getElementById('terms-status').textContent),
    );
    await page.getByRole('button', { name: 'Untick the Terms' }).click();
    await expectSoon(
      page,
      report,
      'React state did not untick <terms-accept> (controlled checked)',
      () => document.querySelector('terms-accept').checked === false && document.getElementById('terms-status').textContent.startsWith('Terms not ticked.'),
    );

    // Controlled layout (property) and theme; section-change → React state.
    await page.getByRole('radio', { name: 'steps' }).check();
    await expectSoon(page, report, 'the guide did not follow the layout from React state', () => document.querySelector('procedure-guide').layout === 'steps');
    await expectSoon(page, report, 'the steps layout showed no Next button', () =>
      document.querySelector('procedure-guide').shadowRoot.querySelector('[part="step-buttons"] button.primary'),
    );
    await clickInShadow(page, 'procedure-guide', '[part="step-buttons"] button.primary');
    await expectSoon(page, report, `section-change did not reach React (status: "${await text('section-status')}")`, () =>
      document.getElementById('section-status').textContent.startsWith('Reading section 2:'),
    );
    await page.getByLabel('Theme').selectOption('dark');
    await expectSoon(page, report, 'the provider did not follow the theme from React state', () => document.querySelector('clinic-provider').theme === 'dark');

    // onconsent-given / onconsent-withdrawn and onnotice-dismiss → React state.
    const emailBox = () => page.evaluate(() => document.querySelector('consent-checkbox').shadowRoot.querySelector('[part="checkbox"]').click());
    await emailBox();
    await expectSoon(
      page,
      report,
      'consent-given did not reach React',
      () => document.getElementById('email-status').textContent === 'Email consent given (statement built-in-1).',
    );
    await emailBox();
    await expectSoon(page, report, 'consent-withdrawn did not reach React', () =>
      document.getElementById('email-status').textContent.startsWith('Email consent withdrawn'),
    );
    await clickInShadow(page, 'site-notice', '[part="dismiss-button"]');
    await expectSoon(
      page,
      report,
      'notice-dismiss did not reach React',
      () => document.getElementById('notice-status').textContent === 'Notice privacy-2024-05 dismissed.',
    );

    if (!(await page.evaluate(() => document.querySelector('footer medical-disclaimer')?.getAttribute('class') === 'footer-disclaimer')))
      report('the class prop did not reach the element');

    (await page.evaluate(() => window.cspViolations)).forEach((v) => report(`CSP violation: ${v}`));
    await context.close();
    passed.push(
      `examples/react: ${allTags.length} elements rendered in React 19 (development build), consent-change, age-verified, change, terms-accepted, section-change, consent-given, consent-withdrawn and notice-dismiss reached React state; controlled checked, layout and theme followed it`,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // examples/vue: a Vue 3 SFC built with Vite.
  const vue = await checkVueExample({ openPage, checkRendered, checkInteractions, expectSoon, clickInShadow, allTags, problems });
  if (vue) passed.push(vue);
} finally {
  await browser.close();
  await server.close();
}

if (problems.length) {
  console.error(`Examples check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`Examples check passed under a strict CSP, with no console errors or warnings:\n- ${passed.join('\n- ')}`);
