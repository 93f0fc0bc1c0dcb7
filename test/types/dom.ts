// What a DOM user gets from `import 'clinic-elements'`: HTMLElementTagNameMap and event map entries,
// element properties with their union types, and the event details.
import 'clinic-elements';
import {
  AgeGate,
  ClinicProvider,
  ConsentCheckbox,
  CookieBanner,
  ExternalLinkNotice,
  LegalDocument,
  MedicalDisclaimer,
  ProcedureGuide,
  SensitiveContent,
  SiteNotice,
  TermsAccept,
  type AgeCheckDetail,
  type ConsentChangeDetail,
  type DocumentChangeDetail,
  type ExternalLinkDetail,
  type NoticeDismissDetail,
  type SectionChangeDetail,
  type SensitivePreferenceDetail,
  type SeparateConsentDetail,
  type TermsAcceptedDetail,
} from 'clinic-elements';
import { expectType, type Equal } from './assert.js';

// Every tag maps to its class, for createElement and querySelector.
const banner = document.createElement('cookie-banner');
expectType<Equal<typeof banner, CookieBanner>>();
expectType<Equal<HTMLElementTagNameMap['age-gate'], AgeGate>>();
expectType<Equal<HTMLElementTagNameMap['clinic-provider'], ClinicProvider>>();
expectType<Equal<HTMLElementTagNameMap['legal-document'], LegalDocument>>();
expectType<Equal<HTMLElementTagNameMap['medical-disclaimer'], MedicalDisclaimer>>();
expectType<Equal<HTMLElementTagNameMap['procedure-guide'], ProcedureGuide>>();
expectType<Equal<HTMLElementTagNameMap['sensitive-content'], SensitiveContent>>();
expectType<Equal<HTMLElementTagNameMap['terms-accept'], TermsAccept>>();
expectType<Equal<HTMLElementTagNameMap['consent-checkbox'], ConsentCheckbox>>();
expectType<Equal<HTMLElementTagNameMap['external-link-notice'], ExternalLinkNotice>>();
expectType<Equal<HTMLElementTagNameMap['site-notice'], SiteNotice>>();
const found = document.querySelector('procedure-guide');
expectType<Equal<typeof found, ProcedureGuide | null>>();

// Properties.
const terms = document.querySelector('terms-accept')!;
const ticked: boolean = terms.checked;
// @ts-expect-error `checked` is a boolean, not text
const tickedText: string = terms.checked;
expectType<Equal<typeof terms.mode, 'checkbox' | 'gate'>>();
expectType<Equal<typeof terms.form, HTMLFormElement | null>>();
// @ts-expect-error `form` is read-only
terms.form = null;

const disclaimer = document.createElement('medical-disclaimer');
disclaimer.variant = 'banner';
// @ts-expect-error not a disclaimer variant
disclaimer.variant = 'popup';
disclaimer.theme = 'dark';
disclaimer.theme = undefined;
// @ts-expect-error not a theme
disclaimer.theme = 'sepia';

const gate = document.createElement('age-gate');
gate.minAge = 21;
gate.mode = 'confirm';
// @ts-expect-error `minAge` is a number
gate.minAge = '21';
// @ts-expect-error not an age-gate mode
gate.mode = 'birthday';

const guide = document.querySelector('procedure-guide')!;
guide.layout = 'steps';
// @ts-expect-error not a guide layout
guide.layout = 'carousel';
const moved: Promise<void> = guide.goTo('risks');

const decision = banner.store?.decision;
const analytics: boolean | undefined = banner.store?.granted('analytics');
banner.categoryText = { analytics: { label: 'Statistics' } };
// @ts-expect-error `store` is read-only
banner.store = null;

// Events: typed details on the element and on document.
banner.addEventListener('consent-change', (event) => {
  expectType<Equal<typeof event.detail, ConsentChangeDetail>>();
  const method: 'accept-all' | 'reject-all' | 'custom' | 'gpc' = event.detail.method;
});
document.addEventListener('consent-change', (event) => expectType<Equal<typeof event.detail, ConsentChangeDetail>>());
document.addEventListener('sensitive-content-preference', (event) => expectType<Equal<typeof event.detail, SensitivePreferenceDetail>>());
gate.addEventListener('age-verified', (event) => expectType<Equal<typeof event.detail, AgeCheckDetail>>());
gate.addEventListener('age-denied', (event) => expectType<Equal<typeof event.detail, AgeCheckDetail>>());
guide.addEventListener('section-change', (event) => {
  expectType<Equal<typeof event.detail, SectionChangeDetail>>();
  // @ts-expect-error the detail has no `title`
  void event.detail.title;
});
guide.addEventListener('cta-click', (event) => expectType<Equal<typeof event.detail.section, string | null>>());
terms.addEventListener('terms-accepted', (event) => expectType<Equal<typeof event.detail, TermsAcceptedDetail>>());
document.createElement('legal-document').addEventListener('document-change', (event) => expectType<Equal<typeof event.detail, DocumentChangeDetail>>());

const consent = document.createElement('consent-checkbox');
consent.purpose = 'health-data';
// @ts-expect-error not a separate-consent purpose
consent.purpose = 'newsletter';
expectType<Equal<typeof consent.form, HTMLFormElement | null>>();
const proof: Promise<string> = consent.statementHash;
consent.addEventListener('consent-given', (event) => {
  expectType<Equal<typeof event.detail, SeparateConsentDetail>>();
  const choice: 'given' | 'withdrawn' = event.detail.choice;
});
consent.addEventListener('consent-withdrawn', (event) => expectType<Equal<typeof event.detail.purpose, ConsentCheckbox['purpose']>>());

const links = document.createElement('external-link-notice');
links.scope = 'page';
// @ts-expect-error not a link-notice scope
links.scope = 'site';
links.addEventListener('external-link', (event) => expectType<Equal<typeof event.detail, ExternalLinkDetail>>());

const notice = document.createElement('site-notice');
notice.kind = 'security';
// @ts-expect-error not a notice kind
notice.kind = 'breach';
notice.addEventListener('notice-dismiss', (event) => expectType<Equal<typeof event.detail, NoticeDismissDetail>>());

export { proof, ticked, tickedText, moved, decision, analytics };
