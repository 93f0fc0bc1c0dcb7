import { addDays, type CalendarDate } from './dates.js';
import type { RecoveryMilestone } from '../documents/model.js';
import { randomId } from '../platform/random-id.js';
import { datedMilestones } from './recovery.js';

export interface IcsOptions {
  /** Calendar name, e.g. "Necklift recovery". */
  title: string;
  /** Line added to every event's description (the reminder that the surgeon's word comes first). */
  note: string;
  /** Unique id source; a random UUID by default. */
  uid?: () => string;
  /** When the file is made (DTSTAMP). */
  now?: Date;
  /** The words around the guide's own, in the visitor's language (English by default). */
  words?: IcsWords;
}

export interface IcsWords {
  /** Before the label of something to avoid: "Avoid". */
  avoid: string;
  /** After the label of an open-ended period's first day, with the guide's duration: "starts today, for several months". */
  starts(duration: string): string;
  /** The description of that day: "From this day, for several months. The guide gives no end date." */
  period(duration: string): string;
}

const englishWords: IcsWords = {
  avoid: 'Avoid',
  starts: (duration) => `starts today, for ${duration}`,
  period: (duration) => `From this day, for ${duration}. The guide gives no end date.`,
};

/**
 * An iCalendar file (RFC 5545) with one all-day event per milestone, over the days it spans
 * (`fromDay` to `toDay`; `DTEND` is the day after, as all-day ends are exclusive). A period the
 * guide gives no end (`duration` without `toDay`, "several months") is not made up: its event is a
 * reminder on its first day, titled as the start of the period, with the guide's words for how
 * long it lasts. Made in the browser from the date the visitor typed; nothing is stored or sent.
 */
export function recoveryIcs(milestones: readonly RecoveryMilestone[], surgery: CalendarDate, options: IcsOptions): string {
  const uid = options.uid ?? randomId;
  const stamp = (options.now ?? new Date())
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//clinic-elements//recovery timeline//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeIcs(options.title)}`,
  ];
  const words = options.words ?? englishWords;
  for (const { milestone, from, to } of datedMilestones(milestones, surgery)) {
    const { kind, label, duration } = milestone;
    const what = kind === 'avoid' ? `${words.avoid}: ${label}` : label;
    const open = to === null && duration ? duration : null;
    const summary = open ? `${what} – ${words.starts(open)}` : duration ? `${what} (${duration})` : what;
    const description = open ? `${words.period(open)}\n${options.note}` : options.note;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid()}@clinic-elements`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(from)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(to ?? from, 1))}`,
      `SUMMARY:${escapeIcs(summary)}`,
      `DESCRIPTION:${escapeIcs(description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

function icsDate({ year, month, day }: CalendarDate): string {
  return `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
}

function escapeIcs(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
function foldIcsLine(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (new TextEncoder().encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
