import { test, expect } from '@playwright/test';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';
import { CUT_OFF, FROM_NEWER, ORDER_PAGE_ID as ORDER_ID } from './damaged-orders';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => session.close());

const stored = () => session.serviceWorker.evaluate(() => chrome.storage.local.get(null)) as Promise<Record<string, unknown>>;

test('damaged orders survive the order store writing, and the panel, popup and 数据 section say so', async () => {
  await session.serviceWorker.evaluate(
    ([newer, cut]) => chrome.storage.local.set({ orders: [newer, cut], reminderSettings: { offsetsMinutes: 'sixty' } }),
    [FROM_NEWER, CUT_OFF] as const,
  );

  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${ORDER_ID}/detail?layout=tag-dl`);
  const panel = await panelFrame(page);
  // The order page makes the store write: the new order joins, the damaged ones stay exactly as they were.
  await expect
    .poll(async () => ((await stored()).orders as { orderId?: string }[]).map((o) => (typeof o === 'string' ? o : o.orderId)))
    .toEqual([ORDER_ID, FROM_NEWER.orderId, CUT_OFF]);
  const orders = (await stored()).orders as unknown[];
  expect(orders[1]).toEqual(FROM_NEWER);
  expect(orders[2]).toBe(CUT_OFF);
  await expect(panel.getByRole('note', { name: '无法读取的数据' })).toContainText('有 2 条订单记录无法读取（2 条数据已损坏）');

  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByRole('tab', { name: '数据' }).click();
  await expect(options.getByRole('region', { name: '无法读取的订单' })).toContainText('有 2 条订单记录无法读取');
  await expect(options.getByRole('region', { name: '无法读取的提醒设置' })).toContainText('数据已损坏');
  await options.getByRole('tab', { name: '提醒设置' }).click();
  await expect(options.getByRole('note')).toContainText('现在使用的是默认设置');

  const popup = await session.context.newPage();
  await popup.goto(extensionUrl(session, 'popup.html'));
  const notes = popup.getByRole('note', { name: '无法读取的数据' });
  await expect(notes.filter({ hasText: '有 2 条订单记录无法读取' })).toHaveCount(1);
  await expect(notes.filter({ hasText: '有 1 条提醒设置记录无法读取' })).toHaveCount(1);
  await popup.close();
  await options.close();
  await page.close();
});

declare const chrome: typeof import('wxt/browser').browser;
