import type { ClinicSettings } from '../../core/documents/clinic.js';

/** What `<clinic-provider>` gives every element inside it. */
export interface ClinicContext {
  clinic: Partial<ClinicSettings>;
  /** Prefix for stored values, so two sites (or two widget families) on one origin stay apart. */
  storageNamespace: string;
  /** First-party URL that receives consent and acceptance receipts, or `null` for none. */
  recordEndpoint: string | null;
  /** Address of the clinic's Terms of Use page, linked from disclaimers and acceptance forms. */
  termsHref: string | null;
  /** Address of the clinic's Privacy Policy page, linked from the cookie banner. */
  privacyHref: string | null;
}

/** Page defaults for an element outside any provider. */
export const defaultClinicContext: ClinicContext = {
  clinic: {},
  storageNamespace: 'clinic',
  recordEndpoint: null,
  termsHref: null,
  privacyHref: null,
};

/**
 * The context key. A string (not a Symbol) lets two copies of the library on one page, or an
 * element without Lit, still find the provider.
 */
export const clinicContextKey = 'clinic-elements:clinic';
