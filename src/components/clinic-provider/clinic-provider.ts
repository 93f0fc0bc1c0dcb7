import { provide } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { matchLocale, supportedLocales } from '../../core/i18n/locale.js';
import { checkedHref } from '../shared/checked-href.js';
import { clinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
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
 */
export class ClinicProvider extends LitElement {
  static override styles = [
    themeStyles,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  /** What the provider gives the elements inside; rebuilt from the attributes on every update. */
  @provide({ context: clinicContext })
  protected context: ClinicContext = defaultClinicContext;

  /** Name used in running text, e.g. "Miller Plastic Surgery"; fills `{clinic.name}`. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** Legal entity, e.g. "MPS, MD, PA"; fills `{clinic.legalName}`. */
  @property({ attribute: 'legal-name' }) legalName = '';

  /** Web address, e.g. "www.millerplasticsurgery.com"; fills `{clinic.website}`. */
  @property() website = '';

  /** City the site is operated from; fills `{clinic.city}`. */
  @property() city = '';

  /** Venue for disputes, e.g. "Miami Dade County, Florida"; fills `{clinic.jurisdiction}`. */
  @property() jurisdiction = '';

  /** State whose law governs, e.g. "Florida"; fills `{clinic.state}`. */
  @property() state = '';

  /** Country the site is operated from; fills `{clinic.country}`. */
  @property() country = '';

  /** Language of everything inside (`en`, `es`); set as `lang` on the provider so text and screen readers follow it. */
  @property() locale = '';

  /** Prefix for values stored in the browser. */
  @property({ attribute: 'storage-namespace' }) storageNamespace = 'clinic';

  /** Same-origin URL that receives consent and acceptance receipts. Other origins are refused. */
  @property({ attribute: 'record-endpoint' }) recordEndpoint = '';

  /** Address of the clinic's Terms of Use page, used by elements that link to the terms. */
  @property({ attribute: 'terms-href' }) termsHref = '';

  /** Address of the clinic's Privacy Policy page, used by elements that link to the policy. */
  @property({ attribute: 'privacy-href' }) privacyHref = '';

  /** Colour theme of everything inside: `light`, `dark` or `auto` (follows the system). Unset, the page's tokens apply. */
  @property({ reflect: true }) theme?: Theme;

  override connectedCallback(): void {
    // Ready before the first render: an element that asks while this provider is being upgraded
    // (the cookie banner starts as soon as the parser reaches it) gets the real settings.
    this.context = this.#settings();
    super.connectedCallback();
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
      void import('../../core/receipts/record.js').then(({ resumeDelivery }) => resumeDelivery(settings));
    }
    checkedHref('clinic-provider', 'terms-href', this.termsHref, changed.has('termsHref'));
    checkedHref('clinic-provider', 'privacy-href', this.privacyHref, changed.has('privacyHref'));
    this.context = settings;
  }

  #settings(): ClinicContext {
    // Each attribute's property is its camelCase name, `clinic-name` → `clinicName`.
    return providerSettings((attribute) => this[attribute.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof this] as string | undefined);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
