// Host pages: the demo and every element state (demo/states/) with a real site's CSS added after
// the page's own: Bootstrap 5.3 and Tailwind 4's preflight from npm, and a WordPress-style theme
// (test/pages/hosts/wordpress-theme.css: root font 62.5 %, aggressive button, paragraph, dialog and
// focus rules). In each state: no text of ours under 12 px, and axe's contrast and target-size
// rules on our elements. The guide's collapsed text stays within find-in-page's reach. Then
// two pages of tokens: a brand set by light tokens alone, read in light and dark, and a mistyped
// token, whose buttons stay readable and which is reported once.
//
//   npm run build first; then: node scripts/hardening/host-pages.mjs   (exit 1 on failures)
/* global deep -- installed in every page by the harness (visitor({ deep: true })) */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, settle, withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';
import { aceViolations } from './a11y.mjs';

export const title = 'Host pages: Bootstrap, Tailwind and a WordPress-style theme; brand and mistyped tokens';

// The plain page (no site CSS) is where the IBM Equal Access engine also runs, in every state.
const themes = [
  { name: 'plain page', css: null, ibm: true },
  { name: 'Bootstrap 5', css: '/node_modules/bootstrap/dist/css/bootstrap.min.css' },
  { name: 'Tailwind preflight', css: '/node_modules/tailwindcss/preflight.css' },
  { name: 'WordPress-style theme', css: '/test/pages/hosts/wordpress-theme.css' },
];
/** Every element's tag, from custom-elements.json. */
const ourTags = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName);
const minimumText = 12;
const timeout = 10000;

export async function run() {
  const { check, failures, counted } = checker();
  writeGuidePage();
  const tally = { states: 0, texts: 0, axeRuns: 0, aceRuns: 0, aceViolations: 0 };
  await withBrowser({}, async ({ visitor }) => {
    /** A fresh visitor whose pages get `css` after their own style sheets; `warnings` collects console warnings. */
    const open = async (css, { colorScheme = 'light' } = {}) => {
      const warnings = [];
      const visit = await visitor({
        timeout,
        deep: true,
        colorScheme,
        onPageError: (error) => failures.push(`${visit.page.where}: page error: ${error.message}`),
        onConsole: (message) => message.type() === 'warning' && warnings.push(message.text()),
      });
      if (css)
        await visit.page.route(/\.html(\?|$)|\/states\/(\?|$)/, async (route) => {
          const response = await route.fetch();
          const body = (await response.text()).replace('</head>', `<link rel="stylesheet" href="${css}" /></head>`);
          await route.fulfill({ response, body });
        });
      return { ...visit, warnings };
    };
    const goto = async (page, path, label) => {
      page.where = label;
      await page.goto(path);
      if (path.startsWith('/demo/states/')) await page.waitForFunction(() => document.documentElement.dataset.states === 'ready');
      await settle(page);
    };
    /** The checks of one state: text sizes and axe's contrast and target size on our elements. */
    const inspectWith = async (page, label, ibm = false) => {
      page.where = label;
      await settle(page);
      tally.states += 1;
      const small = await page.evaluate(smallTexts, { tags: ourTags, minimum: minimumText });
      tally.texts += small.count;
      check(small.offenders.length === 0, `${label}: text under ${minimumText} px: ${small.offenders.slice(0, 5).join('; ')}`);
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(axeOnOurs, ourTags);
      tally.axeRuns += 1;
      check(violations.length === 0, `${label}: ${violations.join('; ')}`);
      if (!ibm) return;
      if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ url: '/node_modules/accessibility-checker-engine/ace.js' });
      const found = await page.evaluate(aceViolations);
      tally.aceRuns += 1;
      tally.aceViolations += found.length;
      check(found.length === 0, `${label}: IBM Equal Access: ${found.slice(0, 5).join('; ')}`);
    };

    const themePass = async ({ name, css, ibm }) => {
      const { context, page } = await open(css);
      const inspect = (target, label) => inspectWith(target, label, ibm);
      for (const theme of ['light', 'dark']) {
        await goto(page, `/demo/states/?scenario=elements&theme=${theme}`, `${name} / every element, ${theme}`);
        await inspect(page, page.where);
      }
      await goto(page, '/demo/states/?scenario=banner&layout=bar', `${name} / cookie banner`);
      await inspect(page, page.where);
      await page.evaluate(() => deep('cookie-banner >>> [part="customize-button"]').click());
      await page.waitForFunction(() => deep('cookie-banner >>> dialog#preferences')?.open);
      await inspect(page, `${name} / cookie preferences`);

      await goto(page, '/demo/index.html', `${name} / demo, age gate open`);
      await inspect(page, page.where);
      await page.evaluate(() => deep('age-gate >>> [part="yes-button"]').click());
      await inspect(page, `${name} / demo page`);
      for (const [scenario, label] of [
        ['age-page&mode=birthdate', 'whole-page age gate'],
        ['content-gate&mode=confirm', 'age gate on a section'],
        ['terms-gate', 'terms gate'],
      ]) {
        await goto(page, `/demo/states/?scenario=${scenario}`, `${name} / ${label}`);
        await inspect(page, page.where);
      }
      // Find-in-page searches collapsed text that is hidden="until-found" (content-visibility: hidden),
      // not text a theme's [hidden] rule took out with display: none. Checked on the guide as the CLI prints it.
      page.where = `${name} / guide's collapsed text`;
      await page.goto('/hardening-report/host-guide.html');
      await page.waitForFunction(() => document.querySelector('procedure-guide [data-guide-body][hidden]'));
      const searchable = await page.evaluate(collapsedSearchable);
      check(searchable.ok, `${page.where}: ${searchable.detail}`);
      await context.close();
    };

    const brandPass = async (colorScheme) => {
      const { context, page } = await open('/test/pages/hosts/brand-tokens.css', { colorScheme });
      await goto(page, '/demo/states/?scenario=elements&theme=auto', `brand tokens / theme auto, ${colorScheme}`);
      await inspectWith(page, page.where);
      await context.close();
    };

    const mistypedPass = async () => {
      const { context, page, warnings } = await open('/test/pages/hosts/mistyped-token.css');
      await goto(page, '/demo/states/?scenario=elements&theme=light', 'mistyped token');
      await inspectWith(page, page.where);
      await page.waitForFunction(() => new Promise((done) => requestIdleCallback(() => setTimeout(() => done(true), 200))));
      const told = warnings.filter((text) => text.includes('--clinic-color-accent'));
      check(told.length === 1, `mistyped token: expected one warning naming --clinic-color-accent, got ${told.length}: ${told.join(' | ')}`);
      await context.close();
    };

    // Two visitors at a time (the machine may have two cores), each pass in its own context.
    const queue = [...themes.map((theme) => () => themePass(theme)), () => brandPass('light'), () => brandPass('dark'), mistypedPass];
    await Promise.all(
      [0, 1].map(async () => {
        while (queue.length) await queue.shift()();
      }),
    );
  });
  return {
    checks: counted(),
    failures,
    figures: {
      'states on host pages': tally.states,
      'texts measured': tally.texts,
      'axe contrast and target-size runs': tally.axeRuns,
      'IBM Equal Access runs (demo states)': tally.aceRuns,
      'IBM Equal Access violations (demo states)': tally.aceViolations,
    },
  };
}

/** Runs in the page: every visible text of our shadow roots (and the guide's toggles), and those under `minimum` px. */
function smallTexts({ tags, minimum }) {
  const offenders = [];
  let count = 0;
  const roots = [];
  const collect = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot && (tags.includes(element.localName) || roots.length)) {
        roots.push(element.shadowRoot);
        collect(element.shadowRoot);
      }
    }
  };
  collect(document);
  const texts = roots.flatMap((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    while (walker.nextNode()) found.push(walker.currentNode);
    return found;
  });
  for (const toggle of document.querySelectorAll('procedure-guide [data-guide-toggle]')) texts.push(...toggle.childNodes);
  for (const node of texts) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || !parent || !parent.checkVisibility({ visibilityProperty: true })) continue;
    if (parent.closest('style, script, template')) continue;
    count += 1;
    const size = parseFloat(getComputedStyle(parent).fontSize);
    if (size < minimum) offenders.push(`"${node.textContent.trim().slice(0, 30)}" ${size} px`);
  }
  return { count, offenders };
}

/** Runs in the page: axe's contrast and target-size rules on our elements; resolves to "rule: first node" lines. */
async function axeOnOurs(tags) {
  // The provider's own content is the page's; the elements inside it are ours.
  const ours = tags.filter((tag) => tag !== 'clinic-provider').join(',');
  const include = [...document.querySelectorAll(ours)].filter((element) => !element.parentElement?.closest(ours));
  if (!include.length) return ['none of our elements is on the page'];
  const result = await window.axe.run({ include }, { runOnly: { type: 'rule', values: ['color-contrast', 'target-size'] }, resultTypes: ['violations'] });
  return result.violations.map(
    (violation) =>
      `${violation.id} (${violation.nodes.length}): ${violation.nodes[0].target.join(' ')} ${violation.nodes[0].failureSummary?.split('\n')[1] ?? ''}`,
  );
}

/** The necklift guide as the command line prints it (accordion), on a page that loads the element. */
function writeGuidePage() {
  const guide = execFileSync(
    process.execPath,
    [join(repoRoot, 'bin/clinic-elements.js'), 'render', '--procedure', 'necklift', '--layout', 'accordion', '--no-structured-data'],
    {
      encoding: 'utf8',
    },
  );
  mkdirSync(join(repoRoot, 'hardening-report'), { recursive: true });
  writeFileSync(
    join(repoRoot, 'hardening-report/host-guide.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Necklift guide | host page</title>
    <script type="module" src="/dist/cdn/procedure-guide.js"></script>
  </head>
  <body>
    <main>${guide}</main>
  </body>
</html>
`,
  );
}

/** Runs in the page: whether every collapsed section body is rendered for find-in-page (until-found, not display: none). */
function collapsedSearchable() {
  const bodies = [...document.querySelectorAll('procedure-guide [data-guide-body][hidden]')];
  const removed = bodies.filter((body) => body.getAttribute('hidden') !== 'until-found' || getComputedStyle(body).display === 'none');
  return { ok: bodies.length > 0 && removed.length === 0, detail: `${removed.length} of ${bodies.length} collapsed bodies out of find-in-page's reach` };
}

await runWhenMain(import.meta, title, run);
