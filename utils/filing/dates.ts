/**
 * Calendar-date helpers for filing deadlines, on 'YYYY-MM-DD' mainland dates. Day steps, weekdays
 * and working days come from `@/utils/calendar`; this file adds only what it lacks.
 */
import { chinaDayStart, DAY_MS, toCivilDate, type CivilDate, type DateInput } from '@/utils/calendar/china-time';

/** A mainland calendar date written 'YYYY-MM-DD'. */
export type IsoDate = CivilDate;

/** The mainland (Beijing) calendar date of an instant, or the date itself. */
export function toIsoDate(input: DateInput): IsoDate {
  return toCivilDate(input);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((chinaDayStart(to) - chinaDayStart(from)) / DAY_MS);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (01-31 + 1 month = 02-28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  const targetMonthIndex = month - 1 + months;
  const lastDay = new Date(Date.UTC(year, targetMonthIndex + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, targetMonthIndex, Math.min(day, lastDay))).toISOString().slice(0, 10);
}
