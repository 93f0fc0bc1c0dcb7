/**
 * The receipts an endpoint receives: this file is the contract of `record-endpoint`. Every receipt
 * is JSON with a unique `id` (the idempotency key) and a `type`; none carries anything that
 * identifies the visitor (no name, email, date of birth, IP address or fingerprint), and times are
 * the visitor's clock, so the endpoint stamps its own.
 */

/** Any record sent to the clinic's endpoint: it must carry a unique id (the idempotency key). */
export interface OutboxRecord {
  id: string;
  type: string;
}

/** How a consent decision was made. `gpc`: the browser's Global Privacy Control signal withdrew advertising. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** Proof of one consent decision (`<cookie-banner>`). */
export interface ConsentReceipt extends OutboxRecord {
  /** Random UUID; the endpoint uses it as an idempotency key. */
  id: string;
  type: 'consent';
  /** The same in every decision of this browser: what the visitor sees as "Your consent ID". */
  consentId: string;
  categories: Record<string, boolean>;
  /** Each declared service's own switch. */
  services: Record<string, boolean>;
  /** Whether the page was a sensitive page, where analytics and advertising stay held back whatever was granted. */
  sensitivePage: boolean;
  /**
   * SHA-256 (hex) of each text the visitor was shown on this page before deciding, by layer
   * (`banner`, `preferences`, `placeholder`): its visible words, white space folded, Unicode NFC.
   * `clinicConsent.shownTexts()` returns those texts.
   */
  shown?: Record<string, string>;
  policyVersion: string;
  method: ConsentMethod;
  gpc: boolean;
  locale: string;
  /** ISO 8601 time on the visitor's clock; the endpoint stamps its own time. */
  clientTime: string;
}

/** Proof of an age check (`<age-gate>`). Never the date of birth. */
export interface AgeCheckReceipt extends OutboxRecord {
  type: 'age-check';
  result: 'passed' | 'denied';
  method: 'birthdate' | 'confirm';
  minAge: number;
  policyVersion: string;
  clientTime: string;
}

/** Proof of an acceptance of the Terms (`<terms-accept>`): which text, by its hash and each section's. */
export interface TermsReceipt extends OutboxRecord {
  type: 'terms';
  result: 'accepted';
  /** The document's `id`. */
  document: string;
  /** The URL the text came from, or null for the built-in Terms. */
  src: string | null;
  version: string;
  effectiveDate: string | null;
  hash: string;
  sections: Record<string, string>;
  clientTime: string;
}

/**
 * Proof of one change of a separate consent (`<consent-checkbox>`): email marketing, text
 * messages, a photo release, consumer health data, or the clinic's own. Every tick and untick is
 * one receipt; the statement is named by its version and the hash of its words as shown.
 */
export interface SeparateConsentReceipt extends OutboxRecord {
  type: 'separate-consent';
  purpose: 'email-marketing' | 'sms' | 'photo-release' | 'health-data' | 'custom';
  /** The form field's name: tells a clinic's custom consents apart. */
  field: string;
  choice: 'given' | 'withdrawn';
  /** For a photo release, what it covers (`photos`, `video`, `website`, `social-media`, `print`); otherwise empty. */
  covers: string[];
  version: string;
  /** SHA-256 (hex) of the statement's words as shown (white space folded, Unicode NFC). */
  hash: string;
  locale: string;
  clientTime: string;
}

/** Every receipt the elements send. */
export type Receipt = ConsentReceipt | AgeCheckReceipt | TermsReceipt | SeparateConsentReceipt;
