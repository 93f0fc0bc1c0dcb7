import type { ContentProblem } from './problems.js';
import type { Block, ClinicDocument, RichText } from './model.js';
import { unknownPlaceholders } from './placeholders.js';
import { safeHref } from '../platform/safe-url.js';

export { formatProblem, type ContentProblem } from './problems.js';

export type ValidationResult = { ok: true; document: ClinicDocument; problems: [] } | { ok: false; document: null; problems: ContentProblem[] };

const idPattern = /^[a-z][a-z0-9-]*$/;
const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const procedureTypes = ['SurgicalProcedure', 'NoninvasiveProcedure', 'PercutaneousProcedure'];
const blockTypes: readonly string[] = ['paragraph', 'list', 'figure', 'callout', 'checklist'];

const fieldsOf = {
  document: ['$schema', 'kind', 'id', 'title', 'lang', 'intro', 'sections', 'procedure', 'recovery', 'reviewed', 'version', 'effectiveDate'],
  procedure: ['name', 'alternateName', 'procedureType'],
  section: ['id', 'number', 'heading', 'blocks'],
  paragraph: ['type', 'text'],
  list: ['type', 'ordered', 'items'],
  figure: ['type', 'id', 'caption', 'alt'],
  callout: ['type', 'tone', 'heading', 'text'],
  checklist: ['type', 'id', 'title', 'items'],
  reviewed: ['date', 'by'],
  link: ['type', 'text', 'href'],
  milestone: ['id', 'kind', 'label', 'fromDay', 'toDay', 'duration', 'section'],
} as const;

type Fields = Record<string, unknown>;

/**
 * Checks untrusted JSON against the content model and reports every problem with its path.
 * Content is never trusted because it is data: a clinic's JSON file, a CMS export or a typo.
 */
export function validateDocument(input: unknown): ValidationResult {
  const problems: ContentProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const text = (value: unknown, path: string, { optional = false } = {}) => {
    if (value === undefined && optional) return;
    if (typeof value !== 'string' || value.trim() === '') return report(path, 'expected text');
    for (const placeholder of unknownPlaceholders(value)) report(path, `unknown placeholder ${placeholder}`);
  };

  const object = (value: unknown, path: string, allowed: readonly string[]): value is Fields => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      report(path, 'expected an object');
      return false;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) report(join(path, key), `unexpected field (expected one of ${allowed.join(', ')})`);
    }
    return true;
  };

  const array = (value: unknown, path: string, { nonEmpty = true } = {}): value is unknown[] => {
    if (!Array.isArray(value)) {
      report(path, 'expected a list');
      return false;
    }
    if (nonEmpty && value.length === 0) report(path, 'expected at least one entry');
    return true;
  };

  const richText = (value: RichText | unknown, path: string) => {
    if (typeof value === 'string') return text(value, path);
    if (!array(value, path)) return;
    value.forEach((inline, i) => {
      const at = `${path}[${i}]`;
      if (typeof inline === 'string') return text(inline, at);
      if (!object(inline, at, fieldsOf.link)) return;
      if (inline.type !== 'link') return report(join(at, 'type'), 'expected "link"');
      text(inline.text, join(at, 'text'));
      if (safeHref(inline.href) === null) {
        report(join(at, 'href'), 'expected a relative, http(s), mailto or tel address');
      }
    });
  };

  const items = (value: unknown, path: string) => {
    if (array(value, path)) value.forEach((item, i) => richText(item, `${path}[${i}]`));
  };

  const block = (value: unknown, path: string, blockIds: Set<string>) => {
    if (typeof value !== 'object' || value === null || !('type' in value)) return report(path, 'expected a block with a type');
    const type = (value as Block).type;
    if (!blockTypes.includes(type)) {
      return report(join(path, 'type'), `unknown block type ${JSON.stringify(type)} (expected ${blockTypes.join(', ')})`);
    }
    const fields: unknown = value;
    if (!object(fields, path, fieldsOf[type])) return;
    if ((type === 'callout' || type === 'checklist') && doc.kind !== 'procedure-guide')
      return report(join(path, 'type'), `only procedure guides have a ${type}`);
    if (type === 'paragraph') return richText(fields.text, join(path, 'text'));
    if (type === 'callout') {
      if (fields.tone !== 'warning') report(join(path, 'tone'), 'expected "warning"');
      text(fields.heading, join(path, 'heading'));
      return richText(fields.text, join(path, 'text'));
    }
    if (type === 'checklist') {
      id(fields.id, join(path, 'id'), blockIds);
      text(fields.title, join(path, 'title'));
      return items(fields.items, join(path, 'items'));
    }
    if (type === 'list') {
      if (fields.ordered !== undefined && typeof fields.ordered !== 'boolean') report(join(path, 'ordered'), 'expected true or false');
      return items(fields.items, join(path, 'items'));
    }
    id(fields.id, join(path, 'id'), blockIds);
    text(fields.caption, join(path, 'caption'));
    text(fields.alt, join(path, 'alt'), { optional: true });
  };

  const day = (value: unknown, path: string): boolean => {
    if (Number.isInteger(value) && (value as number) >= -365 && (value as number) <= 730) return true;
    report(path, 'expected a whole number of days from -365 (before the procedure) to 730');
    return false;
  };

  const id = (value: unknown, path: string, seen: Set<string>) => {
    if (typeof value !== 'string' || !idPattern.test(value)) {
      return report(path, 'expected an id of lowercase letters, digits and hyphens');
    }
    if (seen.has(value)) report(path, `duplicate id "${value}"`);
    seen.add(value);
  };

  if (!object(input, '', fieldsOf.document)) return { ok: false, document: null, problems };
  const doc = input;
  if (doc.$schema !== undefined && typeof doc.$schema !== 'string') report('$schema', 'expected the address of a JSON Schema');

  if (doc.kind !== 'procedure-guide' && doc.kind !== 'legal-document') {
    report('kind', 'expected "procedure-guide" or "legal-document"');
  }
  id(doc.id, 'id', new Set());
  text(doc.title, 'title');
  if (typeof doc.lang !== 'string' || !/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(doc.lang)) {
    report('lang', 'expected a language tag such as "en" or "es-MX"');
  }

  if (doc.kind === 'procedure-guide') {
    if (object(doc.procedure, 'procedure', fieldsOf.procedure)) {
      text(doc.procedure.name, 'procedure.name');
      text(doc.procedure.alternateName, 'procedure.alternateName', { optional: true });
      const type = doc.procedure.procedureType;
      if (type !== undefined && !procedureTypes.includes(type as string)) {
        report('procedure.procedureType', `expected one of ${procedureTypes.join(', ')}`);
      }
    }
    if (doc.reviewed !== undefined && object(doc.reviewed, 'reviewed', fieldsOf.reviewed)) {
      if (!isValidIsoDate(doc.reviewed.date)) report('reviewed.date', 'expected a date as YYYY-MM-DD');
      text(doc.reviewed.by, 'reviewed.by', { optional: true });
    }
  }
  if (doc.kind === 'legal-document') {
    if (doc.procedure !== undefined) report('procedure', 'only procedure guides describe a procedure');
    if (doc.reviewed !== undefined) report('reviewed', 'only procedure guides have a medical review');
    text(doc.version, 'version', { optional: true });
    if (doc.effectiveDate !== undefined && !isValidIsoDate(doc.effectiveDate)) {
      report('effectiveDate', 'expected a date as YYYY-MM-DD');
    }
  }

  const blockIds = new Set<string>();
  if (doc.intro !== undefined && array(doc.intro, 'intro')) {
    doc.intro.forEach((value, i) => block(value, `intro[${i}]`, blockIds));
  }
  if (array(doc.sections, 'sections')) {
    const sectionIds = new Set<string>();
    doc.sections.forEach((section, i) => {
      const at = `sections[${i}]`;
      if (!object(section, at, fieldsOf.section)) return;
      id(section.id, join(at, 'id'), sectionIds);
      text(section.number, join(at, 'number'), { optional: true });
      text(section.heading, join(at, 'heading'));
      if (array(section.blocks, join(at, 'blocks'))) {
        section.blocks.forEach((value, j) => block(value, `${at}.blocks[${j}]`, blockIds));
      }
    });
  }

  if (doc.recovery !== undefined) {
    if (doc.kind !== 'procedure-guide') report('recovery', 'only procedure guides have a recovery timeline');
    else if (array(doc.recovery, 'recovery')) {
      const sectionIds = new Set(Array.isArray(doc.sections) ? doc.sections.map((section) => (section as Fields)?.id) : []);
      const milestoneIds = new Set<string>();
      doc.recovery.forEach((milestone, i) => {
        const at = `recovery[${i}]`;
        if (!object(milestone, at, fieldsOf.milestone)) return;
        id(milestone.id, join(at, 'id'), milestoneIds);
        if (milestone.kind !== 'milestone' && milestone.kind !== 'avoid') report(join(at, 'kind'), 'expected "milestone" or "avoid"');
        text(milestone.label, join(at, 'label'));
        day(milestone.fromDay, join(at, 'fromDay'));
        if (milestone.toDay !== undefined && day(milestone.toDay, join(at, 'toDay')) && (milestone.toDay as number) < (milestone.fromDay as number)) {
          report(join(at, 'toDay'), 'expected a day on or after fromDay');
        }
        text(milestone.duration, join(at, 'duration'), { optional: true });
        if (!sectionIds.has(milestone.section)) report(join(at, 'section'), 'expected the id of a section of this guide');
      });
    }
  }

  return problems.length === 0 ? { ok: true, document: doc as unknown as ClinicDocument, problems: [] } : { ok: false, document: null, problems };
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function isValidIsoDate(value: unknown): boolean {
  if (typeof value !== 'string' || !isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
