import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { ProcedureGuide, RecoveryMilestone } from '../../core/documents/model.js';
import { translate } from '../../core/i18n/messages.js';
import { type Locale } from '../../core/i18n/locale.js';
import { guideStrings } from './procedure-guide.strings.js';
import { addDays, parseCalendarDate, toUtcDate, type CalendarDate } from '../../core/calendar/dates.js';
import { sortMilestones } from '../../core/calendar/recovery.js';

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
    this.#updateIcs(guide, locale);
    const scale = Math.max(21, ...milestones.map((m) => m.toDay ?? m.fromDay));
    const heading = translate(guideStrings, locale, 'timeline.title');
    return html`
      <section part="timeline" class="timeline" aria-labelledby="timeline-title">
        ${headingTag(headingLevel, heading)}
        <p class="timeline-note"><strong>${translate(guideStrings, locale, 'timeline.note')}</strong> ${translate(guideStrings, locale, 'timeline.intro')}</p>
        <div class="date-field">
          <label for="surgery-date">${translate(guideStrings, locale, 'timeline.dateLabel')}</label>
          <input id="surgery-date" part="date-input" type="date" aria-describedby="surgery-date-hint" @input=${this.#onDate} />
          <p id="surgery-date-hint" class="hint">${translate(guideStrings, locale, 'timeline.dateHint')}</p>
        </div>
        <ol class="milestones">
          ${milestones.map((milestone) => this.#milestone(milestone, scale, locale, guide.lang))}
        </ol>
        ${
          this.#icsUrl
            ? html`<a part="download" class="download" href=${this.#icsUrl} download=${`${guide.id}-recovery.ics`}>${translate(guideStrings, locale, 'timeline.download')}</a>`
            : nothing
        }
      </section>
    `;
  }

  #updateIcs(guide: ProcedureGuide, locale: Locale): void {
    const key = this.#surgery ? `${guide.id}|${locale}|${JSON.stringify(this.#surgery)}` : '';
    if (key === this.#icsKey) return;
    this.#icsKey = key;
    if (!this.#surgery) return this.#setIcsUrl(null);
    const surgery = this.#surgery;
    // The calendar file is made only for visitors who type a date: its code loads then.
    void import('../../core/calendar/ics.js').then(({ recoveryIcs }) => {
      if (this.#icsKey !== key) return;
      const ics = recoveryIcs(guide.recovery ?? [], surgery, {
        title: translate(guideStrings, locale, 'timeline.calendarName', { procedure: guide.procedure.name }),
        note: translate(guideStrings, locale, 'timeline.note'),
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
  #milestone(milestone: RecoveryMilestone, scale: number, locale: Locale, contentLang: string) {
    const last = milestone.toDay ?? (milestone.duration ? scale : milestone.fromDay);
    // Set through the CSSOM (not a style attribute) so a strict style-src CSP allows it.
    const placeBar = (bar?: Element) => {
      (bar as HTMLElement | undefined)?.style.setProperty('--from', String(milestone.fromDay / (scale + 1)));
      (bar as HTMLElement | undefined)?.style.setProperty('--span', String((last - milestone.fromDay + 1) / (scale + 1)));
    };
    return html`
      <li class="milestone ${milestone.kind}${milestone.duration ? ' open-ended' : ''}">
        <span class="when">${this.#when(milestone, locale, contentLang)}</span>
        <span class="what">${milestone.kind === 'avoid' ? html`<span class="kind">${translate(guideStrings, locale, 'timeline.avoid')}:</span> ` : nothing}<span lang=${contentLang}>${milestone.label}</span></span>
        <span class="track" aria-hidden="true"><span class="bar" ${ref(placeBar)}></span></span>
      </li>
    `;
  }

  #when(milestone: RecoveryMilestone, locale: Locale, contentLang: string) {
    const { fromDay, toDay, duration } = milestone;
    const relative = duration
      ? html`${translate(guideStrings, locale, fromDay === 0 ? 'timeline.open0' : 'timeline.open', { n: fromDay })} <span lang=${contentLang}>${duration}</span>`
      : toDay !== undefined && toDay !== fromDay
        ? translate(guideStrings, locale, 'timeline.days', { from: fromDay, to: toDay })
        : fromDay === 0
          ? translate(guideStrings, locale, 'timeline.day0')
          : translate(guideStrings, locale, 'timeline.day', { n: fromDay });
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
