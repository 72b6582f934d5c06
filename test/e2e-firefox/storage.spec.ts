/**
 * The keep-what-you-cannot-read rule in a real Firefox ESR: damaged orders put into storage stay there, exactly, when
 * an order page makes the order store write, and the docked panel says they cannot be read.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { panelFrame, useFirefoxSession, waitForText } from './harness';
import { CUT_OFF, FROM_NEWER, ORDER_PAGE_ID as ORDER_ID } from '../e2e/damaged-orders';

const session = useFirefoxSession();
let options: Page;

test.beforeAll(async () => {
  options = await session().openExtensionPage('options.html');
});

const storedOrders = () => options.evaluate(async () => ((await browser.storage.local.get('orders')) as { orders?: unknown[] }).orders ?? []);

test('damaged orders survive an order page writing the store, and the panel says so', async () => {
  await options.evaluate((newer, cut) => browser.storage.local.set({ orders: [newer, cut] }), FROM_NEWER, CUT_OFF);
  const page = await session().openConsole(`/beian/manage/process/${ORDER_ID}/detail?layout=tag-dl`);
  const panel = await panelFrame(page);
  await expect
    .poll(async () => (await storedOrders()).map((o) => (typeof o === 'string' ? o : (o as { orderId?: string }).orderId)))
    .toEqual([ORDER_ID, FROM_NEWER.orderId, CUT_OFF]);
  const orders = await storedOrders();
  expect(orders[1]).toEqual(FROM_NEWER);
  expect(orders[2]).toBe(CUT_OFF);
  await waitForText(panel, '有 2 条订单记录无法读取（2 条数据已损坏）');
  await page.close();
});

declare const browser: typeof import('webextension-polyfill');
