// What the elements render, as documents for the Nu HTML Checker (nu.mjs): the demo pages and the
// state pages (demo/states/) are opened in Chromium, served locally, and once every element has
// rendered, each page's live DOM (the light DOM, with what the elements put there) becomes one
// document, and the content of every shadow root another, in a page of its own. A shadow root
// seen before (the same element in the same state elsewhere) is checked once.
import { settle, withBrowser } from './harness.mjs';

const timeout = 10000;

/** The pages and states: `steps` drive a page into further states, each one serialised too. */
const visits = [
  {
    name: 'demo-index',
    path: '/demo/',
    steps: [
      [
        'cookie-preferences',
        async (page) => {
          await page.locator('age-gate [part="yes-button"]').click();
          await page.locator('cookie-banner [part="customize-button"]').click();
          await page.waitForFunction(() => document.querySelector('cookie-banner')?.shadowRoot?.querySelector('#preferences')?.open);
        },
      ],
    ],
  },
  { name: 'demo-terms', path: '/demo/terms.html' },
  { name: 'demo-privacy', path: '/demo/privacy.html' },
  { name: 'demo-health-data', path: '/demo/health-data.html' },
  { name: 'demo-share-results', path: '/demo/share-results.html' },
  {
    name: 'states-elements',
    path: '/demo/states/?scenario=elements',
    steps: [
      [
        'leaving-notice',
        async (page) => {
          await page.locator('#leaving-link').click();
          await page.waitForFunction(() => document.getElementById('leaving')?.shadowRoot?.querySelector('dialog')?.open);
        },
      ],
    ],
  },
  // The box layout is the bar's markup with other styles; Spanish and the dark theme change words and colours only.
  ...['bar', 'modal'].map((layout) => ({
    name: `states-banner-${layout}`,
    path: `/demo/states/?scenario=banner&layout=${layout}`,
    steps: [
      [
        'preferences',
        async (page) => {
          await page.locator('cookie-banner [part="customize-button"]').click();
          await page.waitForFunction(() => document.querySelector('cookie-banner')?.shadowRoot?.querySelector('#preferences')?.open);
        },
      ],
    ],
  })),
  ...['birthdate', 'confirm'].map((mode) => ({ name: `states-age-page-${mode}`, path: `/demo/states/?scenario=age-page&mode=${mode}` })),
  { name: 'states-terms-gate', path: '/demo/states/?scenario=terms-gate' },
];

/** Resolves to `[{ name, html }]`: one document per page state and one per distinct shadow root. */
export async function renderedDocuments({ check }) {
  const documents = [];
  const seenRoots = new Set();
  const keep = (name, { page, roots }) => {
    documents.push({ name, html: page });
    roots.forEach((root, index) => {
      if (seenRoots.has(root.html)) return;
      seenRoots.add(root.html);
      documents.push({ name: `${name}--${root.tag}-${index}`, html: standalone(root) });
    });
  };

  await withBrowser({}, async ({ visitor }) => {
    const queue = [...visits];
    const worker = async () => {
      for (let visit = queue.shift(); visit; visit = queue.shift()) {
        const { context, page } = await visitor({ timeout, extraHTTPHeaders: { 'accept-encoding': 'identity' } });
        try {
          await page.goto(visit.path);
          if (visit.path.startsWith('/demo/states/')) await page.waitForFunction(() => document.documentElement.dataset.states === 'ready');
          await rendered(page);
          keep(visit.name, await page.evaluate(serialise));
          for (const [step, action] of visit.steps ?? []) {
            await action(page);
            await rendered(page);
            keep(`${visit.name}-${step}`, await page.evaluate(serialise));
          }
          check(true, '');
        } catch (error) {
          check(false, `${visit.path}: not rendered (${String(error.message).split('\n')[0]})`);
        } finally {
          await context.close();
        }
      }
    };
    await Promise.all([worker(), worker()]);
  });
  return documents.sort((a, b) => a.name.localeCompare(b.name));
}

/** Waits until the page's requests are in and every element (in shadow roots too) has rendered, twice: rendering may load more. */
async function rendered(page) {
  for (let round = 0; round < 2; round += 1) await settle(page, { until: elementsUpdated });
}

/** Runs in the page: resolves once every defined custom element has finished its update (undefined ones are not waited for). */
async function elementsUpdated() {
  const elements = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (customElements.get(element.localName)) elements.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  await Promise.all(elements.map((element) => element.updateComplete));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** Runs in the page: the live DOM as a document, and the content of every open shadow root with its host's tag and language. */
function serialise() {
  const roots = [];
  const walk = (root, lang) => {
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      const hostLang = element.closest('[lang]')?.getAttribute('lang') ?? lang;
      roots.push({ tag: element.localName, lang: hostLang, html: element.shadowRoot.innerHTML });
      walk(element.shadowRoot, hostLang);
    }
  };
  walk(document, document.documentElement.lang || 'en');
  const doctype = document.doctype ? `<!doctype ${document.doctype.name}>\n` : '';
  return { page: `${doctype}${document.documentElement.outerHTML}\n`, roots };
}

/** A shadow root's content as the body of a document of its own. */
const standalone = ({ tag, lang, html }) =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>The shadow root of a ${tag}</title>\n</head>\n<body>\n${html}\n</body>\n</html>\n`;
