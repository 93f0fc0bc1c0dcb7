import type { ClinicSettings } from './clinic.js';
import type { ProcedureGuide } from './model.js';
import { blockPlainText } from './plain-text.js';
import { fillPlaceholders } from './placeholders.js';

/** Section ids whose text describes the procedure's schema.org properties. */
const schemaSections = { howPerformed: 'surgery', preparation: 'preparing', followup: 'after' } as const;

/**
 * schema.org `MedicalWebPage` for patients about the guide's procedure (`SurgicalProcedure`, or
 * `MedicalProcedure` with its `procedureType`), with `lastReviewed`/`reviewedBy` when the guide
 * gives them, for search engines.
 * `howPerformed`, `preparation` and `followup` come from the sections with the ids `surgery`,
 * `preparing` and `after` when the guide has them.
 */
export function guideStructuredData(doc: ProcedureGuide, clinic: Partial<ClinicSettings> = {}): Record<string, unknown> {
  const fill = (text: string) => fillPlaceholders(text, clinic);
  const sectionText = (id: string) => {
    const section = doc.sections.find((candidate) => candidate.id === id);
    return section ? fill(section.blocks.map(blockPlainText).join(' ')).replace(/\s+/g, ' ') : undefined;
  };
  // SurgicalProcedure is a type of its own; only the other two are MedicalProcedureType values.
  const type = doc.procedure.procedureType;
  const procedure: Record<string, unknown> = {
    '@type': type === 'SurgicalProcedure' ? 'SurgicalProcedure' : 'MedicalProcedure',
    name: doc.procedure.name,
    alternateName: doc.procedure.alternateName,
    procedureType: type && type !== 'SurgicalProcedure' ? `https://schema.org/${type}` : undefined,
  };
  for (const [property, id] of Object.entries(schemaSections)) procedure[property] = sectionText(id);

  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    name: fill(doc.title),
    inLanguage: doc.lang,
    audience: 'https://schema.org/Patient',
    lastReviewed: doc.reviewed?.date,
    reviewedBy: doc.reviewed?.by ? { '@type': 'Person', name: doc.reviewed.by } : undefined,
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

function withoutUndefined(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
