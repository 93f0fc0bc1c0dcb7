import type { ConsentConfig, ConsentHost } from '../../core/consent/decision-core.js';
import { defaultCategories } from '../../core/consent/consent-types.js';
import type { ConsentCategory, ConsentService } from '../../core/consent/services.js';
import { firstPartyUrl } from '../../core/platform/first-party-url.js';
import { safeHref } from '../../core/platform/safe-url.js';
import { placeholderTargets } from '../../core/consent/script-gate.js';
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

  const customCategories = readCategories(element);
  const known = [...optionalCategories, ...customCategories.map((category) => category.name)];
  const services = readServices(element, ['necessary', ...known]);
  // Without `categories`, a site that declares services is asked about the categories they are in (and its own).
  const declared = services.length
    ? known.filter((name) => services.some((service) => service.category === name) || !optionalCategories.includes(name as never))
    : known;
  let categories = declared;
  if (attribute('categories') !== null) {
    const asked = (attribute('categories') ?? '').split(/[\s,]+/).filter((name) => name && name !== 'necessary');
    const unknown = asked.filter((name) => !known.includes(name));
    if (unknown.length) warnAttribute(tag, 'categories', attribute('categories'), known.join(', '), `Ignoring ${unknown}.`);
    categories = asked.filter((name) => !unknown.includes(name));
  }

  // Shared with subdomains only when it is this host's own domain or a parent of it.
  const cookieDomain = attribute('cookie-domain')?.replace(/^\./, '').toLowerCase() ?? null;
  const host = location.hostname;
  // Never on an IP address, where browsers refuse a domain cookie.
  const validDomain = cookieDomain?.includes('.') && !/^[\d.]+$|:/.test(host) && (host === cookieDomain || host.endsWith(`.${cookieDomain}`));
  if (cookieDomain !== null && !validDomain)
    warnAttribute(tag, 'cookie-domain', cookieDomain, `${host} or a parent domain of it`, 'The cookie stays on this host.');

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
    consentModeAdvanced: attribute('consent-mode') === 'advanced',
    services: services.filter((service) => service.category === 'necessary' || categories.includes(service.category)),
    customCategories,
    sensitivePage: element.hasAttribute('sensitive-page') || !!element.closest('clinic-provider[sensitive-page]'),
    cookieDomain: validDomain ? cookieDomain : null,
    audit: element.hasAttribute('audit'),
  };
}

const validName = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** The declarations of one kind among the banner's children, each with a valid, unique `name`. */
function declarations(banner: Element, kind: string): Element[] {
  const seen = new Set<string>();
  return [...banner.querySelectorAll(`:scope > ${kind}`)].filter((declaration) => {
    const name = declaration.getAttribute('name') ?? '';
    const problem = !validName.test(name) ? 'a lower-case name (letters, digits, - and _)' : seen.has(name) ? 'a name not used before' : '';
    if (problem) warnAttribute(kind, 'name', name, problem, 'Ignoring it.');
    seen.add(name);
    return !problem;
  });
}

/** `<consent-category name label description purpose label-es …>`: the clinic's own categories, texts per language. */
function readCategories(banner: Element): ConsentCategory[] {
  return declarations(banner, 'consent-category').flatMap((declaration) => {
    const name = declaration.getAttribute('name')!;
    if ((defaultCategories as readonly string[]).includes(name)) {
      warnAttribute('consent-category', 'name', name, 'a category of your own', 'Built-in categories take label and description through categoryText.');
      return [];
    }
    const texts: Pick<ConsentCategory, 'label' | 'description' | 'purpose'> = { label: {}, description: {}, purpose: {} };
    for (const { name: attributeName, value } of declaration.attributes) {
      const [field, lang = 'en'] = attributeName.split(/-(.+)/);
      if (field in texts) texts[field as keyof typeof texts][lang] = value;
    }
    texts.label.en ??= name;
    return [{ name, ...texts }];
  });
}

/** `<consent-service name category label vendor purpose privacy-href cookies …>`: the site's vendors. */
function readServices(banner: Element, categories: string[]): ConsentService[] {
  return declarations(banner, 'consent-service').flatMap((declaration) => {
    const read = (name: string) => declaration.getAttribute(name)?.trim() ?? '';
    const name = read('name');
    const category = read('category');
    if (!categories.includes(category)) {
      warnAttribute('consent-service', 'category', category, `one of ${categories.join(', ')}`, `Ignoring service "${name}".`);
      return [];
    }
    const privacyHref = safeHref(read('privacy-href'));
    if (read('privacy-href') && !privacyHref) warnAttribute('consent-service', 'privacy-href', read('privacy-href'), 'an http(s) address', 'No link is shown.');
    return [
      {
        name,
        category,
        label: read('label') || name,
        vendor: read('vendor'),
        purpose: read('purpose'),
        privacyHref,
        cookies: read('cookies')
          .split(/[\s,]+/)
          .filter(Boolean),
        allowedOnSensitive: declaration.hasAttribute('allowed-on-sensitive'),
        saleOrShare: declaration.hasAttribute('sale-or-share'),
        readsConsentMode: declaration.hasAttribute('reads-consent-mode'),
      },
    ];
  });
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

type BannerUi = { showPreferences(): Promise<void>; showReloadNotice(): Promise<void> };

/** Calls the banner's UI, defining it first when needed (a returning visitor's page has not). */
async function withBanner(banner: Element, call: (ui: BannerUi) => Promise<void>): Promise<void> {
  defineUi?.();
  await customElements.whenDefined(tag);
  const shown = (banner.isConnected ? banner : document.querySelector(tag)) as (Element & Partial<BannerUi>) | null;
  if (shown?.showPreferences) await call(shown as BannerUi);
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
      showPreferences: () => withBanner(banner, (shown) => shown.showPreferences()),
      reloadNeeded: () => void withBanner(banner, (shown) => shown.showReloadNotice()),
      fillPrivacyChoices() {
        if (document.querySelector('[data-privacy-choices]:empty'))
          import('./privacy-choices.js').then(
            (module) => module.fillPrivacyChoices(),
            (error: unknown) => warnChunk('privacy choices', error, 'fill in the link text yourself'),
          );
      },
      placeholders(store) {
        if (document.querySelector(placeholderTargets))
          import('./embed-placeholder.js').then(
            (module) => module.placeholdAll(store),
            (error: unknown) => warnChunk('placeholder', error, 'held-back embeds show nothing until they are allowed'),
          );
      },
    };
    hosts.set(banner, host);
  }
  return host;
}
