import { loadBuiltInDocument } from '../content/index.js';
import type { ClinicSettings } from '../core/documents/clinic.js';
import { canonicalText, documentHashes } from '../core/documents/hash.js';
import type { LegalDocument } from '../core/documents/model.js';
import { clinicFrom, clinicUsage, readDocumentFile } from './inputs.js';

export const hashUsage = `  clinic-elements hash <terms.json> [--clinic clinic.json] [options]
  clinic-elements hash --document <terms|privacy> [options]

Prints, as JSON, the SHA-256 hash <terms-accept> sends for a legal document as the visitor sees
it (clinic placeholders filled), of the whole text and of each section, with the document's id,
version and effective date: a server recomputes a receipt's hash with it. --text prints the
canonical text that is hashed instead.

Options:
  --document <name>         a built-in document (terms, privacy)
${clinicUsage}
  --text                    print the canonical text, not its hashes`;

type Out = (text: string) => void;

/** `clinic-elements hash`: the hashes of a legal document as `<terms-accept>` computes them. */
export async function hashCommand(file: string | undefined, values: Record<string, unknown>, out: Out, err: Out): Promise<number> {
  const name = values.document;
  if (!file && name !== 'terms' && name !== 'privacy') {
    err(name === undefined ? hashUsage : `--document must be terms or privacy (got "${String(name)}").`);
    return 2;
  }
  const doc = file ? readDocumentFile(file, 'legal-document', err) : ((await loadBuiltInDocument(name as 'terms' | 'privacy')) as LegalDocument);
  const clinic = clinicFrom(values, err);
  if (!doc || !clinic) return 1;
  if (values.text) {
    out(canonicalText(doc, clinic as Partial<ClinicSettings>).whole);
    return 0;
  }
  const { hash, sections } = await documentHashes(doc, clinic);
  out(JSON.stringify({ document: doc.id, version: doc.version ?? null, effectiveDate: doc.effectiveDate ?? null, hash, sections }, null, 2));
  return 0;
}
