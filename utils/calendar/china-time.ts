/**
 * Mainland (Beijing) time helpers. Filing reviews run on the mainland calendar whatever zone the browser is in,
 * so every day boundary here is computed at UTC+8 (China has had no daylight saving time since 1991).
 */

/** A mainland calendar day written 'YYYY-MM-DD'. */
export type CivilDate = string;

/** An instant (Date or epoch milliseconds) or a mainland calendar day. */
export type DateInput = Date | number | CivilDate;

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

const CHINA_OFFSET_MS = 8 * HOUR_MS;
const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const WEEKDAY_LABELS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** Year, month (1–12) and day of a calendar day; throws on text that is not a real 'YYYY-MM-DD' date. */
export function civilDateParts(civil: CivilDate): { year: number; month: number; day: number } {
  const match = CIVIL_DATE_PATTERN.exec(civil);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (!match || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${civil}`);
  }
  return { year, month, day };
}

/** The mainland calendar day of an instant (or the day itself when given one). */
export function toCivilDate(input: DateInput): CivilDate {
  if (typeof input === 'string') {
    civilDateParts(input);
    return input;
  }
  const ms = typeof input === 'number' ? input : input.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid date');
  const shifted = new Date(ms + CHINA_OFFSET_MS);
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Epoch ms of 00:00 Beijing time on that day. */
export function chinaDayStart(civil: CivilDate): number {
  const { year, month, day } = civilDateParts(civil);
  return Date.UTC(year, month - 1, day) - CHINA_OFFSET_MS;
}

/** Epoch ms of the last millisecond of that day in Beijing time. */
export function chinaDayEnd(civil: CivilDate): number {
  return chinaDayStart(civil) + DAY_MS - 1;
}

export function addCalendarDays(civil: CivilDate, days: number): CivilDate {
  return toCivilDate(chinaDayStart(civil) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(civil: CivilDate): number {
  const { year, month, day } = civilDateParts(civil);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** "10月8日（周四）", or "2027年1月4日（周一）" with the year. */
export function formatCivilDate(civil: CivilDate, options: { withYear?: boolean } = {}): string {
  const { year, month, day } = civilDateParts(civil);
  const prefix = options.withYear ? `${year}年` : '';
  return `${prefix}${month}月${day}日（${WEEKDAY_LABELS[weekdayOf(civil)]}）`;
}

/** "11月29日 14:05" in Beijing time. */
export function formatChinaDateTime(ms: number): string {
  const shifted = new Date(ms + CHINA_OFFSET_MS);
  return `${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日 ${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/**
 * The same instant on the browser's own clock ("11月29日 07:05"), or null when the browser keeps Beijing time
 * (offset +8 at that instant), so a deadline is shown twice only when the two clocks differ.
 */
export function formatLocalDateTimeIfDifferent(ms: number): string | null {
  const local = new Date(ms);
  if (local.getTimezoneOffset() === -CHINA_OFFSET_MS / MINUTE_MS) return null;
  return `${local.getMonth() + 1}月${local.getDate()}日 ${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/** Value for an `<input type="datetime-local">` showing the instant in Beijing time. */
export function toChinaDateTimeInput(ms: number): string {
  const shifted = new Date(ms + CHINA_OFFSET_MS);
  return `${toCivilDate(ms)}T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`;
}

/** Reads a datetime-local value as Beijing time; null when it is not a valid date and time. */
export function parseChinaDateTimeInput(value: string): number | null {
  const match = DATE_TIME_INPUT_PATTERN.exec(value.trim());
  if (!match) return null;
  const hours = Number(match[4]);
  const minutes = Number(match[5]);
  if (hours > 23 || minutes > 59) return null;
  try {
    return chinaDayStart(`${match[1]}-${match[2]}-${match[3]}`) + hours * HOUR_MS + minutes * MINUTE_MS;
  } catch {
    return null;
  }
}
