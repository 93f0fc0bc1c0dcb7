import { clinicAttribute, clinicKeys, type ClinicSettings } from '../../core/documents/clinic.js';
import { safeHref } from '../../core/platform/safe-url.js';
import type { ClinicContext } from './clinic-settings.js';
import { storageSettings, type AttributeReader } from './provider-markup.js';

/**
 * The provider's rules, in one place: what a `<clinic-provider>` with these attribute values gives
 * the elements inside it (values that cannot be used are left out; the provider warns about them).
 */
export function providerSettings(attribute: AttributeReader): ClinicContext {
  const clinic: Partial<ClinicSettings> = {};
  for (const key of clinicKeys) {
    const value = attribute(clinicAttribute(key));
    if (value?.trim()) clinic[key] = value;
  }
  return { clinic, ...storageSettings(attribute), termsHref: safeHref(attribute('terms-href')), privacyHref: safeHref(attribute('privacy-href')) };
}
