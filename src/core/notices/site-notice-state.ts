import { parseCalendarDate, today, compareDates, type CalendarDate } from '../calendar/dates.js';
import type { ClinicStorage } from '../platform/storage.js';

/** What a site notice is about: a security breach is an alert; the others are polite. */
export const noticeKinds = ['security', 'policy-update', 'info'] as const;
export type NoticeKind = (typeof noticeKinds)[number];

const dismissalVersion = 1;
const keyOf = (noticeId: string) => `notice:${noticeId}`;
const isTrue = (value: unknown): value is true => value === true;

/** Whether the visitor dismissed this notice (by its id) on this site. */
export const isDismissed = (storage: ClinicStorage, noticeId: string): boolean => storage.read(keyOf(noticeId), dismissalVersion, isTrue) === true;

/** Remembers the dismissal of this notice id; a notice with another id shows again. */
export const rememberDismissal = (storage: ClinicStorage, noticeId: string): boolean => storage.write(keyOf(noticeId), dismissalVersion, true);

/** The last day a notice shows (`until`, a calendar date), or undefined when none or not a date. */
export const untilDate = (until: string | null | undefined): CalendarDate | null | undefined => (until ? parseCalendarDate(until) : undefined);

/** Past its `until` date (in the visitor's calendar), a notice no longer shows. */
export const isExpired = (until: CalendarDate | null | undefined, on: CalendarDate = today()): boolean => !!until && compareDates(on, until) > 0;
