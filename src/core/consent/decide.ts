import { randomId } from '../platform/random-id.js';
import type { ConsentStore } from './consent-store.js';
import { globalPrivacyControl } from './gpc.js';
import type { ConsentReceipt } from '../receipts/types.js';
import type { ConsentChoice, ConsentDecision, ConsentMethod } from './consent-types.js';
import { servicePrefix } from './services.js';

/**
 * Makes and records a decision: `accept-all`, `reject-all`, or the visitor's own choice per
 * category and service. With Global Privacy Control on, accepting all still leaves advertising and
 * the services that sell or share data off; an explicit choice of them in the preferences is the
 * visitor's own and is recorded with the signal. A service not in a custom choice follows its category.
 * Part of the decision core (the first script), so the banner's buttons work whatever else fails
 * to load.
 */
export function decide(store: ConsentStore, choice: ConsentChoice, locale: string, method?: ConsentMethod): ConsentDecision {
  const { categories: asked, policyVersion, expiresDays, now, services: declared } = store.options;
  const gpc = globalPrivacyControl();
  const categories = Object.fromEntries(
    asked.map((category) => {
      if (category === 'necessary') return [category, true];
      if (choice === 'accept-all') return [category, !(gpc && category === 'advertising')];
      if (choice === 'reject-all') return [category, false];
      return [category, choice[category] === true];
    }),
  );
  const services = Object.fromEntries(
    declared.map(({ name, category, saleOrShare }) => {
      if (category === 'necessary') return [name, true];
      if (choice === 'accept-all') return [name, categories[category] && !(gpc && saleOrShare)];
      return [name, (typeof choice === 'string' ? false : choice[servicePrefix + name]) ?? categories[category] === true];
    }),
  );
  const time = now();
  const consentId = store.consentId ?? randomId();
  const decision: ConsentDecision = {
    categories,
    services,
    consentId,
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
    consentId,
    categories,
    services,
    sensitivePage: store.options.sensitivePage,
    policyVersion,
    method: decision.method,
    gpc,
    locale,
    clientTime: new Date(time).toISOString(),
  };
  store.record(decision, receipt);
  return decision;
}
