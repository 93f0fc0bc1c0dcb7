/**
 * A site's vendors, declared by the clinic: each service belongs to one category and has its own
 * switch. `data-consent` names a category (`analytics`) or a service (`service:youtube`).
 */
export interface ConsentService {
  /** Lower-case id, as in `data-consent="service:<name>"`. */
  name: string;
  category: string;
  label: string;
  vendor: string;
  purpose: string;
  privacyHref: string | null;
  /** First-party cookies it sets, deleted when it is withdrawn. */
  cookies: string[];
  /** Released on a sensitive page too (analytics and advertising services are not, by default). */
  allowedOnSensitive: boolean;
  /** Sells or shares personal data in the sense of US state laws: off under Global Privacy Control. */
  saleOrShare: boolean;
  /** Reads Google Consent Mode, so `consent-mode="advanced"` may load it before consent (never on a sensitive page). */
  readsConsentMode: boolean;
}

/** A category a clinic adds beyond the built-in ones, with its texts per language (`en` at least). */
export interface ConsentCategory {
  name: string;
  label: Record<string, string>;
  description: Record<string, string>;
  /** What it lets the site do, for the first layer's sentence ("offer a live chat"). */
  purpose: Record<string, string>;
}

/** Categories whose services a sensitive page holds back unless a service is declared `allowed-on-sensitive`. */
export const trackingCategories = ['analytics', 'advertising'];

export const servicePrefix = 'service:';

/** The names in a `data-consent` value: categories and `service:<name>`. */
export function consentNames(value: string | null): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * What the page may do with a consent name, given what the visitor granted: on a sensitive page,
 * analytics and advertising stay off whatever was granted, except services allowed there.
 */
export function allowedHere(name: string, granted: boolean, service: ConsentService | undefined, sensitivePage: boolean): boolean {
  if (!granted || !sensitivePage) return granted;
  const category = name.startsWith(servicePrefix) ? service?.category : name;
  return !trackingCategories.includes(category ?? '') || service?.allowedOnSensitive === true;
}
