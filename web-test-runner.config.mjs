import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Legacy decorators are compiled by esbuild from tsconfig (Chromium has no native decorators).
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), forcedColorsCommand(), a11ySnapshotPlugin()],
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
