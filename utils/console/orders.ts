/**
 * Reading orders from the console's order pages and lists. Nothing about these pages is documented
 * (console-markup.md §7), so every kind of signal is read — status fields and label/value rows, tags and badges,
 * steps bars, alerts, dialogs, timelines, tables — each with its source and a confidence, and combined by the one
 * rule in order-stage.ts. Help texts, FAQs, sidebars and footers are never read: they talk about orders in general.
 */
import { parseChinaDateTimeInput } from '@/utils/calendar/china-time';
import { byClass, hasClass, isCurrentStep, isHidden, itemParts, labelText, STEP_ITEMS, stepTitleOf, textOf, textReader } from './dom';
import { formRoot } from './detect';
import { classifyStatus, combineSignals, isGeneralRule, type StageSignal } from './order-stage';
import { squash } from './text';
import type { OrderObservation, PageKind } from './types';

const ORDER_ID = /(?<!\d)\d{17}(?!\d)/;
const ORDER_ID_ALL = /(?<!\d)\d{17}(?!\d)/g;
const DOMAIN = /(?<![\w-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)(?![\w-])/i;
const NOISE = 'svg,style,script,button,[class*="icon"]';
/** A value without its help text, tips or alert: those speak about the rule, not about this order. */
const CELL_NOISE = `${NOISE},[class*="help"],[class*="tips"],[class*="extra"],[class*="bubble"],[class*="tooltip"],[class*="popover"],[class*="-alert"]`;
const LABELLED_ORDER_ID = /订单(?:号|编号|ID)?\s*[:：]?\s*(\d{17})(?!\d)/i;
const MAX_TEXT = 300;

/** Parts of a page that speak about filing in general, never about this order. */
const ASIDE =
  'aside,footer,nav,[role="complementary"],[role="tooltip"],[class*="help"],[class*="faq"],[class*="sidebar"],[class*="side-bar"],[class*="aside"],[class*="footer"],[class*="guide"],[class*="tips"],[class*="bubble"],[class*="popover"],[class*="-menu"]';

const LABELS = {
  orderId: /订单号|订单编号|订单ID/i,
  filingType: /备案类型|订单类型|^类型$/,
  domain: /域名|网站|服务|名称/,
  status: /状态|进度|阶段/,
  /** A time that says when the SMS came or the order reached MIIT. */
  smsTime: /短信.*时间|核验.*时间|(发送|下发)时间|提交管局.*时间|进入.*时间/,
};

/** Tags, badges and the coloured status texts tea tones (`P-text-warning`) wherever the order's header or card shows them. */
const TAGS = ['-tag', '-badge', '-status', '-text-warning', '-text-success', '-text-danger', '-text-error'];
const DONE_STEP = ['is-finish', 'is-done', 'is-success', '--finish', '--done', '-finish'];
const FAILED_STEP = ['is-error', '--error', 'is-fail'];
const TIME = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})/;

const pad = (n: string) => n.padStart(2, '0');
const clip = (text: string) => text.slice(0, MAX_TEXT);

/** A date and time shown on the page, read as Beijing time. */
export function parsePageTime(text: string): number | null {
  const m = TIME.exec(text);
  return m ? parseChinaDateTimeInput(`${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}T${pad(m[4]!)}:${pad(m[5]!)}`) : null;
}

interface Reader {
  ignored: (el: Element) => boolean;
}

function usable(el: Element, reader: Reader): boolean {
  return !reader.ignored(el) && !el.closest(ASIDE) && !isHidden(el);
}

function signal(kind: StageSignal['kind'], el: Element, text: string, confidence: number, at = parsePageTime(text)): StageSignal {
  const stage = classifyStatus(text);
  const className = typeof el.className === 'string' ? el.className.slice(0, 200) : '';
  // A general rule ("若未在24小时内完成核验…") is never a firm statement about this order.
  return { kind, className, text: clip(text), stage, confidence: stage && isGeneralRule(text) ? Math.min(confidence, 1) : confidence, at };
}

interface Pair {
  label: string;
  value: string;
  el: Element;
}

/** Label/value rows: tea form items, description lists, `…__label` + sibling, `th` + `td`, and "状态：…" lines. */
function readPairs(scope: Element, reader: Reader): Pair[] {
  const pairs: Pair[] = [];
  const add = (label: string, el: Element | null | undefined) => {
    const key = squash(label).replace(/[:：]$/, '');
    if (key && el && usable(el, reader)) pairs.push({ label: key, value: textOf(el, CELL_NOISE), el });
  };
  for (const item of byClass(scope, '-form__item', 'form-item')) {
    const { label, controls } = itemParts(item);
    if (controls !== item) add(labelText(label), controls);
  }
  for (const dt of scope.querySelectorAll('dt')) if (dt.nextElementSibling?.tagName === 'DD') add(textOf(dt), dt.nextElementSibling);
  for (const label of byClass(scope, '__label', '-label', 'item-label')) {
    if (label.closest('[class*="form__item"],[class*="form-item"],dt,label') || hasClass(label, 'form__label')) continue;
    add(textOf(label), label.nextElementSibling);
  }
  for (const row of scope.querySelectorAll('tr')) {
    const th = row.querySelector(':scope > th');
    const td = row.querySelector(':scope > td');
    if (th && td && row.children.length === 2) add(textOf(th), td);
  }
  for (const line of scope.querySelectorAll('p,span,div,li')) {
    if (line.children.length > 0 || line.closest('[class*="-alert"],[class*="-notice"],li[class*="timeline"]')) continue;
    const m = /^([^:：]{1,8})[:：]\s*(.{1,60})$/.exec(textOf(line));
    if (m && LABELS.status.test(m[1]!)) pairs.push({ label: m[1]!.trim(), value: m[2]!.trim(), el: line });
  }
  return pairs;
}

function readSteps(scope: Element, reader: Reader): StageSignal[] {
  const items = byClass(scope, ...STEP_ITEMS).filter((el) => usable(el, reader));
  let current = items.findIndex(isCurrentStep);
  let confidence = 2;
  if (current < 0) {
    // No current mark: the step after the last finished one, a weaker reading.
    const lastDone = items.map((item) => hasClass(item, ...DONE_STEP)).lastIndexOf(true);
    if (lastDone < 0 || lastDone === items.length - 1) return [];
    current = lastDone + 1;
    confidence = 1;
  }
  const item = items[current]!;
  const text = textOf(stepTitleOf(item) ?? item, NOISE).replace(/^\d+\s*/, '');
  const read = signal('steps', item, text, confidence, parsePageTime(textOf(item, NOISE)));
  return [hasClass(item, ...FAILED_STEP) ? { ...read, stage: 'rejected' } : read];
}

function readTimeline(scope: Element, reader: Reader): StageSignal[] {
  const items = [...byClass(scope, '-timeline__item', 'timeline-item'), ...scope.querySelectorAll('[class*="timeline"] > li')]
    .filter((el, i, all) => all.indexOf(el) === i && usable(el, reader));
  const read = items.map((el) => signal('timeline', el, textOf(el, NOISE), 0));
  // History entries give times; only the latest one (by its time, else the last shown) speaks for the order now.
  const timed = read.filter((s) => s.at !== null);
  const latest = timed.length > 0 ? timed.reduce((a, b) => (b.at! > a.at! ? b : a)) : read[read.length - 1];
  return read.map((s) => (s === latest ? { ...s, confidence: 1 } : s));
}

function headerCells(table: HTMLTableElement): string[] {
  // tea renders the header and the body as two tables: look up until the header cells are in reach.
  let container: Element = table;
  for (let up = 0; up < 4 && !container.querySelector('th') && container.parentElement; up++) container = container.parentElement;
  return [...container.querySelectorAll('th')].map((th) => squash(textOf(th, CELL_NOISE)));
}

/** The table's own rows (not the rows of a table inside one of its cells). */
function ownRows(table: HTMLTableElement): Element[] {
  return [...table.querySelectorAll('tbody tr')].filter((row) => row.closest('table') === table);
}

/** A body row's own cells, in order (a cell may hold a table of its own); null for a row with fewer than two data cells. */
function bodyCells(row: Element): Element[] | null {
  const cells: Element[] = [];
  for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) cells.push(cell);
  return cells.filter((cell) => cell.tagName === 'TD').length >= 2 ? cells : null;
}

/** A table lists orders when it has an order-number column or shows a different order number in each body row. */
function isOrderTable(table: HTMLTableElement, rows = ownRows(table)): boolean {
  if (headerCells(table).some((h) => LABELS.orderId.test(h))) return true;
  const ids = rows
    .filter(bodyCells)
    .map((row) => ORDER_ID.exec(textOf(row))?.[0]);
  return ids.length >= 2 && ids.every(Boolean) && new Set(ids).size === ids.length;
}

/** Alerts and notices (an alert nested in another counts once). */
function alertsIn(scope: Element, reader: Reader): Element[] {
  return byClass(scope, '-alert', '-notice').filter((el) => usable(el, reader) && !el.parentElement?.closest('[class*="-alert"],[class*="-notice"]'));
}

function alertSignals(alerts: Element[], confidence: (el: Element) => number): StageSignal[] {
  return alerts.map((el) => signal('alert', el, textOf(el, NOISE), confidence(el))).filter((s) => s.text);
}

/** `labels` as the caller found them, each once (a list's rows share their table's). */
function observation(source: OrderObservation['source'], details: Omit<OrderObservation, 'source' | 'statusTexts' | 'stage' | 'stageAt'>): OrderObservation {
  const signals = details.signals.slice(0, 40);
  const statusTexts = signals.filter((s) => s.kind === 'status' || s.kind === 'tag').map((s) => s.text);
  const { stage, at } = combineSignals(signals);
  return { source, ...details, signals, statusTexts: [...new Set(statusTexts)].slice(0, 10), stage, stageAt: at };
}

const distinctLabels = (labels: string[]) => [...new Set(labels.map((label) => label.slice(0, 60)))].slice(0, 40);

/**
 * What the last two list readings made of each row, by the row's markup under its table's header. A list re-rendered
 * (a refresh, a sort, paging back, back from an order's page) is mostly rows read before, and a row's reading depends
 * on nothing but its markup, the header and the page's styles. Readings without a list leave it as it is.
 */
export interface RowMemo {
  rows: Map<string, OrderObservation>;
  before: Map<string, OrderObservation>;
}

export const emptyRowMemo = (): RowMemo => ({ rows: new Map(), before: new Map() });

function readListTable(table: HTMLTableElement, rows: Element[], reader: Reader, memo: RowMemo, next: RowMemo['rows']): OrderObservation[] {
  const headers = headerCells(table);
  const labels = distinctLabels(headers);
  const column = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const cols = { orderId: column(LABELS.orderId), filingType: column(LABELS.filingType), domain: column(LABELS.domain), status: column(LABELS.status) };
  // A list repeats a few statuses down its rows: each is classified once.
  const statusSignals = new Map<string, StageSignal>();
  const statusSignal = (cell: Element, status: string) => {
    const key = `${cell.getAttribute('class')}\n${status}`;
    if (!statusSignals.has(key)) statusSignals.set(key, signal('status', cell, status, 3));
    return statusSignals.get(key)!;
  };
  // Lookups within the row: a re-rendered list has few rows not read before.
  const readRow = (row: Element, cells: Element[]): OrderObservation => {
    const text = textReader(row, CELL_NOISE);
    const textIn = (cell: Element | undefined) => (cell ? text(cell) || null : null);
    // The row's own cells by the header's column index.
    const cell = (i: number) => textIn(cells[i]);
    const statusCell = cells[cols.status];
    const status = textIn(statusCell);
    return observation('list', {
      orderId: ORDER_ID.exec(cell(cols.orderId) ?? text(row))?.[0] ?? null,
      domain: DOMAIN.exec(cell(cols.domain) ?? '')?.[0] ?? null,
      filingType: cell(cols.filingType),
      labels,
      signals: [
        ...(status ? [statusSignal(statusCell!, status)] : []),
        ...byClass(row, ...TAGS).filter((el) => usable(el, reader) && !statusCell?.contains(el)).map((el) => signal('tag', el, textOf(el, NOISE), 3)),
        ...alertSignals(alertsIn(row, reader), () => 2),
      ],
    });
  };
  const header = headers.join('\t');
  return rows.flatMap((row) => {
    // The row's own attributes are left out (serializing costs): they count only for a row itself classed as a tag
    // or an alert, whose change of class alone is then seen when the row re-renders.
    const key = `${header}\n${row.innerHTML}`;
    let read = memo.rows.get(key) ?? memo.before.get(key);
    if (!read) {
      const cells = bodyCells(row);
      if (!cells) return [];
      read = readRow(row, cells);
    }
    next.set(key, read);
    return [read];
  });
}

/** Every signal about the one order `scope` shows (an order's page, or one card of a list). */
function readOrderScope(scope: Element, reader: Reader, source: OrderObservation['source'], path: string, dialogs: Element[]): OrderObservation {
  const pairs = readPairs(scope, reader);
  const find = (re: RegExp) => pairs.find((p) => re.test(p.label))?.value || null;
  const signals: StageSignal[] = [];
  for (const pair of pairs) {
    if (LABELS.smsTime.test(pair.label)) {
      const at = parsePageTime(pair.value);
      const stage = /短信|核验/.test(pair.label) ? 'smsVerification' : classifyStatus(pair.label);
      if (at !== null) signals.push({ ...signal('time', pair.el, pair.label, 0, at), stage });
    } else if (LABELS.status.test(pair.label) && pair.value) signals.push(signal('status', pair.el, pair.value, 3));
  }
  const inPair = (el: Element) => pairs.some((p) => p.el.contains(el));
  const tables = [...scope.querySelectorAll<HTMLTableElement>('table')].filter((t) => usable(t, reader));
  const inTable = (el: Element) => tables.some((t) => t.contains(el)) && !el.closest('tr')?.querySelector(':scope > th');
  for (const tag of byClass(scope, ...TAGS)) {
    if (!usable(tag, reader) || inPair(tag) || inTable(tag) || byClass(tag, ...TAGS).length > 1) continue;
    const text = textOf(tag, NOISE);
    if (text) signals.push(signal('tag', tag, text, 3));
  }
  signals.push(...readSteps(scope, reader));
  // An alert inside the websites table is about one website.
  signals.push(...alertSignals(alertsIn(scope, reader), (el) => (inTable(el) ? 1 : 2)));
  for (const dialog of dialogs) signals.push(signal('dialog', dialog, textOf(dialog, NOISE), 2));
  signals.push(...readTimeline(scope, reader));
  // On an order's own page a table lists its websites: their statuses only hint at the order's.
  for (const table of tables.filter((t) => !isOrderTable(t))) {
    const status = headerCells(table).findIndex((h) => LABELS.status.test(h));
    if (status < 0) continue;
    for (const row of ownRows(table)) {
      const cell = bodyCells(row)?.[status];
      if (cell) signals.push(signal('table', cell, textOf(cell, CELL_NOISE), 1));
    }
  }
  const headerText = byClass(scope, '__title', '__header', 'content-header')
    .concat([...scope.querySelectorAll('h1,h2,h3,h4')])
    .map((el) => textOf(el, NOISE))
    .join(' ');
  const labelledId = () =>
    [...scope.querySelectorAll('p,span,div,li')]
      .filter((el) => el.children.length === 0 && usable(el, reader))
      .map((el) => LABELLED_ORDER_ID.exec(textOf(el))?.[1])
      .find(Boolean) ?? null;
  return observation(source, {
    orderId:
      ORDER_ID.exec(find(LABELS.orderId) ?? '')?.[0] ??
      ORDER_ID.exec(headerText)?.[0] ??
      labelledId() ??
      (source === 'detail' ? (/\/process\/(\d{17})(\/|$)/.exec(path)?.[1] ?? null) : null),
    domain: DOMAIN.exec(find(/域名/) ?? find(LABELS.domain) ?? '')?.[0] ?? null,
    filingType: find(LABELS.filingType),
    labels: distinctLabels(pairs.map((p) => p.label)),
    signals,
  });
}

/** Cards that each show one different order number: an order list drawn as cards (not a card holding a list's table). */
function orderCards(root: Element, reader: Reader, listTables: Element[]): Element[] {
  const cards = byClass(root, '-card').filter(
    (card) => usable(card, reader) && !card.parentElement?.closest('[class*="-card"]') && !listTables.some((table) => card.contains(table)),
  );
  const ids = cards.map((card) => new Set(textOf(card).match(ORDER_ID_ALL) ?? []));
  const one = cards.filter((_, i) => ids[i]!.size === 1);
  const distinct = new Set(one.map((card) => ORDER_ID.exec(textOf(card))![0]));
  return one.length >= 2 && distinct.size === one.length ? one : [];
}

export interface OrderPage {
  kind: Exclude<PageKind, 'wizard'>;
  orders: OrderObservation[];
}

/** What a page that is not a wizard step says about orders: a list of them, one order, or nothing. */
export function readOrderPage(doc: Document, ignored: (el: Element) => boolean, memo: RowMemo = emptyRowMemo()): OrderPage {
  const reader = { ignored };
  const next: RowMemo['rows'] = new Map();
  const root = formRoot(doc);
  const path = doc.location?.pathname ?? '';
  const lists = [...root.querySelectorAll<HTMLTableElement>('table')]
    .filter((table) => usable(table, reader))
    .map((table) => ({ table, rows: ownRows(table) }))
    .filter(({ table, rows }) => rows.some(bodyCells) && isOrderTable(table, rows))
    // A table inside a listed order's cell is part of that row.
    .filter(({ table }, _, all) => !all.some((list) => list.table !== table && list.table.contains(table)));
  const rows = lists.flatMap(({ table, rows }) => readListTable(table, rows, reader, memo, next));
  if (next.size > 0) Object.assign(memo, { rows: next, before: memo.rows });
  const listTables = lists.map(({ table }) => table);
  const cards = orderCards(root, reader, listTables).map((card) => readOrderScope(card, reader, 'list', path, []));
  if (rows.length + cards.length > 0) return { kind: 'order-list', orders: [...rows, ...cards] };

  const dialogs = [...doc.querySelectorAll('[role="dialog"],[class*="-dialog"],[class*="-modal"]')].filter(
    (el) => (el.getAttribute('role') === 'dialog' || hasClass(el, '-dialog', '-modal')) && usable(el, reader) && !el.parentElement?.closest('[role="dialog"],[class*="-dialog"],[class*="-modal"]'),
  );
  const order = readOrderScope(root, reader, 'detail', path, dialogs);
  const aboutOrder = order.orderId !== null || order.statusTexts.length > 0 || order.signals.some((s) => s.stage !== null && s.confidence >= 2);
  return aboutOrder ? { kind: 'order', orders: [order] } : { kind: 'other', orders: [] };
}
