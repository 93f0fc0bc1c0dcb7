// `npm run bench`: bytes of every CDN entry and lazily loaded chunk, and render times measured in
// headless Chromium (median of several runs). Run `npm run build` first.
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../scripts/browser.mjs';
import { startServer } from '../scripts/serve.mjs';
import { formatTable, sizeReport } from '../scripts/size.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const { entries, lazy, chunks } = sizeReport();
console.log('## Bytes (dist/cdn)\n');
console.log('Each entry with everything it loads up front:\n');
console.log(formatTable(entries));
console.log('\nLoaded on demand:\n');
console.log(formatTable(lazy));
console.log('\nEvery file on its own:\n');
console.log(formatTable(chunks));

const server = await startServer();
const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
const firstRender = [];
const manyRender = [];
const guideFirst = [];
const guideAgain = [];
const guideLayouts = [];
try {
  for (let run = 0; run < runs; run += 1) {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      window.disclaimerShown = customElements.whenDefined('medical-disclaimer').then(async () => {
        await document.querySelector('medical-disclaimer').updateComplete;
        return performance.now();
      });
      window.firstPaint = new Promise((resolve) =>
        new PerformanceObserver((list) => {
          const entry = list.getEntriesByName('first-contentful-paint')[0];
          if (entry) resolve(entry.startTime);
        }).observe({ type: 'paint', buffered: true }),
      );
    });
    await page.goto(`${server.url}/bench/disclaimer.html`, { waitUntil: 'load' });
    firstRender.push(
      await page.evaluate(async () => ({
        shown: await window.disclaimerShown,
        paint: await window.firstPaint,
      })),
    );
    manyRender.push(
      await page.evaluate(async () => {
        const host = document.getElementById('many');
        const start = performance.now();
        for (let i = 0; i < 200; i += 1) host.append(document.createElement('medical-disclaimer'));
        await Promise.all([...host.children].map((el) => el.updateComplete));
        return performance.now() - start;
      }),
    );
    await page.close();

    const guidePage = await browser.newPage();
    await guidePage.addInitScript(() => {
      window.guideShown = customElements.whenDefined('procedure-guide').then(async () => {
        const guide = document.querySelector('procedure-guide');
        while (guide.querySelectorAll(':scope > section').length < 11) await new Promise((r) => requestAnimationFrame(r));
        await guide.updateComplete;
        return performance.now();
      });
    });
    await guidePage.goto(`${server.url}/bench/guide.html`, { waitUntil: 'load' });
    guideFirst.push(await guidePage.evaluate(() => window.guideShown));
    const [again, layouts] = await guidePage.evaluate(async () => {
      const start = performance.now();
      const guide = document.createElement('procedure-guide');
      guide.setAttribute('procedure', 'necklift');
      guide.noStructuredData = true;
      document.getElementById('more').append(guide);
      while (guide.querySelectorAll(':scope > section').length < 11) await new Promise((r) => setTimeout(r));
      await guide.updateComplete;
      const rendered = performance.now() - start;
      const switchStart = performance.now();
      for (const layout of ['accordion', 'steps', 'article']) {
        guide.layout = layout;
        await guide.updateComplete;
      }
      return [rendered, (performance.now() - switchStart) / 3];
    });
    guideAgain.push(again);
    guideLayouts.push(layouts);
    await guidePage.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`\n## Rendering (headless Chromium, median of ${runs} runs)\n`);
console.log('| measure | ms |\n| --- | ---: |');
console.log(`| first contentful paint of the benchmark page | ${median(firstRender.map((r) => r.paint)).toFixed(1)} |`);
console.log(`| first <medical-disclaimer> rendered (after navigation start) | ${median(firstRender.map((r) => r.shown)).toFixed(1)} |`);
console.log(`| 200 <medical-disclaimer> created and rendered | ${median(manyRender).toFixed(1)} |`);
console.log(`| full necklift guide rendered on page load (after navigation start) | ${median(guideFirst).toFixed(1)} |`);
console.log(`| a second necklift guide added and rendered (chunks cached) | ${median(guideAgain).toFixed(1)} |`);
console.log(`| layout switch of the full guide (mean of three) | ${median(guideLayouts).toFixed(1)} |`);
