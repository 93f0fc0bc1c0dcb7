import { consume } from '@lit/context';
import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { checkedHref } from '../../core/checked-href.js';
import { clinicContext, defaultClinicContext, type ClinicContext } from '../../core/clinic-context.js';
import type { OutboxRecord } from '../../core/consent/outbox.js';
import type { ClinicDocument } from '../../core/content-model.js';
import { documentHashes } from '../../core/document-hash.js';
import { translate } from '../../core/i18n.js';
import { LocaleController } from '../../core/locale-controller.js';
import { randomId } from '../../core/random-id.js';
import { recordReceipt } from '../../core/consent/record-receipt.js';
import { storageFor, type ClinicStorage } from '../../core/storage.js';
import { buttonStyles, checkboxStyles } from '../../core/control-styles.js';
import { themeStyles } from '../../core/theme.js';
import { oneOf, warnAttribute } from '../../core/warn.js';
import { termsAcceptStrings, type TermsAcceptStringKey } from './terms-accept.strings.js';
import { fillPlaceholders } from '../../core/placeholders.js';
import { loadBuiltInDocument } from '../../content/index.js';

/** Detail of `terms-accepted`: which text was accepted, when (visitor's clock). */
export interface TermsAcceptedDetail {
  version: string;
  /** SHA-256 of the canonical text of the Terms shown to the visitor. */
  hash: string;
  clientTime: string;
}

/** Proof of an acceptance sent to the record endpoint; nothing identifies the visitor. */
export interface TermsReceipt extends OutboxRecord {
  type: 'terms';
  result: 'accepted';
  version: string;
  hash: string;
  sections: Record<string, string>;
  clientTime: string;
}

interface StoredAcceptance {
  version: string;
  hash: string;
  sections: Record<string, string>;
}

const acceptanceKey = 'terms-accepted';
const isAcceptance = (value: unknown): value is StoredAcceptance =>
  typeof (value as StoredAcceptance)?.version === 'string' &&
  typeof (value as StoredAcceptance).hash === 'string' &&
  typeof (value as StoredAcceptance).sections === 'object' &&
  (value as StoredAcceptance).sections !== null;

/**
 * Clickwrap for a sign-up or booking form: an unticked box, "I have read and agree to the Terms
 * of Use", that takes part in the form like a native checkbox (required, FormData, reset,
 * disabled fieldsets, back/forward restore). The acceptance names the exact text: the `version`
 * and a SHA-256 hash of the Terms as shown. A visitor who accepted an earlier version is told
 * which sections changed since.
 *
 * @summary Terms of Use acceptance checkbox for forms, versioned and hashed.
 * @tag terms-accept
 * @csspart checkbox - The checkbox.
 * @csspart label - Its label.
 * @csspart link - The link to the Terms.
 * @csspart changes - The notice listing the sections changed since an earlier acceptance.
 * @csspart gate - The blocking dialog (`mode="gate"`).
 * @csspart document - The scrollable Terms inside the gate.
 * @csspart accept-button - Accept, in the gate.
 * @cssprop [--clinic-color-accent=#0b5cad] - Checkbox colour.
 * @cssprop [--clinic-color-error=#b42318] - Outline of a required box left unticked after a try.
 * @fires change - The box was ticked or unticked (bubbles, like a native checkbox).
 * @fires terms-accepted - The box was ticked. Detail: `{ version, hash, clientTime }`.
 */
export class TermsAccept extends LitElement {
  static formAssociated = true;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [
    themeStyles,
    buttonStyles,
    checkboxStyles,
    css`
      :host {
        display: block;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
      }
      :host([data-tried]:invalid) input {
        outline: 2px solid var(--clinic-color-error, #b42318);
        outline-offset: 2px;
      }
      .changes {
        margin: 0 0 0.5rem;
        padding: 0.5rem 0.75rem;
        border-inline-start: 4px solid var(--clinic-color-accent, #0b5cad);
        background: var(--clinic-color-surface-alt, #f2f5f8);
        color: var(--clinic-color-text, #1d2733);
      }
      .changes p,
      .changes ul {
        margin: 0;
      }
      dialog {
        box-sizing: border-box;
        width: min(44rem, calc(100vw - 2rem));
        max-height: calc(100vh - 2rem);
        padding: var(--clinic-space-lg, 1.5rem);
        border: 1px solid var(--clinic-color-border, #c5cfda);
        border-radius: var(--clinic-radius, 8px);
        background: var(--clinic-color-surface, #ffffff);
        color: var(--clinic-color-text, #1d2733);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 75%);
      }
      h2 {
        margin: 0 0 0.75rem;
        font-size: 1.25em;
      }
      h2:focus {
        outline: none;
      }
      .document {
        max-height: 50vh;
        overflow: auto;
        margin-bottom: 1rem;
        padding: 0 1rem;
        border: 1px solid var(--clinic-color-border, #c5cfda);
        border-radius: calc(var(--clinic-radius, 8px) / 2);
      }
      .document h3 {
        font-size: 1em;
      }
      .hint {
        color: var(--clinic-color-muted, #4a5563);
      }
      button:disabled {
        opacity: 0.6;
        cursor: not-allowed;
      }
    `,
  ];

  #internals = this.attachInternals();
  #locale = new LocaleController(this);
  #defaultChecked = false;
  #hashes: Promise<{ hash: string; sections: Record<string, string> }> | null = null;
  #document: ClinicDocument | null = null;

  @consume({ context: clinicContext, subscribe: true })
  @state()
  private context: ClinicContext = defaultClinicContext;

  @query('input') private input?: HTMLInputElement;
  @state() private changedSections: string[] | null = null;
  @state() private previousVersion = '';
  @state() private formDisabled = false;
  /** Gate mode: the Terms to show, and whether this version is accepted already. */
  @state() private gateDocument: ClinicDocument | null = null;
  @state() private acceptedCurrent = false;
  @state() private reachedEnd = false;
  @query('dialog') private gate?: HTMLDialogElement;

  /** Field name in the form's data. */
  @property({ reflect: true }) name = '';

  /** Value sent when ticked (default `accepted`). */
  @property() value = 'accepted';

  /** The form does not submit until the box is ticked. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Whether the box is ticked. The `checked` attribute sets the initial state (restored by form reset). */
  @property({ type: Boolean }) checked = false;

  /** Disables the box (a disabled `<fieldset>` does too). */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Revision of the Terms being accepted, e.g. "2024-05". */
  @property() version = '';

  /** Address of the Terms (defaults to the provider's `terms-href`). */
  @property({ attribute: 'terms-href' }) termsHref = '';

  /** `checkbox` (in a form, default) or `gate` (a dialog that blocks the page until this version is accepted). */
  @property({ reflect: true }) mode: 'checkbox' | 'gate' = 'checkbox';

  /** In gate mode, Accept is enabled only once the visitor has reached the end of the Terms. */
  @property({ attribute: 'require-scroll', type: Boolean }) requireScroll = false;

  /** The hash of the accepted text, once computed (64 hex digits). */
  get documentHash(): Promise<string> {
    return this.#hashesOf().then((hashes) => hashes.hash);
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  constructor() {
    super();
    // After a failed submit, the unticked box is outlined (not before: no error on first sight).
    this.addEventListener('invalid', () => this.toggleAttribute('data-tried', true));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#defaultChecked = this.hasAttribute('checked');
    // Removing a modal dialog ends its modality: a gate moved while open must block the page again.
    this.requestUpdate();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A mistyped mode would otherwise drop `required` silently (only the checkbox is required).
    if (changed.has('mode')) this.mode = oneOf('terms-accept', 'mode', this.mode, ['checkbox', 'gate'] as const, 'checkbox');
    if (changed.has('termsHref')) checkedHref('terms-accept', 'terms-href', this.termsHref, true);
    if (changed.has('version') && !this.version.trim()) {
      warnAttribute('terms-accept', 'version', this.getAttribute('version'), 'the revision of your Terms, e.g. "2024-05"', 'Acceptances cannot be told apart from those of other versions.');
    }
    if (changed.has('context') || changed.has('version') || changed.has('mode')) {
      this.#hashes = null;
      void this.#compareWithStored();
    }
  }

  protected override updated(): void {
    if (this.mode === 'gate' && this.gate && this.isConnected) {
      if (this.acceptedCurrent) this.gate.close();
      else if (this.gateDocument && !this.gate.matches(':modal')) {
        this.gate.close();
        this.gate.showModal();
        this.#checkEnd();
      }
    }
    this.#internals.setFormValue(this.checked ? this.value : null, this.checked ? 'checked' : 'unchecked');
    const missing = this.mode === 'checkbox' && this.required && !this.checked;
    if (!missing) return this.#internals.setValidity({});
    this.#internals.setValidity({ valueMissing: true }, translate(termsAcceptStrings, this.#locale.locale, 'required'), this.input);
  }

  formResetCallback(): void {
    this.checked = this.#defaultChecked;
    this.removeAttribute('data-tried');
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = state === 'checked';
  }

  /** A disabled `<fieldset>` disables the box without touching the element's own `disabled`. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** The Terms as shown (built in; a clinic's own Terms come with `<legal-document src>` in a later release). */
  async #termsDocument(): Promise<ClinicDocument> {
    if (this.#document) return this.#document;
    const doc: ClinicDocument = await loadBuiltInDocument('terms');
    this.#document = doc;
    return doc;
  }

  #hashesOf(): Promise<{ hash: string; sections: Record<string, string> }> {
    this.#hashes ??= this.#termsDocument().then((doc) => documentHashes(doc, this.context.clinic));
    return this.#hashes;
  }

  #storage(): ClinicStorage {
    return storageFor('local', this.context.storageNamespace);
  }

  /** An acceptance of another version (or of other text) does not count: say what changed since. */
  async #compareWithStored(): Promise<void> {
    if (this.mode === 'gate') this.gateDocument = await this.#termsDocument();
    const stored = this.#storage().read(acceptanceKey, 1, isAcceptance);
    const current = await this.#hashesOf();
    this.acceptedCurrent = stored !== null && stored.version === this.version && stored.hash === current.hash;
    if (!stored || this.acceptedCurrent) return void (this.changedSections = null);
    const doc = await this.#termsDocument();
    this.previousVersion = stored.version;
    this.changedSections = doc.sections
      .filter((section) => stored.sections[section.id] !== current.sections[section.id])
      .map((section) => `${section.number ? `${section.number}. ` : ''}${fillPlaceholders(section.heading, this.context.clinic)}`);
  }

  async #onChange(event: Event): Promise<void> {
    this.checked = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    if (this.checked) await this.#accept();
  }

  async #accept(): Promise<void> {
    const { hash, sections } = await this.#hashesOf();
    const clientTime = new Date().toISOString();
    this.#storage().write(acceptanceKey, 1, { version: this.version, hash, sections } satisfies StoredAcceptance);
    this.changedSections = null;
    this.acceptedCurrent = true;
    this.dispatchEvent(new CustomEvent<TermsAcceptedDetail>('terms-accepted', { detail: { version: this.version, hash, clientTime }, bubbles: true, composed: true }));
    const receipt: TermsReceipt = { id: randomId(), type: 'terms', result: 'accepted', version: this.version, hash, sections, clientTime };
    await recordReceipt(this.context, receipt);
  }

  /** Reached when the Terms region is scrolled to its end (or needs no scrolling at all). */
  #checkEnd = () => {
    const region = this.renderRoot.querySelector<HTMLElement>('.document');
    if (region && region.scrollTop + region.clientHeight >= region.scrollHeight - 2) this.reachedEnd = true;
  };

  #renderGate(locale: string, t: (key: TermsAcceptStringKey) => string) {
    const fill = (text: string) => fillPlaceholders(text, this.context.clinic);
    const blocked = this.requireScroll && !this.reachedEnd;
    return html`
      <dialog part="gate" class="gate" aria-labelledby="gate-title" lang=${locale} @cancel=${(e: Event) => e.preventDefault()}>
        <h2 id="gate-title" tabindex="-1" autofocus>${t('gateTitle')}${this.version ? ` (${this.version})` : ''}</h2>
        ${this.#renderChanges(t)}
        <p>${t('gateIntro')}</p>
        <div part="document" class="document" role="region" aria-labelledby="gate-title" tabindex="0" @scroll=${this.#checkEnd} lang=${this.gateDocument?.lang ?? 'en'}>
          ${this.gateDocument?.intro?.map((block) => html`<p>${block.type === 'paragraph' && typeof block.text === 'string' ? fill(block.text) : ''}</p>`)}
          ${this.gateDocument?.sections.map(
            (section) => html`<h3>${section.number ? `${section.number}. ` : ''}${fill(section.heading)}</h3>
              ${section.blocks.map((block) => html`<p>${block.type === 'paragraph' && typeof block.text === 'string' ? fill(block.text) : ''}</p>`)}`,
          )}
        </div>
        ${blocked ? html`<p id="scroll-hint" class="hint">${t('scrollHint')}</p>` : nothing}
        <button part="accept-button" type="button" ?disabled=${blocked} aria-describedby=${blocked ? 'scroll-hint' : nothing} @click=${() => this.#accept()}>${t('accept')}</button>
      </dialog>
    `;
  }

  #renderChanges(t: (key: TermsAcceptStringKey) => string) {
    if (!this.changedSections) return nothing;
    return html`<div part="changes" class="changes" role="note">
      <p>${this.changedSections.length ? t('changed') : t('changedNone')}</p>
      ${this.changedSections.length ? html`<ul>${this.changedSections.map((title) => html`<li>${title}</li>`)}</ul>` : nothing}
    </div>`;
  }

  protected override render() {
    const locale = this.#locale.locale;
    const t = (key: TermsAcceptStringKey) => translate(termsAcceptStrings, locale, key, { version: this.previousVersion });
    if (this.mode === 'gate') return this.#renderGate(locale, t);
    const href = checkedHref('terms-accept', 'terms-href', this.termsHref, false) ?? this.context.termsHref;
    return html`
      ${this.#renderChanges(t)}
      <div class="row" lang=${locale}>
        <label part="label">
          <input part="checkbox" type="checkbox" .checked=${this.checked} ?disabled=${this.disabled || this.formDisabled} @change=${this.#onChange} />
          ${t('label')}
        </label>
        ${href ? html`<a part="link" href=${href} target="_blank" rel="noopener">${t('link')}</a>` : nothing}
      </div>
    `;
  }
}
