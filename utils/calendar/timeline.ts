/**
 * Expected dates of a filing after submission (icp-rules.md §1.1 and §6): Tencent's review takes 1–2 working days,
 * Tencent submits to the 管局 within 1–3 working days of passing, and the 管局 decides within 20 working days
 * (Zhejiang: 30). The SMS window between those counts calendar hours.
 */
import {
  addCalendarDays,
  civilDateParts,
  formatCivilDate,
  toCivilDate,
  type CivilDate,
} from './china-time';
import { addWorkingDays, calendarCoverage, holidayNameOf, isWorkingDay } from './working-days';

export const TENCENT_REVIEW_WORKING_DAYS = { min: 1, max: 2 } as const;
export const BUREAU_SUBMISSION_MAX_WORKING_DAYS = 3;
export const BUREAU_REVIEW_MAX_WORKING_DAYS = 20;
export const ZHEJIANG_BUREAU_REVIEW_MAX_WORKING_DAYS = 30;

export const SMS_WINDOW_NOTE = '短信核验的 24 小时按自然时间连续计算，周末和节假日照常计时，不会顺延。';

export interface DateRange {
  earliest: CivilDate;
  latest: CivilDate;
}

export interface TimelineEstimate {
  submittedOn: CivilDate;
  /** First working day on or after the submission day. */
  reviewStartsOn: CivilDate;
  tencentReview: DateRange;
  bureauSubmission: DateRange;
  bureauReview: { maxWorkingDays: number; latest: CivilDate };
  /** False when some year in the estimate has no official holiday arrangement (weekends only were used). */
  officialCalendar: boolean;
  uncoveredYears: number[];
  /** Chinese explanations for the user, most relevant first. */
  notes: string[];
}

/** 管局 review limit in working days for a province name (Tencent quotes 30 for Zhejiang). */
export function bureauReviewWorkingDays(province?: string): number {
  return province?.includes('浙江') ? ZHEJIANG_BUREAU_REVIEW_MAX_WORKING_DAYS : BUREAU_REVIEW_MAX_WORKING_DAYS;
}

/** Why the days from `first` to `last` are days off: a holiday name when one of them is a holiday, else 周末. */
function describeDaysOff(first: CivilDate, last: CivilDate): string {
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) {
    const name = holidayNameOf(day);
    if (name) return `${name}假期`;
  }
  return '周末';
}

function formatSpan(first: CivilDate, last: CivilDate): string {
  return first === last ? formatCivilDate(first) : `${formatCivilDate(first)}至${formatCivilDate(last)}`;
}

/** When review will start, said for submissions on a day off or just before one (a Friday, a holiday eve). */
function reviewStartNote(submittedOn: CivilDate, reviewStartsOn: CivilDate): string | null {
  if (!isWorkingDay(submittedOn)) {
    const lastDayOff = addCalendarDays(reviewStartsOn, -1);
    return `${formatSpan(submittedOn, lastDayOff)}是${describeDaysOff(submittedOn, lastDayOff)}，腾讯云不审核：这时提交，审核预计 ${formatCivilDate(reviewStartsOn)} 才开始。`;
  }
  const nextDay = addCalendarDays(submittedOn, 1);
  if (isWorkingDay(nextDay)) return null;
  const resumesOn = addWorkingDays(submittedOn, 1);
  const lastDayOff = addCalendarDays(resumesOn, -1);
  return `${formatCivilDate(submittedOn)}之后的 ${formatSpan(nextDay, lastDayOff)} 是${describeDaysOff(nextDay, lastDayOff)}，腾讯云不审核：如果当天没有开始审核，预计 ${formatCivilDate(resumesOn)} 才开始，审核电话也会在那时打来。`;
}

export function estimateTimeline(submittedAt: Date | number, province?: string): TimelineEstimate {
  const submittedOn = toCivilDate(submittedAt);
  const reviewStartsOn = addWorkingDays(submittedOn, 0);
  const tencentReview: DateRange = {
    earliest: addWorkingDays(submittedOn, TENCENT_REVIEW_WORKING_DAYS.min),
    latest: addWorkingDays(submittedOn, TENCENT_REVIEW_WORKING_DAYS.max),
  };
  const bureauSubmission: DateRange = {
    earliest: tencentReview.earliest,
    latest: addWorkingDays(tencentReview.latest, BUREAU_SUBMISSION_MAX_WORKING_DAYS),
  };
  const maxWorkingDays = bureauReviewWorkingDays(province);
  const bureauReview = { maxWorkingDays, latest: addWorkingDays(bureauSubmission.latest, maxWorkingDays) };

  const years: number[] = [];
  for (let year = civilDateParts(submittedOn).year; year <= civilDateParts(bureauReview.latest).year; year += 1) {
    years.push(year);
  }
  const uncovered = years.map(calendarCoverage).filter((coverage) => !coverage.official);

  const notes: string[] = [];
  const startNote = reviewStartNote(submittedOn, reviewStartsOn);
  if (startNote) notes.push(startNote);
  notes.push(SMS_WINDOW_NOTE);
  notes.push(
    `管局审核最长 ${maxWorkingDays} 个工作日${maxWorkingDays === ZHEJIANG_BUREAU_REVIEW_MAX_WORKING_DAYS ? '（浙江省管局按 30 个工作日，其他省份为 20 个）' : ''}，无法加急；结果以短信和邮件通知，控制台同步可能晚 1–2 个工作日。`,
  );
  for (const coverage of uncovered) if (coverage.note) notes.push(coverage.note);

  return {
    submittedOn,
    reviewStartsOn,
    tencentReview,
    bureauSubmission,
    bureauReview,
    officialCalendar: uncovered.length === 0,
    uncoveredYears: uncovered.map((coverage) => coverage.year),
    notes,
  };
}
