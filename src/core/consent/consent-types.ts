import type { ConsentMethod } from '../receipts/types.js';

export type { ConsentMethod, ConsentReceipt } from '../receipts/types.js';

/** What a visitor chose: everything, nothing, or a switch per category and per service (`service:<name>`). */
export type ConsentChoice = 'accept-all' | 'reject-all' | Record<string, boolean>;

/** The privacy policy's kinds of use. `necessary` is always on; the others start off. */
export const defaultCategories = ['necessary', 'preferences', 'analytics', 'advertising'] as const;

/** A visitor's decision as stored. Times are milliseconds since the epoch (client clock). */
export interface ConsentDecision {
  /** Category id → granted. `necessary` is always true. */
  categories: Record<string, boolean>;
  /** Declared service name → granted (its own switch). */
  services?: Record<string, boolean>;
  /** Stays the same across this browser's decisions: the visitor quotes it for support and data-subject requests. */
  consentId?: string;
  /** Policy revision the decision was made for (`policy-version`). */
  version: string;
  decidedAt: number;
  expiresAt: number;
  method: ConsentMethod;
  /** Whether Global Privacy Control was on when the decision was made. */
  gpc: boolean;
  /** Id of the receipt that records this decision. */
  receipt: string;
}

/** Detail of `consent-change`. */
export interface ConsentChangeDetail {
  categories: Record<string, boolean>;
  services: Record<string, boolean>;
  method: ConsentMethod;
  version: string;
}
