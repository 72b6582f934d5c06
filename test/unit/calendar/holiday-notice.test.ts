import { readFileSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import calendarData from 'chinese-days/dist/chinese-days.json';
import { addCalendarDays, civilDateParts, weekdayOf, type CivilDate } from '@/utils/calendar/china-time';
import { parseHolidayNotice, type HolidayArrangement } from '@/utils/calendar/holiday-notice';

const SHARED = '/work/shared/data/holidays';
const FIXTURES = path.resolve('test/fixtures/holidays');
const read = (file: string) => readFileSync(file, 'utf8');

function parsed(text: string): HolidayArrangement {
  const reading = parseHolidayNotice(text);
  if (!reading.ok) throw new Error(reading.message);
  return reading.arrangement;
}

/** The whole chinese-days dataset for a notice's year: its dates of that year and of the December before (元旦). */
function chineseDays(year: number) {
  const inNoticeRange = (days: Record<string, string>) =>
    Object.keys(days)
      .filter((day) => day >= `${year - 1}-12-01` && day <= `${year}-12-31`)
      .sort();
  return { holidays: inNoticeRange(calendarData.holidays), workdays: inNoticeRange(calendarData.workdays) };
}

describe('published notices agree with chinese-days day for day', () => {
  it.each([
    ['shared 2023 (星期X, 元旦 from the year before)', `${SHARED}/2023.txt`, 2023],
    ['shared 2025 (周X, 不调休)', `${SHARED}/2025.txt`, 2025],
    ['2020 with the notice extending the Spring Festival', `${FIXTURES}/2020-amended.txt`, 2020],
    ['2024 (与周末连休, no weekdays, the encouraged 除夕 off)', `${FIXTURES}/2024.txt`, 2024],
    ['2026 (周X with lunar dates)', `${FIXTURES}/2026.txt`, 2026],
  ])('%s', (_, file, year) => {
    const arrangement = parsed(read(file));
    expect(arrangement.year).toBe(year);
    expect({ holidays: arrangement.holidays, workdays: arrangement.workdays }).toEqual(chineseDays(year));
  });

  it('names each day off after its festival and keeps the items for the preview', () => {
    const arrangement = parsed(read(`${SHARED}/2023.txt`));
    expect(arrangement.holidayNames['2022-12-31']).toBe('元旦');
    expect(arrangement.holidayNames['2023-10-01']).toBe('中秋节、国庆节');
    expect(arrangement.items.map((item) => item.names.join('、'))).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节、国庆节']);
    expect(arrangement.items[1]!.workdays).toEqual(['2023-01-28', '2023-01-29']);
  });

  it('applies the amending notice: every day up to the new end is off, the working Saturday inside is gone', () => {
    const text = read(`${FIXTURES}/2020-amended.txt`);
    const original = parsed(text.slice(0, text.indexOf('国务院办公厅关于延长')));
    const amended = parsed(text);
    expect(original.holidays).not.toContain('2020-02-02');
    expect(original.workdays).toContain('2020-02-01');
    expect(amended.holidays.filter((day) => !original.holidays.includes(day))).toEqual(['2020-01-31', '2020-02-01', '2020-02-02']);
    expect(amended.workdays).not.toContain('2020-02-01');
    expect(amended.workdays).not.toContain('2020-02-03'); // 起正常上班 on a Monday is an ordinary day
    expect(amended.amendments).toEqual(['延长2020年春节假期至2月2日']);
  });

  it('reads a page copied with its information table, which repeats the title', () => {
    const text = read(`${SHARED}/2025.txt`);
    const page = `标　　题：国务院办公厅关于2025年部分节假日安排的通知\n发文机关：国务院办公厅\n成文日期：2024年11月12日\n发文字号：国办发明电〔2024〕12号\n\n${text}`;
    expect(parsed(page).holidays).toEqual(chineseDays(2025).holidays);
  });

  it('reads 补休 days and a single day off with 与周末连休 (no dates added)', () => {
    const text = [
      '国务院办公厅关于2040年部分节假日安排的通知',
      '一、元旦：1月1日（星期日）放假，1月2日（星期一）补休。',
      '二、春节：2月11日至17日放假调休，共7天。2月18日（星期六）上班。',
      '三、端午节：6月15日（星期五）放假，与周末连休。',
    ].join('\n');
    const arrangement = parsed(text);
    expect(arrangement.holidays.filter((day) => day < '2040-02-01' || day > '2040-06-01')).toEqual(['2040-01-01', '2040-01-02', '2040-06-15']);
    expect(arrangement.workdays).toEqual(['2040-02-18']);
  });
});

// ---------- generated notices ----------

const FESTIVALS = ['元旦', '清明节', '劳动节', '端午节', '中秋节', '国庆节'];
const ZH_WEEKDAYS = '日一二三四五六';

interface Style {
  weekday: 'zhou' | 'xingqi' | 'none';
  fullWidth: boolean;
  repeatMonth: boolean;
}

interface ItemSpec {
  names: string[];
  start: CivilDate;
  length: number;
  workdays: CivilDate[];
  statesDays: boolean;
}

function render(year: number, items: ItemSpec[], style: Style): string {
  const [open, close, colon, comma] = style.fullWidth ? ['（', '）', '：', '，'] : ['(', ')', ':', ','];
  const weekday = (day: CivilDate) =>
    style.weekday === 'none' ? '' : `${open}${style.weekday === 'zhou' ? '周' : '星期'}${ZH_WEEKDAYS[weekdayOf(day)]}${close}`;
  const date = (day: CivilDate, context: { year?: boolean; month?: boolean } = {}) => {
    const { year: y, month, day: d } = civilDateParts(day);
    return `${context.year ? `${y}年` : ''}${context.month === false ? '' : `${month}月`}${d}日${weekday(day)}`;
  };
  const numerals = '一二三四五六七八九十';
  const names = items.flatMap((item) => item.names);
  const lines = [
    `国务院办公厅关于${year}年部分节假日安排的通知`,
    '',
    `经国务院批准，现将${year}年${names.slice(0, -1).join('、')}和${names.at(-1)}放假调休日期的具体安排通知如下。`,
    '',
  ];
  items.forEach((item, index) => {
    const end = addCalendarDays(item.start, item.length - 1);
    // The published form writes the year on dates outside the notice's year (2022年12月31日至2023年1月2日).
    const crossesYear = civilDateParts(item.start).year !== year || civilDateParts(end).year !== year;
    const sameMonth = item.start.slice(0, 7) === end.slice(0, 7);
    const range =
      item.length === 1
        ? date(item.start, { year: crossesYear })
        : `${date(item.start, { year: crossesYear })}至${date(end, { year: crossesYear, month: crossesYear || !sameMonth || style.repeatMonth })}`;
    let body = `${range}放假调休`;
    if (item.statesDays) body += `${comma}共${item.length}天`;
    body += '。';
    if (item.workdays.length > 0) body += `${item.workdays.map((day) => date(day)).join('、')}上班。`;
    lines.push(`${numerals[index]}、${item.names.join('、')}${colon}${body}`);
  });
  lines.push('', '国务院办公厅');
  return lines.join('\n');
}

const noticeArbitrary = fc
  .record({
    year: fc.integer({ min: 2030, max: 2090 }),
    startsLastYear: fc.boolean(),
    festivals: fc.shuffledSubarray(FESTIVALS, { minLength: 1, maxLength: 6 }),
    offsets: fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 7, maxLength: 7 }),
    lengths: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 7, maxLength: 7 }),
    // offset ≤ 25, length ≤ 9 and a working day ≤ 10 days after the end stay inside the item's 45-day slot.
    workdayPicks: fc.array(fc.array(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }), { minLength: 7, maxLength: 7 }),
    statesDays: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    style: fc.record({ weekday: fc.constantFrom<Style['weekday']>('zhou', 'xingqi', 'none'), fullWidth: fc.boolean(), repeatMonth: fc.boolean() }),
    combine: fc.boolean(),
  })
  .map(({ year, startsLastYear, festivals, offsets, lengths, workdayPicks, statesDays, style, combine }) => {
    // One item per 45-day slot, so items and their working days never overlap; ranges cross months freely.
    const names = ['春节', ...festivals].map((name) => [name]);
    if (combine && names.length > 2) names.splice(-2, 2, [...names.at(-2)!, ...names.at(-1)!]);
    const items: ItemSpec[] = names.map((itemNames, index) => {
      const start = index === 0 && startsLastYear ? `${year - 1}-12-31` : addCalendarDays(`${year}-01-02`, index * 45 + offsets[index]!);
      const length = lengths[index]!;
      const end = addCalendarDays(start, length - 1);
      const workdays = [...new Set(workdayPicks[index]!.map((after) => addCalendarDays(end, after)))]
        .filter((day) => weekdayOf(day) === 0 || weekdayOf(day) === 6)
        .sort();
      return { names: itemNames, start, length, workdays, statesDays: statesDays[index]! };
    });
    return { year, items, style };
  });

describe('generated notices round-trip', () => {
  it('any notice written in the published form reads back to the days it was written from', () => {
    fc.assert(
      fc.property(noticeArbitrary, ({ year, items, style }) => {
        const text = render(year, items, style);
        const expectedHolidays = items.flatMap((item) => Array.from({ length: item.length }, (_, i) => addCalendarDays(item.start, i))).sort();
        const expectedWorkdays = items.flatMap((item) => item.workdays).sort();
        const reading = parseHolidayNotice(text);
        expect(reading, text).toMatchObject({ ok: true });
        if (!reading.ok) return;
        expect(reading.arrangement.year).toBe(year);
        expect(reading.arrangement.holidays).toEqual(expectedHolidays);
        expect(reading.arrangement.workdays).toEqual(expectedWorkdays);
        expect(reading.arrangement.items.map((item) => item.names)).toEqual(items.map((item) => item.names));
      }),
      { numRuns: 300 },
    );
  });

  it('a generated notice cut anywhere inside its items is refused, never read as a shorter year', () => {
    fc.assert(
      fc.property(noticeArbitrary, fc.double({ min: 0, max: 1, noNaN: true }), ({ year, items, style }, where) => {
        const text = render(year, items, style);
        const itemsStart = text.indexOf('一、');
        const itemsEnd = text.lastIndexOf('。') + 1;
        const cut = itemsStart + 1 + Math.floor(where * (itemsEnd - itemsStart - 2));
        const reading = parseHolidayNotice(text.slice(0, cut));
        expect(reading.ok, text.slice(0, cut)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------- refusals ----------

describe('texts that are not a complete notice are refused with a reason', () => {
  const notice2025 = read(`${SHARED}/2025.txt`);

  it.each([
    ['an empty file', '', /文本是空的/],
    ['only blank lines', ' \n\u3000\n', /文本是空的/],
    [
      'a safety-work circular about the holiday',
      [
        '国务院安委会办公室关于做好2025年元旦春节期间安全防范工作的通知',
        '各省、自治区、直辖市安全生产委员会：',
        '2025年元旦、春节将至，1月1日放假，1月28日至2月4日放假。为做好节日期间安全防范工作，现通知如下：',
        '一、加强组织领导：各地区要在1月20日前完成隐患排查。',
        '二、强化值班值守：节日期间严格执行24小时值班制度。',
      ].join('\n'),
      /没有找到标题/,
    ],
    ['a notice cut after its third item', notice2025.slice(0, notice2025.indexOf('四、')), /劳动节、端午节、中秋节、国庆节.*截断/],
    ['a notice cut inside an item', notice2025.slice(0, notice2025.indexOf('至2月4日')), /第二条（春节）没有写完/],
    ['a notice with its items left out', notice2025.slice(0, notice2025.indexOf('一、')), /没有找到“一、元旦：……”/],
    ['a notice with an item missing', notice2025.replace(/三、清明节.*\n/, ''), /第三条缺失/],
    ['weekdays that do not fit the year (title edited)', notice2025.replace('关于2025年', '关于2024年').replace('现将2025年', '现将2024年'), /2024年1月1日是周一/],
    ['a day count that does not fit the range', notice2025.replace('共8天', '共7天'), /写明共7天，但列出的放假日期是8天/],
    ['an amending notice that changes nothing', `${notice2025}\n国务院办公厅关于做好2025年春节期间有关工作的通知\n一、各地要做好值班。`, /没有找到对2025年假期的调整/],
  ])('%s', (_, text, message) => {
    const reading = parseHolidayNotice(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(message);
  });
});

describe('holidays:parse CLI', () => {
  const run = (file: string) => spawnSync('npx', ['tsx', 'scripts/parse-holidays.ts', file], { encoding: 'utf8' });

  it('prints one JSON object with sorted ISO dates, the December day of the year before included', () => {
    const output = execFileSync('npx', ['tsx', 'scripts/parse-holidays.ts', `${SHARED}/2023.txt`], { encoding: 'utf8' });
    const json = JSON.parse(output) as { year: number; holidays: string[]; workdays: string[] };
    expect(Object.keys(json)).toEqual(['year', 'holidays', 'workdays']);
    expect(json).toEqual({ year: 2023, ...chineseDays(2023) });
    expect(json.holidays[0]).toBe('2022-12-31');
  });

  it('refuses a text that is not a notice: message on stderr, nothing on stdout, non-zero exit', () => {
    const result = run(path.resolve('package.json'));
    expect(result.status).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('这不是国务院办公厅的放假安排通知');
  });
});
