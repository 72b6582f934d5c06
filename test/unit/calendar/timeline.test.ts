import { describe, expect, it } from 'vitest';
import { estimateTimeline, SMS_WINDOW_NOTE } from '@/utils/calendar/timeline';

/** Epoch ms of a Beijing wall-clock time. */
const beijing = (isoLocal: string) => Date.parse(`${isoLocal}+08:00`);

describe('estimateTimeline', () => {
  it('gives Tencent 1–2 and the 管局 20 working days on an ordinary week', () => {
    const estimate = estimateTimeline(beijing('2026-11-10T10:00:00'), '广东');
    expect(estimate.submittedOn).toBe('2026-11-10');
    expect(estimate.reviewStartsOn).toBe('2026-11-10');
    expect(estimate.tencentReview).toEqual({ earliest: '2026-11-11', latest: '2026-11-12' });
    expect(estimate.bureauSubmission).toEqual({ earliest: '2026-11-11', latest: '2026-11-17' });
    expect(estimate.bureauReview).toEqual({ maxWorkingDays: 20, latest: '2026-12-15' });
    expect(estimate.officialCalendar).toBe(true);
    expect(estimate.uncoveredYears).toEqual([]);
    expect(estimate.notes).toContain(SMS_WINDOW_NOTE);
    expect(estimate.notes.join('')).not.toContain('才开始');
  });

  it('uses 30 working days for Zhejiang', () => {
    const estimate = estimateTimeline(beijing('2026-11-10T10:00:00'), '浙江省');
    expect(estimate.bureauReview).toEqual({ maxWorkingDays: 30, latest: '2026-12-29' });
    expect(estimate.notes.join('')).toContain('浙江省管局按 30 个工作日');
  });

  it('says on a Friday that review may only start on Monday', () => {
    const estimate = estimateTimeline(beijing('2026-11-13T16:00:00'));
    const note = estimate.notes[0]!;
    expect(note).toContain('11月14日（周六）至11月15日（周日） 是周末');
    expect(note).toContain('11月16日（周一） 才开始');
    expect(estimate.tencentReview.earliest).toBe('2026-11-16');
  });

  it('says before the National Day holiday when review will start', () => {
    const estimate = estimateTimeline(beijing('2026-09-30T15:00:00'));
    expect(estimate.notes[0]).toContain('10月1日（周四）至10月7日（周三） 是国庆节假期');
    expect(estimate.notes[0]).toContain('10月8日（周四） 才开始');
    expect(estimate.tencentReview).toEqual({ earliest: '2026-10-08', latest: '2026-10-09' });
  });

  it('says on a day off that review starts on the next working day', () => {
    const estimate = estimateTimeline(beijing('2026-02-17T09:00:00'));
    expect(estimate.reviewStartsOn).toBe('2026-02-24');
    expect(estimate.notes[0]).toContain('春节假期');
    expect(estimate.notes[0]).toContain('2月24日（周二） 才开始');
  });

  it('falls back to weekends only, with a flag and a note, when the estimate reaches a year without data', () => {
    const estimate = estimateTimeline(beijing('2026-12-10T10:00:00'));
    expect(estimate.officialCalendar).toBe(false);
    expect(estimate.uncoveredYears).toEqual([2027]);
    expect(estimate.bureauReview.latest.startsWith('2027-')).toBe(true);
    expect(estimate.notes.some((note) => note.includes('2027 年') && note.includes('只按周末推算'))).toBe(true);
  });
});
