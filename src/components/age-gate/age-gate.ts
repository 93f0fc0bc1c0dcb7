import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { birthFieldOrder, checkBirthDate, type BirthDateCheck, type BirthField } from '../../core/calendar/birth-date.js';
import { today } from '../../core/calendar/dates.js';
import { checkedHref } from '../shared/checked-href.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { translate } from '../../core/i18n/messages.js';
import { LocaleController } from '../shared/locale-controller.js';
import type { AgeCheckReceipt } from '../../core/receipts/types.js';
import { randomId } from '../../core/platform/random-id.js';
import { recordReceipt } from '../../core/receipts/record.js';
import { storageFor, type ClinicStorage } from '../../core/platform/storage.js';
import { buttonStyles } from '../shared/control-styles.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { oneOf, warnAttribute } from '../shared/warn.js';
import { ageGateStrings, type AgeGateStringKey } from './age-gate.strings.js';
import { ageGateStyles } from './age-gate.styles.js';

export const ageGateModes = ['birthdate', 'confirm'] as const;
export type AgeGateMode = (typeof ageGateModes)[number];
export const ageGateScopes = ['page', 'content'] as const;
export type AgeGateScope = (typeof ageGateScopes)[number];

/** Detail of `age-verified` and `age-denied`. Never the date of birth. */
export interface AgeCheckDetail {
  method: AgeGateMode;
  minAge: number;
}

export type { AgeCheckReceipt } from '../../core/receipts/types.js';

interface StoredPass {
  minAge: number;
  policyVersion: string;
  expiresAt: number;
}

const passKey = 'age-gate';
const denialKey = 'age-gate-denied';
const isPass = (value: unknown): value is StoredPass =>
  typeof (value as StoredPass)?.minAge === 'number' && typeof (value as StoredPass).policyVersion === 'string' && (value as StoredPass).expiresAt > 0;
const isDenial = (value: unknown): value is Omit<StoredPass, 'expiresAt'> =>
  typeof (value as StoredPass)?.minAge === 'number' && typeof (value as StoredPass).policyVersion === 'string';

/**
 * Page-scope gates holding the page's scroll, and the page's own overflow, given back when the
 * last of them lets go (two gates on one page must not leave the page locked).
 */
const scrollLocks = new Set<AgeGate>();
let pageOverflow = '';

/**
 * The Terms' "No Minors" rule as a gate: a modal dialog that blocks the page (or, with
 * `scope="content"`, just the element's own children) until the visitor shows they are old
 * enough. The age is worked out in the browser; the date of birth is never stored or sent.
 * Escape does not dismiss the gate: it is a decision, not a notice.
 *
 * @summary Age gate from the Terms of Use, by date of birth or by confirmation.
 * @tag age-gate
 * @slot - With `scope="content"`, the content it guards (kept in the page for search engines, hidden and inert until passed).
 * @csspart dialog - The modal dialog (`scope="page"`).
 * @csspart gate - The box with the question (both scopes).
 * @csspart date-fields - The day, month and year fields.
 * @csspart continue-button - Continue (birthdate mode).
 * @csspart yes-button - "I am 18 or older" (confirm mode).
 * @csspart no-button - "I am under 18" (confirm mode).
 * @csspart error - The message about a date that cannot be used.
 * @cssprop [--clinic-color-surface=#ffffff] - Background of the gate.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour.
 * @cssprop [--clinic-color-border=#c5cfda] - Borders.
 * @cssprop [--clinic-color-accent=#0b5cad] - Buttons.
 * @cssprop [--clinic-color-on-accent=#ffffff] - Button text.
 * @cssprop [--clinic-color-error=#b42318] - Error message and invalid fields.
 * @cssprop [--clinic-radius=8px] - Corner radius.
 * @fires age-verified - The visitor passed. Detail: `{ method, minAge }`.
 * @fires age-denied - The visitor is under the age. Detail: `{ method, minAge }`.
 * @fires receipt-failed - On `document`: a receipt was set aside, never to be sent (the record endpoint refused it for good, it cannot be sent, or the full queue dropped it). Detail: `{ id, type, status, reason }`.
 */
export class AgeGate extends LitElement {
  static override styles = [themeStyles, buttonStyles, ageGateStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    status: { state: true },
    problem: { state: true },
    minAge: { attribute: 'min-age', type: Number },
    mode: {},
    rememberDays: { attribute: 'remember-days', type: Number },
    policyVersion: { attribute: 'policy-version' },
    denyHref: { attribute: 'deny-href' },
    scope: { reflect: true },
    theme: { reflect: true },
    now: { attribute: false },
  };

  #locale = new LocaleController(this);

  declare private context: ClinicContext;

  private get dialog() {
    return this.renderRoot.querySelector<HTMLDialogElement>('dialog');
  }
  declare private status: 'asking' | 'passed' | 'denied';
  declare private problem: Exclude<BirthDateCheck, { ok: true }> | null;

  /** Youngest age allowed in (default 18, from the Terms). */
  declare minAge: number;

  /** `birthdate` (a date of birth, default) or `confirm` (two buttons: old enough, or not). */
  declare mode: AgeGateMode;

  /** Days a pass is remembered; 0 remembers it for this browser session only (default 30). */
  declare rememberDays: number;

  /** Revision of your Terms; a pass for another revision does not count. */
  declare policyVersion: string;

  /** Where to send a visitor who is under the age (a "Leave this site" link). */
  declare denyHref: string;

  /** `page` (a modal dialog blocks the whole page, default) or `content` (only the element's children are gated). */
  declare scope: AgeGateScope;

  /** `light`, `dark` or `auto`. Unset, the surrounding `<clinic-provider>` (or the page's tokens) applies. */
  declare theme?: Theme;

  /** The clock, in milliseconds; replace it to test expiry. */
  declare now: () => number;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.status = 'asking';
    this.problem = null;
    this.minAge = 18;
    this.mode = 'birthdate';
    this.rememberDays = 30;
    this.policyVersion = '1';
    this.denyHref = '';
    this.scope = 'page';
    this.now = () => Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#checkStored();
    // Removing a modal dialog ends its modality: a gate moved while open must block the page again.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#releasePageScroll();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('minAge') && !(Number.isInteger(this.minAge) && this.minAge >= 1 && this.minAge <= 120)) {
      warnAttribute('age-gate', 'min-age', this.getAttribute('min-age') ?? this.minAge, 'a whole number of years from 1 to 120', 'Using 18.');
      this.minAge = 18;
    }
    if (changed.has('rememberDays') && !(Number.isInteger(this.rememberDays) && this.rememberDays >= 0 && this.rememberDays <= 730)) {
      warnAttribute('age-gate', 'remember-days', this.getAttribute('remember-days') ?? this.rememberDays, 'a whole number of days from 0 to 730', 'Using 30.');
      this.rememberDays = 30;
    }
    if (changed.has('mode')) this.mode = oneOf('age-gate', 'mode', this.mode, ageGateModes, 'birthdate');
    if (changed.has('scope')) this.scope = oneOf('age-gate', 'scope', this.scope, ageGateScopes, 'page');
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('age-gate', 'theme', this.theme, themes, 'light');
    if (changed.has('denyHref')) checkedHref('age-gate', 'deny-href', this.denyHref, true);
    if (changed.has('minAge') || changed.has('policyVersion') || changed.has('context')) this.#checkStored();
  }

  protected override updated(): void {
    if (this.scope !== 'page' || !this.dialog || !this.isConnected) return;
    if (this.status === 'passed') {
      this.dialog.close();
      this.#releasePageScroll();
    } else if (!this.dialog.matches(':modal')) {
      this.dialog.close();
      this.dialog.showModal();
      if (!scrollLocks.size) pageOverflow = document.documentElement.style.overflow;
      scrollLocks.add(this);
      document.documentElement.style.overflow = 'hidden';
    }
  }

  #storage(kind: 'local' | 'session'): ClinicStorage {
    return storageFor(kind, this.context.storageNamespace);
  }

  /** A current pass lets the visitor in; a denial earlier in this session keeps them out. */
  #checkStored(): void {
    const current = (record: { minAge: number; policyVersion: string } | null) =>
      record !== null && record.minAge >= this.minAge && record.policyVersion === this.policyVersion;
    const pass = [this.#storage('session'), this.#storage('local')].map((storage) => storage.read(passKey, 1, isPass)).find(current);
    // Never longer than remember-days from now: an expiry further away was not written under this setting.
    if (pass && pass.expiresAt > this.now() && pass.expiresAt <= this.now() + Math.max(this.rememberDays, 1) * 86_400_000) this.status = 'passed';
    else if (current(this.#storage('session').read(denialKey, 1, isDenial))) this.status = 'denied';
    else this.status = 'asking';
  }

  #pass(): void {
    const record: StoredPass = { minAge: this.minAge, policyVersion: this.policyVersion, expiresAt: this.now() + Math.max(this.rememberDays, 1) * 86_400_000 };
    this.#storage(this.rememberDays === 0 ? 'session' : 'local').write(passKey, 1, record, this.rememberDays || undefined);
    this.status = 'passed';
    this.#announce('age-verified');
    // A section gate: the answer that had focus is gone, so focus moves to what it revealed.
    if (this.scope === 'content' && (this.renderRoot as ShadowRoot).activeElement) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.content')?.focus());
    }
  }

  #deny(): void {
    this.#storage('session').write(denialKey, 1, { minAge: this.minAge, policyVersion: this.policyVersion });
    this.status = 'denied';
    this.#announce('age-denied');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  #announce(type: 'age-verified' | 'age-denied'): void {
    const detail: AgeCheckDetail = { method: this.mode, minAge: this.minAge };
    this.#sendReceipt(type === 'age-verified' ? 'passed' : 'denied');
    void this.updateComplete.then(() => this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true })));
  }

  /**
   * With a record endpoint, proof of the check goes through the same outbox as consent receipts:
   * the outcome, the method and the policy version, never the date of birth.
   */
  #sendReceipt(result: 'passed' | 'denied'): void {
    const receipt: AgeCheckReceipt = {
      id: randomId(),
      type: 'age-check',
      result,
      method: this.mode,
      minAge: this.minAge,
      policyVersion: this.policyVersion,
      clientTime: new Date(this.now()).toISOString(),
    };
    recordReceipt(this.context, receipt);
  }

  #onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const value = (field: BirthField) => (form.elements.namedItem(field) as HTMLInputElement).value;
    const check = checkBirthDate({ day: value('day'), month: value('month'), year: value('year') }, today(this.now()));
    if (!check.ok) {
      this.problem = check;
      // The first field in error as the visitor sees them (month first in US English).
      const first = birthFieldOrder(this.#locale.locale).find((field) => check.fields.includes(field))!;
      void this.updateComplete.then(() => (form.elements.namedItem(first) as HTMLInputElement).focus());
      return;
    }
    this.problem = null;
    form.reset();
    if (check.age >= this.minAge) this.#pass();
    else this.#deny();
  };

  #releasePageScroll(): void {
    if (scrollLocks.delete(this) && !scrollLocks.size) document.documentElement.style.overflow = pageOverflow;
  }

  protected override render() {
    const locale = this.#locale.locale;
    const t = (key: AgeGateStringKey) => translate(ageGateStrings, locale, key, { age: this.minAge });
    const gate =
      this.status === 'passed'
        ? nothing
        : html`<div part="gate" class="gate" lang=${locale}>${this.status === 'denied' ? this.#renderDenied(t) : this.#renderQuestion(t, locale)}</div>`;
    if (this.scope === 'content') {
      const open = this.status === 'passed';
      return html`
        ${open ? nothing : html`<section aria-labelledby="gate-title">${gate}</section>`}
        <div class="content" tabindex="-1" ?hidden=${!open} ?inert=${!open}><slot></slot></div>
      `;
    }
    return html`
      <dialog part="dialog" aria-labelledby="gate-title" aria-describedby="gate-reason" @cancel=${(e: Event) => e.preventDefault()}>${gate}</dialog>
      <slot></slot>
    `;
  }

  #renderQuestion(t: (key: AgeGateStringKey) => string, locale: string) {
    const terms = this.context.termsHref; // checked by the provider
    const invalid = (field: BirthField) => this.problem?.fields.includes(field) ?? false;
    return html`
      <h2 id="gate-title" tabindex="-1" ?autofocus=${this.scope === 'page'}>${t('title')}</h2>
      <p id="gate-reason">${t('reason')} ${terms ? html`<a href=${terms}>${t('terms')}</a>` : nothing}</p>
      ${
        this.mode === 'confirm'
          ? html`<div class="actions">
            <button part="yes-button" type="button" @click=${() => this.#pass()}>${t('confirmYes')}</button>
            <button part="no-button" type="button" @click=${() => this.#deny()}>${t('confirmNo')}</button>
          </div>`
          : html`<form novalidate @submit=${this.#onSubmit}>
            <fieldset part="date-fields" aria-describedby="date-privacy">
              <legend>${t('legend')}</legend>
              <div class="fields">
                ${birthFieldOrder(locale).map(
                  (field) => html`<label class=${field}>
                    <span>${t(field)}</span>
                    <input
                      name=${field}
                      inputmode="numeric"
                      autocomplete=${`bday-${field}`}
                      maxlength=${field === 'year' ? 4 : 2}
                      aria-invalid=${invalid(field) ? 'true' : 'false'}
                      aria-describedby=${invalid(field) ? 'date-error' : nothing}
                    />
                  </label>`,
                )}
              </div>
            </fieldset>
            <p id="date-error" part="error" class="error" role="alert">${this.problem ? t(this.problem.problem) : nothing}</p>
            <p id="date-privacy" class="hint">${t('privacy')}</p>
            <button part="continue-button" type="submit">${t('continue')}</button>
          </form>`
      }
    `;
  }

  #renderDenied(t: (key: AgeGateStringKey) => string) {
    const leave = checkedHref('age-gate', 'deny-href', this.denyHref, false);
    return html`
      <h2 id="gate-title" tabindex="-1">${t('deniedTitle')}</h2>
      <p id="gate-reason">${t('deniedText')}</p>
      ${leave ? html`<a class="leave" href=${leave}>${t('leave')}</a>` : nothing}
    `;
  }
}
