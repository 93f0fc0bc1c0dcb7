import type { ClinicSettings } from './clinic.js';
import type { Block, ProcedureGuide, RichText } from './model.js';
import { fillPlaceholders } from './placeholders.js';

/** Section ids whose text describes the procedure's schema.org properties. */
const schemaSections = { howPerformed: 'surgery', preparation: 'preparing', followup: 'after' } as const;

/**
 * schema.org `MedicalWebPage` about the guide's `MedicalProcedure`, for search engines.
 * `howPerformed`, `preparation` and `followup` come from the sections with the ids `surgery`,
 * `preparing` and `after` when the guide has them.
 */
export function guideStructuredData(doc: ProcedureGuide, clinic: Partial<ClinicSettings> = {}): Record<string, unknown> {
  const fill = (text: string) => fillPlaceholders(text, clinic);
  const sectionText = (id: string) => {
    const section = doc.sections.find((candidate) => candidate.id === id);
    return section ? section.blocks.map((b) => fill(blockText(b))).join(' ') : undefined;
  };
  const procedure: Record<string, unknown> = {
    '@type': 'MedicalProcedure',
    name: doc.procedure.name,
    alternateName: doc.procedure.alternateName,
    procedureType: doc.procedure.procedureType ? `https://schema.org/${doc.procedure.procedureType}` : undefined,
  };
  for (const [property, id] of Object.entries(schemaSections)) procedure[property] = sectionText(id);

  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: fill(doc.title),
    inLanguage: doc.lang,
    about: withoutUndefined(procedure),
    publisher: clinic.name
      ? withoutUndefined({
          '@type': 'MedicalOrganization',
          name: clinic.name,
          url: clinic.website ? `https://${clinic.website.replace(/^https?:\/\//, '')}` : undefined,
        })
      : undefined,
  });
}

/** JSON for a `<script type="application/ld+json">`, safe to place in HTML (no `</script>` can close it early). */
export function structuredDataJson(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

function blockText(block: Block): string {
  const rich = (text: RichText) => (typeof text === 'string' ? text : text.map((i) => (typeof i === 'string' ? i : i.text)).join(''));
  if (block.type === 'paragraph') return rich(block.text);
  if (block.type === 'list') return block.items.map(rich).join(' ');
  return block.caption;
}

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
