import type { LegalDocument } from './model.js';
import { fillPlaceholders } from './placeholders.js';
import type { ClinicSettings } from './clinic.js';
import type { ClinicStorage } from '../platform/storage.js';
import { randomId } from '../platform/random-id.js';
import { recordReceipt, type ReceiptTarget } from '../receipts/record.js';
import type { TermsReceipt } from '../receipts/types.js';

export { documentHashes } from './hash.js';

/**
 * Acceptances of Terms: what the visitor's browser keeps of one, how it compares with the text
 * shown now, and the receipt that proves it. Loaded with the Terms (`<terms-accept>`, and
 * `<legal-document>` for what changed since), not up front.
 */

/** The Terms a `<terms-accept>` shows and proves, and where they came from. */
export interface AcceptedTerms {
  doc: LegalDocument;
  /** The URL the text came from (its own `src`, or the `<legal-document>`'s), or null for the built-in Terms. */
  src: string | null;
}

/** What the visitor's browser keeps of an acceptance: which text, never who. */
export interface StoredAcceptance {
  /** The document's `id` and language (acceptances stored before they were kept have neither). */
  document?: string;
  lang?: string;
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

/**
 * The visitor's stored acceptance of `doc`: one of another document, or of its text in another
 * language (a translation is another text), is none.
 */
export function readAcceptance(storage: ClinicStorage, doc: LegalDocument): StoredAcceptance | null {
  const stored = storage.read(acceptanceKey, acceptanceVersion, isAcceptance);
  return stored && (stored.document ?? doc.id) === doc.id && (stored.lang ?? doc.lang) === doc.lang ? stored : null;
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
): { accepted: boolean; changedSections: ChangedSection[] | null; previousVersion: string | null } {
  const accepted = stored !== null && stored.version === version && stored.hash === current.hash;
  if (stored?.version === version && !accepted) {
    console.warn(
      `clinic-elements: <terms-accept> the Terms of version "${version}" are not the text this visitor accepted under that version; they are asked again. Give changed Terms a new version.`,
    );
  }
  if (!stored || accepted) return { accepted, changedSections: null, previousVersion: null };
  return { accepted, changedSections: changedSections(stored, current, doc, clinic), previousVersion: stored.version };
}

/** A section of the Terms shown now whose text is not the one accepted: its id and numbered heading. */
export interface ChangedSection {
  id: string;
  title: string;
}

/** The sections of `doc` (hashed as `current`) whose text differs from the accepted one; a new section counts. */
export function changedSections(stored: StoredAcceptance, current: DocumentHashes, doc: LegalDocument, clinic: Partial<ClinicSettings>): ChangedSection[] {
  return doc.sections
    .filter((section) => stored.sections[section.id] !== current.sections[section.id])
    .map((section) => ({ id: section.id, title: `${section.number ? `${section.number}. ` : ''}${fillPlaceholders(section.heading, clinic)}` }));
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
  writeAcceptance(storage, { document: doc.id, lang: doc.lang, version, hash, sections });
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
