import { describe, expect, it } from 'vitest';
import { createConsoleController, isFilingPath } from '@/utils/console';
import { emptyRowMemo, parsePageTime, readOrderPage } from '@/utils/console/orders';
import type { OrderObservation } from '@/utils/console/types';
import { FIXTURE_PREFIXES, loadFixture } from './helpers/fixtures';

const DETAIL_PATH = '/beian/manage/process/30173440149913160/detail';
const beijing = (text: string) => Date.parse(`${text}+08:00`);

function read(fixture: string, prefix: string, path = DETAIL_PATH) {
  loadFixture(fixture, { prefix, path });
  const controller = createConsoleController(document);
  return { orders: controller.readOrders(), snapshot: controller.snapshot() };
}

const essentials = (o: OrderObservation) => ({ source: o.source, orderId: o.orderId, domain: o.domain, stage: o.stage, stageAt: o.stageAt });

describe.each(FIXTURE_PREFIXES)('order pages and lists (prefix %s)', (prefix) => {
  it('form-like rows with a page alert: the SMS alert wins over 等待管局审核', () => {
    const { orders, snapshot } = read('order-detail.html', prefix);
    expect(orders.map(essentials)).toEqual([{ source: 'detail', orderId: '30173440149913160', domain: 'example.com', stage: 'smsVerification', stageAt: null }]);
    expect(orders[0]!.filingType).toBe('首次备案');
    expect(orders[0]!.statusTexts).toEqual(['等待管局审核']);
    expect(orders[0]!.signals.map((s) => [s.kind, s.stage, s.confidence])).toEqual([
      ['status', 'bureauReview', 3],
      ['alert', 'smsVerification', 2],
    ]);
    expect(snapshot).toMatchObject({ pageKind: 'order', step: null, order: { orderId: '30173440149913160', stage: 'smsVerification', statusTexts: ['等待管局审核'] } });
  });

  it('a description list with the status and the time the SMS was sent', () => {
    const { orders } = read('order-dl.html', prefix);
    expect(orders.map(essentials)).toEqual([
      { source: 'detail', orderId: '30178537319491747', domain: 'blog.example.net', stage: 'smsVerification', stageAt: beijing('2026-02-01T10:05:00') },
    ]);
    expect(orders[0]!.filingType).toBe('新增服务');
  });

  it('a tag in the card header next to the order number, details in a description list', () => {
    const { orders, snapshot } = read('order-tag.html', prefix);
    expect(orders.map(essentials)).toEqual([{ source: 'detail', orderId: '30179078206880765', domain: 'shanjian.example.cn', stage: 'smsVerification', stageAt: null }]);
    expect(orders[0]!.statusTexts).toEqual(['待短信核验']);
    expect(snapshot.order?.orderId).toBe('30179078206880765');
  });

  it('a steps bar marked by aria-current, with the SMS time from the timeline', () => {
    const { orders, snapshot } = read('order-steps.html', prefix, '/beian/manage/progress');
    expect(orders.map(essentials)).toEqual([
      { source: 'detail', orderId: '30173440149913160', domain: null, stage: 'smsVerification', stageAt: beijing('2026-02-01T10:05:00') },
    ]);
    expect(snapshot.pageKind).toBe('order');
  });

  it('a steps bar with Tea’s current class, a page alert and a table of the order’s websites (not a list of orders)', () => {
    const { orders, snapshot } = read('order-alert-table.html', prefix);
    expect(orders.map(essentials)).toEqual([{ source: 'detail', orderId: '30179108639935234', domain: null, stage: 'smsVerification', stageAt: null }]);
    const kinds = orders[0]!.signals.map((s) => `${s.kind}:${s.stage}:${s.confidence}`);
    expect(kinds).toEqual(['steps:smsVerification:2', 'alert:smsVerification:2', 'table:bureauReview:1', 'table:bureauReview:1']);
    expect(snapshot.pageKind).toBe('order');
  });

  it('an order list as a table: one observation per row', () => {
    const { orders, snapshot } = read('orders-list.html', prefix, '/beian/manage/orders');
    expect(orders.map(essentials)).toEqual([
      { source: 'list', orderId: '30179108639935234', domain: 'example.com', stage: 'tencentReview', stageAt: null },
      { source: 'list', orderId: '30179078206880765', domain: 'blog.example.net', stage: 'smsVerification', stageAt: null },
    ]);
    expect(orders.map((o) => o.statusTexts)).toEqual([['腾讯云审核中'], ['管局审核中']]);
    expect(snapshot).toMatchObject({ pageKind: 'order-list', order: null });
  });

  it('an order list as cards: one observation per card, the help card at the side ignored', () => {
    const { orders, snapshot } = read('orders-cards.html', prefix, '/beian/manage/orders');
    expect(orders.map(essentials)).toEqual([
      { source: 'list', orderId: '30179108639935234', domain: 'example.com', stage: 'tencentReview', stageAt: null },
      { source: 'list', orderId: '30179078206880765', domain: 'blog.example.net', stage: 'smsVerification', stageAt: null },
    ]);
    expect(snapshot.pageKind).toBe('order-list');
  });

  it('decoy: the 24-hour rule in help text, a sidebar, a general tip and the footer does not move a 腾讯云审核中 order', () => {
    const { orders } = read('order-decoy-help.html', prefix);
    expect(orders.map(essentials)).toEqual([{ source: 'detail', orderId: '30179108639935234', domain: null, stage: 'tencentReview', stageAt: null }]);
    expect(orders[0]!.statusTexts).toEqual(['腾讯云审核中']);
    // The general tip is read, but only as a weak reading.
    expect(orders[0]!.signals.filter((s) => s.stage === 'smsVerification').map((s) => s.confidence)).toEqual([1]);
  });

  it('decoy: an unknown status and a step told only by position give no stage, and say what was found', () => {
    const { orders, snapshot } = read('order-unknown.html', prefix);
    expect(orders.map(essentials)).toEqual([{ source: 'detail', orderId: '30173440149913160', domain: 'example.org', stage: null, stageAt: null }]);
    expect(snapshot).toMatchObject({ pageKind: 'order', order: { orderId: '30173440149913160', stage: null, statusTexts: ['资料复核处理'] } });
  });

  it('reports nothing on a wizard step', () => {
    const { orders, snapshot } = read('subject-personal.html', prefix, '/beian/manage/process/30179108639935234/subject');
    expect(orders).toEqual([]);
    expect(snapshot).toMatchObject({ pageKind: 'wizard', order: null });
  });
});

describe('dialogs and odd markup', () => {
  it('reads a dialog about the order (rendered outside the app root)', () => {
    loadFixture('order-decoy-help.html', { path: DETAIL_PATH });
    document.querySelector('[class*="form__item"]:last-child')!.remove();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="tea-dialog" role="dialog"><div class="tea-dialog__body">工信部已向您发送短信验证码，请于2026-02-01 10:05起24小时内完成核验</div></div>',
    );
    const [order] = createConsoleController(document).readOrders();
    expect(order).toMatchObject({ stage: 'smsVerification', stageAt: beijing('2026-02-01T10:05:00') });
    expect(order!.signals.find((s) => s.kind === 'dialog')?.confidence).toBe(2);
  });

  it('reads a "状态：…" line and a th/td row as label/value pairs', () => {
    loadFixture('order-unknown.html', { path: DETAIL_PATH });
    document.querySelector('.tea-card__content')!.innerHTML =
      '<p>状态：管局审核通过</p><table><tbody><tr><th>订单号</th><td>30173440149913160</td></tr></tbody></table>';
    expect(createConsoleController(document).readOrders().map(essentials)).toEqual([
      { source: 'detail', orderId: '30173440149913160', domain: null, stage: 'approved', stageAt: null },
    ]);
  });

  it('says nothing about a page that shows no order', () => {
    loadFixture('order-unknown.html', { path: '/beian/manage/welcome' });
    document.querySelector('.tea-layout__content-body')!.innerHTML = '<p>欢迎使用备案</p>';
    const controller = createConsoleController(document);
    expect(controller.readOrders()).toEqual([]);
    expect(controller.snapshot()).toMatchObject({ pageKind: 'other', order: null });
  });

  it('reads a list row by its own cells: a cell holding a table of its own does not shift the columns', () => {
    loadFixture('orders-list.html', { path: '/beian/manage/orders' });
    const firstRow = document.querySelector<HTMLTableRowElement>('tbody tr')!;
    firstRow.cells[2]!.innerHTML = '<table><tbody><tr><td>example.com</td><td>主域名</td></tr></tbody></table>';
    const orders = createConsoleController(document).readOrders();
    expect(orders.map(essentials)).toEqual([
      { source: 'list', orderId: '30179108639935234', domain: 'example.com', stage: 'tencentReview', stageAt: null },
      { source: 'list', orderId: '30179078206880765', domain: 'blog.example.net', stage: 'smsVerification', stageAt: null },
    ]);
    expect(orders[0]!.statusTexts).toEqual(['腾讯云审核中']);
  });

  it('reads a website row of an order’s page by its own cells: a table inside a cell neither shifts the columns nor adds rows', () => {
    loadFixture('order-alert-table.html', { path: DETAIL_PATH });
    const firstCell = document.querySelector<HTMLTableRowElement>('.tea-table__body tbody tr')!.children[0]!;
    firstCell.innerHTML = '<table><tbody><tr><td>山涧笔记</td><td>个人博客</td></tr></tbody></table>';
    const [order] = createConsoleController(document).readOrders();
    expect(order!.signals.filter((s) => s.kind === 'table').map((s) => [s.text, s.stage])).toEqual([
      ['管局审核中', 'bureauReview'],
      ['管局审核中', 'bureauReview'],
    ]);
  });

  it('a re-rendered list reuses the readings of rows whose markup is unchanged and reads changed rows anew', () => {
    loadFixture('orders-list.html', { path: '/beian/manage/orders' });
    const memo = emptyRowMemo();
    const nothingIgnored = () => false;
    const before = readOrderPage(document, nothingIgnored, memo).orders;
    // A refresh renders new row elements; the second order's status moved on.
    const body = document.querySelector('.tea-table__body tbody')!;
    body.innerHTML = body.innerHTML.replace('管局审核中<div class="tea-alert tea-alert--warning">工信部已向负责人手机号发送短信验证码，请在24小时内完成短信核验</div>', '备案成功');
    const after = readOrderPage(document, nothingIgnored, memo).orders;
    expect(after[0]).toBe(before[0]);
    expect(after.map(essentials)).toEqual([
      essentials(before[0]!),
      { source: 'list', orderId: '30179078206880765', domain: 'blog.example.net', stage: 'approved', stageAt: null },
    ]);
    // The same rows under another header are read again: no column says 域名 any more.
    const domainHeader = [...document.querySelectorAll('th')].find((th) => th.textContent === '域名/服务')!;
    domainHeader.textContent = '备注';
    const relabelled = readOrderPage(document, nothingIgnored, memo).orders;
    expect(relabelled.map((o) => [o.orderId, o.domain])).toEqual([
      ['30179108639935234', null],
      ['30179078206880765', null],
    ]);
    // Back from a page without a list (an order's page): the rows are still known.
    const table = body.closest('.tea-table')!;
    const holder = table.parentElement!;
    table.remove();
    expect(readOrderPage(document, nothingIgnored, memo).kind).not.toBe('order-list');
    holder.append(table);
    expect(readOrderPage(document, nothingIgnored, memo).orders[1]).toBe(relabelled[1]);
    // The list showed a moved order, then went back: the rows of the last two list readings are known.
    const shown = body.innerHTML;
    body.innerHTML = shown.replace('2026-01-20 09:00', '2026-01-21 09:00');
    expect(readOrderPage(document, nothingIgnored, memo).orders[1]).not.toBe(relabelled[1]);
    body.innerHTML = shown;
    expect(readOrderPage(document, nothingIgnored, memo).orders[1]).toBe(relabelled[1]);
  });

  it('takes the order number from the URL when the page does not show it', () => {
    loadFixture('order-detail.html', { path: '/beian/manage/process/30178537319491747/detail' });
    document.querySelector('[class*="form__item"]')!.remove();
    expect(createConsoleController(document).readOrders()[0]!.orderId).toBe('30178537319491747');
  });
});

it('reads page times as Beijing time in the usual shapes', () => {
  expect(parsePageTime('2026-02-01 10:05:12')).toBe(beijing('2026-02-01T10:05:00'));
  expect(parsePageTime('发送于 2026/2/1 9:05')).toBe(beijing('2026-02-01T09:05:00'));
  expect(parsePageTime('2026年2月1日 10时05')).toBe(beijing('2026-02-01T10:05:00'));
  expect(parsePageTime('2026-02-01')).toBeNull();
  expect(parsePageTime('2026-13-01 10:00')).toBeNull();
});

it('recognises the filing app’s paths', () => {
  expect(isFilingPath('/beian')).toBe(true);
  expect(isFilingPath('/beian/manage/process/30179108639935234/review')).toBe(true);
  expect(isFilingPath('/beianx')).toBe(false);
  expect(isFilingPath('/cvm/beian')).toBe(false);
});
