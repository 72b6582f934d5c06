/**
 * In Firefox ESR, as in Chromium: an order added by hand reminds exactly like a detected one, and on MIIT's page the
 * panel fills the verifier into the page's state, counts a wrong code and ends the countdown on the right one.
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import path from 'node:path';
import { byRole, clickRole, panelFrame, useFirefoxSession, waitForText } from './harness';

const HOUR = 3_600_000;
const OFFSETS_MS = [0, 15, 60, 180, 720].map((m) => m * 60_000);
const MIIT_URL = 'https://beian.miit.gov.cn/#/Integrated/index';
const SMS_ORDER = '30178537319491747';
const PROFILE_ID = 'd6f1c1a8-3c1e-4a55-9a7e-2f1f0f1b2a10'; // test/fixtures/profiles/personal.json
const MOBILE = '13800138000';
const ID_LAST6 = '31002X';
const CODE = '482913';

let options: Page;

test.describe.configure({ mode: 'serial' });
const session = useFirefoxSession();
test.beforeAll(async () => {
  options = await session().openExtensionPage('options.html');
});

interface StoredOrder {
  key: string;
  orderId?: string;
  name?: string;
  addedByHand?: boolean;
  entries: { stage: string }[];
  sms?: { receivedAt: number; results?: object[] };
}
const storedOrders = () =>
  options.evaluate(async () => ((await browser.storage.local.get('orders')) as { orders?: StoredOrder[] }).orders ?? []);
const reminderAlarms = () =>
  options.evaluate(async () => (await browser.alarms.getAll()).filter((a) => a.name.startsWith('bh-sms-reminder:')).map((a) => ({ name: a.name, at: a.scheduledTime })));
const badgeText = () => options.evaluate(() => browser.browserAction.getBadgeText({}));

/** Sets a React-controlled input the way the browser does when the user types (the native setter, then `input`). */
async function setInput(input: ElementHandle<Element>, value: string) {
  await input.evaluate((el, value) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(el, value);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

test('an order added by hand on the options page reminds exactly like a detected one', async () => {
  await (await byRole(options, 'tab', '备案订单与短信核验')).click();
  await clickRole(options, 'button', '手动添加订单');
  await byRole(options, 'region', '手动添加订单');
  await (await byRole(options, 'textbox', '网站名称、域名或主办单位名称')).type('小程序里提交的网站');
  const smsAt = Math.floor((Date.now() - HOUR) / 60_000) * 60_000;
  const smsInput = (await options.$('input[type="datetime-local"]'))!;
  await setInput(smsInput, new Date(smsAt + 8 * HOUR).toISOString().slice(0, 16));
  await clickRole(options, 'button', '添加订单');

  await expect.poll(async () => (await storedOrders()).filter((o) => o.addedByHand).length).toBe(1);
  const order = (await storedOrders()).find((o) => o.addedByHand)!;
  expect(order).toMatchObject({ name: '小程序里提交的网站', sms: { receivedAt: smsAt } });
  const deadline = smsAt + 24 * HOUR;
  await expect.poll(async () => (await reminderAlarms()).filter((a) => a.name.includes(order.key)).length).toBe(5);
  const alarms = (await reminderAlarms()).filter((a) => a.name.includes(order.key));
  expect(alarms.map((a) => deadline - a.at).sort((a, b) => a - b)).toEqual(OFFSETS_MS);
  await expect.poll(badgeText).toMatch(/^2[23]h$/);

  await clickRole(options, 'button', '已完成核验');
  await expect.poll(async () => (await reminderAlarms()).length).toBe(0);
  await expect.poll(badgeText).toBe('');
});

test('on MIIT’s page 填入 fills the verifier into the page state, a wrong code counts a try, the right one ends the countdown', async () => {
  await (await byRole(options, 'tab', '申请人档案')).click();
  const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path.resolve('test/fixtures/profiles/personal.json'));
  await waitForText(options, '已导入 1 个档案。');
  await options.evaluate((id) => browser.storage.local.set({ activeProfileId: id }), PROFILE_ID);

  const consolePage = await session().openConsole(`/beian/manage/process/${SMS_ORDER}/detail`);
  await panelFrame(consolePage);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(5);

  const miit = await session().openMiit(MIIT_URL);
  await miit.evaluate(
    (mobile, idLast6, code) =>
      (window as unknown as { __MIIT_REPLICA__: { configure(p: object[]): void } }).__MIIT_REPLICA__.configure([{ mobile, idLast6, code }]),
    MOBILE,
    ID_LAST6,
    CODE,
  );
  const miitState = () =>
    miit.evaluate(() => (window as unknown as { __MIIT_REPLICA__: { getState(): { verify: object; failedTries: number } } }).__MIIT_REPLICA__.getState());
  const panel = await panelFrame(miit);
  await waitForText(panel, '还可输错 5 次', { within: '[data-testid="miit-tries"]' });
  expect(await miit.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join(''))).toBe('');

  await clickRole(panel, 'button', '填入主体负责人');
  await waitForText(panel, '已填入手机号码、证件号码后6位', { within: '[data-testid="miit-fill-report"]' });
  await expect.poll(async () => (await miitState()).verify).toEqual({ mobile: MOBILE, idLast6: ID_LAST6, code: '' });

  const codeInput = (await miit.$('input[placeholder="请输入短信验证码"]'))!;
  await codeInput.type('000000');
  await clickRole(miit, 'button', '提交');
  await waitForText(panel, '还可输错 4 次', { within: '[data-testid="miit-tries"]' });
  expect((await miitState()).failedTries).toBe(1);

  // The replica renders the form anew after an answer: find the field again.
  const codeAgain = (await miit.$('input[placeholder="请输入短信验证码"]'))!;
  await codeAgain.focus();
  await miit.keyboard.down('Control');
  await miit.keyboard.press('a');
  await miit.keyboard.up('Control');
  await miit.keyboard.press('Backspace');
  await codeAgain.type(CODE);
  await expect.poll(async () => (await miitState()).verify).toEqual({ mobile: MOBILE, idLast6: ID_LAST6, code: CODE });
  await clickRole(miit, 'button', '提交');
  await waitForText(panel, '短信核验已完成', { within: '[data-testid="miit-remaining"]' });
  await expect.poll(async () => (await reminderAlarms()).length).toBe(0);
  await expect.poll(badgeText).toBe('');
  const order = (await storedOrders()).find((o) => o.orderId === SMS_ORDER)!;
  expect(order.entries.at(-1)!.stage).toBe('bureauReview');
  expect(order.sms!.results!.map((r) => Object.keys(r).sort())).toEqual([['at', 'code'], ['at', 'code']]);
});

declare const browser: typeof import('webextension-polyfill');
