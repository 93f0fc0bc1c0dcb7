import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ProcedureGuide, RecoveryMilestone } from '../../core/documents/model.js';
import { type Locale } from '../../core/i18n/locale.js';
import { milestoneWhen, timelineWords, type TimelineWords as Words } from './recovery-words.js';
import { addDays, parseCalendarDate, toUtcDate, type CalendarDate } from '../../core/calendar/dates.js';
import { procedureKind, sortMilestones } from '../../core/calendar/recovery.js';

/**
 * The recovery timeline under a guide: the guide's own facts on a day scale and, when the visitor
 * types a surgery date, the same facts as calendar dates with an `.ics` download. The date lives
 * only in this controller: it is never stored or sent, and is gone when the page closes.
 */
export class RecoveryTimeline implements ReactiveController {
  #host: ReactiveControllerHost;
  #surgery: CalendarDate | null = null;
  #icsUrl: string | null = null;
  /** What the current download was made from, so it is rebuilt only when that changes. */
  #icsKey = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#setIcsUrl(null);
    this.#icsKey = '';
  }

  render(guide: ProcedureGuide, locale: Locale, headingLevel: number) {
    const milestones = sortMilestones(guide.recovery ?? []);
    if (milestones.length === 0) return nothing;
    const t = timelineWords(locale, procedureKind(guide));
    this.#updateIcs(guide, locale, t);
    // The scale runs from the earliest day before the procedure (or day 0) to at least three weeks.
    const scale = { first: Math.min(0, ...milestones.map((m) => m.fromDay)), last: Math.max(21, ...milestones.map((m) => m.toDay ?? m.fromDay)) };
    return html`
      <section part="timeline" class="timeline" aria-labelledby="timeline-title">
        ${headingTag(headingLevel, t('title'))}
        <p class="timeline-note"><strong>${t('note')}</strong> ${t('intro')}</p>
        <div class="date-field">
          <label for="surgery-date">${t('dateLabel')}</label>
          <input id="surgery-date" part="date-input" type="date" aria-describedby="surgery-date-hint" @input=${this.#onDate} />
          <p id="surgery-date-hint" class="hint">${t('dateHint')}</p>
        </div>
        <ol class="milestones">
          ${milestones.map((milestone) => this.#milestone(milestone, scale, locale, guide.lang, t))}
        </ol>
        ${this.#icsUrl ? html`<a part="download" class="download" href=${this.#icsUrl} download=${`${guide.id}-recovery.ics`}>${t('download')}</a>` : nothing}
      </section>
    `;
  }

  #updateIcs(guide: ProcedureGuide, locale: Locale, t: Words): void {
    const key = this.#surgery ? `${guide.id}|${locale}|${JSON.stringify(this.#surgery)}` : '';
    if (key === this.#icsKey) return;
    this.#icsKey = key;
    if (!this.#surgery) return this.#setIcsUrl(null);
    const surgery = this.#surgery;
    // The calendar file is made only for visitors who type a date: its code loads then.
    void import('../../core/calendar/ics.js').then(({ recoveryIcs }) => {
      if (this.#icsKey !== key) return;
      const ics = recoveryIcs(guide.recovery ?? [], surgery, {
        title: t('calendarName', { procedure: guide.procedure.name }),
        note: t('note'),
        words: { avoid: t('avoid'), starts: (duration) => t('icsStarts', { duration }), period: (duration) => t('icsPeriod', { duration }) },
      });
      this.#setIcsUrl(URL.createObjectURL(new Blob([ics], { type: 'text/calendar' })));
      this.#host.requestUpdate();
    });
  }

  #onDate = (event: Event) => {
    this.#surgery = parseCalendarDate((event.target as HTMLInputElement).value);
    this.#host.requestUpdate();
  };

  /** UI words are in the visitor's language; the guide's own words keep the guide's `lang`. */
  #milestone(milestone: RecoveryMilestone, scale: { first: number; last: number }, locale: Locale, contentLang: string, t: Words) {
    const last = milestone.toDay ?? (milestone.duration ? scale.last : milestone.fromDay);
    const days = scale.last - scale.first + 1;
    // Set through the CSSOM (not a style attribute) so a strict style-src CSP allows it.
    const placeBar = (bar?: Element) => {
      (bar as HTMLElement | undefined)?.style.setProperty('--from', String((milestone.fromDay - scale.first) / days));
      (bar as HTMLElement | undefined)?.style.setProperty('--span', String((last - milestone.fromDay + 1) / days));
    };
    return html`
      <li class="milestone ${milestone.kind}${milestone.duration ? ' open-ended' : ''}">
        <span class="when">${this.#when(milestone, locale, contentLang, t)}</span>
        <span class="what">${milestone.kind === 'avoid' ? html`<span class="kind">${t('avoid')}:</span> ` : nothing}<span lang=${contentLang}>${milestone.label}</span></span>
        <span class="track" aria-hidden="true"><span class="bar" ${ref(placeBar)}></span></span>
      </li>
    `;
  }

  #when(milestone: RecoveryMilestone, locale: Locale, contentLang: string, t: Words) {
    const { fromDay, toDay, duration } = milestone;
    const relative = duration ? html`${milestoneWhen(milestone, t)} <span lang=${contentLang}>${duration}</span>` : milestoneWhen(milestone, t);
    if (!this.#surgery) return relative;
    const format = new Intl.DateTimeFormat(locale, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
    const date = (days: number) => {
      const day = addDays(this.#surgery!, days);
      return html`<time datetime=${toUtcDate(day).toISOString().slice(0, 10)}>${format.format(toUtcDate(day))}</time>`;
    };
    const dates = toDay !== undefined && toDay !== fromDay ? html`${date(fromDay)} – ${date(toDay)}` : date(fromDay);
    return html`${dates} <span class="relative">(${relative})</span>`;
  }

  #setIcsUrl(url: string | null): void {
    if (this.#icsUrl) URL.revokeObjectURL(this.#icsUrl);
    this.#icsUrl = url;
  }
}

function headingTag(level: number, text: string) {
  // Lit cannot bind a tag name; five literal templates keep the outline right at any level.
  switch (level) {
    case 3:
      return html`<h3 id="timeline-title">${text}</h3>`;
    case 4:
      return html`<h4 id="timeline-title">${text}</h4>`;
    case 5:
      return html`<h5 id="timeline-title">${text}</h5>`;
    case 6:
      return html`<h6 id="timeline-title">${text}</h6>`;
    default:
      return html`<h2 id="timeline-title">${text}</h2>`;
  }
}
