import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

const MIIT_URL = 'https://beian.miit.gov.cn/#/Integrated/index';
const SMS_ORDER = '30178537319491747'; // 首次备案, 管局审核中 with the console's SMS notice
const PROFILE_ID = 'd6f1c1a8-3c1e-4a55-9a7e-2f1f0f1b2a10'; // test/fixtures/profiles/personal.json
const MOBILE = '13800138000';
const ID_LAST6 = '31002X';
const CODE = '482913';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => {
  expect(session.blockedRequests, 'the extension makes no outside request').toEqual([]);
  await session.close();
});

interface MiitReplicaState {
  verify: { mobile: string; idLast6: string; code: string };
  failedTries: number;
  pending: { done: boolean }[];
}

const miitState = (page: Page) =>
  page.evaluate(() => (window as unknown as { __MIIT_REPLICA__: { getState(): MiitReplicaState } }).__MIIT_REPLICA__.getState());

const reminderAlarms = async () =>
  (await session.serviceWorker.evaluate(() => chrome.alarms.getAll())).filter((a) => a.name.startsWith('bh-sms-reminder:')).length;

test('on MIIT’s page 填入 fills the verifier into the page state, a wrong code counts a try, the right one ends the countdown', async () => {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByLabel('导入档案').setInputFiles({
    name: 'personal.json',
    mimeType: 'application/json',
    buffer: readFileSync(path.resolve('test/fixtures/profiles/personal.json')),
  });
  await expect(options.getByText('已导入 1 个档案。')).toBeVisible();
  await session.serviceWorker.evaluate((id) => chrome.storage.local.set({ activeProfileId: id }), PROFILE_ID);

  // The console's order page puts the order in the SMS stage, linked to the active profile.
  const consolePage = await session.context.newPage();
  await consolePage.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${SMS_ORDER}/detail`);
  await panelFrame(consolePage);
  await expect.poll(reminderAlarms).toBe(5);
  await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^2[34]h$/);

  const miit = await session.context.newPage();
  await miit.goto(MIIT_URL);
  await miit.evaluate(
    ([mobile, idLast6, code]) =>
      (window as unknown as { __MIIT_REPLICA__: { configure(p: object[]): void } }).__MIIT_REPLICA__.configure([{ mobile, idLast6, code }]),
    [MOBILE, ID_LAST6, CODE],
  );
  const panel = await panelFrame(miit);
  // The only waiting order is chosen; a personal first filing has one verifier (same person, same phone).
  await expect(panel.getByTestId('miit-remaining')).toContainText(/剩余 2[34] 小时/);
  await expect(panel.getByTestId('miit-tries')).toHaveText('还可输错 5 次');
  await expect(panel.getByRole('button', { name: /^填入/ })).toHaveCount(1);
  // No profile value is in MIIT's page before 填入.
  await expect(miit.locator('body')).not.toContainText(MOBILE);
  expect(await miit.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join(''))).toBe('');

  await panel.getByRole('button', { name: '填入主体负责人' }).click();
  await expect(panel.getByTestId('miit-fill-report')).toContainText('已填入手机号码、证件号码后6位');
  await expect.poll(async () => (await miitState(miit)).verify).toEqual({ mobile: MOBILE, idLast6: ID_LAST6, code: '' });

  // A wrong code: MIIT's toast (gone after 3 s) is caught and counted for the order.
  await miit.getByPlaceholder('请输入短信验证码').fill('000000');
  await miit.getByRole('button', { name: '提交' }).click();
  await expect(panel.getByTestId('miit-tries')).toHaveText('还可输错 4 次');
  await expect(panel.getByTestId('miit-answer')).toContainText('核验失败');
  expect((await miitState(miit)).failedTries).toBe(1);
  await expect(miit.locator('.el-message')).toHaveCount(0, { timeout: 10_000 });

  // The right code: the SMS step closes, alarms and badge go.
  await miit.getByPlaceholder('请输入短信验证码').fill(CODE);
  await miit.getByRole('button', { name: '提交' }).click();
  await expect(panel.getByTestId('miit-remaining')).toContainText('短信核验已完成');
  await expect(panel.getByTestId('miit-answer')).toContainText('短信核验已全部完成');
  await expect.poll(reminderAlarms).toBe(0);
  await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  const { orders } = (await session.serviceWorker.evaluate(() => chrome.storage.local.get('orders'))) as {
    orders: { orderId?: string; entries: { stage: string }[]; sms?: { results?: object[] } }[];
  };
  const order = orders.find((o) => o.orderId === SMS_ORDER)!;
  expect(order.entries.at(-1)!.stage).toBe('bureauReview');
  // Only MIIT's result codes and times are stored, nothing of the page.
  expect(order.sms!.results!.map((r) => Object.keys(r).sort())).toEqual([['at', 'code'], ['at', 'code']]);
});

declare const chrome: typeof import('wxt/browser').browser;
