import { LitElement, css, html, type PropertyDeclarations } from 'lit';
import { matchLocale, supportedLocales } from '../../core/i18n/locale.js';
import { checkedHref } from '../shared/checked-href.js';
import { clinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { ContextAnswerer } from '../shared/context-protocol.js';
import { isStorageNamespace } from '../shared/provider-markup.js';
import { providerSettings } from '../shared/provider-settings.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { oneOf, warnAttribute } from '../shared/warn.js';

const hasQueue = (namespace: string) => {
  try {
    return localStorage.getItem(`${namespace}:outbox`) !== null;
  } catch {
    return false;
  }
};

/**
 * Gives every clinic element inside it the clinic's identity, language, storage namespace and
 * record endpoint, so a page states them once.
 *
 * @summary Clinic identity and settings for the elements inside it.
 * @tag clinic-provider
 * @slot - The page content that uses these settings.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour, inherited by every element inside.
 * @cssprop [--clinic-color-accent=#0b5cad] - Accent colour (buttons, highlights).
 * @cssprop [--clinic-dark-color-text=#e9eef4] - Text colour of the dark palette (`theme="dark"`, or `auto` on a dark system); every `--clinic-color-*` token has its `--clinic-dark-color-*` twin.
 * @cssprop [--clinic-dark-color-accent=#8cc4ff] - Accent colour of the dark palette.
 * @cssprop [--clinic-font-heading] - Font of the headings inside the elements (banner, age gate, timeline, tables of contents); unset, the site's.
 */
export class ClinicProvider extends LitElement {
  static override styles = [
    themeStyles,
    css`
      /* Its tokens reach the elements inside; the page's own content keeps the page's colour. */
      :host {
        display: contents;
        color: inherit;
      }
    `,
  ];

  static override properties: PropertyDeclarations = {
    clinicName: { attribute: 'clinic-name' },
    legalName: { attribute: 'legal-name' },
    website: {},
    city: {},
    jurisdiction: {},
    state: {},
    country: {},
    locale: {},
    storageNamespace: { attribute: 'storage-namespace' },
    recordEndpoint: { attribute: 'record-endpoint' },
    termsHref: { attribute: 'terms-href' },
    privacyHref: { attribute: 'privacy-href' },
    theme: { reflect: true },
    sensitivePage: { type: Boolean, attribute: 'sensitive-page' },
  };

  /** What the provider gives the elements inside; rebuilt from the attributes on every update. */
  #provider = new ContextAnswerer(this, clinicContext, defaultClinicContext);

  /** Name used in running text, e.g. "Miller Plastic Surgery"; fills `{clinic.name}`. */
  declare clinicName: string;

  /** Legal entity, e.g. "MPS, MD, PA"; fills `{clinic.legalName}`. */
  declare legalName: string;

  /** Web address, e.g. "www.millerplasticsurgery.com"; fills `{clinic.website}`. */
  declare website: string;

  /** City the site is operated from; fills `{clinic.city}`. */
  declare city: string;

  /** Venue for disputes, e.g. "Miami Dade County, Florida"; fills `{clinic.jurisdiction}`. */
  declare jurisdiction: string;

  /** State whose law governs, e.g. "Florida"; fills `{clinic.state}`. */
  declare state: string;

  /** Country the site is operated from; fills `{clinic.country}`. */
  declare country: string;

  /** Language of everything inside (`en`, `es`); set as `lang` on the provider so text and screen readers follow it. */
  declare locale: string;

  /** Prefix for values stored in the browser. */
  declare storageNamespace: string;

  /** Same-origin URL that receives consent and acceptance receipts. Other origins are refused. */
  declare recordEndpoint: string;

  /** Address of the clinic's Terms of Use page, used by elements that link to the terms. */
  declare termsHref: string;

  /** Address of the clinic's Privacy Policy page, used by elements that link to the policy. */
  declare privacyHref: string;

  /** Colour theme of everything inside: `light`, `dark` or `auto` (follows the system). Unset, the page's tokens apply. */
  declare theme?: Theme;

  /** A health page (procedure, booking, patient pages): the `<cookie-banner>` inside keeps analytics and advertising held back whatever was granted. */
  declare sensitivePage?: boolean;

  constructor() {
    super();
    this.clinicName = '';
    this.legalName = '';
    this.website = '';
    this.city = '';
    this.jurisdiction = '';
    this.state = '';
    this.country = '';
    this.locale = '';
    this.storageNamespace = 'clinic';
    this.recordEndpoint = '';
    this.termsHref = '';
    this.privacyHref = '';
  }

  override connectedCallback(): void {
    // Ready before the first render: an element that asks while this provider is being upgraded
    // (the cookie banner starts as soon as the parser reaches it) gets the real settings.
    this.#provider.setValue(this.#settings());
    super.connectedCallback();
    this.#provider.announce(this, clinicContext);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('clinic-provider', 'theme', this.theme, themes, 'light');
    if (changed.has('locale') && this.locale) {
      if (matchLocale(this.locale)) this.lang = this.locale;
      else
        warnAttribute(
          'clinic-provider',
          'locale',
          this.locale,
          `one of ${supportedLocales.join(', ')} (or a language whose UI strings the page adds)`,
          'The page language applies.',
        );
    }
    if (changed.has('storageNamespace') && !isStorageNamespace(this.storageNamespace)) {
      warnAttribute('clinic-provider', 'storage-namespace', this.storageNamespace, 'up to 40 letters, digits, _ or -', 'Using "clinic".');
    }
    const settings = this.#settings();
    if (changed.has('recordEndpoint') && this.recordEndpoint && !settings.recordEndpoint) {
      warnAttribute('clinic-provider', 'record-endpoint', this.recordEndpoint, "a URL on this site's own origin", 'No receipts will be sent.');
    }
    // Receipts an earlier page left queued go out from any page with a provider, banner or not;
    // the code that sends them loads only when something waits.
    if ((changed.has('recordEndpoint') || changed.has('storageNamespace')) && settings.recordEndpoint && hasQueue(settings.storageNamespace)) {
      void import('../../core/receipts/resume.js').then(({ resumeDelivery }) => resumeDelivery(settings));
    }
    checkedHref('clinic-provider', 'terms-href', this.termsHref, changed.has('termsHref'));
    checkedHref('clinic-provider', 'privacy-href', this.privacyHref, changed.has('privacyHref'));
    this.#provider.setValue(settings);
  }

  #settings(): ClinicContext {
    // Each attribute's property is its camelCase name, `clinic-name` → `clinicName`.
    return providerSettings((attribute) => this[attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof this] as string | undefined);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
