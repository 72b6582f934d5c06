import { afterEach, describe, expect, it } from 'vitest';
import { formatChinaDateTime, formatLocalDateTimeIfDifferent } from '@/utils/calendar/china-time';

const ORIGINAL_TZ = process.env.TZ;
afterEach(() => {
  process.env.TZ = ORIGINAL_TZ;
});

// 2026-11-29 06:05 UTC = 14:05 in Beijing.
const AT = Date.UTC(2026, 10, 29, 6, 5);

describe('formatLocalDateTimeIfDifferent', () => {
  it('says nothing when the browser keeps Beijing time', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(formatLocalDateTimeIfDifferent(AT)).toBeNull();
    expect(formatChinaDateTime(AT)).toBe('11月29日 14:05');
  });

  it('gives the browser clock when its zone differs, across a day boundary too', () => {
    process.env.TZ = 'Europe/Berlin';
    expect(formatLocalDateTimeIfDifferent(AT)).toBe('11月29日 07:05');
    process.env.TZ = 'America/Los_Angeles';
    expect(formatLocalDateTimeIfDifferent(AT)).toBe('11月28日 22:05');
  });
});
