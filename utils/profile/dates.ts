/** Calendar dates as the filing forms write them: `YYYY-MM-DD`, compared as strings (the format sorts chronologically). */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The console's word for a document without an end date. */
export const NO_EXPIRY = '长期';

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
