import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { translate } from '../../core/i18n/messages.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { checkedHref } from '../shared/checked-href.js';
import { oneOf } from '../shared/warn.js';
import { disclaimerStrings } from './medical-disclaimer.strings.js';
import { medicalDisclaimerStyles } from './medical-disclaimer.styles.js';

export const disclaimerVariants = ['inline', 'banner'] as const;
export type DisclaimerVariant = (typeof disclaimerVariants)[number];

/**
 * The Terms of Use's "No Medical Advice" clause in short form: the site educates, it does not
 * diagnose or treat. Renders as a named `aside` landmark, in English or Spanish.
 *
 * @summary Short "not medical advice" notice with a link to the full terms.
 * @tag medical-disclaimer
 * @slot - Replaces the built-in text (the link to the terms stays).
 * @csspart panel - The `aside` box.
 * @csspart icon - The information icon.
 * @csspart text - The text, including the link.
 * @csspart link - The link to the full Terms of Use.
 * @cssprop [--clinic-color-surface-alt=#f2f5f8] - Background of the box.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour.
 * @cssprop [--clinic-color-border=#c5cfda] - Border colour.
 * @cssprop [--clinic-color-accent=#0b5cad] - Accent bar and icon colour.
 * @cssprop [--clinic-color-link=#0b5cad] - Link colour.
 * @cssprop [--clinic-color-focus=#0b5cad] - Focus ring colour.
 * @cssprop [--clinic-radius=8px] - Corner radius (inline variant).
 * @cssprop [--clinic-space=1em] - Horizontal padding.
 * @cssprop [--clinic-space-sm=0.75em] - Vertical padding and gap.
 * @cssprop [--clinic-content-width=70em] - Maximum text width in the banner variant.
 * @cssprop [--clinic-disclaimer-font-size=0.9375em] - Text size.
 */
export class MedicalDisclaimer extends LitElement {
  static override styles = [themeStyles, medicalDisclaimerStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    variant: { reflect: true },
    termsHref: { attribute: 'terms-href' },
    theme: { reflect: true },
    label: {},
  };

  #locale = new LocaleController(this);

  declare private context: ClinicContext;

  /** `inline` (a box in the text flow, the default) or `banner` (a full-width strip). */
  declare variant: DisclaimerVariant;

  /** Address of the full Terms of Use; defaults to the provider's `terms-href`. No link when neither is set. */
  declare termsHref: string;

  /** `light`, `dark` or `auto`. Unset, the theme of the surrounding `<clinic-provider>` (or the page's tokens) applies. */
  declare theme?: Theme;

  /** Accessible name of the landmark, for pages with more than one disclaimer. Default "Medical disclaimer" (translated). */
  declare label: string;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.variant = 'inline';
    this.termsHref = '';
    this.label = '';
  }

  #href: string | null = null;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('variant')) this.variant = oneOf('medical-disclaimer', 'variant', this.variant, disclaimerVariants, 'inline');
    if (changed.has('theme') && this.theme != null) {
      this.theme = oneOf('medical-disclaimer', 'theme', this.theme, themes, 'light');
    }
    this.#href = checkedHref('medical-disclaimer', 'terms-href', this.termsHref, changed.has('termsHref')) ?? this.context.termsHref;
  }

  protected override render() {
    const locale = this.#locale.locale;
    return html`
      <aside part="panel" lang=${locale} aria-label=${this.label.trim() || translate(disclaimerStrings, locale, 'label')}>
        <svg part="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8.5" fill="none" stroke="currentColor" stroke-width="1.5" />
          <rect x="9.1" y="8.5" width="1.8" height="6" rx="0.9" fill="currentColor" />
          <circle cx="10" cy="5.9" r="1.1" fill="currentColor" />
        </svg>
        <div part="text" class="text">
          <slot><strong>${translate(disclaimerStrings, locale, 'lead')}</strong> ${translate(disclaimerStrings, locale, 'text')}</slot>
          ${this.#href ? html` <a part="link" href=${this.#href}>${translate(disclaimerStrings, locale, 'link')}</a>` : nothing}
        </div>
      </aside>
    `;
  }
}
