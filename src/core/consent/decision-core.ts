import type { StorageKind } from '../platform/storage.js';
import { ConsentStore } from './consent-store.js';
import type { ConsentChangeDetail, ConsentDecision } from './consent-types.js';
import { releaseGated, watchGated } from './script-gate.js';

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
}

/** What the decision core needs from the element that asks for consent (`<cookie-banner>`). */
export interface ConsentHost {
  /** The settings it was given, already checked. */
  readonly config: ConsentConfig;
  /** Opens its preferences, loading the UI first when needed. */
  showPreferences(): Promise<void>;
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
  const granted = (category: string) => store.granted(category);
  // The core may start while the page is still being parsed (so a first visit's banner is not
  // held up); held-back scripts are released only once the page is parsed, as an inline script's
  // text may still be arriving.
  const parsed = () => document.readyState !== 'loading';
  const apply = () => {
    if (parsed()) releaseGated(document, granted);
    if (!store.needsDecision) void consentMode?.then((mode) => mode.pushConsentUpdate(granted));
  };
  const watch = () => (releaseGated(document, granted), watchGated(granted));
  if (parsed()) watch();
  else document.addEventListener('DOMContentLoaded', watch, { once: true });
  apply();
  store.subscribe(apply);
  installGlobal(store, host);
  return store;
}

export interface ClinicConsentGlobal {
  /** The current decision, or null when none counts. */
  readonly decision: ConsentDecision | null;
  granted(category: string): boolean;
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
    granted: (category) => store.granted(category),
    showPreferences: () => host.showPreferences(),
    onChange: (listener) => store.subscribe(listener),
  };
}
