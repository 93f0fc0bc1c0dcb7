import { firstPartyUrl } from '../first-party-url.js';
import { storageKinds, type StorageKind } from '../storage.js';
import { oneOf, warnAttribute } from '../warn.js';
import { ConsentStore } from './consent-store.js';
import { defaultCategories, type ConsentChangeDetail, type ConsentDecision } from './consent-types.js';
import { registerConsentRuntime } from './runtime.js';
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

const tag = 'cookie-banner';
const optionalCategories = defaultCategories.filter((category) => category !== 'necessary');

/** Reads a `<cookie-banner>`'s attributes (and its `<clinic-provider>`'s), warning about each bad one. */
export function readConsentConfig(element: Element): ConsentConfig {
  const attribute = (name: string) => element.getAttribute(name);
  const provider = element.closest('clinic-provider');

  const policyVersion = attribute('policy-version')?.trim() || '1';
  if (!attribute('policy-version')?.trim()) {
    warnAttribute(tag, 'policy-version', attribute('policy-version'), 'your policy revision', 'Using "1".');
  }

  let expiresDays = 180;
  if (attribute('expires-days') !== null) {
    const days = Number(attribute('expires-days'));
    if (Number.isInteger(days) && days >= 1 && days <= 730) expiresDays = days;
    else warnAttribute(tag, 'expires-days', attribute('expires-days'), 'days from 1 to 730', 'Using 180.');
  }

  let categories: string[] = [...optionalCategories];
  if (attribute('categories') !== null) {
    const asked = (attribute('categories') ?? '').split(/[\s,]+/).filter((name) => name && name !== 'necessary');
    const unknown = asked.filter((name) => !optionalCategories.includes(name as never));
    if (unknown.length) warnAttribute(tag, 'categories', attribute('categories'), optionalCategories.join(', '), `Ignoring ${unknown}.`);
    categories = asked.filter((name) => !unknown.includes(name));
  }

  const endpointSource = attribute('record-endpoint') ?? provider?.getAttribute('record-endpoint') ?? null;
  const recordEndpoint = firstPartyUrl(endpointSource);
  if (endpointSource && !recordEndpoint) {
    warnAttribute(tag, 'record-endpoint', endpointSource, 'a same-origin URL', 'No receipts will be sent.');
  }

  const namespace = provider?.getAttribute('storage-namespace')?.match(/^[\w-]{1,40}$/)?.[0] ?? 'clinic';
  return {
    namespace,
    storage: oneOf(tag, 'storage', attribute('storage') ?? 'local', storageKinds, 'local'),
    policyVersion,
    expiresDays,
    categories: ['necessary', ...categories],
    recordEndpoint,
    consentMode: element.hasAttribute('consent-mode'),
  };
}

const stores = new Map<string, ConsentStore>();
const started = new WeakMap<Element, ConsentStore>();
let uiLoader: (() => Promise<unknown>) | null = null;

/** The page's consent store for this banner's namespace, started (once) with everything it drives. */
export function startConsent(element: Element): ConsentStore {
  const known = started.get(element);
  if (known) return known;
  const config = readConsentConfig(element);
  const existing = stores.get(config.namespace);
  if (existing) {
    started.set(element, existing);
    return existing;
  }

  const store = new ConsentStore(config);
  stores.set(config.namespace, store);
  started.set(element, store);
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
  installGlobal(store);
  return store;
}

registerConsentRuntime(startConsent);

/** Lets the decision core load the banner UI on demand (set by the lazy define module). */
export function setUiLoader(loader: () => Promise<unknown>): void {
  uiLoader = loader;
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

function installGlobal(store: ConsentStore): void {
  window.clinicConsent ??= {
    get decision() {
      return store.decision;
    },
    granted: (category) => store.granted(category),
    async showPreferences() {
      if (!customElements.get(tag)) await uiLoader?.();
      const banner = document.querySelector(tag) as (Element & { showPreferences?: () => Promise<void> }) | null;
      await customElements.whenDefined(tag);
      await banner?.showPreferences?.();
    },
    onChange: (listener) => store.subscribe(listener),
  };
}
