/**
 * Raw status observations from the order list (a tea Table) and from an order's detail page. Classifying the
 * status text is someone else's job; this only reads what the page shows.
 */
import { byClass, isHidden, itemParts, labelText, textOf } from './dom';
import { formRoot } from './detect';
import { squash } from './text';
import type { OrderObservation } from './types';

const ORDER_ID = /(?<!\d)\d{17}(?!\d)/;
const DOMAIN = /(?<![\w-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,}|xn--[a-z0-9-]+)(?![\w-])/i;
const CELL_NOISE = 'svg,style,script,button,[class*="icon"],[class*="-alert"]';

const COLUMNS = {
  orderId: /订单号|订单编号|订单ID/i,
  filingType: /备案类型|订单类型|^类型$/,
  domain: /域名|网站|服务|名称/,
  status: /状态/,
};

function alertTexts(root: ParentNode): string[] {
  return byClass(root, '-alert', '-notice')
    .filter((el) => !isHidden(el))
    .map((el) => textOf(el, 'svg,style,script,button,[class*="icon"]'))
    .filter(Boolean);
}

function readTable(table: HTMLTableElement): OrderObservation[] {
  // tea renders the header and the body as two tables: look up until the header cells are in reach.
  let container: Element = table;
  for (let up = 0; up < 4 && !container.querySelector('th') && container.parentElement; up++) container = container.parentElement;
  const headers = [...container.querySelectorAll('th')].map((th) => squash(textOf(th, CELL_NOISE)));
  const column = (re: RegExp) => headers.findIndex((h) => re.test(h));
  const cols = {
    orderId: column(COLUMNS.orderId),
    filingType: column(COLUMNS.filingType),
    domain: column(COLUMNS.domain),
    status: column(COLUMNS.status),
  };
  if (cols.status < 0) return [];
  return [...table.querySelectorAll('tbody tr')].flatMap((row) => {
    const cells = [...row.querySelectorAll('td')];
    if (cells.length < 2) return [];
    const cell = (i: number) => (i >= 0 && cells[i] ? textOf(cells[i]!, CELL_NOISE) || null : null);
    const rowText = textOf(row, CELL_NOISE);
    return [
      {
        source: 'list' as const,
        orderId: ORDER_ID.exec(cell(cols.orderId) ?? rowText)?.[0] ?? null,
        domain: DOMAIN.exec(cell(cols.domain) ?? '')?.[0] ?? null,
        filingType: cell(cols.filingType),
        statusText: cell(cols.status),
        alertTexts: alertTexts(row),
      },
    ];
  });
}

function readDetail(doc: Document, root: Element): OrderObservation | null {
  const pairs = new Map<string, string>();
  for (const item of byClass(root, '-form__item')) {
    const { label, controls } = itemParts(item);
    const key = labelText(label);
    if (key && controls !== item) pairs.set(key, textOf(controls, CELL_NOISE));
  }
  for (const dt of root.querySelectorAll('dt')) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD') pairs.set(squash(textOf(dt)).replace(/[:]$/, ''), textOf(dd, CELL_NOISE));
  }
  const find = (re: RegExp) => [...pairs].find(([k]) => re.test(k))?.[1] || null;
  const statusText = find(COLUMNS.status) ?? (byClass(root, '-status')[0] ? textOf(byClass(root, '-status')[0]!, CELL_NOISE) : null);
  if (!statusText) return null;
  const path = doc.location?.pathname ?? '';
  return {
    source: 'detail',
    orderId: ORDER_ID.exec(find(COLUMNS.orderId) ?? '')?.[0] ?? ORDER_ID.exec(path)?.[0] ?? null,
    domain: DOMAIN.exec(find(/域名/) ?? find(COLUMNS.domain) ?? '')?.[0] ?? null,
    filingType: find(COLUMNS.filingType),
    statusText,
    alertTexts: alertTexts(root),
  };
}

export function readOrders(doc: Document, ignored: (el: Element) => boolean): OrderObservation[] {
  const root = formRoot(doc);
  const tables = [...root.querySelectorAll('table')].filter((t) => !ignored(t) && t.querySelector('tbody tr'));
  const rows = tables.flatMap(readTable);
  if (rows.length > 0) return rows;
  const detail = readDetail(doc, root);
  return detail ? [detail] : [];
}
