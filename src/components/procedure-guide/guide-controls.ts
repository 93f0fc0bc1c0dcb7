import { html, nothing } from 'lit';
import { translate } from '../../core/i18n/messages.js';
import type { Locale } from '../../core/i18n/locale.js';
import type { GuideLayout, GuideSection } from './guide-sections.js';
import { guideStrings } from './procedure-guide.strings.js';

/** The table of contents (its title a heading at the sections' level): one link per section, the one being read marked current. */
export function renderToc(
  sections: readonly GuideSection[],
  current: number,
  layout: GuideLayout,
  locale: Locale,
  headingLevel: number,
  onGo: (event: MouseEvent, id: string) => void,
) {
  const currentValue = layout === 'steps' ? 'step' : 'location';
  return html`
    <nav part="toc" class="toc" aria-labelledby="toc-title">
      <p id="toc-title" class="toc-title" role="heading" aria-level=${headingLevel}>${translate(guideStrings, locale, 'guide.toc')}</p>
      <ol>
        ${sections.map(
          (s, i) =>
            html`<li><a href="#${s.id}" lang=${s.section.lang || nothing} aria-current=${i === current ? currentValue : nothing} @click=${(e: MouseEvent) => onGo(e, s.id)}>${s.title}</a></li>`,
        )}
      </ol>
    </nav>
  `;
}

/** Marks the link to the section being read in a table of contents from the page (the command line's). */
export function markCurrentLink(toc: Element | null, id: string | undefined, value: string): void {
  toc?.querySelectorAll('a').forEach((link) => {
    if (id !== undefined && link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', value);
    else link.removeAttribute('aria-current');
  });
}

/** "Step 4 of 11: <title>" and a progress bar (steps layout). */
export function renderProgress(sections: readonly GuideSection[], current: number, locale: Locale) {
  const label = translate(guideStrings, locale, 'guide.step', { n: current + 1, total: sections.length });
  return html`
    <div part="progress" class="progress">
      <p id="progress-label" aria-live="polite">${label}: <strong lang=${sections[current]?.section.lang || nothing}>${sections[current]?.title}</strong></p>
      <progress max=${sections.length} value=${current + 1} aria-labelledby="progress-label"></progress>
    </div>
  `;
}

/** Previous and Next, each naming the step it goes to (steps layout). */
export function renderStepButtons(sections: readonly GuideSection[], current: number, locale: Locale, onStep: (offset: number) => void) {
  const previous = sections[current - 1];
  const next = sections[current + 1];
  return html`
    <div part="step-buttons" class="step-buttons">
      <button type="button" ?disabled=${!previous} @click=${() => onStep(-1)}>
        ← ${translate(guideStrings, locale, 'guide.previous')}${previous ? html`<span class="step-name">: <span lang=${previous.section.lang || nothing}>${previous.title}</span></span>` : nothing}
      </button>
      <button type="button" class="primary" ?disabled=${!next} @click=${() => onStep(1)}>
        ${translate(guideStrings, locale, 'guide.next')}${next ? html`<span class="step-name">: <span lang=${next.section.lang || nothing}>${next.title}</span></span>` : nothing} →
      </button>
    </div>
  `;
}
