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
}

/**
 * An iCalendar file (RFC 5545) with one all-day event per milestone. Made in the browser from the
 * date the visitor typed; nothing is stored or sent.
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
  for (const { milestone, from, to } of datedMilestones(milestones, surgery)) {
    const summary = milestone.duration ? `${milestone.label} (${milestone.duration})` : milestone.label;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid()}@clinic-elements`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(from)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(to ?? from, 1))}`,
      `SUMMARY:${escapeIcs(summary)}`,
      `DESCRIPTION:${escapeIcs(options.note)}`,
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
