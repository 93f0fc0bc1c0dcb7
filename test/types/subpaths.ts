// Every "exports" subpath a consumer imports, with its types.
import { AgeGate } from 'clinic-elements/age-gate.js';
import { ClinicProvider } from 'clinic-elements/clinic-provider.js';
import { ConsentCheckbox } from 'clinic-elements/consent-checkbox.js';
import type { CookieBanner } from 'clinic-elements/cookie-banner.js';
import { ExternalLinkNotice } from 'clinic-elements/external-link-notice.js';
import { LegalDocument } from 'clinic-elements/legal-document.js';
import { MedicalDisclaimer } from 'clinic-elements/medical-disclaimer.js';
import { ProcedureGuide } from 'clinic-elements/procedure-guide.js';
import { SensitiveContent } from 'clinic-elements/sensitive-content.js';
import { SiteNotice } from 'clinic-elements/site-notice.js';
import { TermsAccept } from 'clinic-elements/terms-accept.js';
import { ClinicStorage, fillPlaceholders, validateDocument, formatProblem, type ConsentDecision } from 'clinic-elements/core.js';
import { builtInDocumentNames, loadBuiltInDocument, type BuiltInDocumentName } from 'clinic-elements/content.js';
import type { CookieBannerProps, TermsAcceptProps } from 'clinic-elements/react';
import manifest from 'clinic-elements/custom-elements.json' with { type: 'json' };
import vscodeData from 'clinic-elements/vscode.html-custom-data.json' with { type: 'json' };
import pkg from 'clinic-elements/package.json' with { type: 'json' };
import { expectType, type Equal } from './assert.js';

// Each element entry exports the same class the tag maps to.
expectType<Equal<HTMLElementTagNameMap['age-gate'], AgeGate>>();
expectType<Equal<HTMLElementTagNameMap['clinic-provider'], ClinicProvider>>();
expectType<Equal<HTMLElementTagNameMap['cookie-banner'], CookieBanner>>();
expectType<Equal<HTMLElementTagNameMap['legal-document'], LegalDocument>>();
expectType<Equal<HTMLElementTagNameMap['medical-disclaimer'], MedicalDisclaimer>>();
expectType<Equal<HTMLElementTagNameMap['procedure-guide'], ProcedureGuide>>();
expectType<Equal<HTMLElementTagNameMap['sensitive-content'], SensitiveContent>>();
expectType<Equal<HTMLElementTagNameMap['terms-accept'], TermsAccept>>();
expectType<Equal<HTMLElementTagNameMap['consent-checkbox'], ConsentCheckbox>>();
expectType<Equal<HTMLElementTagNameMap['external-link-notice'], ExternalLinkNotice>>();
expectType<Equal<HTMLElementTagNameMap['site-notice'], SiteNotice>>();

// core.js: logic without UI.
const storage = new ClinicStorage({ kind: 'memory', namespace: 'types' });
const result = validateDocument({ kind: 'procedure-guide' });
const messages: string[] = result.problems.map(formatProblem);
const filled: string = fillPlaceholders('{clinic.name}', { name: 'Miller Plastic Surgery' });
let decision: ConsentDecision | null = null;

// content.js: built-in documents, loaded by name.
const names: BuiltInDocumentName[] = builtInDocumentNames;
const necklift = loadBuiltInDocument('necklift');
expectType<Equal<Awaited<typeof necklift>['kind'], 'procedure-guide'>>();
// @ts-expect-error no built-in document of that name
void loadBuiltInDocument('browlift');

// react: the props interfaces are exported for wrappers.
expectType<Equal<NonNullable<TermsAcceptProps['checked']>, boolean>>();
const onConsent: CookieBannerProps['onconsent-change'] = (event) => void event.detail.categories;

// JSON exports.
const schema: string = manifest.schemaVersion;
expectType<Equal<typeof vscodeData.version, number>>();
const tagNames: string[] = vscodeData.tags.map((tag) => tag.name);
const name: string = pkg.name;

export { storage, messages, filled, decision, names, onConsent, schema, tagNames, name };
