import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { builtInGuideNames } from './core/documents/built-in.js';
import { loadBuiltInGuide } from './content/index.js';
import { guideSectionsTree, guideTocTree } from './core/documents/template.js';
import { matchLocale } from './core/i18n/locale.js';
import { translate } from './core/i18n/messages.js';
import { disclaimerStrings } from './components/medical-disclaimer/medical-disclaimer.strings.js';
import { guideStrings } from './components/procedure-guide/procedure-guide.strings.js';
import { guideStructuredData, structuredDataJson } from './core/documents/structured-data.js';
import { h, toHtml } from './core/documents/tree.js';
import { clinicAttribute, clinicKeys, type ClinicKey, type ClinicSettings } from './core/documents/clinic.js';
import type { ProcedureGuide } from './core/documents/model.js';
import { formatProblem, validateDocument } from './core/documents/validate.js';

const usage = `Usage:
  clinic-elements render --procedure <${builtInGuideNames.join('|')}> [options] > guide.html
  clinic-elements render <guide.json> [options] > guide.html

Prints a procedure guide as static HTML to paste into a CMS page: search engines and readers get
the whole text without JavaScript, and <procedure-guide> enhances it when the script loads.

Options:
  --procedure <name>        a built-in guide (${builtInGuideNames.join(', ')})
  --layout <name>           article (default), accordion or steps
  --heading-level <2-6>     level of the section headings (default 2)
  --no-structured-data      leave out the schema.org JSON-LD
  --clinic-name, --legal-name, --website, --city, --jurisdiction, --state, --country <text>
                            fill the guide's {clinic.*} placeholders and the JSON-LD publisher
  --help                    show this text`;

/** `--clinic-name` → `name`: the same names as the provider's attributes. */
const clinicOptions = Object.fromEntries(clinicKeys.map((key) => [clinicAttribute(key), key])) as Record<string, ClinicKey>;

/** Runs the command line; returns the exit code. Output and errors go to the given writers. */
export async function run(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        procedure: { type: 'string' },
        layout: { type: 'string', default: 'article' },
        'heading-level': { type: 'string', default: '2' },
        'no-structured-data': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        ...Object.fromEntries(Object.keys(clinicOptions).map((name) => [name, { type: 'string' as const }])),
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file] = positionals;
  if (values.help || command !== 'render' || (!file && !values.procedure)) {
    (values.help ? out : err)(usage);
    return values.help ? 0 : 2;
  }
  if (!['article', 'accordion', 'steps'].includes(values.layout as string)) {
    err(`--layout must be article, accordion or steps (got "${values.layout}").`);
    return 2;
  }
  const headingLevel = Number(values['heading-level']);
  if (!Number.isInteger(headingLevel) || headingLevel < 2 || headingLevel > 6) {
    err(`--heading-level must be a whole number from 2 to 6 (got "${values['heading-level']}").`);
    return 2;
  }

  const guide = file ? readGuideFile(file, err) : await readBuiltIn(values.procedure as string, err);
  if (!guide) return 1;

  const clinic: Partial<ClinicSettings> = {};
  for (const [option, key] of Object.entries(clinicOptions)) {
    const value = (values as Record<string, unknown>)[option];
    if (typeof value === 'string' && value.trim()) clinic[key] = value.trim();
  }
  const missing = new Set<string>();
  const sections = guideSectionsTree(guide, { clinic, headingLevel, onMissingPlaceholder: (key) => missing.add(key) });
  // What the enhanced guide shows above its text at first paint, so enhancing it paints nothing new.
  const locale = matchLocale(guide.lang) ?? 'en';
  const toc = guide.sections.length >= 3 ? [guideTocTree(guide, translate(guideStrings, locale, 'guide.toc'), { clinic })] : [];
  // In a paragraph of its own: the same block holds the text before and after the disclaimer upgrades, so it is not painted anew.
  const disclaimer = h('medical-disclaimer', { slot: 'disclaimer' }, [
    h('p', {}, [h('strong', {}, [translate(disclaimerStrings, locale, 'lead')]), ` ${translate(disclaimerStrings, locale, 'text')}`]),
  ]);
  const element = h(
    'procedure-guide',
    { procedure: file ? undefined : guide.id, layout: values.layout as string, 'heading-level': headingLevel === 2 ? undefined : String(headingLevel) },
    [...toc, disclaimer, ...sections],
  );

  const parts = [
    `<!-- ${guide.title}: generated by clinic-elements. Load clinic-elements.js on the page to add the table of contents, layouts and recovery timeline. -->`,
  ];
  if (!values['no-structured-data']) {
    parts.push(`<script type="application/ld+json" data-clinic-guide="${guide.id}">${structuredDataJson(guideStructuredData(guide, clinic))}</script>`);
  }
  parts.push(toHtml(element));
  out(`${parts.join('\n')}\n`);
  for (const key of missing) err(`Note: the guide uses {clinic.${key}}; pass --${optionFor(key)} to fill it.`);
  return 0;
}

function readGuideFile(file: string, err: (text: string) => void): ProcedureGuide | null {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    err(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'}.`);
    return null;
  }
  const result = validateDocument(json);
  if (!result.ok) {
    err(`${file} does not follow the guide format:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    return null;
  }
  if (result.document.kind !== 'procedure-guide') {
    err(`${file} is a ${result.document.kind}, not a procedure guide.`);
    return null;
  }
  return result.document;
}

async function readBuiltIn(name: string, err: (text: string) => void): Promise<ProcedureGuide | null> {
  const result = await loadBuiltInGuide(name);
  if (result.ok) return result.guide;
  err(`There is no built-in guide called "${name}". The built-in guides are: ${builtInGuideNames.join(', ')}.`);
  return null;
}

function optionFor(key: string): string {
  return Object.entries(clinicOptions).find(([, value]) => value === key)?.[0] ?? key;
}
