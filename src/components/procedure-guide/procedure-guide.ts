import { LitElement, html, nothing, type PropertyDeclarations } from 'lit';
import type { ProcedureGuide as GuideDocument } from '../../core/documents/model.js';
import { builtInGuideNames } from '../../core/documents/built-in.js';
import { clampHeadingLevel } from '../../core/documents/heading-level.js';
import { translate } from '../../core/i18n/messages.js';
import { consumeClinicContext, defaultClinicContext, type ClinicContext } from '../shared/clinic-context.js';
import { DocumentSource, loadDocumentNodes, type SourceError } from '../shared/document-source.js';
import { LanguageSources, localizedSource } from '../shared/language-sources.js';
import { generatedNodes, replaceGenerated } from '../shared/generated-nodes.js';
import { ListenersController } from '../shared/listeners.js';
import { LocaleController } from '../shared/locale-controller.js';
import { themeStyles, themes, type Theme } from '../shared/theme.js';
import { oneOf, warnAttribute, warnOnceFor } from '../shared/warn.js';
import { markCurrentLink, renderProgress, renderStepButtons, renderToc } from './guide-controls.js';
import { renderGuideError, warnGuideError } from './guide-errors.js';
import { adoptPageStyles } from './guide-page-styles.js';
import {
  addressedId,
  applyLayout,
  collectSections,
  placeFigureMedia,
  takeBackFigureMedia,
  toggleOf,
  type GuideLayout,
  type GuideSection,
} from './guide-sections.js';
import { GuideStructuredData } from './guide-structured-data.js';
import { guideStrings } from './procedure-guide.strings.js';
import { procedureGuideStyles } from './procedure-guide.styles.js';
import type { RecoveryTimeline } from './recovery-timeline.js';
import { SectionSpy } from './section-spy.js';

export const guideLayouts: readonly GuideLayout[] = ['article', 'accordion', 'steps'];

/** Detail of `section-change`: which section the reader moved to. No personal data. */
export interface SectionChangeDetail {
  id: string;
  index: number;
}

/**
 * A patient-education guide for one procedure, written to be read, printed and found by search
 * engines. The text stays in the page: clinic-authored `<section>`s are enhanced in place, and a
 * `src` JSON file or a built-in guide is rendered into the page as real headings and paragraphs.
 *
 * @summary Procedure guide with table of contents, three layouts and a recovery timeline.
 * @tag procedure-guide
 * @slot - Clinic-authored `<section>`s with headings (used before `src` and `procedure`).
 * @slot cta - Booking call to action; clicking it fires `cta-click`, nothing is sent.
 * @slot disclaimer - Replaces the default `<medical-disclaimer>` (not shown with `no-disclaimer` or a disclaimer banner on the page).
 * @slot figure-<id> - An image for the figure with that id, e.g. `figure-incisions` in the facelift guide.
 * @cssstate loading - While the guide's text loads; an article-layout guide then keeps a screen's height, so the page below does not jump when the text arrives.
 * @csspart toc - The table of contents (`nav`).
 * @csspart progress - Step counter and bar (steps layout).
 * @csspart step-buttons - Previous and Next (steps layout).
 * @csspart timeline - The recovery timeline.
 * @csspart date-input - The surgery date field.
 * @csspart download - The `.ics` download link.
 * @csspart error - The message shown when the guide cannot be loaded.
 * @cssprop [--clinic-color-text=#1d2733] - Text colour of the controls.
 * @cssprop [--clinic-color-muted=#4a5563] - Secondary text.
 * @cssprop [--clinic-color-surface-alt=#f2f5f8] - Background of the timeline and table of contents.
 * @cssprop [--clinic-color-border=#c5cfda] - Borders and the timeline track.
 * @cssprop [--clinic-color-accent=#0b5cad] - Buttons, progress, current section and timeline bars.
 * @cssprop [--clinic-color-on-accent=#ffffff] - Text on accent buttons.
 * @cssprop [--clinic-color-focus=#0b5cad] - Focus ring.
 * @cssprop [--clinic-radius=8px] - Corner radius.
 * @cssprop [--clinic-scroll-offset=1em] - Space kept above a section scrolled into view (height of a sticky site header).
 * @fires section-change - The reader moved to another section (scrolling, table of contents, steps, accordion). Detail: `{ id, index }`.
 * @fires cta-click - The visitor activated the `cta` slot. Detail: `{ section }`, the id of the section being read.
 */
export class ProcedureGuide extends LitElement {
  static override styles = [themeStyles, procedureGuideStyles];
  static override properties: PropertyDeclarations = {
    context: { state: true },
    sections: { state: true },
    current: { state: true },
    expanded: { state: true },
    guide: { state: true },
    error: { state: true },
    procedure: { reflect: true },
    src: {},
    layout: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    noStructuredData: { attribute: 'no-structured-data', type: Boolean },
    noDisclaimer: { attribute: 'no-disclaimer', type: Boolean },
    noTimeline: { attribute: 'no-timeline', type: Boolean },
    theme: { reflect: true },
  };

  #locale = new LocaleController(this);
  #source = new DocumentSource(this, 'procedure-guide');
  #structuredData = new GuideStructuredData(this);
  #timeline: RecoveryTimeline | null = null;
  #spy = new SectionSpy((index) => this.#onSectionInView(index));
  /** Scroll-spy changes count as navigation only after the reader has used the page. */
  #readerActive = false;
  #internals = this.attachInternals();

  declare private context: ClinicContext;

  declare private sections: GuideSection[];
  declare private current: number;
  declare private expanded: Set<string>;
  declare private guide: GuideDocument | null;
  declare private error: SourceError | null;

  /** A built-in guide: `necklift` or `facelift`. Used when the element has no sections of its own and no `src`. */
  declare procedure: string;

  /**
   * Same-origin URL of a guide in the content model (JSON). Used when the element has no sections
   * of its own. `src-<lang>` (e.g. `src-es`) gives the file for that language: the element's
   * language picks one, and a change of `lang` switches live.
   */
  declare src: string;
  /** The file the text shown came from (`src`, or the `src-<lang>` picked): another one loads again. */
  #shownSource?: string;

  /** `article` (all sections, with a table of contents), `accordion` (collapsed sections) or `steps` (one section at a time). */
  declare layout: GuideLayout;

  /** Level of the section headings, 2 to 6 (the page's own title is the `h1`). */
  declare headingLevel: number;

  /** Leaves out the schema.org JSON-LD that describes the procedure to search engines. */
  declare noStructuredData: boolean;

  /**
   * Leaves out the guide's "not medical advice" box. It is left out anyway on a page that already
   * has a `<medical-disclaimer variant="banner">`, so a page never shows two.
   */
  declare noDisclaimer: boolean;

  /** Leaves out the recovery timeline. */
  declare noTimeline: boolean;

  /** `light`, `dark` or `auto`. Unset, the surrounding `<clinic-provider>` (or the page's tokens) applies. */
  declare theme?: Theme;

  constructor() {
    super();
    consumeClinicContext(this, (context) => (this.context = context));
    this.context = defaultClinicContext;
    this.sections = [];
    this.current = 0;
    this.expanded = new Set<string>();
    this.guide = null;
    this.error = null;
    this.procedure = '';
    this.src = '';
    this.layout = 'article';
    this.headingLevel = 2;
    this.noStructuredData = false;
    this.noDisclaimer = false;
    this.noTimeline = false;
    new LanguageSources(this);
    const onReaderInput = () => (this.#readerActive = true);
    const readerInputEvents = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;
    new ListenersController(this, [
      [window, 'hashchange', this.#onHashChange],
      ...readerInputEvents.map((type) => [window, type, onReaderInput, { passive: true }] as const),
      [this, 'click', this.#onLightClick],
      [this, 'beforematch', this.#onBeforeMatch],
    ]);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyles(this.getRootNode() as Document | ShadowRoot);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#spy.disconnect();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('layout')) this.layout = oneOf('procedure-guide', 'layout', this.layout, guideLayouts, 'article');
    if (changed.has('theme') && this.theme != null) this.theme = oneOf('procedure-guide', 'theme', this.theme, themes, 'light');
    if (changed.has('headingLevel') && clampHeadingLevel(this.headingLevel) !== this.headingLevel) {
      warnAttribute('procedure-guide', 'heading-level', this.headingLevel, 'a whole number from 2 to 6', 'Using 2.');
      this.headingLevel = 2;
    }
    const source = localizedSource(this);
    if (source.src !== this.#shownSource || changed.has('procedure') || (changed.has('headingLevel') && generatedNodes(this, 'guide').length))
      void this.#load(source);
    else if (changed.has('context') && this.#ownPlaceholders) void this.#fillOwnPlaceholders();
    else if (changed.has('noTimeline') && !this.#timeline) void this.#loadTimeline().then(() => this.requestUpdate());
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    this.#internals.states[this.#source.loading ? 'add' : 'delete']('loading');
    applyLayout(this.sections, this.layout, this.current, this.expanded);
    if (changed.has('current') || changed.has('sections') || changed.has('layout')) {
      markCurrentLink(this.#slottedToc(), this.sections[this.current]?.id, this.layout === 'steps' ? 'step' : 'location');
    }
    if (changed.has('sections') || changed.has('layout')) {
      if (this.layout === 'article') this.#spy.observe(this.sections.map((s) => s.section));
      else this.#spy.disconnect();
    }
    if (changed.has('guide') || changed.has('noStructuredData') || changed.has('context')) {
      void this.#structuredData.update(this.noStructuredData ? null : this.guide, this.context.clinic);
    }
  }

  /**
   * Opens (accordion), shows (steps) or scrolls to the section with this id, or the section that
   * contains the element with this id, and moves focus there, as a deep link would.
   */
  goTo(id: string): Promise<void> {
    return this.#goTo(id, true);
  }

  /** `focus` is false for the address the page was opened with: focus stays where the browser put it. */
  async #goTo(id: string, focus: boolean): Promise<void> {
    const target = document.getElementById(id);
    const index = this.sections.findIndex((s) => s.id === id || (target !== null && s.section.contains(target)));
    if (index === -1) return;
    await this.#show(index, { user: true, scrollTo: target ?? this.sections[index].section, focus });
  }

  /** The timeline's code loads along with the guide's text (it shows that text's facts), not up front. */
  async #loadTimeline(): Promise<void> {
    if (this.noTimeline || this.#timeline) return;
    const { RecoveryTimeline } = await import('./recovery-timeline.js');
    this.#timeline ??= new RecoveryTimeline(this);
  }

  #blocks: Promise<typeof import('./guide-blocks.js') | null> | null = null;
  /** Callouts' and checklists' code, loaded with the text too; without it they are plain text, still readable. */
  #loadBlocks() {
    return (this.#blocks ??= import('./guide-blocks.js').catch(() => null));
  }

  #loads = 0;
  async #load(source: { src: string; attribute: string }): Promise<void> {
    this.#shownSource = source.src;
    const call = ++this.#loads;
    this.error = null;
    // The clinic's own sections stay as they are; a built-in guide of that name still gives its timeline and search data.
    if (this.querySelector(':scope > section:not([data-guide-generated], [slot])')) {
      void this.#fillOwnPlaceholders();
      const builtIn = builtInGuideNames.includes(this.procedure as never);
      if (!builtIn) return (this.#source.cancel(), (this.guide = null), this.#setSections());
      const outcome = await this.#source.load({ name: this.procedure }, { quiet: true, alongside: this.#loadTimeline() });
      if (!outcome) return;
      this.guide = outcome.ok ? outcome.document : null;
      return this.#setSections();
    }

    const nodes = loadDocumentNodes();
    let outcome = await this.#source.load({ ...source, name: this.procedure }, { alongside: Promise.all([this.#loadTimeline(), this.#loadBlocks(), nodes]) });
    if (!outcome) return;
    const template = await nodes;
    if (call !== this.#loads) return; // a newer load began while the template's code arrived
    if (!template) outcome = { ok: false, error: { kind: 'network', src: source.src || this.procedure } };
    takeBackFigureMedia(this);
    if (!outcome.ok) {
      replaceGenerated(this, 'guide');
      this.guide = null;
      this.sections = [];
      this.error = outcome.error;
      warnGuideError(outcome.error, this.procedure, source.attribute);
      return;
    }
    this.guide = outcome.document;
    const onMissingPlaceholder = (key: string) => this.#warnOnce(`the guide uses {clinic.${key}}, which is not set; add it to <clinic-provider>`);
    replaceGenerated(
      this,
      'guide',
      template!.documentNodes(outcome.document, 'guide', { clinic: this.context.clinic, headingLevel: this.headingLevel, onMissingPlaceholder }),
    );
    this.#setSections();
  }

  /** Whether the clinic's own sections hold `{clinic.*}` placeholders (filled from the provider, as a content file's are). */
  #ownPlaceholders = false;
  async #fillOwnPlaceholders(): Promise<void> {
    const own = [...this.querySelectorAll(':scope > section:not([data-guide-generated], [slot])')];
    if (!(this.#ownPlaceholders ||= own.some((section) => section.innerHTML.includes('{clinic.')))) return;
    const code = await import('../shared/page-sections.js').catch(() => null);
    own.forEach((section) => code?.fillPagePlaceholders(section, this.context.clinic, this.#warnOnce));
    // The table of contents and the step names read the headings as filled in.
    this.sections = collectSections(this, this.#warnOnce);
  }

  /** Each problem with the page's markup is told once per guide, however often the guide renders. */
  #warnOnce = warnOnceFor('procedure-guide');

  #setSections(): void {
    this.sections = collectSections(this, this.#warnOnce);
    placeFigureMedia(this, this.#warnOnce);
    if (this.querySelector('[data-guide-callout], [data-guide-checklist]')) {
      const guideId = this.guide?.id || this.procedure || 'page';
      void this.#loadBlocks().then((blocks) => blocks?.enhanceGuideBlocks(this, guideId, this.context.storageNamespace));
    }
    const hash = addressedId();
    if (hash) void this.updateComplete.then(() => this.#goTo(hash, false));
  }

  async #show(index: number, { user, scrollTo, focus = true }: { user: boolean; scrollTo?: Element; focus?: boolean }): Promise<void> {
    const section = this.sections[index];
    const changed = index !== this.current;
    this.current = index;
    if (this.layout === 'accordion' && !this.expanded.has(section.id)) this.expanded = new Set([...this.expanded, section.id]);
    await this.updateComplete;
    scrollTo?.scrollIntoView({ block: 'start', behavior: 'instant' });
    if (focus) (toggleOf(section.heading) ?? section.heading).focus({ preventScroll: true });
    if (user) this.#announce(index, changed);
  }

  /** Keeps the address on the section being read (without a history entry) and tells the page. */
  #announce(index: number, changed: boolean): void {
    const { id } = this.sections[index];
    history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
    if (changed) this.dispatchEvent(new CustomEvent<SectionChangeDetail>('section-change', { detail: { id, index }, bubbles: true, composed: true }));
  }

  /** The table of contents printed by the command line, when the page holds one. */
  #slottedToc(): Element | null {
    return this.querySelector(':scope > [slot="toc"]');
  }

  #onSectionInView(index: number): void {
    if (index === this.current) return;
    this.current = index;
    if (this.#readerActive) this.#announce(index, true);
  }

  #onHashChange = () => {
    const id = addressedId();
    if (id) void this.goTo(id);
  };

  #onLightClick = (event: Event) => {
    const toggle = (event.target as Element).closest?.('[data-guide-toggle]');
    const index = this.sections.findIndex((s) => toggleOf(s.heading) === toggle);
    if (!toggle || index === -1) return;
    const { id } = this.sections[index];
    const expanded = new Set(this.expanded);
    if (expanded.delete(id)) return void (this.expanded = expanded);
    this.expanded = expanded.add(id);
    void this.#show(index, { user: true, focus: false });
  };

  #onBeforeMatch = (event: Event) => {
    const index = this.sections.findIndex((s) => s.section.contains(event.target as Node));
    if (index !== -1) void this.#show(index, { user: true, focus: false });
  };

  #onTocClick = (event: MouseEvent, id: string) => {
    event.preventDefault();
    void this.goTo(id);
  };

  #step = (offset: number) => {
    const index = this.current + offset;
    // Scroll to the step counter, so "Step 4 of 11" and the new step's heading are both in view.
    if (index >= 0 && index < this.sections.length) void this.#show(index, { user: true, scrollTo: this.renderRoot.querySelector('.progress') ?? undefined });
  };

  #onCtaClick = () => {
    const section = this.sections[this.current]?.id ?? null;
    this.dispatchEvent(new CustomEvent('cta-click', { detail: { section }, bubbles: true, composed: true }));
  };

  protected override render() {
    const locale = this.#locale.locale;
    const steps = this.layout === 'steps' && this.sections.length > 0;
    // The cta slot's click listener hears the slotted link or button, which has its own keyboard behaviour.
    /* eslint-disable lit-a11y/click-events-have-key-events */
    return html`
      <p class="print-only" part="print-header">${[this.context.clinic.name, translate(guideStrings, locale, 'guide.printedFrom', { url: location.href })].filter(Boolean).join(' · ')}</p>
      ${this.error ? renderGuideError(this.error, locale) : nothing}
      ${this.#source.loading ? html`<p role="status" class="loading">${translate(guideStrings, locale, 'guide.loading')}</p>` : nothing}
      <div class="frame ${this.sections.length >= 3 ? 'has-toc' : ''}">
        ${this.sections.length >= 3 ? (this.#slottedToc() ? html`<slot name="toc"></slot>` : renderToc(this.sections, this.current, this.layout, locale, this.headingLevel, this.#onTocClick)) : nothing}
        <div class="main">
          ${this.noDisclaimer || document.querySelector('medical-disclaimer[variant="banner"]') ? nothing : html`<slot name="disclaimer"><medical-disclaimer></medical-disclaimer></slot>`}
          ${steps ? renderProgress(this.sections, this.current, locale) : nothing}
          <div class="content"><slot></slot></div>
          ${steps ? renderStepButtons(this.sections, this.current, locale, this.#step) : nothing}
          ${this.guide && !this.noTimeline && this.#timeline ? this.#timeline.render(this.guide, locale, this.headingLevel) : nothing}
          <slot name="cta" @click=${this.#onCtaClick}></slot>
        </div>
      </div>
    `;
    /* eslint-enable lit-a11y/click-events-have-key-events */
  }
}
