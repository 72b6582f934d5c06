/**
 * Putting values into tea-component controls so that React notices: native value setters plus bubbling events for
 * text, clicks for choices, popups awaited through DOM mutations (never fixed sleeps).
 */
import {
  anatomyOf,
  byClass,
  cascaderOf,
  choiceOptions,
  dateInputs,
  dateValue,
  dropdownOf,
  dropdownsOf,
  firstByClass,
  hasClass,
  isHidden,
  LONG_TERM,
  OVERLAY_ROOT,
  pickDate,
  readValue,
  textInputs,
  textOf,
} from './dom';
import { matchOption, sameValue, splitChoices } from './text';
import type { ControlKind, FieldValue } from './types';
import { isComposing, setNativeValue } from '@/utils/page/typing';
import { waitFor } from '@/utils/page/wait';

export interface DriverTarget {
  controls: Element;
  kind: ControlKind;
  part: 'from' | 'to' | null;
  /**
   * Where the date pickers of a 长期/非长期 choice are now (their own form item, which may appear only after 非长期),
   * and whether they are a pair: a range that appears with 非长期 makes the choice's date its end.
   */
  datesNow?: () => { dates: Element; part: 'from' | 'to' | null };
  /** The other date of a from–to pair, for a range picker that commits both at once. */
  pairValue?: string;
}

/** `withPair`: a range picker committed the other date of the pair too. */
export type DriverResult = { ok: true; withPair?: true } | { ok: false; reason: string };

const OK: DriverResult = { ok: true };
const BOTH_DATES: DriverResult = { ok: true, withPair: true };
const fail = (reason: string): DriverResult => ({ ok: false, reason });
/** The page did not take the date (typed or picked); the field's label says which one. */
const NOT_TAKEN = fail('日期没有被接受');

/** Timeout for each popup or re-render the drivers wait for. */
export interface DriverContext {
  doc: Document;
  timeoutMs: number;
}

function press(el: Element, key: string): void {
  const view = el.ownerDocument.defaultView ?? globalThis;
  for (const type of ['keydown', 'keyup']) {
    el.dispatchEvent(new view.KeyboardEvent(type, { key, code: key, bubbles: true, cancelable: true }));
  }
}

function click(el: Element): void {
  (el as HTMLElement).click();
}

const signature = (els: Element[]) => els.map((el) => textOf(el)).join('\u0001');

/** React commits an event's update in a microtask: yield once so the page's answer is what we read next. */
const rendered = () => Promise.resolve();

async function fillText(target: DriverTarget, value: string): Promise<DriverResult> {
  const input = textInputs(target.controls)[0];
  if (!input) return fail('找不到输入框');
  if (isComposing(input)) return fail('输入法正在输入，已跳过');
  setNativeValue(input, value);
  await rendered();
  return input.value === value ? OK : fail('页面没有接受这个值');
}

/** Visible option lists of open popups, newest last (the select's hidden measuring box excluded). */
type Finder = (root: ParentNode) => Element[];

/**
 * The popups a click opened. tea renders them into its shared #tea-overlay-root; a build that renders them elsewhere
 * is searched in the whole page, where only elements that were not there before the click count.
 */
function popups(doc: Document, find: Finder): () => Element[] {
  const before = new Set(find(doc.body));
  return () => {
    const overlay = doc.querySelector(OVERLAY_ROOT);
    const found = overlay ? find(overlay) : [];
    return found.length > 0 ? found : find(doc.body).filter((el) => !before.has(el));
  };
}

const optionLists: Finder = (root) =>
  [...root.querySelectorAll('ul,[role=listbox]')].filter(
    (list) => (hasClass(list, '-list', '--option') || list.getAttribute('role') === 'listbox') && !isHidden(list),
  );

function listOptions(list: Element): { el: HTMLElement; text: string }[] {
  return [...list.querySelectorAll<HTMLElement>('li,[role=option]')]
    .filter((el) => !isHidden(el))
    .map((el) => ({ el, text: el.getAttribute('title') || textOf(el) }));
}

function scrollerOf(list: Element): HTMLElement {
  for (let el = list.parentElement; el; el = el.parentElement) {
    if (/auto|scroll/.test(el.style.overflow + el.style.overflowY)) return el;
    if (hasClass(el, 'dropdown-box', '-overlay')) break;
  }
  return list.parentElement as HTMLElement;
}

/**
 * Finds an option in an open, possibly virtualised list: as rendered, through its search box, then by scrolling.
 * Only exact matches (qualifiers aside) count while scanning, since most rows are not rendered; a unique prefix
 * match ("营业执照" for "营业执照（个人或企业）") is looked up once the whole list has been seen.
 */
async function findOption(ctx: DriverContext, lists: () => Element[], wanted: string, loose = true): Promise<HTMLElement | null> {
  const { doc, timeoutMs } = ctx;
  const seen = new Set<string>();
  const current = () => lists().at(-1);
  const rows = () => {
    const list = current();
    return list ? listOptions(list) : [];
  };
  const visible = () => {
    const options = rows();
    options.forEach((o) => seen.add(o.text));
    const i = matchOption(
      options.map((o) => o.text),
      wanted,
      false,
    );
    return i >= 0 ? options[i]!.el : null;
  };
  const list = current();
  if (!list) return null;
  if (visible()) return visible();
  const box = list.closest('[class*="dropdown-box"]') ?? list.parentElement!;
  const search = [...box.querySelectorAll<HTMLInputElement>('input')].find((el) => !isHidden(el));
  if (search && search.value !== wanted) {
    setNativeValue(search, wanted);
    const hit = await waitFor(doc, visible, Math.min(timeoutMs, 300));
    if (hit) return hit;
  }
  const view = doc.defaultView ?? globalThis;
  const signatureNow = () => signature(rows().map((o) => o.el));
  const scroller = scrollerOf(current() ?? list);
  const scrollTo = async (top: number) => {
    const before = signatureNow();
    scroller.scrollTop = top;
    scroller.dispatchEvent(new view.Event('scroll'));
    await waitFor(doc, () => visible() ?? signatureNow() !== before, 300);
  };
  if (scroller.scrollTop > 0) await scrollTo(0);
  let unchanged = 0;
  for (let step = 0; step < 500 && unchanged < 2; step++) {
    const hit = visible();
    if (hit) return hit;
    const before = signatureNow();
    await scrollTo(scroller.scrollTop + (scroller.clientHeight || 240));
    unchanged = signatureNow() === before ? unchanged + 1 : 0;
  }
  const hit = visible();
  if (hit || !loose) return hit;
  const all = [...seen];
  const i = matchOption(all, wanted);
  return i >= 0 ? findOption(ctx, lists, all[i]!, false) : null;
}

async function open(ctx: DriverContext, trigger: Element, ready: () => Element | null | undefined): Promise<Element | null> {
  click(trigger);
  const opened = await waitFor(ctx.doc, ready, ctx.timeoutMs);
  if (opened) return opened;
  // Some builds open on mousedown instead of click.
  const view = ctx.doc.defaultView ?? globalThis;
  trigger.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true }));
  return waitFor(ctx.doc, ready, ctx.timeoutMs);
}

/** Closes a popup that did not close itself: a click on its trigger, then Escape. */
async function closePopup(ctx: DriverContext, trigger: Element, stillOpen: () => boolean): Promise<void> {
  // React applies an option's own close on a microtask: let it land before deciding the popup is still open.
  if (await waitFor(ctx.doc, () => !stillOpen(), 0)) return;
  click(trigger);
  if (await waitFor(ctx.doc, () => !stillOpen(), Math.min(ctx.timeoutMs, 200))) return;
  press(ctx.doc.activeElement ?? trigger, 'Escape');
  await waitFor(ctx.doc, () => !stillOpen(), ctx.timeoutMs);
}

const isSelected = (option: Element) => option.getAttribute('aria-selected') === 'true' || hasClass(option, 'is-selected');

/**
 * tea Select and SelectMultiple. A single select closes on the first pick; a multiple one stays open, so the options
 * the value should not have are unticked as well before the popup is closed.
 */
async function fillSelect(ctx: DriverContext, target: DriverTarget, value: string | string[]): Promise<DriverResult> {
  const box = target.controls;
  const wanted = ([] as string[]).concat(value);
  if (Array.isArray(value) && dropdownsOf(box).length > 1) {
    // One dropdown per level (省 / 市 / 区): each is chosen in turn, as the next one's options follow the previous.
    for (let i = 0; i < value.length; i++) {
      const level = dropdownsOf(box)[i];
      if (!level) return fail(`没有第 ${i + 1} 级下拉框`);
      const result = await fillSelect(ctx, { ...target, controls: level }, value[i]!);
      if (!result.ok) return result;
    }
    return OK;
  }
  const native = anatomyOf(box).select;
  if (native) {
    const texts = [...native.options].map((o) => o.text);
    const i = matchOption(texts, wanted[0] ?? '');
    if (i < 0) return fail(`选项中没有「${wanted[0]}」`);
    setNativeValue(native, native.options[i]!.value);
    return OK;
  }
  const trigger = firstByClass(box, '-dropdown__header', '-select__value') ?? dropdownOf(box);
  if (!trigger) return fail('找不到下拉框');
  const lists = popups(ctx.doc, optionLists);
  const hasList = () => lists().at(-1);
  if (!(await open(ctx, trigger, hasList))) return fail('下拉列表没有打开');
  const pick = async (text: string, select: boolean): Promise<boolean> => {
    const option = await findOption(ctx, lists, text);
    if (!option) return false;
    if (isSelected(option) !== select) {
      click(option);
      await waitFor(ctx.doc, () => !hasList() || isSelected(option) === select, ctx.timeoutMs);
    }
    return true;
  };
  for (const w of wanted) {
    if (!(await pick(w, true))) {
      await closePopup(ctx, trigger, () => !!hasList());
      return fail(`下拉列表中没有「${w}」`);
    }
    if (!hasList()) break;
  }
  if (hasList()) {
    const extra = splitChoices(String(readValue(box, 'select') ?? '')).filter((shown) => !wanted.some((w) => sameValue(shown, w, 'select')));
    for (const text of extra) await pick(text, false);
  }
  await closePopup(ctx, trigger, () => !!hasList());
  const done = await waitFor(ctx.doc, () => sameValue(readValue(box, 'select'), value, 'select'), ctx.timeoutMs);
  return done ? OK : fail('选择后页面显示的值不一致');
}

const cascaderLists: Finder = (root) => byClass(root, '-cascader-menu__list').filter((el) => !isHidden(el));

function cascaderLabels(list: Element): Element[] {
  const labels = byClass(list, '-cascader-menu__label');
  return labels.length > 0 ? labels : [...list.querySelectorAll('li')];
}

async function fillCascader(ctx: DriverContext, target: DriverTarget, path: string[]): Promise<DriverResult> {
  const box = target.controls;
  const cascader = cascaderOf(box);
  if (!cascader) return fail('找不到地区选择框');
  const trigger = firstByClass(cascader, '-cascader__input') ?? cascader;
  const menus = popups(ctx.doc, cascaderLists);
  let previous = '';
  const levelList = (level: number) => () => {
    const lists = menus();
    // Side-by-side columns keep earlier levels; a single swapping panel replaces its content.
    const list = lists.length > level ? lists[level] : lists.at(-1);
    return list && (level === 0 || signature(cascaderLabels(list)) !== previous) ? list : null;
  };
  if (!(await open(ctx, trigger, levelList(0)))) return fail('地区选择框没有打开');
  for (let level = 0; level < path.length; level++) {
    const list = await waitFor(ctx.doc, levelList(level), ctx.timeoutMs);
    const labels = list ? cascaderLabels(list) : [];
    const i = matchOption(
      labels.map((el) => textOf(el)),
      path[level]!,
    );
    if (i < 0) {
      await closePopup(ctx, trigger, () => menus().length > 0);
      return fail(`地区选项中没有「${path[level]}」`);
    }
    previous = signature(labels);
    click(labels[i]!);
  }
  const done = await waitFor(ctx.doc, () => sameValue(readValue(box, 'cascader'), path, 'cascader'), ctx.timeoutMs);
  if (done) return OK;
  await closePopup(ctx, trigger, () => menus().length > 0);
  return fail('地区没有选完（可能需要选择到区县）');
}

async function chooseOption(ctx: DriverContext, box: Element, wanted: string): Promise<DriverResult> {
  const options = choiceOptions(box);
  const i = matchOption(
    options.map((o) => o.text),
    wanted,
  );
  if (i < 0) return fail(`没有选项「${wanted}」`);
  if (!options[i]!.checked) click(options[i]!.target);
  const done = await waitFor(ctx.doc, () => choiceOptions(box)[i]?.checked, ctx.timeoutMs);
  return done ? OK : fail(`「${wanted}」没有被选中`);
}

async function fillChecks(ctx: DriverContext, box: Element, wanted: string[]): Promise<DriverResult> {
  const texts = choiceOptions(box).map((o) => o.text);
  const missing = wanted.filter((w) => matchOption(texts, w) < 0);
  if (missing.length > 0) return fail(`没有选项「${missing.join('、')}」`);
  const targets = new Set(wanted.map((w) => matchOption(texts, w)));
  // Untick first: an exclusive choice such as 以上都不涉及 may clear the others when ticked.
  for (const tick of [false, true]) {
    for (let i = 0; i < texts.length; i++) {
      const option = choiceOptions(box)[i];
      if (!option || targets.has(i) !== tick || option.checked === tick) continue;
      click(option.target);
      await waitFor(ctx.doc, () => choiceOptions(box)[i]?.checked === tick, ctx.timeoutMs);
    }
  }
  const now = choiceOptions(box);
  return now.every((o, i) => o.checked === targets.has(i)) ? OK : fail('勾选结果与档案不一致');
}

async function fillCheckbox(ctx: DriverContext, box: Element, wanted: boolean): Promise<DriverResult> {
  const option = choiceOptions(box)[0];
  if (!option) return fail('找不到复选框');
  if (option.checked !== wanted) click(option.target);
  const done = await waitFor(ctx.doc, () => choiceOptions(box)[0]?.checked === wanted, ctx.timeoutMs);
  return done ? OK : fail('复选框状态没有改变');
}

const YEAR_MONTH = /(\d{4})\D{1,3}(\d{1,2})/;

/** Day, month and year cells of a calendar table; the weekday header row is made of cells too. */
const calendarCells = (table: Element) =>
  byClass(table, '-calendar__cell').filter((el) => !el.closest('[class*="-calendar__header-group"]') && !isHidden(el));
const calendarTables = (calendar: Element) => byClass(calendar, '-calendar__table').filter((el) => !isHidden(el));
const shown = (calendar: Element) => calendar.isConnected && !isHidden(calendar);
const CLOSED = 'closed';
const isOutside = (cell: Element) => hasClass(cell, '--prev', '--next', 'is-disabled', '--disabled', 'is-out', '--outside');

/**
 * tea's calendar as its panels go: the caption's year opens the year panel (20 years, paged), the month opens the
 * month panel (12 cells in order, whatever the locale calls them), then the day is clicked. `index` is the table of a
 * range calendar (0 start, 1 end). Returns null when the calendar has no year/month caption (another build).
 */
async function pickThroughPanels(ctx: DriverContext, calendar: Element, index: number, y: number, m: number, d: number): Promise<DriverResult | null> {
  let phase: 'year' | 'month' | 'day' = 'year';
  for (let guard = 0; guard < 60; guard++) {
    // Between panels the old table fades out before the next one shows.
    // A calendar that closes meanwhile (a typed date the page took late) ends the wait at once.
    const next = guard === 0 ? calendarTables(calendar)[index] : await waitFor(ctx.doc, () => calendarTables(calendar)[index] ?? (shown(calendar) ? null : CLOSED), ctx.timeoutMs);
    const table = next === CLOSED ? null : next;
    if (!table) return guard === 0 ? null : fail('日历在选择过程中关闭了');
    const cells = calendarCells(table);
    const texts = cells.map((el) => textOf(el));
    const before = signature([table, ...cells]);
    if (cells.length > 0 && texts.every((t) => /^\d{4}$/.test(t))) {
      const hit = texts.indexOf(String(y));
      if (hit >= 0) {
        click(cells[hit]!);
        phase = 'month';
      } else {
        const button = firstByClass(table, y < Number(texts[0]) ? 'prebtn' : 'nextbtn');
        if (!button || hasClass(button, 'is-disabled')) return fail(`日历中不能选择 ${y} 年`);
        click(button);
      }
    } else if (cells.length === 12 && phase !== 'year') {
      click(cells[m - 1]!);
      phase = 'day';
    } else {
      const links = [...(firstByClass(table, '-calendar__caption')?.querySelectorAll('a,[role=button],button') ?? [])];
      const yearLink = links.find((el) => /\d{4}/.test(textOf(el)));
      const monthLink = links.find((el) => el !== yearLink);
      if (!yearLink || !monthLink) return guard === 0 ? null : fail('读不出日历的年月');
      if (phase === 'day') {
        const cell = cells.find((el, i) => texts[i] === String(d) && !isOutside(el));
        if (!cell) return fail(`日历中没有 ${y}-${m}-${d}`);
        click(cell);
        return OK;
      }
      click(phase === 'year' ? yearLink : monthLink);
    }
    await waitFor(ctx.doc, () => signature([...calendarTables(calendar), ...calendarTables(calendar).flatMap(calendarCells)]) !== before || !shown(calendar), ctx.timeoutMs);
  }
  return fail('日历没有翻到目标日期');
}

/** Older calendars without year/month panels: page month by month. */
async function pickByMonths(ctx: DriverContext, calendar: Element, y: number, m: number, d: number): Promise<DriverResult> {
  const shown = () => {
    const header = firstByClass(calendar, '-calendar__header', '-calendar__title') ?? calendar;
    const [, cy, cm] = YEAR_MONTH.exec(textOf(header, 'svg')) ?? [];
    return cy ? Number(cy) * 12 + Number(cm) - 1 : null;
  };
  const goal = y * 12 + m - 1;
  for (let guard = 0; guard < 1200; guard++) {
    const now = shown();
    if (now === null) return fail('读不出日历的年月');
    if (now === goal) break;
    const button = firstByClass(calendar, now < goal ? 'nextbtn' : 'prebtn', now < goal ? '--next' : '--prev');
    if (!button) return fail('找不到日历的翻页按钮');
    click(button);
    await waitFor(ctx.doc, () => shown() !== now, ctx.timeoutMs);
  }
  const cell = byClass(calendar, '-calendar__cell').find((el) => textOf(el) === String(d) && !isOutside(el));
  if (!cell) return fail(`日历中没有 ${y}-${m}-${d}`);
  click(cell);
  return OK;
}

const openCalendars = (doc: Document) => byClass(doc.body, '-calendar').filter((el) => !isHidden(el));

/**
 * Opens the picker, types the date and presses Enter (tea ≥ 2.7.4 commits a typed date only while its popup is
 * open); a picker that did not take it (tea 2.7.3 ignores typing) is driven through its calendar. A date counts as
 * filled only once the popup has closed and the input, re-rendered from the page's own state, shows it: a picker
 * that dropped the typed text shows its committed value again by then.
 */
async function fillDate(ctx: DriverContext, area: () => Element, value: string, part: 'from' | 'to' | null, pair?: string): Promise<DriverResult> {
  // Looked up afresh each time: a picker may render new inputs when its popup opens or closes.
  const inputsNow = () => dateInputs(area());
  const input = pickDate(inputsNow(), part);
  if (!input) return fail('找不到日期输入框');
  if (isComposing(input)) return fail('输入法正在输入，已跳过');
  if (value === '') {
    // Undoing a date that was empty: cleared as a user would, by emptying the text.
    setNativeValue(input, '');
    press(input, 'Enter');
    await rendered();
    return (await waitFor(ctx.doc, () => dateValue(pickDate(inputsNow(), part), part) === '', Math.min(ctx.timeoutMs, 300))) ? OK : NOT_TAKEN;
  }
  const range = input.closest('[class*="-datepicker__input--range"]');
  if (part && range && range.querySelectorAll('input').length === 2) return fillRange(ctx, inputsNow, part, value, pair);
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) ?? [];
  if (!y) return fail('日期格式应为 YYYY-MM-DD');
  // The calendar of a picker filled just before may still be fading out: only a newly shown one is this picker's.
  const stale = new Set(openCalendars(ctx.doc));
  click(input);
  const calendar = await waitFor(ctx.doc, () => openCalendars(ctx.doc).find((el) => !stale.has(el)), ctx.timeoutMs);
  const open = () => !!calendar && shown(calendar);
  // One input holding "start ~ end" (tea ≤ 2.7) opens two calendars that take both dates, one pick each.
  if (part && calendar && calendarTables(calendar).length > 1) return pickRange(ctx, inputsNow, calendar, open, part, value, pair);
  const settled = () => !open() && dateValue(pickDate(inputsNow(), part), part) === value;
  setNativeValue(input, value);
  press(input, 'Enter');
  await rendered();
  if (await waitFor(ctx.doc, settled, Math.min(ctx.timeoutMs, 300))) return OK;
  if (!calendar) return NOT_TAKEN;
  const picked = open()
    ? ((await pickThroughPanels(ctx, calendar, 0, Number(y), Number(m), Number(d))) ?? (await pickByMonths(ctx, calendar, Number(y), Number(m), Number(d))))
    : NOT_TAKEN;
  if (picked.ok && (await waitFor(ctx.doc, settled, ctx.timeoutMs))) return OK;
  await closePopup(ctx, input, open);
  // Closing restores what the page holds: a value shown only while the popup was open is not filled. A typed date
  // the page took late (a slow machine) closes the calendar under the picking: it counts once the page shows it.
  if (await waitFor(ctx.doc, settled, Math.min(ctx.timeoutMs, 300))) return OK;
  return picked.ok ? NOT_TAKEN : picked;
}

const RANGE_BY_HAND = '日期范围需要同时选择起止日期，请在页面上手动选择';

/** Start and end of a range in order, or null when the other date is not known (a range commits both at once). */
function rangeWanted(part: 'from' | 'to', value: string, pair: string | undefined): [string, string] | null {
  if (!pair) return null;
  return part === 'from' ? [value, pair] : [pair, value];
}

/** tea delays re-deriving its inputs from state by a timer: a reading is only the page's once that timer has run. */
const afterTimers = (doc: Document) => new Promise<void>((resolve) => (doc.defaultView ?? globalThis).setTimeout(resolve, 0));

/** Whether the picker, closed and re-rendered from the page's state, shows the range. */
async function rangeShown(ctx: DriverContext, open: () => boolean, shows: () => boolean): Promise<boolean> {
  if (!(await waitFor(ctx.doc, () => !open(), ctx.timeoutMs))) return false;
  await afterTimers(ctx.doc);
  return shows();
}

/** tea ≤ 2.7's range: one input, two calendars; the start is picked in the first, the end in the second. */
async function pickRange(ctx: DriverContext, inputsNow: () => HTMLInputElement[], calendar: Element, open: () => boolean, part: 'from' | 'to', value: string, pair: string | undefined): Promise<DriverResult> {
  const wanted = rangeWanted(part, value, pair);
  const shows = () => !!wanted && dateValue(inputsNow()[0], 'from') === wanted[0] && dateValue(inputsNow()[0], 'to') === wanted[1];
  const close = () => closePopup(ctx, inputsNow()[0] ?? calendar, open);
  if (!wanted || shows()) {
    await close();
    return wanted ? BOTH_DATES : fail(RANGE_BY_HAND);
  }
  const [from, to] = wanted.map((date) => date.split('-').map(Number)) as [number[], number[]];
  // Both dates in one month are picked in the first calendar: the second always shows a later month.
  const sameMonth = from[0] === to[0] && from[1] === to[1];
  for (const [index, [y, m, d]] of [[0, from], [sameMonth ? 0 : 1, to]] as [number, number[]][]) {
    const picked = (await pickThroughPanels(ctx, calendar, index, y!, m!, d!)) ?? fail('读不出日历的年月');
    if (!picked.ok) {
      await close();
      return picked;
    }
  }
  if (await rangeShown(ctx, open, shows)) return BOTH_DATES;
  await close();
  return NOT_TAKEN;
}

/**
 * tea ≥ 2.8's range picker: a start and an end input in one popup, Enter commits both. Both are typed in one popup
 * session, as committing one alone would store an invalid other date; each waits for tea's own timers, which
 * otherwise reset the inputs under the typing.
 */
async function fillRange(ctx: DriverContext, inputsNow: () => HTMLInputElement[], part: 'from' | 'to', value: string, pair: string | undefined): Promise<DriverResult> {
  const wanted = rangeWanted(part, value, pair);
  if (!wanted) return fail(RANGE_BY_HAND);
  const shows = () => {
    const inputs = inputsNow();
    return inputs.length === 2 && inputs.every((el, i) => el.value === wanted[i]);
  };
  if (shows()) return BOTH_DATES;
  const stale = new Set(openCalendars(ctx.doc));
  click(inputsNow()[0]!);
  const calendar = await waitFor(ctx.doc, () => openCalendars(ctx.doc).find((el) => !stale.has(el)), ctx.timeoutMs);
  const open = () => !!calendar && shown(calendar);
  await afterTimers(ctx.doc);
  for (let i = 0; i < 2; i++) {
    const input = inputsNow()[i];
    if (!input) break;
    setNativeValue(input, wanted[i]!);
    await afterTimers(ctx.doc);
  }
  const end = inputsNow()[1];
  if (end) press(end, 'Enter');
  if (await rangeShown(ctx, open, shows)) return BOTH_DATES;
  await closePopup(ctx, inputsNow()[0] ?? calendar ?? ctx.doc.body, open);
  return NOT_TAKEN;
}

async function fillValidity(ctx: DriverContext, target: DriverTarget, value: string): Promise<DriverResult> {
  const box = target.controls;
  const now = () => target.datesNow?.() ?? { dates: box, part: target.part };
  const dates = () => now().dates;
  const options = choiceOptions(box);
  if (LONG_TERM.test(value)) {
    const i = options.findIndex((o) => LONG_TERM.test(o.text));
    return i < 0 ? fail('没有「长期」选项') : chooseOption(ctx, box, options[i]!.text);
  }
  const dated = options.find((o) => !LONG_TERM.test(o.text));
  if (dated && !dated.checked) {
    const shown = dateInputs(dates()).length;
    const chosen = await chooseOption(ctx, box, dated.text);
    if (!chosen.ok) return chosen;
    // Choosing 非长期 usually brings back the end date's picker, in this item or in one of its own.
    await waitFor(ctx.doc, () => dateInputs(dates()).length > shown, Math.min(ctx.timeoutMs, 300));
  }
  const { part } = now();
  const input = await waitFor(ctx.doc, () => pickDate(dateInputs(dates()), part), ctx.timeoutMs);
  if (!input) return fail(dated ? `选择「${dated.text}」后没有出现截止日期的输入框` : '找不到日期输入框');
  return fillDate(ctx, dates, value, part, target.pairValue);
}

/** Puts one value into one field. Text-like values are strings; multi-choices and cascader paths are arrays. */
export async function fillField(ctx: DriverContext, target: DriverTarget, value: Exclude<FieldValue, null>): Promise<DriverResult> {
  const box = target.controls;
  const text = Array.isArray(value) ? value.join('') : String(value);
  switch (target.kind) {
    case 'text':
    case 'textarea':
      return fillText(target, text);
    case 'select':
      return fillSelect(ctx, target, typeof value === 'boolean' ? text : value);
    case 'cascader':
      return fillCascader(ctx, target, ([] as string[]).concat(value as string | string[]));
    case 'radio':
      return chooseOption(ctx, box, text);
    case 'checkbox':
      return fillCheckbox(ctx, box, value === true || (Array.isArray(value) && value.length > 0));
    case 'checkbox-group':
      return fillChecks(ctx, box, ([] as string[]).concat(typeof value === 'boolean' ? [] : value));
    case 'date':
      return fillDate(ctx, () => box, text, target.part, target.pairValue);
    case 'validity':
      return fillValidity(ctx, target, text);
    case 'upload':
      return fail('上传文件需要手动完成');
    case 'readonly':
      return fail('此项在页面上不可编辑');
  }
}

/** Outlines a filled field for about a second, then puts its own outline back. */
export function flash(item: Element, ms = 1000): void {
  const el = item as HTMLElement;
  if (el.dataset.bhFlash) return;
  const { outline, outlineOffset } = el.style;
  el.dataset.bhFlash = '1';
  el.style.outline = '2px solid #29cc85';
  el.style.outlineOffset = '2px';
  (el.ownerDocument.defaultView ?? globalThis).setTimeout(() => {
    el.style.outline = outline;
    el.style.outlineOffset = outlineOffset;
    delete el.dataset.bhFlash;
  }, ms);
}
