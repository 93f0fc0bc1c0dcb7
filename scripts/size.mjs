// Size of each CDN entry with everything it loads up front (static imports), minified, gzip and
// brotli. Lazily loaded chunks (the built-in documents) are listed apart. With --check, exits 1
// when an entry is over its budget; with --readme, writes the tables into README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { writeReadmeSection } from './readme-section.mjs';

const cdn = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
const kib = 1024;

/** Brotli budgets in bytes, for what an entry downloads before it renders (content excluded). */
// Every entry carries what keeps a site's CSS from breaking it (the colour tokens registered as
// <color>, sizes in em with floors, resets of inherited text styles): about 0.25 KiB each.
export const budgets = {
  // DESIGN's budget is 30 KiB. The declared vendors the banner's decision core must know (services,
  // the health-page guard, ordered release, the proof of the texts shown) added 2.7 KiB; static
  // properties instead of decorators and the context protocol in a few lines of our own took 1.6 KiB
  // back. The rest is over until the guide renders its sections from a chunk loaded with its content.
  // The form consents, the leaving-the-site notice and the site notice load when their tag is on the
  // page (their code is not in the first download); finding the tags costs 0.3 KiB.
  'clinic-elements.js': 32.25 * kib,
  // A separate consent carries a built-in statement for each purpose in English and Spanish.
  'consent-checkbox.js': 13 * kib,
  'external-link-notice.js': 10.5 * kib,
  'site-notice.js': 10.5 * kib,
  'medical-disclaimer.js': 10 * kib,
  // Age gate and clickwrap store their receipt in the task that makes it (the durable queue, 0.3 KiB).
  // A language whose UI strings the page adds is read before the first render, in every entry (0.35 KiB).
  'age-gate.js': 12.75 * kib,
  'clinic-provider.js': 10 * kib,
  'legal-document.js': 13 * kib,
  'procedure-guide.js': 22 * kib,
  'sensitive-content.js': 10.25 * kib,
  // The clickwrap proves the clinic's own Terms too: the proof in the form, Terms that cannot load never valid.
  'terms-accept.js': 13 * kib,
  // One file for a first visit (the decision core and the banner's first layer, without Lit) and
  // for a returning visitor (who runs its decision core only). The target is 4.5 KiB (bench/consent.mjs
  // reports against it); this budget is the ceiling that keeps what is built today from growing, raised
  // from 7.5 KiB for a page's own language (its UI strings, read before the banner renders), then from
  // 7.85 KiB for the declared vendors the decision core must know before it releases anything (services,
  // the health-page guard, ordered release of pixels, media and scripts, the proof of the texts shown).
  // vanilla-cookieconsent 3, without any of those, is 13.5 KiB (its script and style sheet).
  // The host-independence CSS above (0.25 KiB) and the 0.1 KiB hook that loads the attribute-name
  // check after the first paint (the check itself is a chunk of its own) left it at 11.00 KiB, a few
  // bytes either side of 11 KiB from one build machine to another.
  'cookie-banner.js': 11.25 * kib,
};

const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
    if (specifier.startsWith('.')) closure(join(dirname(file), specifier), seen);
  }
  return seen;
}

function measure(files) {
  const code = Buffer.concat([...files].map((file) => readFileSync(file)));
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** `{ entries, lazy, chunks }`: each entry with what it imports up front; lazily loaded chunks; every file alone. */
export function sizeReport() {
  const entries = readdirSync(cdn)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const files = closure(join(cdn, name));
      return { name, files: files.size, ...measure(files), budget: budgets[name] ?? null };
    });
  const loadedUpFront = new Set(
    readdirSync(cdn)
      .filter((n) => n.endsWith('.js'))
      .flatMap((n) => [...closure(join(cdn, n))]),
  );
  const lazy = readdirSync(join(cdn, 'chunks'))
    .map((name) => join(cdn, 'chunks', name))
    // clinic-elements.js's own chunks (all-) are the same code as the shared ones or the banner's.
    .filter((file) => !loadedUpFront.has(file) && !file.includes('/all-'))
    .map((file) => ({ name: relative(cdn, file), files: 1, ...measure([file]), budget: null }));
  const chunks = [...readdirSync(cdn).filter((n) => n.endsWith('.js')), ...readdirSync(join(cdn, 'chunks')).map((n) => `chunks/${n}`)].map((name) => ({
    name,
    files: 1,
    ...measure([join(cdn, name)]),
    budget: null,
  }));
  return { entries, lazy, chunks };
}

export function formatTable(rows) {
  const k = (bytes) => `${(bytes / kib).toFixed(2)} KiB`;
  const lines = ['| file | min | gzip | brotli | budget (brotli) |', '| --- | ---: | ---: | ---: | ---: |'];
  for (const row of rows) {
    lines.push(`| ${row.name} | ${k(row.min)} | ${k(row.gzip)} | ${k(row.brotli)} | ${row.budget ? k(row.budget) : '–'} |`);
  }
  return lines.join('\n');
}

const readmeStart = '<!-- size-table:start (written by `npm run build`: scripts/size.mjs --readme) -->';
const readmeEnd = '<!-- size-table:end -->';

/** The README's size table: entries with their budgets, then what loads on demand (names without hashes). */
function readmeTable({ entries, lazy }) {
  const unhashed = lazy.map((row) => ({ ...row, name: row.name.replace(/-[\w-]{6}\.js$/, '.js') }));
  return [formatTable(entries), '', 'Loaded on demand:', '', formatTable(unhashed)].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = sizeReport();
  const { entries, lazy } = report;
  if (process.argv.includes('--readme')) writeReadmeSection(readmeStart, readmeEnd, readmeTable(report));
  console.log('Entries, with the chunks they import up front:\n');
  console.log(formatTable(entries));
  console.log('\nLoaded on demand (documents, dialogs, the outbox…):\n');
  console.log(formatTable(lazy));
  // The check of attribute names loads when the page is idle, after its first paint: never up front.
  const upFront = entries.flatMap(({ name }) => [...closure(join(cdn, name))].filter((file) => file.includes('unknown-attributes')).map(() => name));
  if (process.argv.includes('--check') && upFront.length) {
    console.error(`\nThe attribute check is loaded up front by ${upFront.join(', ')}: it must stay a lazily loaded chunk.`);
    process.exit(1);
  }
  const over = entries.filter((row) => row.budget !== null && row.brotli > row.budget);
  if (process.argv.includes('--check') && over.length) {
    console.error(`\nOver budget: ${over.map((row) => `${row.name} ${row.brotli} B > ${row.budget} B`).join('; ')}`);
    process.exit(1);
  }
}
