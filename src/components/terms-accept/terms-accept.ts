import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { LegalDocument } from '../../core/documents/model.js';
import { translate } from '../../core/i18n/messages.js';
import { storageFor, type ClinicStorage } from '../../core/platform/storage.js';
import { FormControlElement, warnUnlessTextValue } from '../shared/form-control-element.js';
import { checkedHref } from '../shared/checked-href.js';
import { LanguageSources, localizedSource } from '../shared/language-sources.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { buttonStyles, checkboxStyles } from '../shared/control-styles.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles } from '../shared/theme.js';
import { oneOf, warnAttribute } from '../shared/warn.js';
import type { AcceptanceProof, AcceptedTerms, DocumentHashes, TermsAcceptedDetail } from '../../core/documents/acceptance.js';
import { acceptanceFormValue } from './terms-form-value.js';
import { loadBuiltInDocument } from '../../content/index.js';
import { termsAcceptStrings, type TermsAcceptStringKey } from './terms-accept.strings.js';
import { termsAcceptStyles } from './terms-accept.styles.js';
import { reachedEnd, renderGate } from './terms-gate.js';

export type { TermsReceipt } from '../../core/receipts/types.js';

export type { TermsAcceptedDetail } from '../../core/documents/acceptance.js';

/** Comparing and recording acceptances (and hashing) loads with the Terms, not up front. */
const loadAcceptance = () => import('../../core/documents/acceptance.js');

/**
 * Clickwrap for a sign-up or booking form: an unticked box, "I have read and agree to the Terms
 * of Use", that takes part in the form like a native checkbox (required, FormData, reset,
 * disabled fieldsets, back/forward restore). The Terms are the clinic's own (`src`, or `for` a
 * `<legal-document>` on the page) or the built-in ones. The acceptance names the exact text: its
 * version and a SHA-256 hash of the Terms as shown, which the form receives with the receipt id.
 * A visitor who accepted an earlier version is told which sections changed since.
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
 * @fires terms-accepted - The box was ticked. Detail: `{ document, version, effectiveDate, hash, clientTime, receipt }`.
 * @fires receipt-failed - On `document`: a receipt was set aside, never to be sent (the record endpoint refused it for good, it cannot be sent, or the full queue dropped it). Detail: `{ id, type, status, reason }`.
 */
export class TermsAccept extends FormControlElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [themeStyles, buttonStyles, checkboxStyles, termsAcceptStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    changedSections: { state: true },
    previousVersion: { state: true },
    gateDocument: { state: true },
    acceptedCurrent: { state: true },
    reachedEnd: { state: true },
    name: { reflect: true },
    value: {},
    required: { type: Boolean, reflect: true },
    checked: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    version: {},
    src: {},
    htmlFor: { attribute: 'for' },
    termsHref: { attribute: 'terms-href' },
    mode: { reflect: true },
    requireScroll: { attribute: 'require-scroll', type: Boolean },
  };

  #locale = new LocaleController(this);
  /** The file of the Terms for the visitor's language (`src`, or the `src-<lang>` picked). */
  #source?: string;
  #defaultChecked = false;
  #terms: Promise<AcceptedTerms> | null = null;
  /** Why the Terms cannot be accepted (they could not be loaded or hashed), or null. */
  #unavailable: string | null = null;
  /** The proof of the last acceptance on this page, sent with the form. */
  #proof: AcceptanceProof | null = null;
  #hashes: Promise<DocumentHashes> | null = null;
  /** Each comparison with the stored acceptance supersedes the one before. */
  #comparison = 0;
  /** The gate's Terms as nodes, made once per document and clinic. */
  #gateNodes: Node[] = [];
  #gateText: typeof import('./terms-gate-text.js') | null = null;

  declare private context: ClinicContext;

  // The anchor of `setValidity`; gate mode has no input, and the element itself is the anchor then.
  private get input() {
    return this.renderRoot.querySelector('input') ?? undefined;
  }
  declare private changedSections: string[] | null;
  declare private previousVersion: string;
  /** Gate mode: the Terms to show, and whether this version is accepted already. */
  declare private gateDocument: LegalDocument | null;
  declare private acceptedCurrent: boolean;
  declare private reachedEnd: boolean;
  private get gate() {
    return this.renderRoot.querySelector('dialog');
  }

  /** Field name in the form's data. */
  declare name: string;

  /** Value sent when ticked (default `accepted`). */
  declare value: string;

  /** The form does not submit until the box is ticked. */
  declare required: boolean;

  /** Whether the box is ticked. The `checked` attribute sets the initial state (restored by form reset). */
  declare checked: boolean;

  /** Disables the box (a disabled `<fieldset>` does too). */
  declare disabled: boolean;

  /** Revision of the Terms being accepted, e.g. "2024-05"; defaults to the document's own. */
  declare version: string;

  /** Same-origin URL of the clinic's Terms in the content model (JSON). Unset (and no `for`), the built-in Terms. `src-<lang>` (e.g. `src-es`) gives the file for that language. */
  declare src: string;

  /** Id of a `<legal-document>` on the page whose Terms are accepted (wins over `src`). */
  declare htmlFor: string;

  /** Address of the Terms (defaults to the provider's `terms-href`). */
  declare termsHref: string;

  /** `checkbox` (in a form, default) or `gate` (a dialog that blocks the page until this version is accepted). */
  declare mode: 'checkbox' | 'gate';

  /** In gate mode, Accept is enabled only once the visitor has reached the end of the Terms. */
  declare requireScroll: boolean;

  /** The hash of the accepted text, once computed (64 hex digits). */
  get documentHash(): Promise<string> {
    return this.#hashesOf().then((hashes) => hashes.hash);
  }

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.changedSections = null;
    this.previousVersion = '';
    this.gateDocument = null;
    this.acceptedCurrent = false;
    this.reachedEnd = false;
    this.name = '';
    this.value = 'accepted';
    this.required = false;
    this.checked = false;
    this.disabled = false;
    this.version = '';
    this.src = '';
    this.htmlFor = '';
    this.termsHref = '';
    this.mode = 'checkbox';
    this.requireScroll = false;
    new LanguageSources(this);
    // After a failed submit, the unticked box is outlined (not before: no error on first sight).
    // eslint-disable-next-line wc/no-constructor-attributes -- set when the form reports the box invalid, long after construction
    this.addEventListener('invalid', () => this.toggleAttribute('data-tried', true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#termsListener.abort();
    this.#terms = this.#hashes = null; // read again when it comes back
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
    if (changed.has('value')) warnUnlessTextValue('terms-accept', this.value);
    if (changed.has('version') && !this.version.trim() && !localizedSource(this).src && !this.htmlFor) {
      warnAttribute(
        'terms-accept',
        'version',
        this.getAttribute('version'),
        'the revision of your Terms, e.g. "2024-05"',
        'Acceptances cannot be told apart from those of other versions.',
      );
    }
    // `src-<lang>` for the visitor's language, switching with `lang`, as `<legal-document>` does.
    const source = localizedSource(this).src;
    const sourceChanged = source !== this.#source;
    this.#source = source;
    if (sourceChanged || changed.has('htmlFor')) this.#terms = null;
    if (changed.has('context') || changed.has('version') || changed.has('mode') || sourceChanged || changed.has('htmlFor')) {
      this.#hashes = null;
      void this.#compareWithStored();
    }
    if ((changed.has('gateDocument') || changed.has('context')) && this.gateDocument && this.#gateText) {
      this.#gateNodes = this.#gateText.gateNodes(this.gateDocument, this.context.clinic);
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
    this.internals.setFormValue(this.checked ? acceptanceFormValue(this.name, this.value, this.#proof) : null, this.checked ? 'checked' : 'unchecked');
    const t = (key: TermsAcceptStringKey) => translate(termsAcceptStrings, this.#locale.locale, key);
    // Terms that could not be loaded cannot be accepted: a form never goes out with an unknown text.
    if (this.#unavailable && (this.checked || this.required)) return this.internals.setValidity({ customError: true }, t('unavailable'), this.input);
    const missing = this.mode === 'checkbox' && this.required && !this.checked;
    if (!missing) return this.internals.setValidity({});
    this.internals.setValidity({ valueMissing: true }, t('required'), this.input);
  }

  formResetCallback(): void {
    this.checked = this.#defaultChecked;
    this.removeAttribute('data-tried');
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    this.checked = state === 'checked';
  }

  /** The Terms as shown: `for` or `src` (their loader is fetched only then), or the built-in ones. */
  #termsDocument(): Promise<AcceptedTerms> {
    this.#terms ??= (
      this.htmlFor || this.#source
        ? import('./terms-source.js').then(({ loadTerms }) =>
            loadTerms(
              { htmlFor: this.htmlFor, src: this.#source ?? '', version: this.version, getRootNode: () => this.getRootNode() },
              this.#onTermsChange,
              this.#renewTermsListener(),
            ),
          )
        : loadBuiltInDocument('terms').then((doc) => ({ doc, src: null }))
    ).then((terms) => {
      this.#unavailable = null;
      return terms;
    });
    return this.#terms;
  }

  /** Ends the listener on the `<legal-document>` read before (another `for`, another load), and gives the next one's signal. */
  #termsListener = new AbortController();
  #renewTermsListener(): AbortSignal {
    this.#termsListener.abort();
    this.#termsListener = new AbortController();
    return this.#termsListener.signal;
  }

  /** The `<legal-document>` named by `for` shows another text: that one is accepted from now on. */
  #onTermsChange = () => {
    this.#terms = this.#hashes = null;
    void this.#compareWithStored();
  };

  /** The version accepted: the document's own, else the `version` attribute. */
  #versionOf(doc: LegalDocument): string {
    return doc.version ?? this.version;
  }

  async #loadGateText(): Promise<typeof import('./terms-gate-text.js')> {
    return (this.#gateText ??= await import('./terms-gate-text.js'));
  }

  #hashesOf(): Promise<DocumentHashes> {
    this.#hashes ??= Promise.all([this.#termsDocument(), loadAcceptance()]).then(([{ doc }, { documentHashes }]) => documentHashes(doc, this.context.clinic));
    return this.#hashes;
  }

  #storage(): ClinicStorage {
    return storageFor('local', this.context.storageNamespace);
  }

  /** An acceptance of another version (or of other text) does not count: say what changed since. */
  async #compareWithStored(): Promise<void> {
    const comparison = ++this.#comparison;
    const gate = this.mode === 'gate';
    let doc: LegalDocument;
    let current: DocumentHashes;
    let acceptance: Awaited<ReturnType<typeof loadAcceptance>>;
    try {
      [{ doc }, acceptance] = await Promise.all([this.#termsDocument(), loadAcceptance(), gate ? this.#loadGateText() : null]);
      current = await this.#hashesOf();
    } catch (error) {
      if (comparison === this.#comparison) this.#termsUnavailable(error);
      return;
    }
    // The version, the clinic or the mode changed while the Terms loaded: the newer comparison decides.
    if (comparison !== this.#comparison) return;
    if (gate) this.gateDocument = doc;
    const result = acceptance.compareAcceptance(acceptance.readAcceptance(this.#storage(), doc), this.#versionOf(doc), current, doc, this.context.clinic);
    this.acceptedCurrent = result.accepted;
    this.changedSections = result.changedSections?.map((section) => section.title) ?? null;
    if (result.previousVersion !== null) this.previousVersion = result.previousVersion;
  }

  async #onChange(event: Event): Promise<void> {
    this.checked = (event.target as HTMLInputElement).checked;
    this.dispatchEvent(new Event('change', { bubbles: true }));
    if (this.checked) await this.#accept();
  }

  /** The Terms (or the code that shows them) could not be loaded, e.g. offline: said, never valid, and tried again next time. */
  #termsUnavailable(error: unknown): void {
    this.#terms = this.#hashes = null;
    this.#unavailable = String((error as Error)?.message ?? error);
    console.warn(`clinic-elements: <terms-accept> could not load the Terms (${this.#unavailable}); no acceptance can be recorded until they load.`);
    this.requestUpdate();
  }

  async #accept(): Promise<void> {
    let terms: AcceptedTerms;
    let hashes: DocumentHashes;
    let acceptance: Awaited<ReturnType<typeof loadAcceptance>>;
    try {
      [terms, hashes, acceptance] = await Promise.all([this.#termsDocument(), this.#hashesOf(), loadAcceptance()]);
    } catch (error) {
      return this.#termsUnavailable(error);
    }
    const { proof, detail } = acceptance.recordAcceptance(this.#storage(), this.context, terms, hashes, this.#versionOf(terms.doc));
    this.#proof = proof;
    this.changedSections = null;
    this.acceptedCurrent = true;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent<TermsAcceptedDetail>('terms-accepted', { detail, bubbles: true, composed: true }));
  }

  #checkEnd = () => {
    const region = this.renderRoot.querySelector<HTMLElement>('.document');
    if (reachedEnd(region)) this.reachedEnd = true;
    // A tab stop only where there is something to scroll with the keyboard.
    if (region && region.scrollHeight > region.clientHeight) region.tabIndex = 0;
    else region?.removeAttribute('tabindex');
  };

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
    if (this.mode === 'gate') {
      return renderGate({
        document: this.gateDocument,
        nodes: this.#gateNodes,
        version: this.gateDocument?.version ?? this.version,
        locale,
        blocked: this.requireScroll && !this.reachedEnd,
        changes: this.#renderChanges(t),
        onScroll: this.#checkEnd,
        onAccept: () => void this.#accept(),
        t,
      });
    }
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
