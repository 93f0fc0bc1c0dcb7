// Providers first: a context consumer defined before its provider never receives the value.
export { ClinicProvider } from './components/clinic-provider/define.js';
export { AgeGate } from './components/age-gate/define.js';
export { ageGateModes, ageGateScopes, type AgeCheckDetail, type AgeGateMode, type AgeGateScope } from './components/age-gate/age-gate.js';
export { LegalDocument } from './components/legal-document/define.js';
export type { DocumentChangeDetail } from './components/legal-document/legal-document.js';
export { MedicalDisclaimer } from './components/medical-disclaimer/define.js';
export { disclaimerVariants, type DisclaimerVariant } from './components/medical-disclaimer/medical-disclaimer.js';
export { ProcedureGuide } from './components/procedure-guide/define.js';
export { SensitiveContent } from './components/sensitive-content/define.js';
export { TermsAccept } from './components/terms-accept/define.js';
export type { TermsAcceptedDetail } from './components/terms-accept/terms-accept.js';
export type { SensitivePreferenceDetail } from './components/sensitive-content/sensitive-content.js';
export { guideLayouts, type SectionChangeDetail } from './components/procedure-guide/procedure-guide.js';
export type { GuideLayout } from './components/procedure-guide/guide-sections.js';
export { CookieBanner } from './components/cookie-banner/define-eager.js';
export { ConsentCheckbox } from './components/consent-checkbox/define.js';
export type { SeparateConsentDetail } from './components/consent-checkbox/consent-checkbox.js';
export { ExternalLinkNotice } from './components/external-link-notice/define.js';
export { linkNoticeScopes, type ExternalLinkDetail, type LinkNoticeScope } from './components/external-link-notice/external-link-notice.js';
export { SiteNotice } from './components/site-notice/define.js';
export { noticeDocuments, type NoticeDismissDetail, type NoticeDocument } from './components/site-notice/site-notice.js';
export { bannerLayouts, type BannerLayout, type CategoryText } from './components/cookie-banner/cookie-banner.js';
export { readConsentConfig } from './components/cookie-banner/consent-config.js';
// The Lit support the elements share.
export { defineOnce } from './components/shared/define-once.js';
export { attachContextRoot } from './components/shared/context-root.js';
export { clinicContext, defaultClinicContext, type ClinicContext } from './components/shared/clinic-context.js';
export { LocaleController } from './components/shared/locale-controller.js';
export { themeStyles, themes, type Theme } from './components/shared/theme.js';
// The core, less the modules the elements load on demand (their values are in `clinic-elements/core.js`):
// re-exporting those here would put them in every app's main chunk.
export * from './core/eager.js';
export type * from './core/on-demand.js';
export { builtInDocumentNames, isBuiltInDocumentName, loadBuiltInDocument, loadBuiltInGuide, type BuiltInDocumentName } from './content/index.js';
