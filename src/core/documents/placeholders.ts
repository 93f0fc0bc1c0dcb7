import { clinicKeys, type ClinicKey, type ClinicSettings } from './clinic.js';

/** `{clinic.name}` or `{clinic.name|upper}`. */
const placeholderPattern = /\{clinic\.([A-Za-z]+)(\|upper)?\}/g;

/** Every placeholder in `text` whose key is not a {@link ClinicKey}. */
export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(placeholderPattern)].filter(([, key]) => !clinicKeys.includes(key as ClinicKey)).map(([whole]) => whole);
}

/**
 * Replaces `{clinic.*}` placeholders with the clinic's settings. A setting the page did not give
 * is shown as a readable bracketed label (`[clinic name]`) rather than raw braces, and reported
 * once through `onMissing` so the agency knows what to set on `<clinic-provider>`.
 */
export function fillPlaceholders(text: string, clinic: Partial<ClinicSettings>, onMissing: (key: string) => void = () => {}): string {
  return text.replace(placeholderPattern, (whole, key: string, upper?: string) => {
    const value = clinicKeys.includes(key as ClinicKey) ? clinic[key as ClinicKey]?.trim() : undefined;
    if (!value) {
      onMissing(key);
      return clinicKeys.includes(key as ClinicKey) ? `[clinic ${labelOf(key)}]` : whole;
    }
    return upper ? value.toUpperCase() : value;
  });
}

function labelOf(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}
