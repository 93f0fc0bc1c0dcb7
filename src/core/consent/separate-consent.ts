import { randomId } from '../platform/random-id.js';
import { sha256 } from '../platform/sha256.js';
import type { SeparateConsentReceipt } from '../receipts/types.js';

/**
 * The consents the Terms and the health-data laws ask for apart from accepting the Terms: each is
 * its own unticked choice (`<consent-checkbox purpose>`), proven by the version and hash of the
 * statement the visitor saw.
 */
export const separatePurposes = ['email-marketing', 'sms', 'photo-release', 'health-data', 'custom'] as const;
export type SeparatePurpose = (typeof separatePurposes)[number];

/** Marketing may never be a condition of a form: `required` is ignored for these. */
export const optionalOnly: readonly SeparatePurpose[] = ['email-marketing', 'sms'];

/** What a photo release can cover: the media, and where they may be shown. */
export const releaseMedia = ['photos', 'video'] as const;
export const releasePlaces = ['website', 'social-media', 'print'] as const;
export type ReleaseChoice = (typeof releaseMedia)[number] | (typeof releasePlaces)[number];
export const releaseChoices: readonly ReleaseChoice[] = [...releaseMedia, ...releasePlaces];

/** The uses a release offers from a `uses` list (all of them when it names none it knows), and the names it did not know. */
export function offeredUses(uses: string): { offered: ReleaseChoice[]; unknown: string[] } {
  const asked = uses.split(/\s+/).filter(Boolean);
  const unknown = asked.filter((use) => !(releaseChoices as readonly string[]).includes(use));
  const offered = releaseChoices.filter((use) => asked.includes(use));
  return { offered: offered.length ? offered : [...releaseChoices], unknown };
}

/** A release means something only with a medium and a place: "photos" alone allows nothing. */
export const releaseGiven = (covers: readonly string[]): boolean =>
  covers.some((choice) => (releaseMedia as readonly string[]).includes(choice)) &&
  covers.some((choice) => (releasePlaces as readonly string[]).includes(choice));

/** The version a built-in statement goes by; a clinic's own statement gives its own `version`. */
export const builtInStatementVersion = 'built-in-1';

/** The words as they are hashed: white space folded, Unicode NFC (as every proof of shown text). */
export const foldText = (text: string): string => text.replace(/\s+/g, ' ').trim().normalize('NFC');

/** SHA-256 of the statement as shown (its folded words), 64 hex digits. */
export const statementHash = (shown: string): Promise<string> => sha256(foldText(shown));

export interface SeparateConsentChange {
  purpose: SeparatePurpose;
  field: string;
  given: boolean;
  covers: readonly string[];
  version: string;
  hash: string;
  locale: string;
}

/** The receipt of one change of a separate consent: what was chosen, of which statement; nothing about the person. */
export function separateConsentReceipt(change: SeparateConsentChange, now = new Date()): SeparateConsentReceipt {
  return {
    id: randomId(),
    type: 'separate-consent',
    purpose: change.purpose,
    field: change.field,
    choice: change.given ? 'given' : 'withdrawn',
    covers: [...change.covers],
    version: change.version,
    hash: change.hash,
    locale: change.locale,
    clientTime: now.toISOString(),
  };
}
