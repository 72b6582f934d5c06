/**
 * A year the bundled calendar does not know (2027): the panel's timeline labels its dates 估算 until the user imports
 * the State Council notice in the options page, then shows exact working days — live, without reloading the panel.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recordStage } from '@/utils/orders/reducers';
import { extensionUrl, launchWithExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => {
  expect(session.blockedRequests, 'no outside request').toEqual([]);
  await session.close();
});

const NOW = Date.parse('2027-01-25T02:00:00Z'); // Monday 25 January 2027, 10:00 Beijing
const LABEL = '估算（2027年节假日安排未知，按周末计算）';
// Written in the published form for this test: no 2027 notice existed when it was written.
const NOTICE = readFileSync(path.resolve('test/fixtures/holidays/2027-invented.txt'), 'utf8');

test('an order in 2027 is labelled 估算 before the notice is imported and exact after', async () => {
  const orders = recordStage([], { orderId: '30000000000002027', domain: 'y2027.cn', stage: 'tencentReview', seenAt: NOW });
  await session.serviceWorker.evaluate((value) => chrome.storage.local.set({ orders: value }), orders);

  const panel = await session.context.newPage();
  await panel.clock.setFixedTime(NOW);
  await panel.goto(extensionUrl(session, 'panel.html'));
  await panel.getByRole('tab', { name: '订单与短信核验' }).click();
  const estimates = panel.getByRole('region', { name: '预计时间' });
  // 20 working days after Monday 1 February, counted by weekends only.
  await expect(estimates).toContainText(`管局审核：最迟约 3月1日（周一） ${LABEL}（20 个工作日）`);
  await expect(panel.getByRole('region', { name: '备案进度' }).getByText(LABEL).first()).toBeVisible();

  const options = await session.context.newPage();
  await options.clock.setFixedTime(NOW);
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByRole('tab', { name: '节假日安排' }).click();
  await expect(options.getByTestId('known-years')).toHaveText('2004–2026');
  await options.getByLabel('通知全文').fill(NOTICE);
  await expect(options.getByRole('table', { name: '2027年2月' }).locator('[data-date="2027-02-08"]')).toHaveClass('bh-cal-holiday');
  await options.getByRole('button', { name: '确认导入 2027 年安排' }).click();
  await expect(options.getByRole('status')).toContainText('已导入 2027 年');
  await expect(options.getByTestId('known-years')).toHaveText('2004–2027');

  // The Spring Festival week off (5–13 February) and the working Saturday 20 February now count.
  await expect(estimates).toContainText('管局审核：最迟约 3月8日（周一）（20 个工作日）');
  await expect(panel.getByRole('region', { name: '备案进度' })).not.toContainText('节假日安排未知');
  await options.close();
  await panel.close();
});

declare const chrome: typeof import('wxt/browser').browser;
