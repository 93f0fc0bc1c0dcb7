/**
 * `dist/cdn/clinic-elements.js`: defines every element for a plain `<script type="module">` and
 * exports the classes of those it defines up front. The logic without UI (validators, templates,
 * the consent store) is for npm users (`clinic-elements`, `clinic-elements/core.js`); leaving it
 * out keeps this file small.
 */
import { defineOnUse } from './components/shared/define-on-use.js';

export { ClinicProvider } from './components/clinic-provider/define.js';
export { AgeGate } from './components/age-gate/define.js';
export { LegalDocument } from './components/legal-document/define.js';
export { MedicalDisclaimer } from './components/medical-disclaimer/define.js';
export { ProcedureGuide } from './components/procedure-guide/define.js';
export { SensitiveContent } from './components/sensitive-content/define.js';
export { TermsAccept } from './components/terms-accept/define.js';
export { CookieBanner } from './components/cookie-banner/define-eager.js';

defineOnUse({
  'consent-checkbox': () => import('./components/consent-checkbox/define.js'),
  'external-link-notice': () => import('./components/external-link-notice/define.js'),
  'site-notice': () => import('./components/site-notice/define.js'),
});
