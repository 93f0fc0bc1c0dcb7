import type { AcceptanceProof } from '../../core/documents/acceptance.js';

/**
 * The box's form value: `value` under `name`, and once the visitor has accepted on this page, the
 * proof under `name.document`, `name.version`, `name.effective-date`, `name.hash` and
 * `name.receipt` (the README's "What the form receives").
 */
export function acceptanceFormValue(name: string, value: string, proof: AcceptanceProof | null): string | FormData {
  if (!name || !proof) return value;
  const data = new FormData();
  data.append(name, value);
  const fields = { document: proof.document, version: proof.version, 'effective-date': proof.effectiveDate ?? '', hash: proof.hash, receipt: proof.receipt };
  for (const [field, text] of Object.entries(fields)) data.append(`${name}.${field}`, text);
  return data;
}
