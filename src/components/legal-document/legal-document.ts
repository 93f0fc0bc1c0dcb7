import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import type { LegalDocument as LegalDocumentData } from '../../core/documents/model.js';
import { clampHeadingLevel } from '../../core/documents/heading-level.js';
import { translate } from '../../core/i18n/messages.js';
import { type Locale } from '../../core/i18n/locale.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { formatProblem } from '../../core/documents/problems.js';
import { oneOf, warnAttribute, warnOnceFor } from '../shared/warn.js';
import { DocumentSource, loadDocumentNodes, type SourceError } from '../shared/document-source.js';
import { LanguageSources, localizedSource } from '../shared/language-sources.js';
import { replaceGenerated } from '../shared/generated-nodes.js';
import { fetchErrorMessage, isFetchError, renderLoadError } from '../shared/load-error.js';
import { legalStrings, type LegalStringKey } from './legal-document.strings.js';
import { legalDocumentStyles } from './legal-document.styles.js';
import { ListenersController } from '../shared/listeners.js';
import type { DocumentChanges } from './legal-changes.js';

/** Milliseconds of a `YYYY-MM-DD` day (UTC), or NaN. */
const isoDay = (value: string | undefined): number => (value ? Date.parse(`${value}T00:00:00Z`) : Number.NaN);

/** Detail of `document-change`: the document now shown, or every field null when none could be. No personal data. */
export interface DocumentChangeDetail {
  id: string | null;
  version: string | null;
  lang: string | null;
}

interface TocEntry {
  id: string;
  /** The section's language, when it sets one (the document's): the link reads in it too. */
  lang: string;
  title: string;
}

/**
 * A clinic's Terms of Use or Privacy Policy as a readable page: numbered sections with real
 * headings written into the page, a table of contents, the version and effective date, and the
 * clinic's identity filled in from `<clinic-provider>`.
 *
 * @summary Terms of Use and Privacy Policy pages.
 * @tag legal-document
 * @slot - Clinic-authored `<section>`s with headings (used before `src` and `document`).
 * @csspart meta - Version and effective date.
 * @csspart toc - The table of contents.
 * @csspart changes - With `show-changes`: what changed since the version the visitor accepted.
 * @csspart error - The message shown when the document cannot be loaded.
 * @cssprop [--clinic-color-surface-alt=#f2f5f8] - Table of contents background.
 * @cssprop [--clinic-color-border=#c5cfda] - Table of contents border.
 * @cssprop [--clinic-color-muted=#4a5563] - Version and date.
 * @cssprop [--clinic-color-error=#b42318] - Error border.
 * @fires document-change - Another document is shown (a new `src`, or another language's file after a change of `lang`), or none (it failed to load: every field null). Detail: `{ id, version, lang }`. `<terms-accept for>` listens to it to accept the text now shown.
 */
export class LegalDocument extends LitElement {
  static override styles = [themeStyles, legalDocumentStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    data: { state: true },
    entries: { state: true },
    error: { state: true },
    changes: { state: true },
    document: { reflect: true },
    src: {},
    version: {},
    effectiveDate: { attribute: 'effective-date' },
    showChanges: { attribute: 'show-changes', type: Boolean },
    numbered: { type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    theme: { reflect: true },
  };

  #locale = new LocaleController(this);
  #source = new DocumentSource(this, 'legal-document');
  #loading: Promise<void> = Promise.resolve();

  declare private context: ClinicContext;

  declare private data: LegalDocumentData | null;
  declare private entries: TocEntry[];
  declare private error: SourceError | null;
  declare private changes: DocumentChanges | null;
  #changesCode: typeof import('./legal-changes.js') | null = null;
  /** The code that writes a document's sections, loaded with the first document. */
  #template: typeof import('../shared/document-nodes.js') | null = null;
  #loads = 0;
  #comparisons = 0;

  /** The URL of the file shown (`src`, or the `src-<lang>` picked), or null for a built-in document or none. */
  loadedSrc: string | null = null;

  /** A built-in document: `terms` (Terms of Use) or `privacy` (Privacy Policy). */
  declare document: string;

  /** Same-origin URL of a legal document in the content model (JSON). `src-<lang>` (e.g. `src-es`) gives the file for that language, picked by the element's language. */
  declare src: string;
  /** The file the text shown came from (`src`, or the `src-<lang>` picked): another one loads again. */
  #shownSource?: string;

  /** Version shown (and used by `<terms-accept>`); defaults to the document's own. */
  declare version: string;

  /** Date the version applies from (`YYYY-MM-DD`); defaults to the document's own. */
  declare effectiveDate: string;

  /**
   * For a visitor who accepted another version of this document in this browser (with
   * `<terms-accept>`): a notice listing the sections changed since, each marked `data-legal-changed`.
   */
  declare showChanges: boolean;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.data = null;
    this.entries = [];
    this.error = null;
    this.changes = null;
    this.document = '';
    this.src = '';
    this.version = '';
    this.effectiveDate = '';
    this.showChanges = false;
    this.numbered = false;
    this.headingLevel = 2;
    new LanguageSources(this);
    new ListenersController(this, [[document, 'terms-accepted', () => void this.#findChanges()]]);
  }

  /** Numbers the page's own sections ("1. ", "2. "… before each heading, unless the heading starts with a number already). */
  declare numbered: boolean;

  /** Level of the section headings, 2 to 6. */
  declare headingLevel: number;

  /** `light`, `dark` or `auto`. Unset, the text keeps the site's colours. */
  declare theme?: Theme;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('legal-document', 'theme', this.theme, themes, 'light');
    if (changed.has('headingLevel') && clampHeadingLevel(this.headingLevel) !== this.headingLevel) {
      warnAttribute('legal-document', 'heading-level', this.headingLevel, 'a whole number from 2 to 6', 'Using 2.');
    }
    if (changed.has('effectiveDate') && this.effectiveDate && Number.isNaN(isoDay(this.effectiveDate))) {
      warnAttribute('legal-document', 'effective-date', this.effectiveDate, 'YYYY-MM-DD', 'Using the document’s own.');
    }
    const source = localizedSource(this);
    if (source.src !== this.#shownSource || changed.has('document')) this.#loading = this.#load(source);
    // Placeholders follow the provider's settings, which may arrive after the text.
    else if ((changed.has('context') || changed.has('headingLevel')) && this.data) this.#write(this.data);
    else if ((changed.has('context') || changed.has('numbered')) && this.#ownSections().length) void this.#enhanceOwnSections();
    else if (changed.has('showChanges') || changed.has('version')) void this.#findChanges();
  }

  /** The sections changed since the visitor's acceptance; the code that compares loads only for `show-changes`. */
  async #findChanges(): Promise<void> {
    const call = ++this.#comparisons;
    const data = this.data;
    // Whatever is shown belongs to the text compared before: it goes until this comparison is done.
    this.changes = null;
    this.#changesCode?.markChangedSections(this, null);
    if (!this.showChanges || !data) return;
    let changes: DocumentChanges | null;
    try {
      const code = (this.#changesCode ??= await import('./legal-changes.js'));
      changes = await code.changesSinceAcceptance(data, this.version || data.version || '', this.context.clinic, this.context.storageNamespace);
    } catch (error) {
      return this.#warnOnce(`show-changes: ${String(error)}`);
    }
    if (call !== this.#comparisons) return;
    this.changes = changes;
    this.#changesCode.markChangedSections(this, changes);
  }

  /**
   * The document shown, once the load under way is over: null when it could not be loaded, or
   * when the page's own sections are shown. `<terms-accept for>` hashes what this resolves to.
   */
  get loadedDocument(): Promise<LegalDocumentData | null> {
    return this.updateComplete.then(() => this.#loading).then(() => this.data);
  }

  async #load(source: { src: string; attribute: string }): Promise<void> {
    this.#shownSource = source.src;
    const call = ++this.#loads;
    this.error = null;
    if (this.#ownSections().length) {
      this.#source.cancel();
      this.entries = this.#tocFromPage();
      return this.#enhanceOwnSections();
    }
    const nodes = loadDocumentNodes();
    let outcome = await this.#source.load({ ...source, name: this.document }, { alongside: nodes });
    if (!outcome) return;
    this.#template ??= await nodes;
    if (call !== this.#loads) return; // a newer load began while the template's code arrived
    if (!this.#template) outcome = { ok: false, error: { kind: 'network', src: source.src || this.document } };
    if (!outcome.ok) {
      this.data = null;
      this.loadedSrc = null;
      void this.#findChanges();
      replaceGenerated(this, 'legal');
      this.error = outcome.error;
      const details = outcome.error.kind === 'invalid' ? outcome.error.problems.map(formatProblem) : [this.#errorText(outcome.error, 'en')];
      const attribute = 'src' in outcome.error ? `${source.attribute}: ` : '';
      details.forEach((detail) => console.warn(`clinic-elements: <legal-document> ${attribute}${detail}`));
      // A clickwrap `for` this element must not go on accepting the text it no longer shows.
      return this.#announceDocument({ id: null, version: null, lang: null });
    }
    this.data = outcome.document;
    this.loadedSrc = source.src ? new URL(source.src, location.href).href : null;
    this.#write(outcome.document);
    const { id, version = null, lang } = outcome.document;
    this.#announceDocument({ id, version, lang });
  }

  #announceDocument(detail: DocumentChangeDetail): void {
    this.dispatchEvent(new CustomEvent<DocumentChangeDetail>('document-change', { detail }));
  }

  #ownSections(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > section:not([data-legal-generated])')];
  }

  /** Each problem with the page's markup or settings is told once. */
  #warnOnce = warnOnceFor('legal-document');

  /** The clinic's own sections: placeholders filled, numbered with `numbered`, their markup checked. */
  async #enhanceOwnSections(): Promise<void> {
    const code = await import('../shared/page-sections.js').catch(() => null);
    if (!code) return this.#warnOnce('could not load the code for its own sections');
    code.enhanceLegalSections(this.#ownSections(), this.context.clinic, this.numbered, this.#warnOnce);
    this.entries = this.#tocFromPage();
  }

  #write(data: LegalDocumentData): void {
    const options = { clinic: this.context.clinic, headingLevel: clampHeadingLevel(this.headingLevel) };
    replaceGenerated(this, 'legal', this.#template!.documentNodes(data, 'legal', options));
    this.entries = this.#tocFromPage();
    void this.#findChanges();
  }

  #tocFromPage(): TocEntry[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > section[id]')].flatMap((section) => {
      const heading = section.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
      return heading ? [{ id: section.id, lang: section.lang, title: (heading.textContent ?? '').replace(/\s+/g, ' ').trim() }] : [];
    });
  }

  #errorText(error: SourceError, locale: Locale): string {
    if (isFetchError(error)) return fetchErrorMessage(error, locale);
    if (error.kind === 'unknown') return translate(legalStrings, locale, 'error.unknown', { name: error.name });
    return translate(legalStrings, locale, error.kind === 'empty' ? 'error.empty' : 'error.not-legal', { src: 'src' in error ? error.src : '' });
  }

  protected override render() {
    const locale = this.#locale.locale;
    const t = (key: LegalStringKey, params: Record<string, string> = {}) => translate(legalStrings, locale, key, params);
    const version = this.version || this.data?.version;
    // A lenient Date.parse accepts "May 1, 2024", which is no ISO day: formatting it would throw.
    const effective = [this.effectiveDate, this.data?.effectiveDate].map(isoDay).find((time) => !Number.isNaN(time));
    const date = effective === undefined ? null : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(effective);
    const meta = [version ? t('version', { version }) : null, date ? t('effective', { date }) : null].filter(Boolean).join(' · ');
    return html`
      <p class="print-only">${[this.context.clinic.name, t('printedFrom', { url: location.href })].filter(Boolean).join(' · ')}</p>
      ${meta ? html`<p part="meta" class="meta">${meta}</p>` : nothing}
      ${this.error ? renderLoadError(t('errorTitle'), this.#errorText(this.error, locale), this.error.kind === 'invalid' ? this.error.problems : []) : nothing}
      ${this.#source.loading ? html`<p role="status">${t('loading')}</p>` : nothing}
      ${this.changes && this.#changesCode ? this.#changesCode.renderChanges(this.changes, locale, this.data?.lang ?? '') : nothing}
      ${
        this.entries.length > 1
          ? html`<nav part="toc" class="toc" aria-labelledby="toc-title">
            <p id="toc-title" class="toc-title" role="heading" aria-level=${clampHeadingLevel(this.headingLevel)}>${t('toc')}</p>
            <ol>${this.entries.map((entry) => html`<li><a href="#${entry.id}" lang=${entry.lang || nothing}>${entry.title}</a></li>`)}</ol>
          </nav>`
          : nothing
      }
      <slot></slot>
    `;
  }
}
