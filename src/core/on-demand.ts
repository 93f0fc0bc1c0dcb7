// The modules an element or the engine loads on demand (import()): validation of fetched
// documents, the guide's JSON-LD, the timeline's calendar file, the cookie audit, revocation,
// Consent Mode and the receipts outbox. `clinic-elements/core.js` exports them; the package root
// exports only their types, since a static re-export would pull them into an app's main chunk.
export { validateDocument, type ValidationResult } from './documents/validate.js';
export { guideStructuredData, structuredDataJson } from './documents/structured-data.js';
export { recoveryIcs, type IcsOptions, type IcsWords } from './calendar/ics.js';
export { auditPage, type AuditRow } from './consent/audit.js';
export { deleteCookies, revoke } from './consent/revoke.js';
export { pushConsentDefault, pushConsentUpdate } from './consent/consent-mode.js';
export { ReceiptOutbox, maxQueued, maxTries, outboxFor, type FailedReceipt, type OutboxOptions, type ReceiptFailedDetail } from './receipts/outbox.js';
