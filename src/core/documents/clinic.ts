/** Who the clinic is: fills `{clinic.*}` placeholders in every document. */
export interface ClinicSettings {
  /** Name used in running text ("Miller Plastic Surgery"). */
  name: string;
  /** Legal entity ("MPS, MD, PA"). */
  legalName: string;
  /** Public web address without scheme ("www.millerplasticsurgery.com"). */
  website: string;
  /** City the site is operated from ("Miami"). */
  city: string;
  /** Venue for disputes ("Miami Dade County, Florida"). */
  jurisdiction: string;
  /** State or region whose law governs ("Florida"). */
  state: string;
  /** Country the site is operated from ("United States of America"). */
  country: string;
}

export type ClinicKey = keyof ClinicSettings;

export const clinicKeys: readonly ClinicKey[] = ['name', 'legalName', 'website', 'city', 'jurisdiction', 'state', 'country'];

/** The clinic of the seed documents: the demo clinic, and an example of every setting. */
export const demoClinic: ClinicSettings = {
  name: 'Miller Plastic Surgery',
  legalName: 'MPS, MD, PA',
  website: 'www.millerplasticsurgery.com',
  city: 'Miami',
  jurisdiction: 'Miami Dade County, Florida',
  state: 'Florida',
  country: 'United States of America',
};

/**
 * The name a clinic setting goes by on `<clinic-provider>` and on the command line:
 * `name` is `clinic-name`, `legalName` is `legal-name`, `city` is `city`.
 */
export function clinicAttribute(key: ClinicKey): string {
  return key === 'name' ? 'clinic-name' : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
