/**
 * Mainland working days from the State Council holiday arrangements shipped in `chinese-days` (holidays and make-up
 * working days). Years the package has no arrangement for fall back to weekends only.
 *
 * The package's own functions (isWorkday, getDayDetail) build their tables with the machine's local clock, so west of
 * UTC every holiday lands one day early. Its generated data file is keyed by plain mainland dates, so we read that.
 */
import calendarData from 'chinese-days/dist/chinese-days.json';
import { addCalendarDays, civilDateParts, toCivilDate, weekdayOf, type CivilDate, type DateInput } from './china-time';

/** Date → "English name,中文名,days" (for example "National Day,国庆节,3"). */
const officialDaysOff: Readonly<Record<CivilDate, string>> = calendarData.holidays;
const makeUpWorkingDays: Readonly<Record<CivilDate, string>> = calendarData.workdays;

export interface CalendarCoverage {
  year: number;
  /** True when the State Council holiday arrangement of that year is known. */
  official: boolean;
  /** Chinese note for the user when it is not. */
  note: string | null;
}

/** The Chinese holiday name of an official day off ("国庆节"), or null for working days and plain weekends. */
export function holidayNameOf(input: DateInput): string | null {
  return officialDaysOff[toCivilDate(input)]?.split(',')[1] ?? null;
}

const coverageByYear = new Map<number, boolean>();

/**
 * Whether `chinese-days` knows the arrangement for a year. Every arrangement gives days off for the Spring Festival,
 * which always falls between 21 January and 20 February, so a year without any such day off is not covered.
 */
export function calendarCoverage(year: number): CalendarCoverage {
  let official = coverageByYear.get(year);
  if (official === undefined) {
    official = false;
    for (let day = `${year}-01-15`; day <= `${year}-02-28` && !official; day = addCalendarDays(day, 1)) {
      official = officialDaysOff[day]?.startsWith('Spring Festival') ?? false;
    }
    coverageByYear.set(year, official);
  }
  return {
    year,
    official,
    note: official
      ? null
      : `节假日数据未收录 ${year} 年的国务院放假安排，${year} 年的日期只按周末推算，未计入法定节假日和调休，实际可能更晚。`,
  };
}

/** True on mainland working days, including make-up working days on weekends. */
export function isWorkingDay(input: DateInput): boolean {
  const civil = toCivilDate(input);
  const weekday = weekdayOf(civil);
  const isMondayToFriday = weekday >= 1 && weekday <= 5;
  if (!calendarCoverage(civilDateParts(civil).year).official) return isMondayToFriday;
  if (makeUpWorkingDays[civil]) return true;
  return isMondayToFriday && !officialDaysOff[civil];
}

/**
 * The n-th working day after the given day (the day itself does not count). With n = 0: the day itself when it is a
 * working day, else the next working day — the day work on something submitted then can start.
 */
export function addWorkingDays(input: DateInput, workingDays: number): CivilDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`workingDays must be a non-negative integer, got ${workingDays}`);
  }
  let day = toCivilDate(input);
  if (workingDays === 0) {
    while (!isWorkingDay(day)) day = addCalendarDays(day, 1);
    return day;
  }
  let remaining = workingDays;
  while (remaining > 0) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day)) remaining -= 1;
  }
  return day;
}
