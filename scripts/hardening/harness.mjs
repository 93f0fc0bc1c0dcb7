// The browser harness the hardening scripts share: the local server and headless Chromium, and
// fresh visitors (a context with empty storage and one page) that report their page errors and
// know when what they started has loaded.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, requireChromium } from '../browser.mjs';
import { startServer } from '../serve.mjs';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const viewport = { width: 1280, height: 800 };

/**
 * Starts the server (`serverOptions` go to startServer) and Chromium, and runs `work({ server, visitor })`,
 * where `visitor(options)` is newVisitor() with page addresses relative to the server. Closes both whatever happens.
 */
export async function withBrowser(serverOptions, work) {
  const server = await startServer(serverOptions);
  const browser = await chromium.launch({ executablePath: requireChromium(), args: chromiumArgs });
  try {
    return await work({ server, visitor: (options) => newVisitor(browser, { baseURL: server.url, ...options }) });
  } finally {
    await browser.close();
    await server.close();
  }
}

const requestsInFlight = new WeakMap();

/**
 * A fresh visitor: a new context (empty storage; `viewport` unless the context options say otherwise) with one page.
 * `timeout` is the default for every wait; `deep: true` defines `deep()` in its pages; `onPageError` and `onConsole`
 * receive the page's uncaught errors and console messages. The rest are Playwright context options.
 */
async function newVisitor(browser, { timeout, deep = false, onPageError, onConsole, ...contextOptions } = {}) {
  const context = await browser.newContext({ viewport, ...contextOptions });
  if (timeout) context.setDefaultTimeout(timeout);
  if (deep) await context.addInitScript(defineDeep);
  const page = await context.newPage();
  if (onPageError) page.on('pageerror', onPageError);
  if (onConsole) page.on('console', onConsole);
  // Requests in flight, so settle() waits until what a step loads (chunks, frames, images) is in.
  const inFlight = new Set();
  context.on('request', (request) => inFlight.add(request));
  for (const done of ['requestfinished', 'requestfailed']) context.on(done, (request) => inFlight.delete(request));
  // A receipt goes out with keepalive, which Playwright never reports finished: its answer is enough.
  context.on('response', (response) => response.request().method() !== 'GET' && inFlight.delete(response.request()));
  requestsInFlight.set(page, inFlight);
  return { context, page };
}

/** Runs in the page: resolves after two animation frames, once what the last change started is styled and painted. */
function twoFrames() {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/**
 * Lets a visitor's page settle: waits (at most `limit` ms, looking every `step` ms) until its requests are finished,
 * then until `until` (run in the page) resolves.
 */
export async function settle(page, { limit = 3000, step = 25, until = twoFrames } = {}) {
  const inFlight = requestsInFlight.get(page);
  for (let waited = 0; inFlight.size > 0 && waited < limit; waited += step) await page.waitForTimeout(step);
  await page.evaluate(until);
}

/** Runs in the page: `deep(selector)` is querySelector through open shadow roots, `host >>> inner` style. */
function defineDeep() {
  window.deep = (selector) => {
    let node = document;
    for (const part of selector.split('>>>').map((p) => p.trim())) {
      node = (node.shadowRoot ?? node).querySelector(part);
      if (!node) return null;
    }
    return node;
  };
}
