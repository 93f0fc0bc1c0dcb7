import type { StorageKind } from '../platform/storage.js';
import { ConsentStore } from './consent-store.js';
import type { ConsentChangeDetail, ConsentDecision } from './consent-types.js';
import { decide } from './decide.js';
import { releaseGated, watchGated } from './script-gate.js';
import { allowedHere, consentNames, servicePrefix, type ConsentCategory, type ConsentService } from './services.js';

/**
 * The decision core: everything consent needs on a page that has no banner to show. A returning
 * visitor with a valid decision downloads only this (no Lit, no banner UI): it reads the stored
 * decision, releases the scripts it grants, and feeds Google Consent Mode.
 */
export interface ConsentConfig {
  namespace: string;
  storage: StorageKind;
  policyVersion: string;
  expiresDays: number;
  categories: string[];
  recordEndpoint: string | null;
  consentMode: boolean;
  /** Google tags declared `reads-consent-mode` load before consent, with everything denied (never on a sensitive page). */
  consentModeAdvanced: boolean;
  services: ConsentService[];
  /** Categories the clinic adds (also in `categories`). */
  customCategories: ConsentCategory[];
  /** Analytics and advertising stay held back here whatever was granted, except services allowed on sensitive pages. */
  sensitivePage: boolean;
  cookieDomain: string | null;
  /** Lists in the console what no declaration covers (a development aid). */
  audit: boolean;
}

/** What the decision core needs from the element that asks for consent (`<cookie-banner>`). */
export interface ConsentHost {
  /** The settings it was given, already checked. */
  readonly config: ConsentConfig;
  /** Opens its preferences, loading the UI first when needed. */
  showPreferences(): Promise<void>;
  /** Something withdrawn already ran: tells the visitor a reload stops it. */
  reloadNeeded(): void;
  /** Shows a placeholder in place of each held-back embed still waiting (loading that UI first). */
  placeholders(store: ConsentStore): void;
  /** Gives the page's empty `[data-privacy-choices]` entry points their words and icon. */
  fillPrivacyChoices(): void;
}

const stores = new Map<string, ConsentStore>();

/** The page's consent store for this host's namespace, started (once) with everything it drives. */
export function startConsent(host: ConsentHost): ConsentStore {
  const { config } = host;
  const existing = stores.get(config.namespace);
  if (existing) return existing;

  const store = new ConsentStore(config);
  stores.set(config.namespace, store);
  if (stores.size > 1) {
    console.warn(`clinic-elements: one <cookie-banner> per page; "${config.namespace}" runs no scripts.`);
    return store;
  }
  // Consent Mode is loaded only by sites that use it; its default (all denied) goes first.
  const consentMode = config.consentMode ? import('./consent-mode.js').then((mode) => (mode.pushConsentDefault(), mode)) : null;
  const { sensitivePage } = config;
  const early = (name: string) => config.consentModeAdvanced && !sensitivePage && store.service(name)?.readsConsentMode === true;
  const allowed = (name: string) => early(name) || allowedHere(name, store.granted(name), store.service(name), sensitivePage);
  // The core may start while the page is still being parsed (so a first visit's banner is not
  // held up); held-back scripts are released only once the page is parsed, as an inline script's
  // text may still be arriving.
  const parsed = () => document.readyState !== 'loading';
  let before = snapshot(store);
  const placeholders = () => host.placeholders(store);
  const apply = () => {
    if (parsed()) {
      releaseGated(document, allowed);
      placeholders();
    }
    if (!store.needsDecision) void consentMode?.then((mode) => mode.pushConsentUpdate(allowed));
    const after = snapshot(store);
    const withdrawn = Object.keys(before).filter((name) => before[name] && !after[name]);
    before = after;
    if (withdrawn.length) {
      const cookies = withdrawn.flatMap((name) => store.service(name)?.cookies ?? []);
      import('./revoke.js').then(
        ({ revoke }) => revoke(withdrawn, cookies).reloadNeeded && host.reloadNeeded(),
        (error: unknown) =>
          console.warn(`clinic-elements: <cookie-banner> could not load its clean-up code (${String(error)}); the withdrawn cookies were not deleted.`),
      );
    }
  };
  // The page's mistakes are looked for cheaply here; the code that explains them loads only when there are some.
  const check = () => {
    const mistaken = [...document.querySelectorAll('[data-consent]')].some(
      (element) => element.matches('[src][data-src]') || consentNames(element.getAttribute('data-consent')).some((name) => !(name in before)),
    );
    if (config.audit || mistaken)
      import('./audit.js').then(
        (audit) => (config.audit ? audit.printAudit(store) : audit.warnMistakes(store)),
        () => {},
      );
    host.fillPrivacyChoices();
  };
  const watch = () => (releaseGated(document, allowed), placeholders(), check(), watchGated(allowed, placeholders));
  // "Your Privacy Choices" anywhere on the page: `<a href="/privacy#choices" data-privacy-choices></a>`.
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element && event.target.closest('[data-privacy-choices]'))) return;
    event.preventDefault();
    void host.showPreferences();
  });
  // After the store's own first step (Global Privacy Control withdraws a stored grant in a microtask).
  queueMicrotask(() => {
    if (parsed()) watch();
    else document.addEventListener('DOMContentLoaded', watch, { once: true });
    apply();
  });
  store.subscribe(apply);
  installGlobal(store, host);
  return store;
}

/** Every category and service name → granted, to tell what a decision withdrew. */
function snapshot(store: ConsentStore): Record<string, boolean> {
  const names = [...store.options.categories, ...store.options.services.map((service) => servicePrefix + service.name)];
  return Object.fromEntries(names.map((name) => [name, store.granted(name)]));
}

/**
 * Grants or withdraws names (a category sets its services too) on top of the current decision,
 * as the visitor's own choice, recorded with a receipt.
 */
function change(store: ConsentStore, names: string[], value: boolean): void {
  const choice = snapshot(store);
  for (const name of names) {
    if (!(name in choice) || name === 'necessary') console.warn(`clinic-elements: clinicConsent: "${name}" is no category or service of this page.`);
    else choice[name] = value;
    store.options.services.forEach((service) => service.category === name && (choice[servicePrefix + service.name] = value));
  }
  decide(store, choice, document.documentElement.lang || 'en', 'custom');
}

export interface ClinicConsentGlobal {
  /** The current decision, or null when none counts. */
  readonly decision: ConsentDecision | null;
  /** Whether a category or a service (`service:youtube`) is granted. */
  granted(name: string): boolean;
  /** Every category and service → granted, and the consent id; null before a decision. */
  get(): { categories: Record<string, boolean>; services: Record<string, boolean>; consentId: string } | null;
  /** Grants categories or services (`grant('service:youtube')`) on top of the current decision, with a receipt. */
  grant(...names: string[]): void;
  /** Withdraws categories or services, deleting their declared cookies. */
  revoke(...names: string[]): void;
  /** The texts shown on this page, by layer: what the receipts' `shown` hashes are of. */
  shownTexts(): Record<string, string>;
  /** Opens the preferences dialog (loads the banner UI first when needed). */
  showPreferences(): Promise<void>;
  /** Calls `listener` after every decision; returns the unsubscribe function. */
  onChange(listener: (detail: ConsentChangeDetail) => void): () => void;
}

declare global {
  interface Window {
    /** For pages that use a script tag only: read consent and reopen the preferences. */
    clinicConsent?: ClinicConsentGlobal;
  }
}

function installGlobal(store: ConsentStore, host: ConsentHost): void {
  window.clinicConsent ??= {
    get decision() {
      return store.decision;
    },
    granted: (name) => store.granted(name),
    get: () => {
      const decision = store.decision;
      return decision && { categories: { ...decision.categories }, services: { ...decision.services }, consentId: store.consentId! };
    },
    grant: (...names) => change(store, names, true),
    revoke: (...names) => change(store, names, false),
    shownTexts: () => store.shownTexts,
    showPreferences: () => host.showPreferences(),
    onChange: (listener) => store.subscribe(listener),
  };
}
