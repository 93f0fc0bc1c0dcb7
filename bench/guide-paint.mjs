// The guide's search-friendly path against its largest paint (`npm run build` first).
//
// Guides of 10, 50 and 200 sections (two paragraphs and a list each) are written as content JSON
// and printed as static HTML by the real command line (dist/cli.js). Three pages each, holding
// only the guide and a site stylesheet of four declarations: the CLI's HTML alone (no script), the same HTML with procedure-guide.js (the
// element enhances it), and `<procedure-guide src>` (the element fetches and renders the JSON).
// Each is loaded BENCH_GUIDE_RUNS times (default 5) in a fresh context on the mobile profile
// (390×844, 4× CPU over CDP), and measured from navigation start: first contentful paint, largest
// contentful paint (the last candidate, 1.5 s after load, and the element it was), long tasks
// (count and total), layout shifts (CLS), and the main thread's script, style and layout time (CDP Performance.getMetrics).
// The library's cost is the enhanced page's such time minus the static page's, in the same run
// (for `src`, all of its page's); its cost per section is the slope of that from 10 to 200 sections.
// Prints Markdown and PASS/MISS per target; with --readme writes the tables into the README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';
import { writeReadmeSection } from '../scripts/readme-section.mjs';
import { median, ms, table } from './report.mjs';
import { run as cli } from '../dist/cli.js';

const runs = Number(process.env.BENCH_GUIDE_RUNS ?? 5);
const sizes = [10, 50, 200];
const root = fileURLToPath(new URL('..', import.meta.url));
const served = '/node_modules/.cache/clinic-elements/bench-guide';
const dir = join(root, served);
mkdirSync(dir, { recursive: true });

const paragraph = (n, i) =>
  `Section ${n}, paragraph ${i}: most patients go home the same day, with a light dressing and a short list of instructions from the surgeon, ` +
  'and can expect swelling and bruising that fade over the following two to three weeks as the tissues settle and heal.';

/** A guide in the content model with `count` sections. */
function guide(count) {
  return {
    kind: 'procedure-guide',
    id: `bench-${count}`,
    title: `Benchmark guide (${count} sections)`,
    lang: 'en',
    procedure: { name: 'Necklift', procedureType: 'SurgicalProcedure' },
    sections: Array.from({ length: count }, (_, n) => ({
      id: `section-${n + 1}`,
      heading: `Section ${n + 1}: what to expect`,
      blocks: [
        { type: 'paragraph', text: paragraph(n + 1, 1) },
        { type: 'paragraph', text: paragraph(n + 1, 2) },
        { type: 'list', items: ['Rest with your head raised', 'Keep the dressing dry', 'Call us with any question'] },
      ],
    })),
  };
}

const page = (title, body, script = true) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="site.css" />
    ${script ? '<script type="module" src="/dist/cdn/procedure-guide.js"></script>' : ''}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
${body}
    </main>
  </body>
</html>
`;

/** What any site's theme sets (the browser's own line height, about 1.15, is no clinic's). */
const siteCss = 'body { margin: 0 auto; max-width: 46rem; padding: 1rem; font: 16px/1.6 system-ui, sans-serif; }\n';

/** Writes the three pages of each size; returns their addresses. */
async function writePages() {
  const pages = {};
  writeFileSync(join(dir, 'site.css'), siteCss);
  for (const count of sizes) {
    const json = join(dir, `guide-${count}.json`);
    writeFileSync(json, JSON.stringify(guide(count)));
    let html = '';
    let errors = '';
    const status = await cli(
      ['render', json, '--no-structured-data'],
      (text) => (html += `${text}\n`),
      (text) => (errors += text),
    );
    if (status !== 0) throw new Error(`clinic-elements render failed: ${errors}`);
    const title = `Necklift guide, ${count} sections`;
    writeFileSync(join(dir, `static-${count}.html`), page(title, html, false));
    writeFileSync(join(dir, `enhanced-${count}.html`), page(title, html));
    writeFileSync(join(dir, `src-${count}.html`), page(title, `<procedure-guide src="guide-${count}.json" no-structured-data></procedure-guide>`));
    pages[count] = { static: `${served}/static-${count}.html`, enhanced: `${served}/enhanced-${count}.html`, src: `${served}/src-${count}.html` };
  }
  return pages;
}

/** Runs in the page before anything else: collects paints, LCP candidates and long tasks. */
function probe() {
  const bench = (window.__bench = { fcp: null, lcp: [], longTasks: [], cls: 0 });
  const observe = (type, callback) => new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (bench.fcp = entry.startTime));
  observe('largest-contentful-paint', (entry) => {
    const el = entry.element;
    const where = el ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getRootNode() instanceof ShadowRoot ? ' (shadow)' : ''}` : '?';
    bench.lcp.push({ time: entry.startTime, size: entry.size, element: where });
  });
  observe('longtask', (entry) => bench.longTasks.push(entry.duration));
  observe('layout-shift', (entry) => !entry.hadRecentInput && (bench.cls += entry.value));
}

async function measure(browser, server, path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  await tab.addInitScript(probe);
  try {
    await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
    await tab.waitForTimeout(1500);
    const { metrics } = await cdp.send('Performance.getMetrics');
    // Script, style and layout time (seconds in CDP): what enhancing adds to the page's own parsing and painting.
    const busy = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'].reduce(
      (sum, name) => sum + metrics.find((metric) => metric.name === name).value * 1000,
      0,
    );
    const result = await tab.evaluate(() => {
      const { fcp, lcp, longTasks, cls } = window.__bench;
      const json = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('.json'));
      return {
        fcp,
        lcp: lcp.at(-1),
        longTasks: longTasks.length,
        longTaskMs: longTasks.reduce((a, b) => a + b, 0),
        cls,
        request: json ? json.responseEnd - json.requestStart : 0,
      };
    });
    return { ...result, busy };
  } finally {
    await context.close();
  }
}

const mostCommon = (values) =>
  [...values.reduce((counts, value) => counts.set(value, (counts.get(value) ?? 0) + 1), new Map())].sort((a, b) => b[1] - a[1])[0][0];

const started = performance.now();
const pages = await writePages();
const server = await startServer();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
const results = {}; // results[count][kind] = samples
try {
  for (let run = 0; run < runs; run += 1) {
    for (const count of sizes) {
      results[count] ??= {};
      for (const kind of ['static', 'enhanced', 'src']) (results[count][kind] ??= []).push(await measure(browser, server, pages[count][kind]));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const labels = { static: 'CLI static HTML, no script', enhanced: 'same HTML + procedure-guide.js', src: '`<procedure-guide src>`' };
/**
 * The library's script, style and layout time in a run: the enhanced page's minus the static
 * page's (the same text, parsed and laid out); for `src`, all of its page's (the library makes the text).
 */
const libraryMs = (count, kind) => median(results[count][kind].map((sample, run) => sample.busy - (kind === 'src' ? 0 : results[count].static[run].busy)));
const rows = sizes.flatMap((count) =>
  ['static', 'enhanced', 'src'].map((kind) => {
    const samples = results[count][kind];
    const m = (pick) => median(samples.map(pick));
    return [
      `${labels[kind]}, ${count} sections`,
      ms(m((s) => s.fcp)),
      ms(m((s) => s.lcp.time)),
      mostCommon(samples.map((s) => s.lcp.element)),
      ms(m((s) => s.longTaskMs)),
      m((s) => s.cls).toFixed(3),
      kind === 'static' ? '–' : ms(libraryMs(count, kind)),
    ];
  }),
);
const perSection = (kind) => (libraryMs(200, kind) - libraryMs(10, kind)) / 190;
const lcpRatio = (count, kind) => median(results[count][kind].map((sample, run) => sample.lcp.time / results[count].static[run].lcp.time));
const srcWithin = (count) => median(results[count].src.map((sample, run) => sample.lcp.time / (1.2 * results[count].static[run].lcp.time + sample.request)));
const longTasksOf = (count) => median(results[count].enhanced.map((sample, run) => sample.longTaskMs - results[count].static[run].longTaskMs));

const targets = [
  ...[10, 200].map((count) => [
    `Enhanced guide's LCP ≤ 1.10 × the static HTML's (${count} sections)`,
    `${lcpRatio(count, 'enhanced').toFixed(2)} ×`,
    lcpRatio(count, 'enhanced') <= 1.1,
  ]),
  [`Library's long tasks ≤ 50 ms (10 sections)`, ms(Math.max(0, longTasksOf(10))), longTasksOf(10) <= 50],
  [`Library's long tasks ≤ 150 ms (200 sections)`, ms(Math.max(0, longTasksOf(200))), longTasksOf(200) <= 150],
  ...[10, 200].map((count) => [
    `A \`src\` guide's LCP ≤ 1.2 × the static HTML's + one request (${count} sections)`,
    `${srcWithin(count).toFixed(2)} × that`,
    srcWithin(count) <= 1,
  ]),
];

const output = [
  `Mobile profile (390×844, 4× CPU), medians of ${runs} runs, ${new Date().toISOString().slice(0, 10)}, headless Chromium.`,
  '',
  table(['page', 'FCP', 'LCP', 'LCP element', 'long tasks', 'CLS', "library's script + style + layout"], rows),
  '',
  `Cost per section (slope of the library's script, style and layout time from 10 to 200 sections): enhancing ${perSection('enhanced').toFixed(2)} ms, rendering from \`src\` ${perSection('src').toFixed(2)} ms.`,
  '',
  table(
    ['target', 'measured', 'result'],
    targets.map(([target, value, pass]) => [target, value, pass ? 'PASS' : 'MISS']),
  ),
].join('\n');

console.log(`# Procedure guide: static HTML, enhanced, and from src\n\n${output}\n\nDone in ${Math.round((performance.now() - started) / 1000)} s.`);
if (process.argv.includes('--readme')) {
  writeReadmeSection('<!-- bench-guide:start (written by `node bench/guide-paint.mjs --readme`) -->', '<!-- bench-guide:end -->', output);
}
