/** How a decision was made. `gpc`: the browser's Global Privacy Control signal withdrew advertising. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom' | 'gpc';

/** The privacy policy's kinds of use. `necessary` is always on; the others start off. */
export const defaultCategories = ['necessary', 'preferences', 'analytics', 'advertising'] as const;

/** A visitor's decision as stored. Times are milliseconds since the epoch (client clock). */
export interface ConsentDecision {
  /** Category id → granted. `necessary` is always true. */
  categories: Record<string, boolean>;
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

/** Proof of one decision, sent to the clinic's own endpoint. Nothing in it identifies the visitor. */
export interface ConsentReceipt {
  /** Random UUID; the endpoint uses it as an idempotency key. */
  id: string;
  type: 'consent';
  categories: Record<string, boolean>;
  policyVersion: string;
  method: ConsentMethod;
  gpc: boolean;
  locale: string;
  /** ISO 8601 time on the visitor's clock; the endpoint stamps its own time. */
  clientTime: string;
}

/** Detail of `consent-change`. */
export interface ConsentChangeDetail {
  categories: Record<string, boolean>;
  method: ConsentMethod;
  version: string;
}
