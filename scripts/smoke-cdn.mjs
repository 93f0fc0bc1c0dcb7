// Loads the demo page from a static server with a strict Content-Security-Policy, the way a clinic
// site would, and fails on any console error, page error, CSP violation, third-party request, or
// element that did not render. Then loads the bundle a second time: that must change nothing.
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from './browser.mjs';
import { startServer } from './serve.mjs';

const elementsOnDemo = [
  'age-gate',
  'clinic-provider',
  'consent-checkbox',
  'cookie-banner',
  'external-link-notice',
  'medical-disclaimer',
  'procedure-guide',
  'sensitive-content',
  'site-notice',
  'terms-accept',
];
// <legal-document> is checked on the demo's terms and privacy pages below.
const problems = [];

const server = await startServer();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) problems.push(`third-party request: ${request.url()}`);
  });
  const answered = new Set();
  page.on('response', (response) => {
    answered.add(response.request());
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    // A keepalive receipt the server already answered is reported as aborted when the page then
    // navigates away; only requests that never got an answer count as failed.
    if (!answered.has(request)) problems.push(`failed request: ${request.url()} (${request.failure()?.errorText})`);
  });

  const response = await page.goto(`${server.url}/demo/`, { waitUntil: 'networkidle' });
  if (!response?.headers()['content-security-policy']?.includes("script-src 'self'")) problems.push('the demo was not served with a strict CSP');

  const checkRendered = () =>
    page.evaluate((tags) => {
      const missing = [];
      for (const tag of tags) {
        if (!customElements.get(tag)) missing.push(`<${tag}> is not defined`);
        for (const element of document.querySelectorAll(tag)) {
          if (!element.shadowRoot || element.shadowRoot.childNodes.length === 0) missing.push(`<${tag}> rendered nothing`);
        }
      }
      const disclaimer = document.querySelector('medical-disclaimer')?.shadowRoot?.textContent ?? '';
      if (!disclaimer.includes('not a substitute for diagnosis')) missing.push('<medical-disclaimer> text is missing');
      if (document.querySelectorAll('procedure-guide > section h2').length !== 11) missing.push('<procedure-guide> did not render the 11 necklift sections');
      if (document.querySelectorAll('script[type="application/ld+json"]').length !== 1) missing.push('the page does not have exactly one JSON-LD block');
      return missing;
    }, elementsOnDemo);

  await page.waitForFunction(() => document.querySelectorAll('procedure-guide > section').length > 0);
  problems.push(...(await checkRendered()));

  // Every layout, and the recovery timeline with a date (its bars are placed through the CSSOM).
  await page.evaluate(async () => {
    const guide = document.querySelector('procedure-guide');
    for (const layout of ['accordion', 'steps', 'article']) {
      guide.layout = layout;
      await guide.updateComplete;
    }
    const input = guide.shadowRoot.querySelector('input[type="date"]');
    input.value = '2026-12-07';
    input.dispatchEvent(new Event('input'));
    await guide.updateComplete;
  });
  try {
    await page.waitForFunction(() => document.querySelector('procedure-guide').shadowRoot.querySelector('a[download]')?.href.startsWith('blob:'), null, {
      timeout: 5000,
    });
  } catch {
    problems.push('the recovery timeline offered no .ics download');
  }

  // The age gate blocks the page first; passing it closes the dialog.
  await page.waitForFunction(() => document.querySelector('age-gate')?.shadowRoot?.querySelector('dialog')?.open);
  await page.evaluate(() => document.querySelector('age-gate').shadowRoot.querySelector('[part="yes-button"]').click());
  await page.waitForFunction(() => !document.querySelector('age-gate').shadowRoot.querySelector('dialog').open);

  // The cookie decision: nothing held back runs before it; Accept all runs the analytics tag once
  // and sends a receipt to the demo's endpoint.
  await page.waitForFunction(() => document.querySelector('cookie-banner')?.shadowRoot?.querySelector('section.banner'));
  if (await page.evaluate(() => document.documentElement.dataset.analytics)) problems.push('the held-back analytics ran before consent');
  const receipt = page.waitForResponse((response) => response.url().endsWith('/demo/api/receipts'));
  await page.evaluate(() => document.querySelector('cookie-banner').shadowRoot.querySelector('[part="accept-button"]').click());
  if ((await receipt).status() !== 201) problems.push('the consent receipt was not stored by the endpoint');
  await page.waitForFunction(() => document.documentElement.dataset.analytics === 'running');
  if (!(await page.evaluate(() => document.querySelector('cookie-banner').shadowRoot.querySelector('[part="floating-button"]')))) {
    problems.push('the cookie settings button did not appear after the decision');
  }

  // Sensitive photos: nothing is downloaded until the visitor asks to see them.
  const photoRequested = () => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/before-after.svg')));
  if (await photoRequested()) problems.push('the covered photo was downloaded before the visitor chose');
  await page.evaluate(() => document.querySelector('sensitive-content').shadowRoot.querySelector('[part="show-button"]').click());
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/before-after.svg')));

  // The request form does not submit until the Terms are accepted and the health-data consent given.
  const termsReceipt = page.waitForResponse(
    (response) => response.url().endsWith('/demo/api/receipts') && response.request().postData()?.includes('"type":"terms"'),
  );
  const submits = await page.evaluate(async () => {
    const form = document.querySelector('.request-form');
    form.querySelector('input[name="phone"]').value = '3055550100';
    form.requestSubmit();
    const before = form.querySelector('.form-status').textContent;
    const terms = form.querySelector('terms-accept');
    terms.shadowRoot.querySelector('input').click();
    await terms.updateComplete;
    const health = form.querySelector('consent-checkbox[purpose="health-data"]');
    health.shadowRoot.querySelector('input').click();
    await health.updateComplete;
    form.requestSubmit();
    return [before, form.querySelector('.form-status').textContent];
  });
  if (submits[0] !== '' || !submits[1].startsWith('Thank you')) problems.push(`the request form ignored the Terms box: ${JSON.stringify(submits)}`);
  if ((await termsReceipt).status() !== 201) problems.push('the Terms acceptance receipt was not stored');

  // A second copy of the same script tag, and a second import of the same bundle.
  await page.evaluate(async () => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '../dist/cdn/clinic-elements.js';
    document.head.append(script);
    await import('../dist/cdn/clinic-elements.js');
  });
  await page.waitForLoadState('networkidle');
  problems.push(...(await checkRendered()));
  problems.push(...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP violation: ${v}`));

  // The legal pages: every section of the Terms and the Privacy Policy, with the clinic filled in.
  for (const [path, count] of [
    ['terms.html', 14],
    ['privacy.html', 15],
  ]) {
    await page.goto(`${server.url}/demo/${path}`, { waitUntil: 'networkidle' });
    await page.waitForFunction((n) => document.querySelectorAll('legal-document > section').length === n, count);
    if (await page.evaluate(() => document.querySelector('legal-document').textContent.includes('[clinic')))
      problems.push(`${path} has unfilled clinic settings`);
    problems.push(...(await page.evaluate(() => window.cspViolations)).map((v) => `CSP violation on ${path}: ${v}`));
  }

  // A misspelt attribute on an element added late is told once the page is idle, with the closest name.
  const typo = 'clinic-elements: <medical-disclaimer> has no attribute "variat"; did you mean "variant"?';
  const told = page.waitForEvent('console', { predicate: (message) => message.text() === typo, timeout: 5000 }).catch(() => null);
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<medical-disclaimer variat="short"></medical-disclaimer>'));
  if (!(await told)) problems.push(`no warning about a misspelt attribute ("${typo}")`);
  else if (problems.includes(`console warning: ${typo}`)) problems.splice(problems.indexOf(`console warning: ${typo}`), 1);
} finally {
  await browser.close();
  await server.close();
}

if (problems.length) {
  console.error(`CDN smoke test failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `CDN smoke test passed: ${elementsOnDemo.map((tag) => `<${tag}>`).join(', ')} rendered under a strict CSP, loaded twice, no errors, no third-party requests.`,
);
