// The part of `clinic-elements/core.js` that the package root re-exports too: every module here is
// imported statically by the elements (or by nothing). Modules an element loads on demand with
// import() are in on-demand.ts instead, so a bundler keeps them in their own chunks.

// platform/: browser storage, first-party and safe URLs, ids
export {
  ClinicStorage,
  storageFor,
  storageKinds,
  type ClinicStorageOptions,
  type StorageBackend,
  type StorageKind,
  type StoredValueCheck,
} from './platform/storage.js';
export { safeHref } from './platform/safe-url.js';
export { firstPartyUrl } from './platform/first-party-url.js';
export { randomId } from './platform/random-id.js';
export { isAllowed, isPlainClick, leavingUrl, openFeatures, parseAllowList, type AllowList } from './platform/external-links.js';

// i18n/: the visitor's language and the elements' UI strings
export { matchLocale, resolveLocale, supportedLocales, type Locale } from './i18n/locale.js';
export { addUiStrings, defineMessages, translate, type Messages } from './i18n/messages.js';

// documents/: the content model, its validation, templates, placeholders, hashes and sources
export type * from './documents/model.js';
export { formatProblem, type ContentProblem } from './documents/problems.js';
export { fillPlaceholders, unknownPlaceholders } from './documents/placeholders.js';
export { clinicAttribute, clinicKeys, demoClinic, type ClinicKey, type ClinicSettings } from './documents/clinic.js';
export { h, toDom, toHtml, type TreeElement, type TreeNode } from './documents/tree.js';
export { documentSectionsTree, guideSectionsTree, type GuideTemplateOptions } from './documents/template.js';
export { canonicalText, documentHashes, sha256 } from './documents/hash.js';
export { builtInDocuments, builtInGuideNames, builtInNamesOf, type BuiltInGuideName, type BuiltInLegalName } from './documents/built-in.js';
export { fetchDocument, loadGuideFromUrl, type DocumentLoadResult, type FetchError, type GuideLoadError, type GuideLoadResult } from './documents/fetch.js';

// calendar/: dates, the recovery timeline's facts and its .ics file, birth dates
export { addDays, ageOn, compareDates, parseCalendarDate, today, toUtcDate, type CalendarDate } from './calendar/dates.js';
export { datedMilestones, sortMilestones, type DatedMilestone } from './calendar/recovery.js';
export { birthFieldOrder, checkBirthDate, type BirthDateCheck, type BirthField } from './calendar/birth-date.js';

// consent/: the consent engine (deny by default, versioned, expiring, cross-tab)
export { ConsentStore, globalPrivacyControl, type ConsentStoreOptions } from './consent/consent-store.js';
export { decide } from './consent/decide.js';
export { defaultCategories, type ConsentChangeDetail, type ConsentChoice, type ConsentDecision } from './consent/consent-types.js';
export { startConsent, type ClinicConsentGlobal, type ConsentConfig, type ConsentHost } from './consent/decision-core.js';
export { release, releaseGated, watchGated } from './consent/script-gate.js';
export { allowedHere, consentNames, type ConsentCategory, type ConsentService } from './consent/services.js';
export {
  builtInStatementVersion,
  foldText,
  releaseChoices,
  releaseGiven,
  releaseMedia,
  releasePlaces,
  separateConsentReceipt,
  separatePurposes,
  statementHash,
  type ReleaseChoice,
  type SeparateConsentChange,
  type SeparatePurpose,
} from './consent/separate-consent.js';

// notices/: the site notice's dismissal and dates
export { isDismissed, isExpired, noticeKinds, rememberDismissal, untilDate, type NoticeKind } from './notices/site-notice-state.js';

// receipts/: what the record endpoint receives, and the outbox that delivers it
export type { AgeCheckReceipt, ConsentMethod, ConsentReceipt, OutboxRecord, Receipt, SeparateConsentReceipt, TermsReceipt } from './receipts/types.js';
export { recordReceipt, resumeDelivery, type ReceiptTarget } from './receipts/record.js';
