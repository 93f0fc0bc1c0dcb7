import type { LegalDocument } from '../../core/documents/model.js';
import { fillPlaceholders } from '../../core/documents/placeholders.js';
import type { ClinicSettings } from '../../core/documents/clinic.js';
import type { ClinicStorage } from '../../core/platform/storage.js';

/** What the visitor's browser keeps of an acceptance: which text, never who. */
export interface StoredAcceptance {
  version: string;
  hash: string;
  sections: Record<string, string>;
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
  if (!stored || accepted) return { accepted, changedSections: null, previousVersion: null };
  const changedSections = doc.sections
    .filter((section) => stored.sections[section.id] !== current.sections[section.id])
    .map((section) => `${section.number ? `${section.number}. ` : ''}${fillPlaceholders(section.heading, clinic)}`);
  return { accepted, changedSections, previousVersion: stored.version };
}
