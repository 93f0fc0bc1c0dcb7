import type { LegalDocument } from '../../core/documents/model.js';
import { fillPlaceholders } from '../../core/documents/placeholders.js';
import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { ClinicStorage } from '../../core/platform/storage.js';
import { randomId } from '../../core/platform/random-id.js';
import { recordReceipt, type ReceiptTarget } from '../../core/receipts/record.js';
import type { TermsReceipt } from '../../core/receipts/types.js';
import type { AcceptedTerms } from './terms-source.js';

/** What the visitor's browser keeps of an acceptance: which text, never who. */
export interface StoredAcceptance {
  version: string;
  hash: string;
  sections: Record<string, string>;
}

/** Detail of `terms-accepted`: which text was accepted, when (visitor's clock), and the receipt that proves it. */
export interface TermsAcceptedDetail {
  /** The document's `id`. */
  document: string;
  version: string;
  effectiveDate: string | null;
  /** SHA-256 of the canonical text of the Terms shown to the visitor (`clinic-elements hash` prints the same). */
  hash: string;
  clientTime: string;
  /** Id of the receipt sent to the record endpoint (and in the form's `<name>.receipt`). */
  receipt: string;
}

/** What the form receives of an acceptance, besides the box's value. */
export interface AcceptanceProof {
  document: string;
  version: string;
  effectiveDate: string | null;
  hash: string;
  receipt: string;
}

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

export interface DocumentHashes {
  hash: string;
  sections: Record<string, string>;
}

const acceptanceKey = 'terms-accepted';
const acceptanceVersion = 1;
const isAcceptance = (value: unknown): value is StoredAcceptance =>
  typeof (value as StoredAcceptance)?.version === 'string' &&
  typeof (value as StoredAcceptance).hash === 'string' &&
  typeof (value as StoredAcceptance).sections === 'object' &&
  (value as StoredAcceptance).sections !== null;

export function readAcceptance(storage: ClinicStorage): StoredAcceptance | null {
  return storage.read(acceptanceKey, acceptanceVersion, isAcceptance);
}

export function writeAcceptance(storage: ClinicStorage, acceptance: StoredAcceptance): void {
  storage.write(acceptanceKey, acceptanceVersion, acceptance);
}

/**
 * How a stored acceptance relates to the Terms shown now: the same version and text counts;
 * anything else asks again, with the headings of the sections whose text changed since.
 */
export function compareAcceptance(
  stored: StoredAcceptance | null,
  version: string,
  current: DocumentHashes,
  doc: LegalDocument,
  clinic: Partial<ClinicSettings>,
): { accepted: boolean; changedSections: string[] | null; previousVersion: string | null } {
  const accepted = stored !== null && stored.version === version && stored.hash === current.hash;
  if (stored?.version === version && !accepted) {
    console.warn(
      `clinic-elements: <terms-accept> the Terms of version "${version}" are not the text this visitor accepted under that version; they are asked again. Give changed Terms a new version.`,
    );
  }
  if (!stored || accepted) return { accepted, changedSections: null, previousVersion: null };
  const changedSections = doc.sections
    .filter((section) => stored.sections[section.id] !== current.sections[section.id])
    .map((section) => `${section.number ? `${section.number}. ` : ''}${fillPlaceholders(section.heading, clinic)}`);
  return { accepted, changedSections, previousVersion: stored.version };
}

/**
 * Records an acceptance of `terms` as `version`: in the visitor's browser (which text, never who),
 * then as a receipt in the page's queue, before the caller tells the page. Returns the proof the
 * form receives and the detail of `terms-accepted`.
 */
export function recordAcceptance(
  storage: ClinicStorage,
  target: ReceiptTarget,
  { doc, src }: AcceptedTerms,
  { hash, sections }: DocumentHashes,
  version: string,
): { proof: AcceptanceProof; detail: TermsAcceptedDetail } {
  const effectiveDate = doc.effectiveDate ?? null;
  const clientTime = new Date().toISOString();
  writeAcceptance(storage, { version, hash, sections });
  const receipt: TermsReceipt = {
    id: randomId(),
    type: 'terms',
    result: 'accepted',
    document: doc.id,
    src,
    version,
    effectiveDate,
    hash,
    sections,
    clientTime,
  };
  recordReceipt(target, receipt);
  return {
    proof: { document: doc.id, version, effectiveDate, hash, receipt: receipt.id },
    detail: { document: doc.id, version, effectiveDate, hash, clientTime, receipt: receipt.id },
  };
}
