// A small static file server for the demo, the smoke test and the benchmark. It sends the strict
// Content-Security-Policy that a careful clinic site would, so the demo proves the library needs
// no inline script or style and no third-party origin. Text is sent brotli-compressed when the
// browser accepts it, as a CDN does, so the benchmark's slow network carries real transfer sizes.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { receiptsEndpoint } from './receipts-endpoint.mjs';

export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

// The demo's vendor stand-ins (demo/vendors/*.html: a video player, a map) are framed by the demo
// page, as a video or map provider's page would be. They alone may be framed, and by this origin
// only; every other page keeps `frame-ancestors 'none'`.
const framedByDemo = /^\/demo\/vendors\/[^/]+\.html$/;
const allowFramingBySelf = (policy) => policy.replace("frame-ancestors 'none'", "frame-ancestors 'self'");

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map']);
/** Compressed files by path and modification time (quality 11 is slow; each file is compressed once). */
const compressed = new Map();

function brotli(file, modified) {
  const key = `${file}\n${modified}`;
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  return compressed.get(key);
}

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));

/**
 * Serves `root` on `port` (0 picks a free one), with the demo's receipts endpoint at
 * /demo/api/receipts (`receipts`: scripts/receipts-endpoint.mjs, the README's receiving contract;
 * the receipts soak passes one that fails on demand). Resolves to `{ url, close, receipts }`.
 */
export function startServer({ root = repoRoot, port = 0, host = '127.0.0.1', csp = strictCsp, receipts = receiptsEndpoint() } = {}) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname.startsWith('/demo/api/receipts')) return void receipts.handle(request, response);
    if (pathname === '/') {
      response.writeHead(302, { location: '/demo/' });
      return response.end();
    }
    let file = normalize(join(root, decodeURIComponent(pathname)));
    if (!file.startsWith(root)) return send(response, 403, 'Forbidden');
    let modified;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      modified = statSync(file).mtimeMs;
    } catch {
      return send(response, 404, 'Not found');
    }
    const encode = compressible.has(extname(file)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': framedByDemo.test(pathname) ? allowFramingBySelf(csp) : csp,
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
      ...(encode ? { 'content-encoding': 'br' } : {}),
    });
    if (encode) response.end(brotli(file, modified));
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        url: `http://${host}:${address.port}`,
        receipts,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      });
    });
  });
}

function send(response, status, text) {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  const { url } = await startServer({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`clinic-elements demo: ${url}/demo/   (strict CSP on; Ctrl+C to stop)`);
}
