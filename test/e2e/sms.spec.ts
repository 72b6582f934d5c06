import { test, expect } from '@playwright/test';
import { CONSOLE_ORIGIN, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => session.close());

const SMS_ORDER = '30178537319491747'; // 管局审核中 with the console's SMS notice
const HOUR = 3_600_000;

interface StoredOrder {
  key: string;
  orderId?: string;
  entries: { stage: string; at: number }[];
  sms?: { receivedAt: number; verifiedAt?: number };
}

test('the SMS stage is recorded from the order page, alarms and badge follow the deadline, 已完成核验 clears them', async () => {
  const page = await session.context.newPage();
  const openedAt = Date.now();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${SMS_ORDER}/detail`);
  await panelFrame(page);

  const sw = session.serviceWorker;
  await expect
    .poll(async () => {
      const { orders } = (await sw.evaluate(() => chrome.storage.local.get('orders'))) as { orders?: StoredOrder[] };
      return orders?.find((o) => o.orderId === SMS_ORDER)?.entries.map((e) => e.stage) ?? [];
    })
    .toContain('smsVerification');

  // Reminders at 12 h, 3 h, 1 h and 15 min before a deadline 24 h after the stage was seen, and one at expiry.
  await expect.poll(async () => (await sw.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('bh-sms-reminder:')).length).toBe(5);
  const alarms = (await sw.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('bh-sms-reminder:'));
  const { orders } = (await sw.evaluate(() => chrome.storage.local.get('orders'))) as { orders: StoredOrder[] };
  const order = orders.find((o) => o.orderId === SMS_ORDER)!;
  const deadline = order.sms!.receivedAt + 24 * HOUR;
  expect(order.sms!.receivedAt).toBeGreaterThanOrEqual(openedAt - 1000);
  expect(alarms.map((a) => deadline - a.scheduledTime).sort((a, b) => a - b)).toEqual([0, 15, 60, 180, 720].map((m) => m * 60_000));

  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^2[34]h$/);

  const panel = await panelFrame(page);
  await panel.getByRole('tab', { name: '订单与短信核验' }).click();
  await panel.getByRole('button', { name: '已完成核验' }).click();
  await expect.poll(async () => (await sw.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('bh-sms-reminder:')).length).toBe(0);
  await expect.poll(() => sw.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  await page.close();
});

declare const chrome: typeof import('wxt/browser').browser;
