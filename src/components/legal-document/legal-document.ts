import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { clinicContext, defaultClinicContext, type ClinicContext } from '../../core/clinic-context.js';
import type { LegalDocument as LegalDocumentData } from '../../core/content-model.js';
import { toDom } from '../../core/document-tree.js';
import { fetchDocument, type GuideLoadError } from '../../core/guide-source.js';
import { clampHeadingLevel, documentSectionsTree } from '../../core/guide-template.js';
import { translate, type Locale } from '../../core/i18n.js';
import { LocaleController } from '../../core/locale-controller.js';
import { themeStyles, themes, type Theme } from '../../core/theme.js';
import { formatProblem } from '../../core/content-problem.js';
import { oneOf, warnAttribute } from '../../core/warn.js';
import { fetchErrorMessage, isFetchError, renderLoadError } from '../shared/load-error.js';
import { legalStrings, type LegalStringKey } from './legal-document.strings.js';
import { legalDocumentStyles } from './legal-document.styles.js';
import { loadBuiltInDocument } from '../../content/index.js';

export const builtInLegalDocuments = ['terms', 'privacy'] as const;

/** Milliseconds of a `YYYY-MM-DD` day (UTC), or NaN. */
const isoDay = (value: string | undefined): number => (value ? Date.parse(`${value}T00:00:00Z`) : Number.NaN);

type LegalError = GuideLoadError | { kind: 'unknown'; name: string } | { kind: 'not-legal'; src: string } | { kind: 'empty' };

interface TocEntry {
  id: string;
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
 * @csspart error - The message shown when the document cannot be loaded.
 * @cssprop [--clinic-color-surface-alt=#f2f5f8] - Table of contents background.
 * @cssprop [--clinic-color-border=#c5cfda] - Table of contents border.
 * @cssprop [--clinic-color-muted=#4a5563] - Version and date.
 * @cssprop [--clinic-color-error=#b42318] - Error border.
 */
export class LegalDocument extends LitElement {
  static override styles = [themeStyles, legalDocumentStyles];

  #locale = new LocaleController(this);
  #loadId = 0;

  @consume({ context: clinicContext, subscribe: true })
  @state()
  private context: ClinicContext = defaultClinicContext;

  @state() private data: LegalDocumentData | null = null;
  @state() private entries: TocEntry[] = [];
  @state() private error: LegalError | null = null;
  @state() private loading = false;

  /** A built-in document: `terms` (Terms of Use) or `privacy` (Privacy Policy). */
  @property({ reflect: true }) document = '';

  /** Same-origin URL of a legal document in the content model (JSON). */
  @property() src = '';

  /** Version shown (and used by `<terms-accept>`); defaults to the document's own. */
  @property() version = '';

  /** Date the version applies from (`YYYY-MM-DD`); defaults to the document's own. */
  @property({ attribute: 'effective-date' }) effectiveDate = '';

  /** Level of the section headings, 2 to 6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** `light`, `dark` or `auto`. Unset, the text keeps the site's colours. */
  @property({ reflect: true }) theme?: Theme;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('legal-document', 'theme', this.theme, themes, 'light');
    if (changed.has('headingLevel') && clampHeadingLevel(this.headingLevel) !== this.headingLevel) {
      warnAttribute('legal-document', 'heading-level', this.headingLevel, 'a whole number from 2 to 6', 'Using 2.');
    }
    if (changed.has('effectiveDate') && this.effectiveDate && Number.isNaN(isoDay(this.effectiveDate))) {
      warnAttribute('legal-document', 'effective-date', this.effectiveDate, 'YYYY-MM-DD', 'Using the document’s own.');
    }
    if (changed.has('src') || changed.has('document')) void this.#load();
    // Placeholders follow the provider's settings, which may arrive after the text.
    else if ((changed.has('context') || changed.has('headingLevel')) && this.data) this.#write(this.data);
  }

  async #load(): Promise<void> {
    const loadId = ++this.#loadId;
    this.error = null;
    if (this.querySelector(':scope > section:not([data-legal-generated])')) {
      this.entries = this.#tocFromPage();
      return;
    }
    this.loading = true;
    let result: { data: LegalDocumentData } | { error: LegalError };
    if (this.src) {
      const fetched = await fetchDocument(this.src);
      result = !fetched.ok ? { error: fetched.error } : fetched.document.kind === 'legal-document' ? { data: fetched.document } : { error: { kind: 'not-legal', src: this.src } };
    } else if (this.document) {
      const name = this.document;
      result = builtInLegalDocuments.includes(name as never)
        ? { data: await loadBuiltInDocument(name as 'terms') }
        : { error: { kind: 'unknown', name } };
    } else {
      result = { error: { kind: 'empty' } };
    }
    if (loadId !== this.#loadId) return;
    this.loading = false;
    if ('error' in result) {
      this.data = null;
      this.#generated().forEach((node) => node.remove());
      this.error = result.error;
      const details = result.error.kind === 'invalid' ? result.error.problems.map(formatProblem) : [this.#errorText(result.error, 'en')];
      details.forEach((detail) => console.warn(`clinic-elements: <legal-document> ${detail}`));
      return;
    }
    this.data = result.data;
    this.#write(result.data);
  }

  #write(data: LegalDocumentData): void {
    this.#generated().forEach((node) => node.remove());
    const nodes = documentSectionsTree(data, 'legal', { clinic: this.context.clinic, headingLevel: clampHeadingLevel(this.headingLevel) }).map((tree) => toDom(tree) as HTMLElement);
    nodes.forEach((node) => node.setAttribute('data-legal-generated', ''));
    this.append(...nodes);
    this.entries = this.#tocFromPage();
  }

  #generated(): Element[] {
    return [...this.querySelectorAll(':scope > [data-legal-generated]')];
  }

  #tocFromPage(): TocEntry[] {
    return [...this.querySelectorAll<HTMLElement>(':scope > section[id]')].flatMap((section) => {
      const heading = section.querySelector(':scope > :is(h2, h3, h4, h5, h6)');
      return heading ? [{ id: section.id, title: (heading.textContent ?? '').replace(/\s+/g, ' ').trim() }] : [];
    });
  }

  #errorText(error: LegalError, locale: Locale): string {
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
      ${this.loading ? html`<p role="status">${t('loading')}</p>` : nothing}
      ${this.entries.length > 1
        ? html`<nav part="toc" class="toc" aria-labelledby="toc-title">
            <p id="toc-title" class="toc-title">${t('toc')}</p>
            <ol>${this.entries.map((entry) => html`<li><a href="#${entry.id}">${entry.title}</a></li>`)}</ol>
          </nav>`
        : nothing}
      <slot></slot>
    `;
  }
}
