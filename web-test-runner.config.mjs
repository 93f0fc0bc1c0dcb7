import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';

const executablePath = requireChromium();

/** `executeServerCommand('emulate-forced-colors', { active })`: Windows High Contrast style colours. */
function forcedColorsCommand() {
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}

/**
 * `executeServerCommand('render-cli', { args })`: runs the real `clinic-elements` command line
 * (bundled from src/cli.ts) in Node and returns `{ status, stdout, stderr }`.
 */
function renderCliCommand() {
  let bundled;
  return {
    name: 'render-cli-command',
    async executeCommand({ command, payload }) {
      if (command !== 'render-cli') return undefined;
      bundled ??= build({
        entryPoints: ['src/cli.ts'],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        outfile: 'node_modules/.cache/clinic-elements/cli.mjs',
        logLevel: 'error',
      });
      await bundled;
      const runner = `import { run } from './node_modules/.cache/clinic-elements/cli.mjs';
        let out = '', err = '';
        process.exitCode = await run(JSON.parse(process.argv[1]), (t) => (out += t + '\\n'), (t) => (err += t + '\\n'));
        process.stdout.write(JSON.stringify({ out, err }));`;
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', runner, JSON.stringify(payload.args)], { encoding: 'utf8', cwd: process.cwd() });
      const { out = '', err = child.stderr } = child.stdout ? JSON.parse(child.stdout) : {};
      return { status: child.status, stdout: out, stderr: err };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Legacy decorators are compiled by esbuild from tsconfig (Chromium has no native decorators).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsCommand(), renderCliCommand(), a11ySnapshotPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: chromiumArgs } })],
  concurrency: 1,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/content/*.ts'],
    threshold: { statements: 90, branches: 85, functions: 90, lines: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
