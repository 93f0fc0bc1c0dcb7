import type { RecoveryMilestone } from '../../core/documents/model.js';
import type { Locale } from '../../core/i18n/locale.js';
import { translate } from '../../core/i18n/messages.js';
import { timelineStrings, type TimelineStringKey } from './recovery-timeline.strings.js';

type Kind = 'surgical' | 'treatment';
/** A key as the timeline asks for it: `day0` for `day0.surgical` or `day0.treatment`. */
type WordKey = TimelineStringKey extends infer Key ? (Key extends `${infer Base}.${Kind}` ? Base : Key) : never;
export type TimelineWords = (key: WordKey, params?: Record<string, string | number>) => string;

/** The timeline's words in `locale`, each in the procedure's kind where it has one (`day0.surgical`). */
export function timelineWords(locale: Locale, kind: Kind): TimelineWords {
  return (key, params) => translate(timelineStrings, locale, (`${key}.${kind}` in timelineStrings.en ? `${key}.${kind}` : key) as TimelineStringKey, params);
}

/**
 * When a milestone happens, in the visitor's words ("Day 5", "7 days before surgery – The day
 * before surgery"). An open-ended span gives its start ("From day 2, for") and leaves the
 * guide's own duration ("several months") to the caller, which marks its language.
 */
export function milestoneWhen({ fromDay, toDay, duration }: RecoveryMilestone, t: TimelineWords): string {
  const day = (n: number) => (n > 0 ? t('day', { n }) : n === 0 ? t('day0') : n === -1 ? t('before1') : t('before', { n: -n }));
  if (duration) return fromDay > 0 ? t('open', { n: fromDay }) : fromDay === 0 ? t('open0') : t('openBefore', { n: -fromDay });
  if (toDay === undefined || toDay === fromDay) return day(fromDay);
  return fromDay >= 0 ? t('days', { from: fromDay, to: toDay }) : `${day(fromDay)} – ${day(toDay)}`;
}
