import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { demoClinic } from '../src/core/documents/clinic.js';

/**
 * Wraps a story in a `<clinic-provider>` for the demo clinic of the source documents (the same
 * settings as `demoClinic` and the demo page), so `{clinic.*}` placeholders read as on a real site.
 */
export function inDemoClinic(
  content: TemplateResult,
  { namespace, termsHref, privacyHref }: { namespace?: string; termsHref?: string; privacyHref?: string } = {},
) {
  return html`
    <clinic-provider
      clinic-name=${demoClinic.name}
      legal-name=${demoClinic.legalName}
      website=${demoClinic.website}
      city=${demoClinic.city}
      jurisdiction=${demoClinic.jurisdiction}
      state=${demoClinic.state}
      country=${demoClinic.country}
      storage-namespace=${ifDefined(namespace)}
      terms-href=${ifDefined(termsHref)}
      privacy-href=${ifDefined(privacyHref)}
    >
      ${content}
    </clinic-provider>
  `;
}
