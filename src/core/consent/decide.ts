import { randomId } from '../platform/random-id.js';
import type { ConsentStore } from './consent-store.js';
import { globalPrivacyControl } from './gpc.js';
import type { ConsentReceipt } from '../receipts/types.js';
import type { ConsentChoice, ConsentDecision, ConsentMethod } from './consent-types.js';

/**
 * Makes and records a decision: `accept-all`, `reject-all`, or the visitor's own choice per
 * category. With Global Privacy Control on, accepting all still leaves advertising off; an explicit
 * choice of advertising in the preferences is the visitor's own and is recorded with the signal.
 * Part of the decision core (the first script), so the banner's buttons work whatever else fails
 * to load.
 */
export function decide(store: ConsentStore, choice: ConsentChoice, locale: string, method?: ConsentMethod): ConsentDecision {
  const { categories: asked, policyVersion, expiresDays, now } = store.options;
  const gpc = globalPrivacyControl();
  const categories = Object.fromEntries(
    asked.map((category) => {
      if (category === 'necessary') return [category, true];
      if (choice === 'accept-all') return [category, !(gpc && category === 'advertising')];
      if (choice === 'reject-all') return [category, false];
      return [category, choice[category] === true];
    }),
  );
  const time = now();
  const decision: ConsentDecision = {
    categories,
    version: policyVersion,
    decidedAt: time,
    expiresAt: time + expiresDays * 86_400_000,
    method: method ?? (typeof choice === 'string' ? choice : 'custom'),
    gpc,
    receipt: randomId(),
  };
  const receipt: ConsentReceipt = {
    id: decision.receipt,
    type: 'consent',
    categories,
    policyVersion,
    method: decision.method,
    gpc,
    locale,
    clientTime: new Date(time).toISOString(),
  };
  store.record(decision, receipt);
  return decision;
}
