// Accessibility hardening: axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every story of the built
// Storybook (storybook-static/), in three passes: light theme, dark theme, and forced colors
// (Windows High Contrast) with the light theme. Each pass has its own page; the first story is
// opened by address (iframe.html?id=…&viewMode=story&globals=theme:…), the next ones through the
// preview's own channel (as the Storybook manager does), waiting for each story's render and play
// function to finish. A story that errors gets a fresh page load before the next one.
//
//   npm run build-storybook first; then: node scripts/hardening/a11y.mjs   (exit 1 on failures;
//   A11Y_DETAILS=1 also prints the first failing node of each violation)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, withBrowser } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'axe (WCAG 2.2 A/AA) on every story: light, dark, forced colors';

const storybookRoot = join(repoRoot, 'storybook-static');
const axePath = join(repoRoot, 'node_modules/axe-core/axe.min.js');
// The second engine, IBM Equal Access, runs in the light pass (its rules read the DOM; axe checks colours in every mode).
const acePath = join(repoRoot, 'node_modules/accessibility-checker-engine/ace.js');
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Storybook's own bundles need inline script and eval; the library's CSP is csp.mjs's business.
const storybookCsp = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:";
const modes = [
  { name: 'light', theme: 'light', forced: false },
  { name: 'dark', theme: 'dark', forced: false },
  { name: 'forced-colors', theme: 'light', forced: true },
];
const storyTimeout = 15000;

export async function run() {
  const { check, failures, count, counted } = checker();
  const tally = { runs: 0, violations: 0, aceRuns: 0, aceViolations: 0 };

  const indexFile = join(storybookRoot, 'index.json');
  if (!check(existsSync(indexFile), 'storybook-static/index.json is missing: run `STORYBOOK_DISABLE_TELEMETRY=1 npm run build-storybook` first')) {
    return { checks: counted(), failures, figures: { stories: 0, 'story × mode axe runs': 0, 'axe violations': 0 } };
  }
  const stories = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries)
    .filter((entry) => entry.type === 'story')
    .map((entry) => entry.id);
  check(stories.length > 0, 'storybook-static/index.json lists no stories');

  await withBrowser({ root: storybookRoot, csp: storybookCsp }, (harness) =>
    Promise.all(modes.map((mode) => axePass({ ...harness, stories, check, failures, tally }, mode))),
  );

  count(); // every story × mode ran axe
  const { runs, violations, aceRuns, aceViolations } = tally;
  if (runs !== stories.length * modes.length)
    failures.push(`axe ran ${runs} times, expected ${stories.length} stories × ${modes.length} modes = ${stories.length * modes.length}`);
  if (aceRuns !== stories.length) failures.push(`the IBM engine ran ${aceRuns} times, expected once per story (${stories.length})`);
  return {
    checks: counted(),
    failures,
    figures: {
      stories: stories.length,
      'story × mode axe runs': runs,
      'axe violations': violations,
      'IBM Equal Access runs': aceRuns,
      'IBM Equal Access violations': aceViolations,
    },
  };
}

/** One mode's pass: its own page, the axe self-test, then axe on every story in turn. */
async function axePass({ server, visitor, stories, check, failures, tally }, mode) {
  let current = '';
  const { context, page } = await visitor({
    timeout: storyTimeout,
    onPageError: (error) => failures.push(`${current} / ${mode.name}: page error: ${error.message}`),
  });
  if (mode.forced) await page.emulateMedia({ forcedColors: 'active' });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (!error.includes('net::ERR_ABORTED')) failures.push(`${current} / ${mode.name}: request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${current} / ${mode.name}: HTTP ${response.status()} for ${response.url().replace(server.url, '')}`);
  });

  // axe must find a known problem in this mode, or its silence means nothing.
  current = 'axe self-test';
  await loadStory(page, stories[0], mode.theme);
  const canary = await page.evaluate(axeSelfTest, wcagTags);
  check(canary.includes('button-name'), `axe self-test / ${mode.name}: an unnamed button was not reported (got ${canary.join(', ') || 'nothing'})`);

  let needsReload = true;
  for (const [index, id] of stories.entries()) {
    current = id;
    let status;
    try {
      status = needsReload || index === 0 ? await loadStory(page, id, mode.theme) : await selectStory(page, id);
    } catch (error) {
      status = `error (${String(error.message).split('\n')[0]})`;
    }
    needsReload = status !== 'success';
    if (!check(status === 'success', `${id} / ${mode.name}: the story did not finish rendering (${status})`)) continue;

    await checkCanvas(page, id, mode, check);

    let found;
    try {
      found = await page.evaluate(axeViolations, { tags: wcagTags, forced: mode.forced });
    } catch (error) {
      check(false, `${id} / ${mode.name}: axe did not run (${String(error.message).split('\n')[0]})`);
      needsReload = true;
      continue;
    }
    tally.runs += 1;
    check(true, '');
    for (const violation of found) {
      tally.violations += 1;
      failures.push(`${id} / ${mode.name}: ${violation.id} (${violation.nodes} nodes)`);
      if (process.env.A11Y_DETAILS) console.error(`${id} / ${mode.name}: ${violation.id}: first at ${violation.first}`);
    }
    if (mode.name !== 'light') continue;
    try {
      if (!(await page.evaluate(() => 'ace' in window))) await page.addScriptTag({ path: acePath });
      const aceFound = await page.evaluate(aceViolations);
      tally.aceRuns += 1;
      check(true, '');
      for (const violation of aceFound) {
        tally.aceViolations += 1;
        failures.push(`${id} / IBM Equal Access: ${violation}`);
      }
    } catch (error) {
      check(false, `${id}: the IBM engine did not run (${String(error.message).split('\n')[0]})`);
    }
  }
  await context.close();
}

/** Opens the story by address; resolves to the finished render's status. */
async function loadStory(page, id, theme) {
  await page.goto(`/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`);
  await page.waitForFunction(() => ['finished', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.storyRenders?.[0]?.phase));
  await page.addScriptTag({ path: axePath });
  return page.evaluate(() => (window.__STORYBOOK_PREVIEW__.storyRenders[0].phase === 'finished' ? 'success' : 'error'));
}

/** Switches to the story through the preview channel; resolves to STORY_FINISHED's status. */
function selectStory(page, id) {
  return page.evaluate(
    ([storyId, limit]) =>
      new Promise((done) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const timer = setTimeout(() => finish('timeout'), limit);
        function finish(status) {
          clearTimeout(timer);
          channel.off('storyFinished', onFinished);
          done(status);
        }
        function onFinished(event) {
          if (event.storyId === storyId) finish(event.status);
        }
        channel.on('storyFinished', onFinished);
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    [id, storyTimeout - 1000],
  );
}

/** Runs in the page: the IBM Equal Access engine on the whole story page; resolves to "rule: where (message)" lines. */
export async function aceViolations() {
  const report = await new window.ace.Checker().check(document, ['IBM_Accessibility']);
  return report.results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
    .map((result) => `${result.ruleId}: ${result.path?.dom ?? ''} (${result.message})`);
}

/** Runs in the page: axe on an unnamed button; resolves to the ids of the violations it reports. */
async function axeSelfTest(tags) {
  const box = document.createElement('div');
  box.id = 'axe-canary';
  box.append(document.createElement('button'));
  document.body.append(box);
  const result = await window.axe.run('#axe-canary', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  box.remove();
  return result.violations.map((v) => v.id);
}

/** The canvas got the theme this pass asked for (or the one the story itself sets), and the story rendered something. */
async function checkCanvas(page, id, mode, check) {
  const themes = await page.evaluate(() => {
    const render = window.__STORYBOOK_PREVIEW__.storyRenders[0];
    const provider = document.querySelector('#storybook-root clinic-provider');
    return {
      story: render?.story?.storyGlobals?.theme ?? null,
      canvas: provider?.getAttribute('theme') ?? null,
      optOut: render?.story?.parameters?.clinicProvider === false,
    };
  });
  if (!themes.optOut) {
    const expected = themes.story ?? mode.theme;
    check(themes.canvas === expected, `${id} / ${mode.name}: the story was rendered with theme ${themes.canvas}, expected ${expected}`);
  }
  check(await page.evaluate(() => document.querySelector('#storybook-root')?.childElementCount > 0), `${id} / ${mode.name}: the story rendered nothing`);
}

/** Runs in the page: axe on the story's root; resolves to its violations, each with its node count and first node. */
async function axeViolations({ tags, forced }) {
  window.axe.reset(); // the default rules, whatever the a11y addon configured
  const result = await window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], elementRef: true });
  // In forced colors, Chromium paints text in the system colour (`color`) but leaves
  // -webkit-text-fill-color, which axe reads, at the author's value. Recheck contrast
  // against the colour actually painted; a node that still fails is kept.
  const channel = (value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (rgb) => 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2]);
  const parse = (color) => {
    if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
    return color
      .match(/[\d.]+/g)
      .slice(0, 3)
      .map(Number);
  };
  const ratio = (a, b) => {
    const [l1, l2] = [luminance(parse(a)), luminance(parse(b))].sort((x, y) => y - x);
    return (l1 + 0.05) / (l2 + 0.05);
  };
  return result.violations
    .map((violation) => {
      let nodes = violation.nodes;
      if (forced && violation.id === 'color-contrast') {
        nodes = nodes.filter((node) => {
          const data = node.any.find((c) => c.id === 'color-contrast')?.data;
          if (!data?.bgColor || !node.element) return true;
          const needed = parseFloat(data.expectedContrastRatio);
          return ratio(getComputedStyle(node.element).color, data.bgColor) < needed;
        });
      }
      return {
        id: violation.id,
        nodes: nodes.length,
        first: nodes[0] ? `${nodes[0].target.flat().join(' >> ')}: ${nodes[0].failureSummary?.split('\n')[1]?.trim() ?? ''}` : '',
      };
    })
    .filter((violation) => violation.nodes > 0);
}

await runWhenMain(import.meta, title, run);
