import type { ProcedureGuide, RecoveryMilestone } from '../documents/model.js';
import { addDays, type CalendarDate } from './dates.js';

export interface DatedMilestone {
  milestone: RecoveryMilestone;
  from: CalendarDate;
  /** Last day of the span, when the milestone has one. */
  to: CalendarDate | null;
}

export function datedMilestones(milestones: readonly RecoveryMilestone[], surgery: CalendarDate): DatedMilestone[] {
  return sortMilestones(milestones).map((milestone) => ({
    milestone,
    from: addDays(surgery, milestone.fromDay),
    to: milestone.toDay === undefined ? null : addDays(surgery, milestone.toDay),
  }));
}

/** Earliest first; at the same start, shorter spans first and open-ended spans last. */
export function sortMilestones(milestones: readonly RecoveryMilestone[]): RecoveryMilestone[] {
  const end = (m: RecoveryMilestone) => m.toDay ?? (m.duration ? Infinity : m.fromDay);
  return [...milestones].sort((a, b) => a.fromDay - b.fromDay || end(a) - end(b));
}

/** How the timeline speaks of the procedure: of surgery, or (non-invasive, percutaneous) of treatment. */
export function procedureKind(guide: ProcedureGuide): 'surgical' | 'treatment' {
  const type = guide.procedure.procedureType;
  return type && type !== 'SurgicalProcedure' ? 'treatment' : 'surgical';
}
