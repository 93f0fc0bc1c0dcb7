import { ageOn, compareDates, type CalendarDate } from './dates.js';

export type BirthField = 'day' | 'month' | 'year';

export type BirthDateCheck = { ok: true; age: number } | { ok: false; problem: 'incomplete' | 'year-digits' | 'impossible' | 'future'; fields: BirthField[] };

/**
 * Checks a date of birth typed as three fields and computes the age on `on`. The date itself is
 * only read here: nothing keeps it.
 */
export function checkBirthDate(parts: Record<BirthField, string>, on: CalendarDate): BirthDateCheck {
  const fields: BirthField[] = ['day', 'month', 'year'];
  const missing = fields.filter((field) => !/^\d+$/.test(parts[field].trim()));
  if (missing.length) return { ok: false, problem: 'incomplete', fields: missing };
  if (parts.year.trim().length !== 4) return { ok: false, problem: 'year-digits', fields: ['year'] };
  const [day, month, year] = fields.map((field) => Number(parts[field]));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { ok: false, problem: 'impossible', fields: month < 1 || month > 12 ? ['month'] : ['day', 'month'] };
  }
  const birth = { year, month, day };
  if (compareDates(birth, on) > 0) return { ok: false, problem: 'future', fields };
  return { ok: true, age: ageOn(birth, on) };
}

/** The order people write dates in this locale: month first in US English, day first in Spanish. */
export function birthFieldOrder(locale: string): BirthField[] {
  const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).formatToParts(Date.UTC(2000, 11, 31));
  const order = parts.map((part) => part.type).filter((type): type is BirthField => type === 'day' || type === 'month' || type === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}
