import { test, expect } from '@playwright/test';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => session.close());

const HOUR = 3_600_000;
const OFFSETS_MS = [0, 15, 60, 180, 720].map((m) => m * 60_000);

interface StoredOrder {
  key: string;
  orderId?: string;
  name?: string;
  addedByHand?: boolean;
  entries: { stage: string; at: number; source: string }[];
  sms?: { receivedAt: number; closed?: unknown };
}

const storedOrders = async () =>
  ((await session.serviceWorker.evaluate(() => chrome.storage.local.get('orders'))) as { orders?: StoredOrder[] }).orders ?? [];
const reminderAlarms = async () =>
  (await session.serviceWorker.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('bh-sms-reminder:'));

/** A datetime-local value in Beijing time. */
const beijingInput = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 16);

test('an order added by hand in the options page reminds exactly like a detected one', async () => {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(session, 'options.html'));
  await page.getByRole('tab', { name: '备案订单与短信核验' }).click();
  await page.getByRole('button', { name: '手动添加订单' }).click();
  const form = page.getByRole('region', { name: '手动添加订单' });
  await form.getByLabel('网站名称、域名或主办单位名称').fill('小程序里提交的网站');
  // Whole minutes: the form takes minutes, so the deadline is exact.
  const smsAt = Math.floor((Date.now() - HOUR) / 60_000) * 60_000;
  await form.getByLabel('短信到达时间（北京时间）').fill(beijingInput(smsAt));
  await form.getByRole('button', { name: '添加订单' }).click();

  await expect.poll(async () => (await storedOrders()).filter((o) => o.addedByHand).length).toBe(1);
  const order = (await storedOrders()).find((o) => o.addedByHand)!;
  expect(order).toMatchObject({ name: '小程序里提交的网站', sms: { receivedAt: smsAt } });

  // Reminders at 12 h, 3 h, 1 h and 15 min before the deadline 24 h after the SMS, and one at expiry; the badge shows hours left.
  const deadline = smsAt + 24 * HOUR;
  await expect.poll(async () => (await reminderAlarms()).filter((a) => a.name.includes(order.key)).length).toBe(5);
  const alarms = (await reminderAlarms()).filter((a) => a.name.includes(order.key));
  expect(alarms.map((a) => deadline - a.scheduledTime).sort((a, b) => a - b)).toEqual(OFFSETS_MS);
  await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^2[23]h$/);

  await expect(page.getByTestId('sms-remaining')).toContainText('剩余');
  await page.getByRole('button', { name: '已完成核验' }).click();
  await expect.poll(async () => (await reminderAlarms()).length).toBe(0);
  await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  await page.close();
});

for (const { layout, orderId } of [
  { layout: 'tag-dl', orderId: '30173440149913160' }, // 待短信核验 as a tag in the card header
  { layout: 'steps-table', orderId: '30178537319491747' }, // steps bar + notice + the order's websites table
]) {
  test(`the SMS stage is read from the ${layout} order-page layout, and the panel selects that order`, async () => {
    const page = await session.context.newPage();
    await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${orderId}/detail?layout=${layout}`);
    const panel = await panelFrame(page);
    await expect
      .poll(async () => (await storedOrders()).find((o) => o.orderId === orderId)?.entries.map((e) => e.stage) ?? [])
      .toEqual(['smsVerification']);
    // The page is an order page by the adapter's reading: the panel opens on the orders tab with this order.
    await expect(panel.getByRole('tab', { name: '订单与短信核验' })).toHaveAttribute('aria-selected', 'true');
    await expect(panel.getByRole('region', { name: '短信核验倒计时' })).toContainText(orderId);
    await expect(panel.getByRole('region', { name: '短信核验倒计时' })).toContainText('按首次看到的时间估算');
    await expect(panel.getByText('未能识别此订单的状态')).toHaveCount(0);
    expect((await reminderAlarms()).filter((a) => a.name.includes(orderId))).toHaveLength(5);
    await page.close();
  });
}

declare const chrome: typeof import('wxt/browser').browser;
