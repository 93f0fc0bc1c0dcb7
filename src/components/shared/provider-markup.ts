import { firstPartyUrl } from '../../core/platform/first-party-url.js';
import type { ClinicContext } from './clinic-settings.js';

/*
 * The provider's rules for where values are kept and receipts go: all the cookie banner's decision
 * core needs. It may start before any provider's script has run, so it reads the provider's markup
 * by these rules; the provider itself builds its context with the same ones (provider-settings.ts).
 */

export type AttributeReader = (name: string) => string | null | undefined;

export const isStorageNamespace = (value: string | null | undefined): value is string => /^[\w-]{1,40}$/.test(value ?? '');

export type StorageSettings = Pick<ClinicContext, 'storageNamespace' | 'recordEndpoint'>;

/** Where values are kept and receipts go. */
export function storageSettings(attribute: AttributeReader): StorageSettings {
  const namespace = attribute('storage-namespace');
  return { storageNamespace: isStorageNamespace(namespace) ? namespace : 'clinic', recordEndpoint: firstPartyUrl(attribute('record-endpoint')) };
}

/** The attributes of the `<clinic-provider>` around `element` (none outside one), whether or not it is defined. */
export function providerMarkup(element: Element): AttributeReader {
  return (name) => element.closest('clinic-provider')?.getAttribute(name);
}
