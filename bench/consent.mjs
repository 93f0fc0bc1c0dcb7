// Side-by-side benchmark of <cookie-banner> against vanilla-cookieconsent 3 (`npm run build` first).
//
// Both libraries run on the same plain clinic page (bench/consent/*.html), served with the strict
// CSP of scripts/serve.mjs, in headless Chromium, on three profiles: desktop (no throttling),
// mobile (390×844, 4× CPU throttling over CDP), and mobile on a slow network (the same with 150 ms
// round trips and 1.6 Mbps down over CDP). Each run uses a fresh browser context (empty cache
// and storage) and measures, from navigation start:
// - time to banner visible: an init script polls every animation frame and records performance.now()
//   on the first frame where the banner box has a size, lies in the viewport, is not hidden and has
//   opacity > 0 (ours: `section.banner` in the shadow root; vanilla: `#cc-main .cm`), and reports it
//   through a binding (nothing of Playwright's runs in the page while it loads);
// - the floor for any banner: the page's own first contentful paint over vanilla's time to banner
//   (a banner is content; it cannot show before the page first paints);
// - first contentful paint, long tasks (count, total ms) and CLS (layout shifts without recent
//   input), all from buffered PerformanceObservers, read 500 ms after the banner shows;
// - bytes: the library's JS and CSS files the page actually requested, read from disk and brotli
//   compressed together (quality 11, as scripts/size.mjs does); the page's own page.css and
//   vanilla's config script are not counted.
// Then it clicks Accept all and reloads the page (returning visitor): bytes again, and whether any
// banner UI appears (it must not). Each run also loads the same page without any banner
// (ours.html with the banner's script blocked), for the first-paint delay a banner may cause. Medians of BENCH_RUNS paired runs
// (default 15). Prints Markdown and PASS/MISS per target; with --readme writes the targets table into
// the README; never exits non-zero (the size budgets are enforced by `npm run size`).
// BENCH_SCREENSHOTS=dir saves a screenshot of each page with its banner visible.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';
import { writeReadmeSection } from '../scripts/readme-section.mjs';
import { median, ms, table } from './report.mjs';
import { budgets, sizeReport } from '../scripts/size.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 15);
const shots = process.env.BENCH_SCREENSHOTS;
const root = fileURLToPath(new URL('..', import.meta.url));
const kib = 1024;

const libraries = [
  { name: 'ours', page: 'ours.html', files: '/dist/cdn/', accept: 'cookie-banner [part="accept-button"]' },
  { name: 'vanilla', page: 'vanilla.html', files: '/node_modules/vanilla-cookieconsent/', accept: '#cc-main .cm [data-role="all"]' },
];
const profiles = [
  { name: 'desktop', context: { viewport: { width: 1280, height: 800 } }, cpu: 1 },
  { name: 'mobile', context: { viewport: { width: 390, height: 844 } }, cpu: 4 },
  // Chromium's own units: bytes per second.
  {
    name: 'mobile, slow network',
    context: { viewport: { width: 390, height: 844 } },
    cpu: 4,
    network: { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 },
  },
];

/** A fresh context with the profile's CPU and network, and its page. */
async function profiledPage(browser, profile) {
  const context = await browser.newContext(profile.context);
  const page = await context.newPage();
  const cdp = profile.cpu > 1 || profile.network ? await context.newCDPSession(page) : null;
  if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
  }
  return { context, page };
}

/**
 * The same page without any banner (ours.html with the banner's script never fetched, so
 * `<cookie-banner>` stays an empty unknown element): its first contentful paint, read once it has loaded.
 */
async function plainFcp(browser, server, profile) {
  const { context, page } = await profiledPage(browser, profile);
  await context.route('**/dist/cdn/**', (route) => route.abort());
  try {
    await page.goto(`${server.url}/bench/consent/ours.html`, { waitUntil: 'load' });
    return await page.evaluate(
      () =>
        new Promise((resolve) =>
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true }),
        ),
    );
  } finally {
    await context.close();
  }
}

/** Runs in the page before any of its scripts: records the metrics in `window.__bench`. */
function probe(library) {
  const bench = (window.__bench = { visible: null, fcp: null, longTasks: [], cls: 0, csp: [] });
  const find = () =>
    library === 'ours' ? document.querySelector('cookie-banner')?.shadowRoot?.querySelector('section.banner') : document.querySelector('#cc-main .cm');
  bench.uiPresent = () => (library === 'ours' ? customElements.get('cookie-banner') !== undefined : document.querySelector('#cc-main .cm') !== null);
  const poll = () => {
    const el = find();
    if (el) {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
      if (inView && style.visibility === 'visible' && Number(style.opacity) > 0) return window.__benchVisible((bench.visible = performance.now()));
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  const observe = (type, callback) => new PerformanceObserver((list) => list.getEntries().forEach(callback)).observe({ type, buffered: true });
  observe('paint', (entry) => entry.name === 'first-contentful-paint' && (bench.fcp = entry.startTime));
  observe('longtask', (entry) => bench.longTasks.push(entry.duration));
  observe('layout-shift', (entry) => !entry.hadRecentInput && (bench.cls += entry.value));
  addEventListener('securitypolicyviolation', (e) =>
    bench.csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile?.split('/').pop()}:${e.lineNumber})`),
  );
}

/** Runs in the page: clicks Customize, resolves with the milliseconds until the preferences dialog is open, and closes it. */
function preferencesOpenTime() {
  const root = document.querySelector('cookie-banner').shadowRoot;
  const start = performance.now();
  root.querySelector('[part="customize-button"]').click();
  return new Promise(function wait(resolve) {
    const dialog = root.querySelector('#preferences');
    if (!dialog?.open) return requestAnimationFrame(() => wait(resolve));
    const elapsed = performance.now() - start;
    dialog.close();
    resolve(elapsed);
  });
}

const readMetrics = (page) =>
  page.evaluate(() => {
    const { visible, fcp, longTasks, cls, csp, uiPresent } = window.__bench;
    return { visible, fcp, longTasks: longTasks.length, longTaskMs: longTasks.reduce((a, b) => a + b, 0), cls, csp, ui: uiPresent() };
  });

/** Brotli size of the library files among `urls`, concatenated in request order (as size.mjs does). */
function bytes(urls, prefix) {
  const files = [...new Set(urls.map((url) => new URL(url).pathname).filter((path) => path.startsWith(prefix) && /\.(js|css)$/.test(path)))];
  const code = Buffer.concat(files.map((path) => readFileSync(join(root, path))));
  return { files: files.length, brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
}

async function measure(browser, server, library, profile, run) {
  const { context, page } = await profiledPage(browser, profile);
  await page.addInitScript(probe, library.name);
  // The page reports the banner through a binding: polling it with page.waitForFunction would
  // inject Playwright's script into the page while the banner loads (≈ 50 ms of main thread at 4×).
  let bannerVisible;
  const visible = new Promise((resolve) => (bannerVisible = resolve));
  await page.exposeBinding('__benchVisible', () => bannerVisible());
  const urls = [];
  const errors = [];
  page.on('request', (request) => urls.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${server.url}/bench/consent/${library.page}`, { waitUntil: 'load' });
    let requestedWhenVisible = Infinity;
    void visible.then(() => (requestedWhenVisible = urls.length));
    await Promise.race([visible, page.waitForTimeout(15_000).then(() => Promise.reject(new Error(`${library.name}: no banner within 15 s`)))]);
    await page.waitForTimeout(500);
    // The first layer is what was requested until the banner showed (the preferences are fetched after it, when idle).
    const first = { ...(await readMetrics(page)), ...bytes(urls.slice(0, requestedWhenVisible), library.files) };
    if (shots && run === 0) await page.screenshot({ path: join(shots, `consent-${library.name}-${profile.name}.png`) });
    // Ours only (vanilla's preferences are in its one file): from the click on Customize to the open dialog.
    if (library.name === 'ours') first.preferencesMs = await page.evaluate(preferencesOpenTime);

    await page.click(library.accept);
    await page.waitForFunction(() => localStorage.getItem('clinic:consent') || document.cookie.includes('cc_cookie'));
    urls.length = 0;
    await page.reload({ waitUntil: 'load' });
    // Long enough for a banner to have shown: twice the first visit's time to banner, at least 1 s.
    await page.waitForTimeout(Math.max(1000, 2 * first.visible));
    const back = { ...(await readMetrics(page)), ...bytes(urls, library.files) };
    return { first, back: { ...back, bannerShown: back.visible !== null || back.ui }, errors };
  } finally {
    await context.close();
  }
}

/**
 * Median over paired runs of our time to banner divided by vanilla's: each run loads both pages
 * back to back, so a ratio within a run is not moved by the machine's load drifting between runs.
 */
const pairedRatio = (profile) => median(results[profile].ours.map((sample, run) => sample.first.visible / results[profile].vanilla[run].first.visible));
/** Median over paired runs of our page's FCP divided by vanilla's time to banner. */
const floor = (profile) => median(results[profile].ours.map((sample, run) => sample.first.fcp / results[profile].vanilla[run].first.visible));
const kb = (value) => `${(value / kib).toFixed(2)} KiB`;

const started = performance.now();
const server = await startServer();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
const results = {}; // results[profile][library] = [{ first, back, errors }]
try {
  for (const profile of profiles) {
    results[profile.name] = {};
    for (let run = 0; run < runs; run += 1) {
      for (const library of libraries) {
        (results[profile.name][library.name] ??= []).push(await measure(browser, server, library, profile, run));
      }
      (results[profile.name].plain ??= []).push(await plainFcp(browser, server, profile));
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const summary = {}; // summary[profile][library] = medians
for (const profile of profiles) {
  summary[profile.name] = {};
  for (const library of libraries) {
    const samples = results[profile.name][library.name];
    const m = (pick) => median(samples.map(pick));
    summary[profile.name][library.name] = {
      visible: m((s) => s.first.visible),
      fcp: m((s) => s.first.fcp),
      afterFcp: m((s) => s.first.visible - s.first.fcp),
      longTasks: m((s) => s.first.longTasks),
      longTaskMs: m((s) => s.first.longTaskMs),
      cls: m((s) => s.first.cls),
      maxCls: Math.max(...samples.map((s) => s.first.cls)),
      preferencesMs: library.name === 'ours' ? m((s) => s.first.preferencesMs) : null,
      first: samples[0].first,
      back: samples[0].back,
      returningShown: samples.filter((s) => s.back.bannerShown).length,
      csp: [...new Set(samples.flatMap((s) => [...s.first.csp, ...s.back.csp]))],
      errors: [...new Set(samples.flatMap((s) => s.errors))],
    };
  }
}

console.log(`# Cookie banner: clinic-elements vs vanilla-cookieconsent 3.1.0 (median of ${runs} runs)\n`);
console.log('## Bytes (library JS + CSS the page requested, brotli)\n');
console.log(
  table(
    ['library', 'first visit', 'files', 'returning visitor', 'files'],
    libraries.map(({ name }) => {
      const { first, back } = summary.desktop[name];
      return [name, kb(first.brotli), first.files, kb(back.brotli), back.files];
    }),
  ),
);
const sizes = Object.fromEntries(sizeReport().entries.map((entry) => [entry.name, entry.brotli]));
console.log(`\nCross-check with scripts/size.mjs: 'cookie-banner.js' ${kb(sizes['cookie-banner.js'])}.`);
console.log(
  `Not counted: vanilla's config script bench/consent/vanilla-config.js (${kb(bytes([`http://x/bench/consent/vanilla-config.js`], '/bench/').brotli)}).`,
);

for (const profile of profiles) {
  const { width, height } = profile.context.viewport;
  const throttling = [
    profile.cpu > 1 ? `${profile.cpu}× CPU` : null,
    profile.network ? `${profile.network.latency} ms RTT, ${(profile.network.downloadThroughput * 8) / 1e6} Mbps` : null,
  ];
  const label = `${profile.name} (${width}×${height}, ${throttling.filter(Boolean).join(', ') || 'no throttling'})`;
  console.log(`\n## First visit, ${label}\n`);
  console.log(
    table(
      ['library', 'banner visible', 'FCP', 'visible − FCP', 'long tasks', 'long-task time', 'CLS (median / max)', 'banner on return'],
      libraries.map(({ name }) => {
        const s = summary[profile.name][name];
        return [
          name,
          ms(s.visible),
          ms(s.fcp),
          ms(s.afterFcp),
          s.longTasks,
          ms(s.longTaskMs),
          `${s.cls.toFixed(3)} / ${s.maxCls.toFixed(3)}`,
          `${s.returningShown}/${runs} runs`,
        ];
      }),
    ),
  );
  const { ours, vanilla } = summary[profile.name];
  console.log(
    `\nTime to banner, ours / vanilla: ${pairedRatio(profile.name).toFixed(2)} (median of the runs' ratios; ratio of the medians ${(ours.visible / vanilla.visible).toFixed(2)})`,
  );
  // A banner is content: it cannot be visible before the page's first contentful paint.
  console.log(`Floor for any banner on this page (its FCP / vanilla's time to banner): ${floor(profile.name).toFixed(2)}`);
}

const ours = Object.fromEntries(profiles.map(({ name }) => [name, summary[name].ours]));
// The targets are DESIGN's (scripts/size.mjs enforces a looser size ceiling: what is built today).
const returningTarget = 4.5 * kib;
const returningShown = profiles.reduce((shown, { name }) => shown + ours[name].returningShown, 0);
const targets = [
  [
    `First layer from one file, within the CI budget (${kb(budgets['cookie-banner.js'])})`,
    `${kb(ours.desktop.first.brotli)}, ${ours.desktop.first.files} file`,
    ours.desktop.first.files === 1 && ours.desktop.first.brotli <= budgets['cookie-banner.js'],
  ],
  [
    `Returning visitor ≤ ${kb(returningTarget)} brotli, one file, no banner UI`,
    `${kb(ours.desktop.back.brotli)}, ${ours.desktop.back.files} file, banner shown in ${returningShown} runs`,
    ours.desktop.back.brotli <= returningTarget && ours.desktop.back.files === 1 && returningShown === 0,
  ],
  ...profiles.map(({ name }) => {
    const ratio = pairedRatio(name);
    return [
      `Banner visible ≤ 0.70 × vanilla (${name})`,
      `${ratio.toFixed(2)} × (${ms(summary[name].ours.visible)} vs ${ms(summary[name].vanilla.visible)}); page FCP alone ${floor(name).toFixed(2)} ×`,
      ratio <= 0.7,
    ];
  }),
  ...profiles.map(({ name }) => {
    const { visible, fcp } = summary[name].ours;
    return [`Banner visible ≤ 1.15 × its load's FCP (${name})`, `${(visible / fcp).toFixed(2)} × (${ms(visible)} vs ${ms(fcp)})`, visible <= 1.15 * fcp];
  }),
  ...profiles.map(({ name }) => {
    const delay = median(results[name].ours.map((sample, run) => sample.first.fcp / results[name].plain[run]));
    return [`Page's first paint with our banner ≤ 1.10 × without any (${name})`, `${delay.toFixed(2)} ×`, delay <= 1.1];
  }),
  ...profiles.map(({ name }) => [`CLS 0 (${name}, every run)`, ours[name].maxCls.toFixed(4), ours[name].maxCls === 0]),
  ...profiles.map(({ name }) => [`Preferences open ≤ 100 ms after Customize (${name}, median)`, ms(ours[name].preferencesMs), ours[name].preferencesMs <= 100]),
];
console.log('\n## Targets (ours)\n');
console.log(
  table(
    ['target', 'measured', 'result'],
    targets.map(([target, value, pass]) => [target, value, pass ? 'PASS' : 'MISS']),
  ),
);

for (const { name } of libraries) {
  const csp = [...new Set(profiles.flatMap((profile) => summary[profile.name][name].csp))];
  const errors = [...new Set(profiles.flatMap((profile) => summary[profile.name][name].errors))];
  console.log(`\n${name}: CSP violations: ${csp.length ? csp.join('; ') : 'none'}; page errors: ${errors.length ? errors.join('; ') : 'none'}.`);
}
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

if (process.argv.includes('--readme')) {
  const rows = targets.map(([target, value, pass]) => [target, value, pass ? 'PASS' : 'MISS']);
  writeReadmeSection(
    '<!-- bench-banner:start (written by `node bench/consent.mjs --readme`) -->',
    '<!-- bench-banner:end -->',
    `${table(['target', 'measured', 'result'], rows)}\n\nMedians of ${runs} paired runs, ${new Date().toISOString().slice(0, 10)}, headless Chromium on a 2-core machine (ratios move about ±0.2 between runs).`,
  );
}
