import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { build } from 'esbuild';
import { PassThrough } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { chromiumArgs, requireChromium } from './scripts/browser.mjs';
import { receiptsEndpoint } from './scripts/receipts-endpoint.mjs';

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
 * `executeServerCommand('schema-check', { schema, document })`: checks `document` against the
 * shipped JSON Schema `schemas/<schema>.schema.json` with Ajv, as an editor would. Returns the
 * paths of the failures (empty when valid).
 */
function schemaCheckCommand() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validators = {};
  return {
    name: 'schema-check-command',
    async executeCommand({ command, payload }) {
      if (command !== 'schema-check') return undefined;
      validators[payload.schema] ??= ajv.compile(JSON.parse(readFileSync(`schemas/${payload.schema}.schema.json`, 'utf8')));
      const validate = validators[payload.schema];
      return validate(payload.document) ? [] : [...new Set(validate.errors.map((error) => error.instancePath || '/'))];
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

/**
 * A real receipts endpoint for the tests, as a clinic's server would run it (scripts/receipts-endpoint.mjs):
 * POST /api/receipts stores each receipt of a batch once by its id and counts every delivery;
 * POST /api/receipts/mode?set=ok|fail|down|hang|slow|flaky|store-then-500[&ms=N][&reset][&release]
 * changes how it answers; GET /api/receipts returns { receipts, deliveries, requests }.
 */
function receiptsRoute() {
  const endpoint = receiptsEndpoint({ faults: true });
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/receipts')) return next();
    // The endpoint answers on the raw response; the status is for the runner's request log.
    ctx.respond = false;
    ctx.status = 200;
    await endpoint.handle(ctx.req, ctx.res);
  };
}

/**
 * A page that arrives in two parts, as a long page on a slow network does: GET
 * /test-pages/slow-banner.html sends the head (the banner's script) and a banner, then holds the
 * rest (a held-back inline script and the end of the page) until GET /test-pages/slow-banner/release.
 */
function slowBannerPage() {
  const waiting = [];
  return async (ctx, next) => {
    if (ctx.path === '/test-pages/slow-banner/release') {
      waiting.splice(0).forEach((release) => release());
      ctx.body = 'released';
      return;
    }
    if (ctx.path !== '/test-pages/slow-banner.html') return next();
    const held = new Promise((resolve) => waiting.push(resolve));
    ctx.type = 'html';
    const body = new PassThrough();
    ctx.body = body;
    body.write(`<!doctype html><html lang="en"><head><title>Slow page</title>
      <script type="module" async src="/src/components/cookie-banner/define.ts"></script></head>
      <body><clinic-provider storage-namespace="slow-page"><cookie-banner policy-version="1"></cookie-banner></clinic-provider>
      <p>The first part of a long page.</p>${' '.repeat(4096)}`);
    void held.then(() =>
      body.end(`<script type="text/plain" data-consent="analytics">window.gatedRuns = (window.gatedRuns ?? 0) + 1;</script>
      <p id="end">The end of the page.</p></body></html>`),
    );
  };
}

/**
 * The files the README's examples name: `/legal/terms.json` is the demo clinic's (demo/legal/);
 * its Spanish file and the laser guide are the second clinic's test files.
 */
function readmeExampleFiles() {
  const others = {
    '/legal/terms.es.json': '/test/fixtures/harbor-terms.es.json',
    '/guides/laser-resurfacing.json': '/test/fixtures/harbor-laser.json',
    '/guides/laser-resurfacing.es.json': '/test/fixtures/harbor-laser.es.json',
  };
  return async (ctx, next) => {
    if (others[ctx.path]) ctx.url = others[ctx.path];
    else if (ctx.path.startsWith('/legal/')) ctx.url = `/demo${ctx.url}`;
    return next();
  };
}

/**
 * Local stand-ins for a clinic site's vendors (analytics, pixels, video frames, chat), with a
 * request log: GET /vendors/<file>?id=<id> answers by the file's extension (a script that pushes
 * its id to `window.runs`, a 1×1 GIF, a frame, a style sheet, a video that is not one) and logs the
 * id; GET /api/vendor-log returns the ids requested since POST /api/vendor-log emptied it.
 */
function vendorStandIns() {
  const log = [];
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
  return async (ctx, next) => {
    if (ctx.path === '/api/vendor-log') {
      if (ctx.method === 'POST') log.length = 0;
      ctx.body = JSON.stringify(log);
      ctx.type = 'json';
      return;
    }
    if (!ctx.path.startsWith('/vendors/')) return next();
    const id = String(ctx.query.id ?? ctx.path);
    log.push(id);
    const extension = ctx.path.split('.').pop();
    const [type, body] =
      extension === 'js'
        ? ['text/javascript', `(window.runs ??= []).push(${JSON.stringify(id)});`]
        : extension === 'gif'
          ? ['image/gif', gif]
          : extension === 'css'
            ? ['text/css', 'body { --vendor-style: 1; }']
            : extension === 'webm'
              ? ['video/webm', Buffer.alloc(16)]
              : ['text/html', `<!doctype html><title>${id}</title><p>Stand-in for ${id}</p>`];
    // Answered on the raw response, without the server's ETag: every load asks again, as a first visit to the vendor would.
    ctx.respond = false;
    ctx.status = 200;
    ctx.res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
    ctx.res.end(body);
  };
}

/**
 * A clinic's own form handler: a form posted to /api/forms is stored as the list of its
 * `[name, value]` pairs, exactly as received; GET /api/forms returns every body stored since
 * POST /api/forms?reset.
 */
function formHandler() {
  const bodies = [];
  return async (ctx, next) => {
    if (ctx.path !== '/api/forms') return next();
    if (ctx.method === 'GET' || 'reset' in ctx.query) {
      if (ctx.method === 'POST') bodies.length = 0;
      ctx.type = 'json';
      ctx.body = JSON.stringify(bodies);
      return;
    }
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    bodies.push([...new URLSearchParams(Buffer.concat(chunks).toString('utf8'))]);
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Received</title><p>Your request was received.</p>';
  };
}

/** `?delay=<ms>` on any request answers that much later (at most 5 s): a slow network for one file. */
function delayed() {
  return async (ctx, next) => {
    const delay = Math.min(Number(ctx.query.delay) || 0, 5000);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    return next();
  };
}

/** `executeServerCommand('mouse-wheel', { x, y, deltaY })`: a real wheel turn over a point of the page. */
function mouseWheelCommand() {
  return {
    name: 'mouse-wheel-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'mouse-wheel') return undefined;
      const page = session.browser.getPage(session.id);
      await page.mouse.move(payload.x, payload.y);
      await page.mouse.wheel({ deltaY: payload.deltaY });
      return true;
    },
  };
}

export default {
  middleware: [delayed(), readmeExampleFiles(), receiptsRoute(), slowBannerPage(), vendorStandIns(), formHandler()],
  // The hardening suite (test/hardening/) runs with its own config: web-test-runner.hardening.config.mjs.
  files: ['test/**/*.test.ts', '!test/hardening/**'],
  nodeResolve: true,
  // Legacy decorators are compiled by esbuild from tsconfig (Chromium has no native decorators).
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    forcedColorsCommand(),
    mouseWheelCommand(),
    renderCliCommand(),
    schemaCheckCommand(),
    a11ySnapshotPlugin(),
  ],
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
