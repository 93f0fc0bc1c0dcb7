// `npm run test:hardening`: the reliability and security suite. Hostile input and faults run as
// browser tests (web-test-runner.hardening.config.mjs, test/hardening/); the strict-CSP states, the
// axe sweep of every story, the keyboard walk-throughs of the demo and the Nu HTML Checker's run
// over the demo, the CLI's output and the rendered elements are Playwright scripts
// (scripts/hardening/*.mjs). Prints the figures, and with --readme writes them into README.md.
// Needs `npm run build` and `npm run build-storybook` first (it runs them when their output is missing).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { writeReadmeSection } from './readme-section.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const started = performance.now();
const npm = (...args) => spawnSync('npm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } }).status === 0;

if (!existsSync(`${root}dist/cdn/clinic-elements.js`) && !npm('run', 'build')) process.exit(1);
if (!existsSync(`${root}storybook-static/index.json`) && !npm('run', 'build-storybook')) process.exit(1);

const parts = [];

// 1. Browser tests: XSS payloads and faults. They add their figures to hardening-report/wtr-figures.json.
const wtr = spawnSync('npx', ['wtr', '--config', 'web-test-runner.hardening.config.mjs', '--static-logging'], {
  cwd: root,
  stdio: ['inherit', 'pipe', 'inherit'],
  encoding: 'utf8',
});
process.stdout.write(wtr.stdout);
const [passedTests, failedTests] = (wtr.stdout.match(/\d+ passed, \d+ failed/g)?.at(-1) ?? '0 passed, 0 failed').match(/\d+/g).map(Number);
const wtrFailures = Array.from({ length: failedTests || (wtr.status === 0 ? 0 : 1) }, () => 'a browser test failed (see above)');
const wtrFigures = existsSync(`${root}hardening-report/wtr-figures.json`) ? JSON.parse(readFileSync(`${root}hardening-report/wtr-figures.json`, 'utf8')) : {};
parts.push({ title: 'Hostile input and faults (browser tests)', checks: passedTests + wtrFailures.length, failures: wtrFailures, figures: wtrFigures });

// 2. Playwright scripts, one after the other (the machine may have two cores).
for (const name of ['csp', 'keyboard', 'a11y', 'host-pages', 'chunks', 'nu', 'receipts']) {
  const part = await import(`./hardening/${name}.mjs`);
  console.log(`\n== ${part.title}`);
  const partStarted = performance.now();
  try {
    const result = await part.run();
    console.log(`   ${((performance.now() - partStarted) / 1000).toFixed(0)} s`);
    parts.push({ title: part.title, ...result });
    result.failures.forEach((failure) => console.error(`  ✗ ${failure}`));
  } catch (error) {
    parts.push({ title: part.title, checks: 0, failures: [`crashed: ${error.stack ?? error}`], figures: {} });
    console.error(error);
  }
}

const rows = parts.flatMap((part) => Object.entries(part.figures).map(([label, value]) => `| ${part.title} | ${label} | ${value} |`));
const table = ['| part | figure | value |', '| --- | --- | ---: |', ...rows].join('\n');
const failed = parts.filter((part) => part.failures.length);
console.log(`\n# Hardening\n\n${table}\n`);
const failures = parts.reduce((sum, part) => sum + part.failures.length, 0);
const passedChecks = parts.reduce((sum, part) => sum + part.checks, 0) - failures;
console.log(`Parts: ${parts.length - failed.length} of ${parts.length} passed.`);
console.log(`${passedChecks} passed, ${failures} failed`);
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s.`);

if (process.argv.includes('--readme')) {
  const date = new Date().toISOString().slice(0, 10);
  writeReadmeSection(
    '<!-- hardening:start (written by `npm run test:hardening -- --readme`) -->',
    '<!-- hardening:end -->',
    `${table}\n\nLast run ${date}: ${passedChecks} checks passed, ${failures} failed.`,
  );
}
process.exit(failed.length ? 1 : 0);
