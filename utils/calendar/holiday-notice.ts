/**
 * Reads the State Council's yearly holiday notice (国务院办公厅关于YYYY年部分节假日安排的通知) as published — copied from
 * the web page or saved as text — into the days off and make-up working days of that year, with the same meaning as
 * the `chinese-days` data: every date of each stated 放假 range (weekends inside included) and each 补休 day is a
 * holiday; the weekend dates said to be 上班 are working days. A later notice in the same text that amends the first
 * (延长2020年春节假期至2月2日) overrides it.
 *
 * Anything that does not read as a complete notice is refused with a Chinese message saying what is missing: a wrong
 * calendar silently moves every estimate, a refusal costs the user one look at the text.
 */
import { addCalendarDays, civilDateParts, weekdayOf, type CivilDate } from './china-time';

export interface NoticeItem {
  /** 1 for 一、, 2 for 二、… */
  number: number;
  /** Festival names of the item (中秋节、国庆节 → two names). */
  names: string[];
  /** The item as written (after the number). */
  text: string;
  holidays: CivilDate[];
  workdays: CivilDate[];
}

export interface HolidayArrangement {
  year: number;
  /** Every day off the notice names, sorted; may include days of the year before (元旦 from 12月31日). */
  holidays: CivilDate[];
  /** Weekend days the notice makes working days, sorted. */
  workdays: CivilDate[];
  /** Festival name(s) of each holiday, for messages ("春节", "中秋节、国庆节"). */
  holidayNames: Record<CivilDate, string>;
  /** The items of the first notice as finally in force (amendments applied). */
  items: NoticeItem[];
  /** What the amending notices changed, as written. */
  amendments: string[];
}

export type NoticeReading = { ok: true; arrangement: HolidayArrangement } | { ok: false; message: string };

const BASE_TITLE = /关于(\d{4})年部分节假日安排的通知/;
const LATER_TITLE = /国务院办公厅关于[^\n。]{2,40}?通知/g;
const NUMERALS = '一二三四五六七八九十';
const ITEM_START = new RegExp(`^([${NUMERALS}]{1,3})、(.*)$`);
const WEEKDAY_NAMES = '日一二三四五六';
/** A date as written: optional year, optional month (inherited inside a range), day; then a weekday marker {0–6}. */
const DATE_TOKEN = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:\{(\d)\})?/g;
const RANGE_JOINER = /^(?:至|到|—+|－|-|~|～)$/;

class NoticeError extends Error {}

function numeralValue(numeral: string): number {
  // 一…九, 十, 十一…十九, 二十…
  const digits = [...numeral].map((ch) => NUMERALS.indexOf(ch) + 1);
  if (digits.length === 1) return digits[0]!;
  if (digits[0] === 10) return 10 + (digits[1] ?? 0);
  return digits[0]! * 10 + (digits[2] ?? 0);
}

function numeralOf(value: number): string {
  if (value <= 10) return NUMERALS[value - 1]!;
  if (value < 20) return `十${NUMERALS[value - 11]}`;
  return `${NUMERALS[Math.floor(value / 10) - 1]}十${value % 10 ? NUMERALS[(value % 10) - 1] : ''}`;
}

/** Half-width digits and punctuation, no spaces: published text mixes both widths and copies often add spaces. */
function normalize(text: string): string {
  return text
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/：/g, ':')
    .replace(/，/g, ',')
    .replace(/；/g, ';')
    .replace(/\.(?!\d)/g, '。')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u3000\u200b\ufeff]+/g, '');
}

/** Parentheticals: a weekday inside becomes a marker after the date; one holding a date is kept as plain text. */
function markParentheticals(text: string): string {
  return text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
    if (/\d+日/.test(inner)) return inner;
    const weekday = /(?:周|星期)([日天一二三四五六])/.exec(inner)?.[1];
    return weekday ? `{${WEEKDAY_NAMES.indexOf(weekday === '天' ? '日' : weekday)}}` : '';
  });
}

const pad = (value: number) => String(value).padStart(2, '0');

function civil(year: number, month: number, day: number, written: string): CivilDate {
  const value = `${year}-${pad(month)}-${pad(day)}`;
  try {
    civilDateParts(value);
  } catch {
    throw new NoticeError(`“${written}”不是有效的日期（${year}年${month}月没有${day}日）。`);
  }
  return value;
}

function describe(day: CivilDate): string {
  const { year, month, day: date } = civilDateParts(day);
  return `${year}年${month}月${date}日`;
}

interface DateToken {
  day: CivilDate;
  start: number;
  end: number;
}

/** The dates of one clause, with month and year carried from the start of a range to its end. */
function datesIn(clause: string, year: number, where: string): DateToken[] {
  const tokens: DateToken[] = [];
  let previous: { year: number; month: number } | null = null;
  for (const match of clause.matchAll(DATE_TOKEN)) {
    const joined = previous !== null && RANGE_JOINER.test(clause.slice(tokens.at(-1)!.end, match.index));
    const explicitYear = match[1] ? Number(match[1]) : null;
    let month = match[2] ? Number(match[2]) : null;
    if (month === null) {
      if (!joined || !previous) throw new NoticeError(`${where}的“${match[0]}”没有写月份。`);
      month = previous.month;
    }
    let dateYear = explicitYear ?? year;
    if (joined && previous && explicitYear === null) {
      dateYear = previous.year + (month < previous.month ? 1 : 0);
    }
    const day = civil(dateYear, month, Number(match[3]), match[0]);
    if (match[4] !== undefined && weekdayOf(day) !== Number(match[4])) {
      throw new NoticeError(
        `${where}写的是“${match[0].replace(/\{\d\}/, '')}（周${WEEKDAY_NAMES[Number(match[4])]}）”，但${describe(day)}是周${WEEKDAY_NAMES[weekdayOf(day)]}：年份或日期有误，请核对原文。`,
      );
    }
    tokens.push({ day, start: match.index, end: match.index + match[0].length });
    previous = { year: dateYear, month };
  }
  return tokens;
}

/** Every day of the clause's dates, a range A至B counting as every day from A to B. */
function daysOf(clause: string, tokens: DateToken[], where: string): CivilDate[] {
  const days: CivilDate[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const next = tokens[index + 1];
    if (next && RANGE_JOINER.test(clause.slice(token.end, next.start))) {
      if (next.day < token.day) throw new NoticeError(`${where}的日期范围结束早于开始。`);
      for (let day = token.day; day <= next.day; day = addCalendarDays(day, 1)) days.push(day);
      index += 1;
    } else {
      days.push(token.day);
    }
  }
  return days;
}

const isWeekend = (day: CivilDate) => weekdayOf(day) === 0 || weekdayOf(day) === 6;

/** Holidays and working days of one item's body ("1月21日至27日放假调休，共7天。1月28日（星期六）…上班。"). */
function readItemBody(body: string, year: number, where: string): { holidays: CivilDate[]; workdays: CivilDate[]; statedDays: number | null } {
  const holidays: CivilDate[] = [];
  const workdays: CivilDate[] = [];
  let statedDays: number | null = null;
  for (const sentence of markParentheticals(body).split(/[。;]/)) {
    let pending = '';
    for (const part of sentence.split(',')) {
      const clause = pending + part;
      const tokens = datesIn(clause, year, where);
      const stated = /共(\d+)天/.exec(clause) ?? /放假(\d+)天/.exec(clause);
      if (stated) statedDays = (statedDays ?? 0) + Number(stated[1]);
      if (/补休|(?<!不)放假/.test(clause)) holidays.push(...daysOf(clause, tokens, where));
      else if (/上班/.test(clause)) workdays.push(...daysOf(clause, tokens, where).filter(isWeekend));
      else if (tokens.length > 0 && !/休息/.test(clause)) {
        // Dates whose meaning comes later in the sentence ("5月1日至5日，放假调休").
        pending = `${clause},`;
        continue;
      }
      pending = '';
    }
    if (pending) throw new NoticeError(`${where}的“${pending.slice(0, -1).replace(/\{\d\}/g, '')}”没有说明是放假还是上班。`);
  }
  return { holidays, workdays, statedDays };
}

interface RawItem {
  number: number;
  line: string;
}

function itemsOf(section: string): RawItem[] {
  const items: RawItem[] = [];
  for (const line of section.split('\n')) {
    const match = ITEM_START.exec(line);
    if (match) items.push({ number: numeralValue(match[1]!), line: match[2]! });
  }
  return items;
}

function festivalNames(list: string): string[] {
  return list
    .split(/、|和|及/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function readItem(raw: RawItem, year: number): NoticeItem {
  const where = `第${numeralOf(raw.number)}条`;
  const match = /^([^:\d]{1,40}):(.*)$/.exec(raw.line);
  if (!match) throw new NoticeError(`${where}没有“节日名称：”的开头，不是放假安排的格式。`);
  const names = festivalNames(match[1]!);
  const body = match[2]!;
  const label = `${where}（${names.join('、')}）`;
  if (!/。$/.test(body)) throw new NoticeError(`${label}没有写完（结尾缺少句号），文本可能被截断了。`);
  const { holidays, workdays, statedDays } = readItemBody(body, year, label);
  if (holidays.length === 0) throw new NoticeError(`${label}中没有找到放假日期。`);
  const distinct = new Set(holidays);
  if (statedDays !== null && statedDays !== distinct.size) {
    throw new NoticeError(`${label}写明共${statedDays}天，但列出的放假日期是${distinct.size}天，请核对原文。`);
  }
  return { number: raw.number, names, text: `${names.join('、')}：${body}`, holidays: [...distinct], workdays };
}

/** "延长2020年春节假期至2月2日…": every day from the festival's first day off to that date becomes a day off. */
function applyExtensions(section: string, year: number, items: NoticeItem[], title: string): string[] {
  const applied: string[] = [];
  const marked = markParentheticals(section);
  for (const match of marked.matchAll(/延长(?:(\d{4})年)?([^,。;\d]{1,20}?)假期至([^,。;]*?日(?:\{\d\})?)/g)) {
    const where = `“${title}”`;
    if (match[1] && Number(match[1]) !== year) throw new NoticeError(`${where}调整的是${match[1]}年的假期，与${year}年的通知不符。`);
    const festival = match[2]!;
    const item = items.find((candidate) => candidate.names.some((name) => festival.includes(name) || name.includes(festival)));
    if (!item) throw new NoticeError(`${where}要延长${festival}假期，但前面的通知里没有${festival}的安排。`);
    const [target] = datesIn(match[3]!, year, where);
    if (!target) throw new NoticeError(`${where}没有写明延长到哪一天。`);
    const first = [...item.holidays].sort()[0]!;
    if (target.day < first) throw new NoticeError(`${where}延长到的日期早于假期开始。`);
    const extended = new Set(item.holidays);
    for (let day = first; day <= target.day; day = addCalendarDays(day, 1)) extended.add(day);
    item.holidays = [...extended];
    for (const other of items) other.workdays = other.workdays.filter((day) => day < first || day > target.day);
    applied.push(match[0].replace(/\{\d\}/g, ''));
  }
  return applied;
}

function read(text: string): HolidayArrangement {
  const normalized = normalize(text).trim();
  if (!normalized) throw new NoticeError('文本是空的：请粘贴国务院办公厅放假安排通知的全文，或选择保存好的 .txt 文件。');
  const title = BASE_TITLE.exec(normalized);
  if (!title) {
    throw new NoticeError(
      '这不是国务院办公厅的放假安排通知：没有找到标题“国务院办公厅关于YYYY年部分节假日安排的通知”。请复制通知全文（含标题）。',
    );
  }
  const year = Number(title[1]);
  // Pages copied from gov.cn repeat the title (information table, then heading): only other titles amend.
  const laterTitles = [...normalized.matchAll(LATER_TITLE)].filter((match) => match.index > title.index && !BASE_TITLE.test(match[0]));
  const baseEnd = laterTitles[0]?.index ?? normalized.length;
  const base = normalized.slice(title.index, baseEnd);

  const rawItems = itemsOf(base);
  if (rawItems.length === 0) throw new NoticeError(`${year}年的通知中没有找到“一、元旦：……”这样的放假安排条目，文本可能不完整。`);
  rawItems.forEach((raw, index) => {
    if (raw.number !== index + 1) throw new NoticeError(`通知的第${numeralOf(index + 1)}条缺失，文本可能不完整。`);
  });
  const items = rawItems.map((raw) => readItem(raw, year));

  const preamble = /现将(\d{4})年(.+?)(?:放假|假日)/.exec(base);
  if (preamble) {
    if (Number(preamble[1]) !== year) throw new NoticeError(`标题是${year}年，正文说的却是${preamble[1]}年，请核对原文。`);
    const listed = new Set(items.flatMap((item) => item.names));
    const missing = festivalNames(preamble[2]!).filter((name) => !listed.has(name));
    if (missing.length > 0) throw new NoticeError(`通知开头列出了${missing.join('、')}，但没有找到它们的放假安排：文本可能被截断了。`);
  }
  if (!items.some((item) => item.names.includes('春节'))) throw new NoticeError('没有找到春节的放假安排，文本可能不完整。');

  const amendments: string[] = [];
  laterTitles.forEach((later, index) => {
    const section = normalized.slice(later.index, laterTitles[index + 1]?.index ?? normalized.length);
    const changes = applyExtensions(section, year, items, later[0]);
    if (changes.length === 0) {
      throw new NoticeError(`“${later[0]}”中没有找到对${year}年假期的调整（如“延长……假期至……”），无法合并，请只粘贴放假安排通知。`);
    }
    amendments.push(...changes);
  });

  const holidayNames: Record<CivilDate, string> = {};
  for (const item of items) for (const day of item.holidays) holidayNames[day] ??= item.names.join('、');
  const holidays = Object.keys(holidayNames).sort();
  const workdays = [...new Set(items.flatMap((item) => item.workdays))].sort();
  for (const day of [...holidays, ...workdays]) {
    const dayYear = civilDateParts(day).year;
    if (dayYear !== year && !(dayYear === year - 1 && day >= `${year - 1}-12-01`)) {
      throw new NoticeError(`${describe(day)}不在${year}年内，请核对原文的年份。`);
    }
  }
  const clash = workdays.find((day) => holidayNames[day]);
  if (clash) throw new NoticeError(`${describe(clash)}既写成放假又写成上班，请核对原文。`);
  return { year, holidays, workdays, holidayNames, items, amendments };
}

/** Reads a holiday notice; never throws on any text. */
export function parseHolidayNotice(text: string): NoticeReading {
  try {
    return { ok: true, arrangement: read(text) };
  } catch (error) {
    if (error instanceof NoticeError) return { ok: false, message: error.message };
    throw error;
  }
}
