import type { ConsentConfig, ConsentHost } from '../../core/consent/decision-core.js';
import { defaultCategories } from '../../core/consent/consent-types.js';
import { firstPartyUrl } from '../../core/platform/first-party-url.js';
import { storageKinds } from '../../core/platform/storage.js';
import { providerMarkup, storageSettings } from '../shared/provider-markup.js';
import { oneOf, warnAttribute } from '../shared/warn.js';

const tag = 'cookie-banner';
const optionalCategories = defaultCategories.filter((category) => category !== 'necessary');

/** Reads a `<cookie-banner>`'s attributes (and its `<clinic-provider>`'s settings), warning about each bad one. */
export function readConsentConfig(element: Element): ConsentConfig {
  const attribute = (name: string) => element.getAttribute(name);
  // The core may start before any provider's script has run: the provider's markup, by its rules.
  const provider = storageSettings(providerMarkup(element));

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

  // The banner's own endpoint, else the provider's (already checked by the provider's rules).
  const own = attribute('record-endpoint');
  const recordEndpoint = own === null ? provider.recordEndpoint : firstPartyUrl(own);
  if (own && !recordEndpoint) warnAttribute(tag, 'record-endpoint', own, 'a same-origin URL', 'No receipts will be sent.');

  return {
    namespace: provider.storageNamespace,
    storage: oneOf(tag, 'storage', attribute('storage') ?? 'local', storageKinds, 'local'),
    policyVersion,
    expiresDays,
    categories: ['necessary', ...categories],
    recordEndpoint,
    consentMode: element.hasAttribute('consent-mode'),
  };
}

/** A chunk that could not be loaded (offline, a deploy that removed it): said, naming what still works. */
export function warnChunk(part: string, error: unknown, then: string): void {
  console.warn(`clinic-elements: <cookie-banner> could not load its ${part} code (${String(error)}); ${then}.`);
}

const hosts = new WeakMap<Element, ConsentHost>();
let defineUi: (() => void) | null = null;

/** Lets `clinicConsent.showPreferences()` define the banner first (set by the entry that defines it only when needed). */
export function setUiDefiner(define: () => void): void {
  defineUi = define;
}

/**
 * What the decision core knows of a banner: its settings, read once (so each bad attribute warns
 * once, whether the core or the UI starts first), and how to open its preferences.
 */
export function consentHostOf(banner: Element): ConsentHost {
  let host = hosts.get(banner);
  if (!host) {
    host = {
      config: readConsentConfig(banner),
      async showPreferences() {
        defineUi?.();
        await customElements.whenDefined(tag);
        const shown = banner.isConnected ? banner : document.querySelector(tag);
        await (shown as (Element & { showPreferences?: () => Promise<void> }) | null)?.showPreferences?.();
      },
    };
    hosts.set(banner, host);
  }
  return host;
}
