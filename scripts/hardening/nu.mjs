// Valid HTML: the Nu HTML Checker (vnu.jar, from the vnu-jar package, on a local Java runtime)
// checks, in one run of the checker, (a) every HTML page of the demo as written, (b) what
// `clinic-elements render` prints for each guide it can render (in a page of its own, as a CMS
// would put it), and (c) what the elements render in Chromium: each demo page and state page as
// its live DOM after the elements have run, and every shadow root's content as a document of its
// own (rendered.mjs). A known-bad document goes with them: it must be reported, or silence means
// nothing. Only errors count; the few messages ignored are listed below, each with its reason.
//
//   npm run build first; then: node scripts/hardening/nu.mjs   (exit 1 on failures; NU_KEEP=1 keeps
//   the documents checked, in a temporary folder it names)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { renderedDocuments } from './nu-rendered.mjs';
import { repoRoot } from './harness.mjs';
import { checker, runWhenMain } from './report.mjs';

export const title = 'Nu HTML Checker: demo pages, CLI output, rendered elements';

const vnuJar = join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** Messages ignored, each for a reason outside the markup we write. Keep this short and exact. */
const ignored = [
  {
    // `part` (and `exportparts`) are global attributes of CSS Shadow Parts, which the checker's HTML schema does not know yet.
    message: /^Attribute “(part|exportparts)” not allowed on element “[a-z0-9-]+” at this point\.$/,
  },
];

/** The documents `clinic-elements render` prints: every built-in guide in every layout, and guide files of clinics. */
const cliRenders = (builtInGuides) => [
  ...builtInGuides.flatMap((guide) =>
    ['article', 'accordion', 'steps'].map((layout) => ({
      name: `${guide}-${layout}`,
      lang: 'en',
      args: ['--procedure', guide, '--layout', layout, '--clinic-name', 'Miller Plastic Surgery', '--website', 'www.millerplasticsurgery.com'],
    })),
  ),
  { name: 'browlift-file', lang: 'en', args: ['test/fixtures/browlift.json', '--heading-level', '3'] },
  { name: 'harbor-laser-es-file', lang: 'es', args: ['test/fixtures/harbor-laser.es.json', '--no-structured-data'] },
];

const page = ({ lang = 'en', title: heading, body }) =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<title>${heading}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

export async function run() {
  const { check, failures, counted } = checker();
  const figures = { 'files checked': 0, errors: 0 };
  const java = findJava();
  if (
    !check(java, process.env.JAVA_HOME ? `JAVA_HOME is ${process.env.JAVA_HOME}, and its bin/java does not run.\n${javaMissing}` : javaMissing) ||
    !check(existsSync(vnuJar), `${vnuJar} is missing: run \`npm ci\``)
  )
    return { checks: counted(), failures, figures };
  const cli = join(repoRoot, 'dist/cli.js');
  if (!check(existsSync(cli), 'dist/cli.js is missing: run `npm run build` first')) return { checks: counted(), failures, figures };

  const work = mkdtempSync(join(tmpdir(), 'clinic-nu-'));
  try {
    const files = [];
    const write = (name, text) => {
      const file = join(work, name);
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, text);
      files.push(file);
    };

    // (a) The demo's pages as written.
    files.push(...htmlFiles(join(repoRoot, 'demo')));

    // (b) The CLI's output, run in this process as bin/clinic-elements.js runs it.
    const { run: cliRun } = await import(cli);
    const { builtInNamesOf } = await import(join(repoRoot, 'dist/core/documents/built-in.js'));
    for (const { name, lang, args } of cliRenders(builtInNamesOf('procedure-guide'))) {
      let out = '';
      const errors = [];
      const code = await cliRun(
        ['render', ...args.map((arg) => (arg.startsWith('test/') ? join(repoRoot, arg) : arg))],
        (text) => (out += text),
        (text) => errors.push(text),
      );
      if (check(code === 0 && out.includes('<procedure-guide'), `clinic-elements render ${args.join(' ')}: exit ${code}, ${errors.join(' ')}`))
        write(`cli/${name}.html`, page({ lang, title: `clinic-elements render ${name}`, body: `<main>\n${out}</main>` }));
    }

    // (c) What the elements render in Chromium.
    const rendered = await renderedDocuments({ check });
    for (const { name, html } of rendered) write(`rendered/${name}.html`, html);

    // The checker's own control: a document with a known error.
    const control = join(work, 'control.html');
    writeFileSync(control, page({ title: 'Control', body: '<p><div>A block in a paragraph</div></p>' }));

    const messages = vnu(java, [...files, control], check);
    const reported = (file) => messages.filter((m) => m.file === file);
    for (const m of messages.filter((m) => m.file !== control && !files.includes(m.file))) check(false, `vnu.jar: ${m.type}: ${m.message}`);
    check(
      reported(control).some((m) => m.message.includes('No “p” element in scope')),
      `the checker missed the control document's error (got ${JSON.stringify(reported(control))})`,
    );
    figures['files checked'] = files.length;
    for (const file of files) {
      const where = file.startsWith(work) ? relative(work, file) : relative(repoRoot, file);
      const errors = reported(file).filter((m) => !ignored.some((rule) => rule.message.test(m.message)));
      figures.errors += errors.length;
      const lines = errors.map(
        (error) => `\n    line ${error.lastLine ?? '?'}: ${error.message}${error.extract ? ` [${error.extract.trim().slice(0, 160)}]` : ''}`,
      );
      check(errors.length === 0, `${where}: ${errors.length} HTML errors${lines.join('')}`);
    }
    if (process.env.NU_KEEP) console.log(`Nu: the checked documents are kept in ${work}`);
  } finally {
    if (!process.env.NU_KEEP) rmSync(work, { recursive: true, force: true });
  }
  return { checks: counted(), failures, figures };
}

/** Every .html file under `folder`. */
function htmlFiles(folder) {
  return readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(folder, name));
}

const javaMissing = `Java is missing: the Nu HTML Checker (vnu.jar) needs a Java runtime, 17 or later.
  Debian/Ubuntu:  sudo apt-get install -y default-jre-headless
  macOS:          brew install openjdk
  Or set JAVA_HOME to an installed Java.`;

/** The java command (JAVA_HOME's, else the one on PATH) when it runs, or null. */
function findJava() {
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin/java') : 'java';
  return spawnSync(java, ['-version'], { stdio: 'ignore' }).status === 0 ? java : null;
}

/** One run of the checker over every file; its error messages, each with the file it is about. */
function vnu(java, files, check) {
  // C1 only: a run this short is over before C2's compilations pay; its frames are larger, hence the stack.
  const result = spawnSync(
    java,
    ['-Xss8m', '-XX:TieredStopAtLevel=1', '-jar', vnuJar, '--format', 'json', '--errors-only', '--no-langdetect', '--stdout', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 120_000,
    },
  );
  let parsed;
  try {
    parsed = JSON.parse(result.stdout);
  } catch {
    check(false, `vnu.jar gave no JSON report (exit ${result.status}): ${result.stderr || result.stdout}`.slice(0, 2000));
    return [];
  }
  return parsed.messages.map((m) => ({ ...m, file: m.url ? decodeURIComponent(new URL(m.url).pathname) : '' }));
}

await runWhenMain(import.meta, title, run);
