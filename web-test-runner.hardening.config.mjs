// The hardening suite: hostile input (XSS) and faults, in headless Chromium.
//   npx wtr --config web-test-runner.hardening.config.mjs
// Same browser, plugins and middleware as the default config (web-test-runner.config.mjs), its
// own test files (test/hardening/**), no coverage thresholds, and a few test-only server routes.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import base from './web-test-runner.config.mjs';

const reportDir = fileURLToPath(new URL('./hardening-report/', import.meta.url));
const figuresFile = `${reportDir}wtr-figures.json`;

// Every run counts from zero.
rmSync(figuresFile, { force: true });

/**
 * `executeServerCommand('hardening-figure', { name, value })`: adds `value` to the counter `name`
 * in hardening-report/wtr-figures.json (read, add, write). Returns the new total.
 */
function hardeningFigureCommand() {
  return {
    name: 'hardening-figure-command',
    async executeCommand({ command, payload }) {
      if (command !== 'hardening-figure') return undefined;
      const { name, value } = payload ?? {};
      if (typeof name !== 'string' || name === '' || typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`hardening-figure expects { name: string, value: number }, got ${JSON.stringify(payload)}`);
      }
      mkdirSync(reportDir, { recursive: true });
      let figures;
      try {
        figures = JSON.parse(readFileSync(figuresFile, 'utf8'));
      } catch {
        figures = {};
      }
      figures[name] = (figures[name] ?? 0) + value;
      writeFileSync(figuresFile, `${JSON.stringify(figures, null, 2)}\n`);
      return figures[name];
    },
  };
}

/**
 * GET /hardening/doc.json?kind=guide|legal&field=<field>[,<field>…]&payload=<text>: a document in
 * the content model with `payload` in the named fields (field=text: every field that takes free
 * text; field=none: a valid document), built on the server from the query string and served as a
 * real JSON response.
 * Fields: text, kind, id, lang, section-id, figure-id, href, effective-date, procedure-type,
 * milestone-kind, milestone-section, number-as-day.
 */
function hardeningDocument(kind, field, payload) {
  const guide = kind !== 'legal';
  const fields = new Set(String(field).split(','));
  const is = (name) => fields.has(name);
  const text = (fallback) => (is('text') ? payload : fallback);
  const doc = {
    kind: is('kind') ? payload : guide ? 'procedure-guide' : 'legal-document',
    id: is('id') ? payload : 'hardening',
    title: text('Hardening document'),
    lang: is('lang') ? payload : 'en',
    intro: [{ type: 'paragraph', text: text('An introduction.') }],
    sections: [
      {
        id: is('section-id') ? payload : 'first',
        ...(guide ? {} : { number: text('1') }),
        heading: text('The first section'),
        blocks: [
          { type: 'paragraph', text: text('A paragraph.') },
          {
            type: 'paragraph',
            text: [text('Before the link, '), { type: 'link', text: text('the link'), href: is('href') ? payload : '/faq' }, text(' after it.')],
          },
          { type: 'list', items: [text('One item'), text('Another item')] },
          { type: 'figure', id: is('figure-id') ? payload : 'drawing', caption: text('A caption.'), alt: text('A drawing') },
        ],
      },
      { id: 'second', ...(guide ? {} : { number: '2' }), heading: 'The second section', blocks: [{ type: 'paragraph', text: 'More text.' }] },
      { id: 'after', ...(guide ? {} : { number: '3' }), heading: 'After', blocks: [{ type: 'paragraph', text: 'The end.' }] },
    ],
  };
  if (guide) {
    doc.procedure = { name: text('Hardening lift'), alternateName: text('Hardening'), procedureType: is('procedure-type') ? payload : 'SurgicalProcedure' };
    doc.recovery = [
      {
        id: 'up',
        kind: is('milestone-kind') ? payload : 'milestone',
        label: text('Up and about'),
        fromDay: is('number-as-day') ? payload : 1,
        toDay: 2,
        section: is('milestone-section') ? payload : 'after',
      },
      { id: 'sun', kind: 'avoid', label: text('Sun'), fromDay: 0, duration: text('several months'), section: 'after' },
    ];
  } else {
    doc.version = text('2024-05');
    doc.effectiveDate = is('effective-date') ? payload : '2024-05-01';
  }
  return doc;
}

/**
 * Test-only routes of the hardening suite:
 * - GET /hardening/doc.json?…: see hardeningDocument.
 * - GET /hardening/held.json?key=K: answers (with a valid guide) only after GET
 *   /hardening/release?key=K, so a test can remove an element while its `src` fetch is pending.
 * - Any other POST of a JSON batch of receipts (sent to a same-origin `record-endpoint` taken
 *   from hostile input) is answered 201. Faults of the receipts endpoint itself are its own modes
 *   (scripts/receipts-endpoint.mjs).
 */
function hardeningRoutes() {
  const held = new Map();
  return async (ctx, next) => {
    // Hostile `src` values resolve to odd paths; the static server would answer 400 with a stack trace.
    try {
      decodeURIComponent(ctx.path);
    } catch {
      ctx.status = 400;
      ctx.body = 'malformed path';
      return;
    }
    if (ctx.path === '/hardening/doc.json') {
      ctx.type = 'json';
      ctx.body = JSON.stringify(hardeningDocument(ctx.query.kind, ctx.query.field ?? 'text', String(ctx.query.payload ?? '')));
      return;
    }
    if (ctx.path === '/hardening/held.json') {
      const key = String(ctx.query.key);
      await new Promise((resolve) => {
        held.set(key, resolve);
        ctx.res.once('close', resolve);
      });
      held.delete(key);
      ctx.type = 'json';
      ctx.body = JSON.stringify(hardeningDocument(ctx.query.kind, 'none', ''));
      return;
    }
    if (ctx.path === '/hardening/release') {
      const release = held.get(String(ctx.query.key));
      release?.();
      ctx.body = { released: Boolean(release) };
      return;
    }
    if (ctx.method === 'POST' && ctx.get('content-type') === 'application/json' && !ctx.path.startsWith('/__') && !ctx.path.startsWith('/api/receipts')) {
      const body = await new Promise((resolve) => {
        let text = '';
        ctx.req.on('data', (chunk) => (text += chunk));
        ctx.req.on('end', () => resolve(text));
      });
      let receipts = null;
      try {
        receipts = JSON.parse(body).receipts;
      } catch {
        // not a batch of receipts
      }
      ctx.status = Array.isArray(receipts) ? 201 : 404;
      ctx.body = { stray: Array.isArray(receipts) };
      return;
    }
    return next();
  };
}

export default {
  ...base,
  files: ['test/hardening/**/*.test.ts'],
  middleware: [hardeningRoutes(), ...base.middleware],
  plugins: [...base.plugins, hardeningFigureCommand()],
  coverageConfig: { ...base.coverageConfig, threshold: undefined },
};
