import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { translate } from '../../core/i18n/messages.js';
import {
  builtInStatementVersion,
  foldText,
  optionalOnly,
  releaseChoices,
  offeredUses,
  releaseGiven,
  separateConsentReceipt,
  separatePurposes,
  statementHash,
  type ReleaseChoice,
  type SeparatePurpose,
} from '../../core/consent/separate-consent.js';
import { recordReceipt } from '../../core/receipts/record.js';
import type { SeparateConsentReceipt } from '../../core/receipts/types.js';
import { checkedHref } from '../shared/checked-href.js';
import { hasOwnText } from '../shared/own-text.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { FormControlElement, warnUnlessTextValue } from '../shared/form-control-element.js';
import { checkboxStyles } from '../shared/control-styles.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles } from '../shared/theme.js';
import { oneOf, warnAttribute, warnOnceFor } from '../shared/warn.js';
import { consentCheckboxStrings, type ConsentCheckboxStringKey } from './consent-checkbox.strings.js';
import { consentCheckboxStyles } from './consent-checkbox.styles.js';
import { separateConsentFormValue } from './consent-form-value.js';
import { releaseChoicesView } from './release-choices.js';

export type { SeparateConsentReceipt } from '../../core/receipts/types.js';

/** Detail of `consent-given` and `consent-withdrawn`: the receipt of the change. */
export type SeparateConsentDetail = SeparateConsentReceipt;

const warn = warnOnceFor('consent-checkbox');

/**
 * One separate consent in a form, never bundled with the Terms: email marketing, text messages,
 * a photo release, consumer health data (Washington's My Health My Data Act and its kin), or the
 * clinic's own. Unticked until the visitor ticks it; a form-associated control like a native
 * checkbox (validity, reset, restore, disabled fieldsets). The form receives the statement's
 * version and the SHA-256 of its words as shown; every tick and untick is a receipt.
 *
 * @summary A separate, unticked consent for forms (email, SMS, photo release, health data), versioned and hashed.
 * @tag consent-checkbox
 * @slot - The clinic's own statement, replacing the built-in one (give it a `version`).
 * @csspart checkbox - The box (every box of a photo release).
 * @csspart statement - The statement's text.
 * @csspart choices - A photo release's group of choices.
 * @csspart link - The link to the consumer health data policy.
 * @csspart note - How to revoke a photo release.
 * @cssprop [--clinic-color-accent=#0b5cad] - Box colour.
 * @cssprop [--clinic-color-error=#b42318] - Outline of a required consent left unticked after a try.
 * @fires change - A box was ticked or unticked (bubbles, like a native checkbox).
 * @fires consent-given - The consent was given (for a photo release: changed, and still given). Detail: the receipt `{ id, type, purpose, field, choice, covers, version, hash, locale, clientTime }`.
 * @fires consent-withdrawn - The consent was taken back. Detail: the same.
 */
export class ConsentCheckbox extends FormControlElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, checkboxStyles, consentCheckboxStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    ownStatement: { state: true },
    purpose: { reflect: true },
    name: { reflect: true },
    value: {},
    version: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    checked: { type: Boolean, attribute: false },
    covers: { attribute: false },
    uses: {},
    healthDataHref: { attribute: 'health-data-href' },
  };

  #locale = new LocaleController(this);
  #shown = '';
  #hash: Promise<string> | null = null;
  #receipt: string | null = null;

  declare private context: ClinicContext;
  /** Whether the clinic slotted its own statement. */
  declare private ownStatement: boolean;

  /** `email-marketing`, `sms`, `photo-release`, `health-data` or `custom` (needs its statement as content). */
  declare purpose: SeparatePurpose;
  /** Field name in the form's data. */
  declare name: string;
  /** Value sent when given (default `yes`). */
  declare value: string;
  /** Revision of the statement; the built-in statements are `built-in-1`. Give your own when you slot your own text. */
  declare version: string;
  /** The form does not submit until the consent is given. Only for `photo-release`, `health-data` and `custom`: marketing is never a condition. */
  declare required: boolean;
  declare disabled: boolean;
  /** Whether the consent is given. Never pre-checked by an attribute; a script may set it from a consent the visitor gave before. */
  declare checked: boolean;
  /** A photo release's ticked uses (`photos`, `video`, `website`, `social-media`, `print`). */
  declare covers: ReleaseChoice[];
  /** The uses a photo release offers, separated by spaces (default all five). */
  declare uses: string;
  /** Address of the clinic's consumer health data policy, linked from `health-data` (defaults to the provider's privacy-href, with a warning). */
  declare healthDataHref: string;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.ownStatement = false;
    this.purpose = 'custom';
    this.name = '';
    this.value = 'yes';
    this.version = '';
    this.required = false;
    this.disabled = false;
    this.checked = false;
    this.covers = [];
    this.uses = '';
    this.healthDataHref = '';
    // eslint-disable-next-line wc/no-constructor-attributes -- set when the form reports the box invalid, long after construction
    this.addEventListener('invalid', () => this.toggleAttribute('data-tried', true));
  }

  /** The statement's words as the visitor sees them (what the hash is of), once rendered. */
  get shownText(): string {
    return this.#shown;
  }

  /** SHA-256 of `shownText` (64 hex digits). */
  get statementHash(): Promise<string> {
    return this.updateComplete.then(() => this.#hash ?? statementHash(this.#shown));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('checked')) {
      warn('ignores checked: a separate consent is never pre-checked; the visitor ticks it');
    }
  }

  /** `purpose` once checked (an unknown one is `custom`, warned about once per change). */
  #purpose: SeparatePurpose = 'custom';

  /** The uses a release offers: `uses`, without the unknown ones. */
  #offered(): ReleaseChoice[] {
    const { offered, unknown } = offeredUses(this.uses);
    if (unknown.length) warn(`uses="${this.uses}" has unknown uses (${unknown.join(', ')}); known are ${releaseChoices.join(', ')}`);
    return offered;
  }

  #isRequired(purpose: SeparatePurpose): boolean {
    if (this.required && optionalOnly.includes(purpose)) {
      warn(`ignores required on purpose="${purpose}": marketing consent must stay optional, never a condition of the form`);
      return false;
    }
    return this.required;
  }

  #t = (key: ConsentCheckboxStringKey) => translate(consentCheckboxStrings, this.#locale.locale, key, { clinic: this.context.clinic.name ?? 'We' });

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('purpose')) this.#purpose = oneOf('consent-checkbox', 'purpose', this.purpose, separatePurposes, 'custom');
    if (changed.has('healthDataHref')) this.#healthHref = checkedHref('consent-checkbox', 'health-data-href', this.healthDataHref, true);
    if (changed.has('value')) warnUnlessTextValue('consent-checkbox', this.value);
    if (changed.has('name') && !this.name) {
      warnAttribute(
        'consent-checkbox',
        'name',
        this.getAttribute('name'),
        'the field name the form submits, e.g. "email-consent"',
        'The form does not receive this consent.',
      );
    }
    if ((changed.has('version') || changed.has('ownStatement')) && this.ownStatement && !this.version) {
      warn('has its own statement but no version: give the statement\'s revision, e.g. version="2026-12", so consents to different texts can be told apart');
    }
  }

  protected override updated(): void {
    const purpose = this.#purpose;
    const shown = foldText(this.#statementText() + ' ' + [...this.renderRoot.querySelectorAll('.shown')].map((node) => node.textContent).join(' '));
    if (shown !== this.#shown || !this.#hash) {
      this.#shown = shown;
      this.#knownHash = null;
      const hash = (this.#hash = statementHash(shown));
      void hash.then((hex) => {
        if (hash !== this.#hash) return;
        this.#knownHash = hex;
        this.requestUpdate();
      });
    }
    const given = purpose === 'photo-release' ? releaseGiven(this.covers) : this.checked;
    this.internals.setFormValue(this.#formValue(given), given ? JSON.stringify(this.covers.length ? this.covers : [true]) : null);
    const missing = this.#isRequired(purpose) && !given && this.#usable(purpose);
    const anchor = this.renderRoot.querySelector('input') ?? undefined;
    if (!missing) this.internals.setValidity({});
    else this.internals.setValidity({ valueMissing: true }, this.#t(purpose === 'photo-release' ? 'requiredRelease' : 'required'), anchor);
  }

  #formValue(given: boolean): FormData | null {
    if (!given || !this.name) return null;
    return separateConsentFormValue(this.name, this.value, {
      version: this.#version(),
      covers: this.covers,
      receipt: this.#receipt,
      hash: this.#knownHash,
    });
  }

  /** The hash once computed, for the form (it is computed at the first render, long before a submit). */
  #knownHash: string | null = null;

  #version(): string {
    return this.version || (this.ownStatement ? '' : builtInStatementVersion);
  }

  /** The clinic's own statement (slotted) or the built-in one, as text. */
  #statementText(): string {
    const slot = this.renderRoot.querySelector('slot');
    if (this.ownStatement && slot)
      return slot
        .assignedNodes({ flatten: true })
        .map((node) => node.textContent ?? '')
        .join(' ');
    return this.renderRoot.querySelector('.built-in')?.textContent ?? '';
  }

  #usable(purpose: SeparatePurpose): boolean {
    return purpose !== 'custom' || this.ownStatement;
  }

  formResetCallback(): void {
    this.checked = false;
    this.covers = [];
    this.#receipt = null;
    this.removeAttribute('data-tried');
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    let restored: unknown;
    try {
      restored = typeof state === 'string' ? JSON.parse(state) : null;
    } catch {
      restored = null;
    }
    if (!Array.isArray(restored)) return;
    this.checked = true;
    this.covers = restored.filter((use): use is ReleaseChoice => releaseChoices.includes(use));
  }

  /** The clinic's own statement as text: the box's name (checkers that do not follow the slot read it here too). */
  #ownText = '';

  #onSlotChange = (event: Event) => {
    const nodes = (event.target as HTMLSlotElement).assignedNodes({ flatten: true });
    this.#ownText = nodes
      .map((node) => node.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    this.ownStatement = hasOwnText(nodes);
    this.requestUpdate();
  };

  #onBox = (event: Event) => {
    this.checked = (event.target as HTMLInputElement).checked;
    void this.#changed(this.checked);
  };

  #onUse = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const use = input.value as ReleaseChoice;
    this.covers = input.checked ? releaseChoices.filter((known) => known === use || this.covers.includes(known)) : this.covers.filter((known) => known !== use);
    this.checked = releaseGiven(this.covers);
    void this.#changed(this.checked);
  };

  /**
   * A receipt for the change, stored before anyone is told, then the events. The statement's hash
   * is known from the first render, so the receipt is made in the visitor's click and its id is
   * in the form at once.
   */
  async #changed(given: boolean): Promise<void> {
    this.dispatchEvent(new Event('change', { bubbles: true }));
    const covers = this.#purpose === 'photo-release' ? [...this.covers] : [];
    const hash = this.#knownHash ?? (await this.statementHash);
    const receipt = separateConsentReceipt({
      purpose: this.#purpose,
      field: this.name,
      given,
      covers,
      version: this.#version(),
      hash,
      locale: this.#locale.locale,
    });
    recordReceipt(this.context, receipt);
    this.#receipt = receipt.id;
    this.requestUpdate();
    this.dispatchEvent(
      new CustomEvent<SeparateConsentDetail>(given ? 'consent-given' : 'consent-withdrawn', { detail: receipt, bubbles: true, composed: true }),
    );
  }

  #renderRelease(disabled: boolean) {
    return html`<p part="statement" class="statement">${this.#renderStatement()}</p>
      ${releaseChoicesView({ offered: this.#offered(), covers: this.covers, disabled, t: this.#t, onChange: this.#onUse })}`;
  }

  #renderStatement() {
    const purpose = this.#purpose;
    const builtIn = purpose === 'custom' ? '' : this.#t(purpose);
    return html`<slot @slotchange=${this.#onSlotChange}></slot>${this.ownStatement ? nothing : html`<span class="built-in">${builtIn}</span>`}`;
  }

  #healthHref: string | null = null;

  #healthLink() {
    const own = this.#healthHref;
    if (!this.healthDataHref)
      warn('purpose="health-data" needs health-data-href, the address of your consumer health data policy; linking the Privacy Policy instead');
    const href = own ?? this.context.privacyHref;
    return href ? html`<a part="link" class="shown" href=${href} target="_blank" rel="noopener">${this.#t('healthDataLink')}</a>` : nothing;
  }

  protected override render() {
    const purpose = this.#purpose;
    const disabled = this.disabled || this.formDisabled;
    const lang = this.#locale.locale;
    if (purpose === 'photo-release') return html`<div lang=${lang}>${this.#renderRelease(disabled)}</div>`;
    const usable = this.#usable(purpose);
    const box = html`<input
        part="checkbox"
        type="checkbox"
        .checked=${this.checked}
        ?disabled=${disabled || !usable}
        aria-label=${ifDefined(usable && this.ownStatement ? this.#ownText : undefined)}
        aria-labelledby=${ifDefined(usable ? undefined : 'no-statement')}
        @change=${this.#onBox}
      /><span part="statement">${this.#renderStatement()}</span>`;
    // Without a statement there is nothing to label the box with: the error names it instead.
    return html`<div lang=${lang}>
      ${usable ? html`<label>${box}</label>` : html`<span class="label">${box}</span>`}
      ${usable ? nothing : html`<p id="no-statement" class="error" role="alert">${this.#t('noStatement')}</p>`} ${purpose === 'health-data' ? this.#healthLink() : nothing}
    </div>`;
  }
}
