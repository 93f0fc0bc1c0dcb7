// Lighthouse 12.2.3 on the demo clinic page, with the local Chromium (nothing is downloaded): the
// performance, accessibility and best-practices scores, mobile (Lighthouse's default: Moto G
// class, simulated slow 4G, 4× CPU) and desktop, median of LIGHTHOUSE_RUNS runs (default 3). The
// page is served with the demo's strict CSP; the cookie banner is on screen, as for a first visit.
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { requireChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const categories = ['performance', 'accessibility', 'best-practices'];
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await startServer();
const chrome = await launch({
  chromePath: requireChromium(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const started = performance.now();
const results = {};
try {
  for (const [profile, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    results[profile] = [];
    for (let run = 0; run < runs; run += 1) {
      const { lhr } = await lighthouse(`${server.url}/demo/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories }, config);
      if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
      results[profile].push(lhr);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

console.log(
  `# Lighthouse ${results.mobile[0].lighthouseVersion} on the demo page (median of ${runs} runs, ${results.mobile[0].environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0]})\n`,
);
console.log(`| profile | ${categories.join(' | ')} | FCP | LCP | TBT | CLS |`);
console.log(`| --- |${' ---: |'.repeat(categories.length + metrics.length)}`);
for (const [profile, lhrs] of Object.entries(results)) {
  const scores = categories.map((id) => Math.round(100 * median(lhrs.map((lhr) => lhr.categories[id].score))));
  const values = metrics.map((id) => median(lhrs.map((lhr) => lhr.audits[id].numericValue)));
  const shown = values.map((value, i) => (metrics[i] === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`));
  console.log(`| ${profile} | ${scores.join(' | ')} | ${shown.join(' | ')} |`);
}
const failing = new Set(
  Object.values(results)
    .flat()
    .flatMap((lhr) =>
      categories.flatMap((id) =>
        lhr.categories[id].auditRefs
          .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
          .map((ref) => `${id}: ${lhr.audits[ref.id].title}`),
      ),
    ),
);
console.log(`\nAudits below 90 in any run: ${failing.size ? [...failing].join('; ') : 'none'}.`);
console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
