import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addCalendarDays,
  chinaDayEnd,
  chinaDayStart,
  formatCivilDate,
  parseChinaDateTimeInput,
  toChinaDateTimeInput,
  toCivilDate,
  weekdayOf,
} from '@/utils/calendar/china-time';
import { addWorkingDays, calendarCoverage, holidayNameOf, isWorkingDay } from '@/utils/calendar/working-days';

describe('Beijing calendar days', () => {
  it('takes the day boundary at UTC+8 whatever the machine zone', () => {
    // 2026-09-30T16:30Z is 1 October 00:30 in Beijing.
    expect(toCivilDate(new Date('2026-09-30T16:30:00Z'))).toBe('2026-10-01');
    expect(toCivilDate(new Date('2026-09-30T15:59:59Z'))).toBe('2026-09-30');
    expect(chinaDayStart('2026-10-01')).toBe(Date.parse('2026-09-30T16:00:00Z'));
    expect(chinaDayEnd('2026-10-01')).toBe(Date.parse('2026-10-01T15:59:59.999Z'));
  });

  it('rejects text that is not a real date', () => {
    expect(() => toCivilDate('2026-02-30')).toThrow(RangeError);
    expect(() => toCivilDate('2026/02/01')).toThrow(RangeError);
    expect(() => toCivilDate(new Date('nonsense'))).toThrow(RangeError);
  });

  it('formats days and datetime inputs in Beijing time and reads them back', () => {
    expect(formatCivilDate('2026-10-08')).toBe('10月8日（周四）');
    expect(formatCivilDate('2027-01-04', { withYear: true })).toBe('2027年1月4日（周一）');
    const at = Date.parse('2026-11-29T06:05:00Z');
    expect(toChinaDateTimeInput(at)).toBe('2026-11-29T14:05');
    expect(parseChinaDateTimeInput('2026-11-29T14:05')).toBe(at);
    expect(parseChinaDateTimeInput('2026-11-31T14:05')).toBeNull();
    expect(parseChinaDateTimeInput('2026-11-29T24:00')).toBeNull();
    expect(parseChinaDateTimeInput('')).toBeNull();
  });

  it('round-trips any minute through the datetime input format', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2004-01-01'), max: Date.parse('2099-12-31') }), (ms) => {
        const minute = Math.floor(ms / 60_000) * 60_000;
        expect(parseChinaDateTimeInput(toChinaDateTimeInput(minute))).toBe(minute);
      }),
    );
  });
});

describe('calendarCoverage', () => {
  it('knows the years chinese-days has an arrangement for', () => {
    expect(calendarCoverage(2026)).toEqual({ year: 2026, official: true, note: null });
    expect(calendarCoverage(2004).official).toBe(true);
  });

  it('flags years without an official arrangement, with a Chinese note', () => {
    const coverage = calendarCoverage(2027);
    expect(coverage.official).toBe(false);
    expect(coverage.note).toContain('2027 年');
    expect(coverage.note).toContain('只按周末推算');
    expect(calendarCoverage(2003).official).toBe(false);
  });
});

describe('isWorkingDay on the mainland calendar', () => {
  it('follows the 2026 National Day and Mid-Autumn arrangement', () => {
    expect(isWorkingDay('2026-09-20')).toBe(true); // Sunday, make-up working day
    expect(isWorkingDay('2026-09-25')).toBe(false); // Friday, 中秋
    for (let day = '2026-10-01'; day <= '2026-10-07'; day = addCalendarDays(day, 1)) {
      expect(isWorkingDay(day), day).toBe(false);
    }
    expect(isWorkingDay('2026-10-08')).toBe(true);
    expect(isWorkingDay('2026-10-10')).toBe(true); // Saturday, make-up working day
    expect(isWorkingDay('2026-10-11')).toBe(false); // plain Sunday
    expect(holidayNameOf('2026-10-05')).toBe('国庆节');
    expect(holidayNameOf('2026-10-11')).toBeNull();
  });

  it('follows the 2026 Spring Festival arrangement', () => {
    expect(isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up working day
    expect(isWorkingDay('2026-02-16')).toBe(false); // Monday, 春节
    expect(isWorkingDay('2026-02-23')).toBe(false); // Monday, last day off
    expect(isWorkingDay('2026-02-24')).toBe(true);
    expect(isWorkingDay('2026-02-28')).toBe(true); // Saturday, make-up working day
    expect(holidayNameOf('2026-02-18')).toBe('春节');
  });

  it('accepts instants and judges them by the Beijing day', () => {
    // Wednesday 30 September 23:30 in Beijing, but already 1 October 00:30 one hour later.
    expect(isWorkingDay(Date.parse('2026-09-30T15:30:00Z'))).toBe(true);
    expect(isWorkingDay(Date.parse('2026-09-30T16:30:00Z'))).toBe(false);
  });

  it('uses weekends only in a year without an arrangement', () => {
    expect(isWorkingDay('2027-01-01')).toBe(true); // a Friday; New Year's Day is unknown to the package
    expect(isWorkingDay('2027-01-02')).toBe(false);
    expect(isWorkingDay('2027-01-04')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('skips the National Day week and counts the make-up Saturday', () => {
    expect(addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays('2026-09-30', 2)).toBe('2026-10-09');
    expect(addWorkingDays('2026-09-30', 3)).toBe('2026-10-10');
    expect(addWorkingDays('2026-09-30', 4)).toBe('2026-10-12');
    expect(addWorkingDays('2026-09-18', 1)).toBe('2026-09-20'); // Friday → make-up Sunday
  });

  it('crosses the Spring Festival', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays('2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays('2026-02-14', 20)).toBe('2026-03-20');
  });

  it('with 0 gives the day itself when working, else the next working day', () => {
    expect(addWorkingDays('2026-10-08', 0)).toBe('2026-10-08');
    expect(addWorkingDays('2026-10-03', 0)).toBe('2026-10-08');
  });

  it('crosses into a year without calendar data using weekends only', () => {
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-31', 2)).toBe('2027-01-04');
    expect(addWorkingDays('2027-02-05', 20)).toBe('2027-03-05');
  });

  it('rejects negative and fractional counts', () => {
    expect(() => addWorkingDays('2026-10-08', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-10-08', 1.5)).toThrow(RangeError);
  });

  it('always lands on a working day, n working days later, never before the start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 3 }),
        fc.integer({ min: 1, max: 30 }),
        (offset, n) => {
          const start = addCalendarDays('2025-01-01', offset);
          const result = addWorkingDays(start, n);
          expect(isWorkingDay(result)).toBe(true);
          let counted = 0;
          for (let day = addCalendarDays(start, 1); day <= result; day = addCalendarDays(day, 1)) {
            if (isWorkingDay(day)) counted += 1;
          }
          expect(counted).toBe(n);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('has Monday–Friday as the only working days in uncovered years', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const day = addCalendarDays('2027-01-01', offset);
        const weekday = weekdayOf(day);
        expect(isWorkingDay(day)).toBe(weekday >= 1 && weekday <= 5);
      }),
    );
  });
});
