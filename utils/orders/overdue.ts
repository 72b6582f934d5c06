/**
 * When each stage should be over (icp-rules.md §6) and whether it ran late. Working-day limits end with the last
 * working day (Beijing time); the SMS window ends 24 calendar hours after the SMS.
 */
import { chinaDayEnd, toCivilDate } from '@/utils/calendar/china-time';
import {
  BUREAU_SUBMISSION_MAX_WORKING_DAYS,
  TENCENT_REVIEW_WORKING_DAYS,
  bureauReviewWorkingDays,
} from '@/utils/calendar/timeline';
import { addWorkingDays, estimateLabel } from '@/utils/calendar/working-days';
import { SMS_WINDOW_MS, smsDeadline } from './countdown';
import type { Order, StageEntry } from './model';
import { PROGRESS_STAGES, type Stage } from './stages';

/** Latest expected end of a stage entered at `enteredAt`, or null for stages without a time limit. */
export function stageDueAt(stage: Stage, enteredAt: number, province?: string): number | null {
  switch (stage) {
    case 'tencentReview':
      return chinaDayEnd(addWorkingDays(enteredAt, TENCENT_REVIEW_WORKING_DAYS.max));
    case 'awaitingBureauSubmission':
      return chinaDayEnd(addWorkingDays(enteredAt, BUREAU_SUBMISSION_MAX_WORKING_DAYS));
    case 'smsVerification':
      return enteredAt + SMS_WINDOW_MS;
    case 'bureauReview':
      return chinaDayEnd(addWorkingDays(enteredAt, bureauReviewWorkingDays(province)));
    default:
      return null;
  }
}

export interface StageProgress {
  entry: StageEntry;
  /** When the next stage was seen; null for the current stage. */
  endedAt: number | null;
  dueAt: number | null;
  /** Took (or is taking) longer than expected. */
  overdue: boolean;
  /** "估算（…）" when the due time counts working days through a year whose holiday arrangement is unknown. */
  estimate: string | null;
}

/** The 估算 label of a working-day limit from `enteredAt` to `dueAt`; the SMS window counts calendar hours. */
function dueEstimate(stage: Stage, enteredAt: number, dueAt: number | null): string | null {
  if (dueAt === null || stage === 'smsVerification') return null;
  return estimateLabel(toCivilDate(enteredAt)) ?? estimateLabel(toCivilDate(dueAt));
}

/** Each timeline entry with its expected end and whether it ran over, as of `now`. */
export function stageProgress(order: Order, now: number, province?: string): StageProgress[] {
  const runningSms = smsDeadline(order);
  return order.entries.map((entry, index) => {
    const next = order.entries[index + 1];
    const isCurrent = next === undefined;
    // The running SMS step is due at the deadline from the time on the SMS, which the user may have corrected.
    const dueAt =
      isCurrent && entry.stage === 'smsVerification' && runningSms
        ? runningSms.at
        : stageDueAt(entry.stage, entry.at, province);
    const endedAt = next?.at ?? null;
    return { entry, endedAt, dueAt, overdue: dueAt !== null && (endedAt ?? now) > dueAt, estimate: dueEstimate(entry.stage, entry.at, dueAt) };
  });
}

export interface UpcomingStage {
  stage: Stage;
  /** Latest expected time the order reaches this stage: each earlier stage taking its full limit. */
  latestAt: number;
  /** The 估算 label when a working-day count on the way runs through a year whose holiday arrangement is unknown. */
  estimate: string | null;
}

/**
 * The normal-path stages an open order has still to reach, each with the latest time it is expected there, chained
 * from the current stage's expected end (or now, when that has passed). Empty for approved, rejected, withdrawn or
 * abandoned orders: nothing more follows, or the next step is the user's, not a date.
 */
export function upcomingStages(order: Order, now: number, province?: string): UpcomingStage[] {
  const current = stageProgress(order, now, province).at(-1);
  if (!current) return [];
  const position = PROGRESS_STAGES.indexOf(current.entry.stage);
  if (position < 0) return [];
  let at = Math.max(current.dueAt ?? current.entry.at, now);
  let estimate = current.estimate;
  return PROGRESS_STAGES.slice(position + 1).map((stage) => {
    const reached = { stage, latestAt: at, estimate: estimate ?? estimateLabel(toCivilDate(at)) };
    const dueAt = stageDueAt(stage, at, province);
    estimate = reached.estimate ?? dueEstimate(stage, at, dueAt);
    if (dueAt !== null) at = dueAt;
    return reached;
  });
}
