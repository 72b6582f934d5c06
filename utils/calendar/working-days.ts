/**
 * Mainland working days from the State Council holiday arrangements: the ones shipped in `chinese-days` (holidays and
 * make-up working days) and the ones the user imported from a notice (`./holiday-notice.ts`), which replace the
 * bundled data of their year. Years known from neither fall back to weekends only, and every date computed in such a
 * year is an estimate (`estimateLabel`).
 *
 * Imported years reach this pure module through a small registry (`setImportedArrangements`), filled by the
 * extension pages from storage, so every estimate (timeline, overdue marks, checklist) uses them at once.
 *
 * The package's own functions (isWorkday, getDayDetail) build their tables with the machine's local clock, so west of
 * UTC every holiday lands one day early. Its generated data file is keyed by plain mainland dates, so we read that.
 */
import calendarData from 'chinese-days/dist/chinese-days.json';
import { addCalendarDays, civilDateParts, toCivilDate, weekdayOf, type CivilDate, type DateInput } from './china-time';
import type { HolidayArrangement } from './holiday-notice';

/** Date → "English name,中文名,days" (for example "National Day,国庆节,3"). */
const bundledDaysOff: Readonly<Record<CivilDate, string>> = calendarData.holidays;
const bundledWorkingDays: Readonly<Record<CivilDate, string>> = calendarData.workdays;

/** The arrangement of one year as the lookups need it. */
type YearDays = Pick<HolidayArrangement, 'holidayNames'> & { workdays: ReadonlySet<CivilDate> };

let importedYears: ReadonlyMap<number, YearDays> = new Map();

/** Makes imported arrangements the calendar of their years (replacing earlier imports and the bundled data). */
export function setImportedArrangements(arrangements: readonly Pick<HolidayArrangement, 'year' | 'holidayNames' | 'workdays'>[]): void {
  importedYears = new Map(
    arrangements.map((arrangement) => [arrangement.year, { holidayNames: arrangement.holidayNames, workdays: new Set(arrangement.workdays) }]),
  );
}

const bundledCoverage = new Map<number, boolean>();

/**
 * Whether `chinese-days` knows the arrangement for a year. Every arrangement gives days off for the Spring Festival,
 * which always falls between 21 January and 20 February, so a year without any such day off is not covered.
 */
function bundledCovers(year: number): boolean {
  let covered = bundledCoverage.get(year);
  if (covered === undefined) {
    covered = false;
    for (let day = `${year}-01-15`; day <= `${year}-02-28` && !covered; day = addCalendarDays(day, 1)) {
      covered = bundledDaysOff[day]?.startsWith('Spring Festival') ?? false;
    }
    bundledCoverage.set(year, covered);
  }
  return covered;
}

type DayKind = { off: true; name: string } | { off: false };

/** What the arrangement of the day's own year says: undefined when that year is unknown, null for an ordinary day. */
function ownEntry(civil: CivilDate, year: number): DayKind | null | undefined {
  const imported = importedYears.get(year);
  if (imported) {
    const name = imported.holidayNames[civil];
    if (name !== undefined) return { off: true, name };
    return imported.workdays.has(civil) ? { off: false } : null;
  }
  if (!bundledCovers(year)) return undefined;
  const bundled = bundledDaysOff[civil];
  if (bundled !== undefined) return { off: true, name: bundled.split(',')[1] ?? '' };
  return bundledWorkingDays[civil] ? { off: false } : null;
}

/**
 * The day's entry: its own year's, else one the next year's imported notice names (元旦 from 12月31日) — added only
 * where the day's own year says nothing about it.
 */
function dayEntry(civil: CivilDate): DayKind | null | undefined {
  const { year } = civilDateParts(civil);
  const own = ownEntry(civil, year);
  if (own) return own;
  const next = importedYears.get(year + 1);
  const name = next?.holidayNames[civil];
  if (name !== undefined) return { off: true, name };
  if (next?.workdays.has(civil)) return { off: false };
  return own;
}

export interface CalendarCoverage {
  year: number;
  /** True when the State Council holiday arrangement of that year is known. */
  official: boolean;
  /** Chinese note for the user when it is not. */
  note: string | null;
}

export function isYearKnown(year: number): boolean {
  return importedYears.has(year) || bundledCovers(year);
}

export function calendarCoverage(year: number): CalendarCoverage {
  const official = isYearKnown(year);
  return {
    year,
    official,
    note: official
      ? null
      : `尚未收录 ${year} 年的国务院放假安排，${year} 年的日期只按周末推算，未计入法定节假日和调休，实际可能更晚；通知发布后可在设置页“节假日安排”中导入。`,
  };
}

/** Years whose arrangement is known (bundled or imported), ascending. */
export function knownYears(): number[] {
  const years = new Set(importedYears.keys());
  for (const day of Object.keys(bundledDaysOff)) {
    const { year } = civilDateParts(day);
    if (bundledCovers(year)) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}

/** "估算（2027年节假日安排未知，按周末计算）" for a date in a year the calendar does not know, else null. */
export function estimateLabel(input: DateInput): string | null {
  const { year } = civilDateParts(toCivilDate(input));
  return isYearKnown(year) ? null : `估算（${year}年节假日安排未知，按周末计算）`;
}

/** From 1 November, when next year's arrangement is unknown: a one-line hint to import the notice once published. */
export function nextYearNoticeHint(today: DateInput): string | null {
  const { year, month } = civilDateParts(toCivilDate(today));
  if (month < 11 || isYearKnown(year + 1)) return null;
  return `${year + 1}年的节假日安排尚未收录：国务院办公厅通常在11–12月发布放假安排通知，发布后请在设置页“节假日安排”中导入，工作日估算才会准确。`;
}

/** The Chinese holiday name of an official day off ("国庆节"), or null for working days and plain weekends. */
export function holidayNameOf(input: DateInput): string | null {
  const entry = dayEntry(toCivilDate(input));
  return entry?.off ? entry.name : null;
}

/** True on mainland working days, including make-up working days on weekends. */
export function isWorkingDay(input: DateInput): boolean {
  const civil = toCivilDate(input);
  const entry = dayEntry(civil);
  if (entry) return !entry.off;
  const weekday = weekdayOf(civil);
  return weekday >= 1 && weekday <= 5;
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
