import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { parseHolidayNotice, type HolidayArrangement } from '@/utils/calendar/holiday-notice';
import { estimateTimeline } from '@/utils/calendar/timeline';
import {
  addWorkingDays,
  calendarCoverage,
  estimateLabel,
  holidayNameOf,
  isWorkingDay,
  knownYears,
  nextYearNoticeHint,
  setImportedArrangements,
} from '@/utils/calendar/working-days';
import { deleteHolidayNotice, holidayNoticesItem, importHolidayNotice, loadHolidayNotices } from '@/utils/browser/holiday-store';

const notice2027 = readFileSync('test/fixtures/holidays/2027-invented.txt', 'utf8');
const notice2026 = readFileSync('test/fixtures/holidays/2026.txt', 'utf8');

function arrangement(text: string): HolidayArrangement {
  const reading = parseHolidayNotice(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.arrangement;
}

afterEach(() => setImportedArrangements([]));

describe('the calendar registry', () => {
  it('counts an unknown year by weekends and labels its dates, then uses an imported notice for it', () => {
    expect(estimateLabel('2027-02-08')).toBe('估算（2027年节假日安排未知，按周末计算）');
    expect(isWorkingDay('2027-02-08')).toBe(true); // a Monday, counted as a plain weekday
    expect(knownYears()).not.toContain(2027);
    const before = addWorkingDays('2027-02-01', 20);

    setImportedArrangements([arrangement(notice2027)]);
    expect(estimateLabel('2027-02-08')).toBeNull();
    expect(calendarCoverage(2027)).toEqual({ year: 2027, official: true, note: null });
    expect(knownYears()).toEqual(expect.arrayContaining([2004, 2026, 2027]));
    expect(isWorkingDay('2027-02-08')).toBe(false);
    expect(holidayNameOf('2027-02-08')).toBe('春节');
    expect(isWorkingDay('2027-02-20')).toBe(true); // Saturday made a working day
    // 9 days off inside the span, one of them a Saturday already, and one working Saturday: 6 more calendar days.
    expect(before).toBe('2027-03-01');
    expect(addWorkingDays('2027-02-01', 20)).toBe('2027-03-08');
  });

  it('lets an imported year replace the bundled data of that year', () => {
    expect(isWorkingDay('2026-10-08')).toBe(true);
    const extended = notice2026.replace('10月1日（周四）至7日（周三）放假调休，共7天', '10月1日（周四）至8日（周四）放假调休，共8天');
    setImportedArrangements([arrangement(extended)]);
    expect(isWorkingDay('2026-10-08')).toBe(false);
    expect(isWorkingDay('2026-10-10')).toBe(true); // still the working Saturday of the imported text
  });

  it('adds a date the next year\'s notice names only where the date\'s own year says nothing', () => {
    const newYear2029 = arrangement(
      [
        '国务院办公厅关于2029年部分节假日安排的通知',
        '一、元旦：2028年12月30日（星期六）至2029年1月1日（星期一）放假调休，共3天。2028年12月29日（星期五）上班。',
        '二、春节：2月12日至18日放假调休，共7天。',
      ].join('\n'),
    );
    setImportedArrangements([newYear2029]);
    expect(holidayNameOf('2028-12-30')).toBe('元旦');
    expect(estimateLabel('2028-12-30')).not.toBeNull(); // 2028 itself stays unknown
    const own2028 = arrangement(['国务院办公厅关于2028年部分节假日安排的通知', '一、春节：1月25日至31日放假调休，共7天。12月30日（星期六）上班。'].join('\n'));
    setImportedArrangements([own2028, newYear2029]);
    expect(isWorkingDay('2028-12-30')).toBe(true); // 2028's own notice wins for its own date
    expect(holidayNameOf('2028-12-31')).toBe('元旦'); // 2028 says nothing of this Sunday
  });

  it('hints from 1 November to import next year\'s notice while it is unknown', () => {
    expect(nextYearNoticeHint('2026-10-31')).toBeNull();
    expect(nextYearNoticeHint('2026-11-01')).toContain('2027年的节假日安排尚未收录');
    expect(nextYearNoticeHint('2025-12-31')).toBeNull(); // 2026 is bundled
    setImportedArrangements([arrangement(notice2027)]);
    expect(nextYearNoticeHint('2026-12-15')).toBeNull();
  });

  it('makes the timeline exact once the year is imported', () => {
    const submitted = Date.parse('2027-01-25T02:00:00Z');
    expect(estimateTimeline(submitted).uncoveredYears).toEqual([2027]);
    setImportedArrangements([arrangement(notice2027)]);
    const estimate = estimateTimeline(submitted);
    expect(estimate.officialCalendar).toBe(true);
    expect(estimate.bureauReview.latest).toBe('2027-03-08');
  });
});

describe('stored notices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('imports, lists, replaces and deletes a year, installing it as the calendar each time it is loaded', async () => {
    await importHolidayNotice(notice2027, new Date('2026-12-01T00:00:00Z'));
    const loaded = await loadHolidayNotices();
    expect(loaded.notices.map((notice) => [notice.year, notice.importedAt])).toEqual([[2027, '2026-12-01T00:00:00.000Z']]);
    expect(loaded.notices[0]!.text).toBe(notice2027);
    expect(isWorkingDay('2027-02-08')).toBe(false);

    await importHolidayNotice(notice2027.replace('2月20日（周六）上班', '2月21日（周日）上班'));
    expect((await loadHolidayNotices()).notices[0]!.arrangement.workdays).toContain('2027-02-21');
    expect(await holidayNoticesItem.getMeta()).toEqual({ v: 1 });

    await deleteHolidayNotice('2027');
    expect((await loadHolidayNotices()).notices).toEqual([]);
    expect(isWorkingDay('2027-02-08')).toBe(true);
  });

  it('refuses a text that is not a notice and changes nothing', async () => {
    await importHolidayNotice(notice2027);
    await expect(importHolidayNotice('国务院安委会办公室关于做好2027年春节期间安全工作的通知')).rejects.toThrow(/没有找到标题/);
    expect(Object.keys((await holidayNoticesItem.getValue()) as object)).toEqual(['2027']);
  });

  it('keeps unreadable entries as they are, with a reason, and never overwrites them', async () => {
    const broken = { text: '国务院办公厅关于2028年部分节假日安排的通知\n一、春节：1月', importedAt: '2027-11-01T00:00:00.000Z' };
    await fakeBrowser.storage.local.set({ holidayNotices: { 2028: broken, 2029: 'garbage' } });
    await importHolidayNotice(notice2027);
    const loaded = await loadHolidayNotices();
    expect(loaded.notices.map((notice) => notice.year)).toEqual([2027]);
    expect(loaded.quarantined).toEqual([
      { key: '2028', reason: expect.stringContaining('保存的通知原文无法读取'), raw: broken },
      { key: '2029', reason: expect.stringContaining('记录格式不对'), raw: 'garbage' },
    ]);
    const over2028 = ['国务院办公厅关于2028年部分节假日安排的通知', '一、春节：1月25日至31日放假调休，共7天。'].join('\n');
    await expect(importHolidayNotice(over2028)).rejects.toThrow(/2028 年下有一条无法读取的记录/);
    expect(((await holidayNoticesItem.getValue()) as Record<string, unknown>)['2028']).toEqual(broken);

    await deleteHolidayNotice('2028');
    await importHolidayNotice(over2028);
    expect((await loadHolidayNotices()).notices.map((notice) => notice.year)).toEqual([2027, 2028]);
  });

  it('does not write over what a newer version stored', async () => {
    const stored = { 2030: { text: 'v2 form', importedAt: '2029-11-01T00:00:00.000Z', extra: true } };
    await fakeBrowser.storage.local.set({ holidayNotices: stored, holidayNotices$: { v: 2 } });
    const loaded = await loadHolidayNotices();
    expect(loaded.writable).toBe(false);
    expect(loaded.quarantined[0]).toMatchObject({ key: '2030', raw: stored[2030] });
    expect(loaded.quarantined[0]!.reason).toContain('更新版本');
    await expect(importHolidayNotice(notice2027)).rejects.toThrow(/为免覆盖/);
    expect(await holidayNoticesItem.getValue()).toEqual(stored);
  });
});
