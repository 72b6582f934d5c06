/**
 * Every feature of the extension in a real Firefox ESR, with the same assertions as the Chromium suite: a profile
 * imported on the options page, the wizard filled through the docked panel (values read from the replica's React state)
 * and undone, the live name check, an order page starting the SMS countdown (alarms, badge, notification) that survives
 * a reload of the background page, and encryption with a passphrase. One browser for the whole file, in order.
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import path from 'node:path';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { expectedValues, expectState, PERSONAL, type Values } from '../e2e/expected-values';
import { byRole, clickRole, panelFrame, replicaState, textOf, useFirefoxSession, waitForText } from './harness';

const MASKED_ID = '1101**********002X';
const PASSPHRASE = 'correct horse battery';
const SMS_ORDER = '30178537319491747'; // 管局审核中 with the console's SMS notice
const HOUR = 3_600_000;

let options: Page;

test.describe.configure({ mode: 'serial' });

const session = useFirefoxSession();
test.beforeAll(async () => {
  options = await session().openExtensionPage('options.html');
});

const values = async (page: Page) => (await replicaState(page)).values as Values;

async function chooseProfile(panel: Frame, id: string) {
  const picker = (await byRole(panel, 'combobox', '申请人档案')) as ElementHandle<HTMLSelectElement>;
  await panel.waitForFunction((select, id) => [...select.options].some((o) => o.value === id), { polling: 100 }, picker, id);
  await picker.select(id);
}

/** Empties a field the way a user does (select all, delete), so that the page's framework sees it. */
async function clearByKeyboard(page: Page, input: ElementHandle<Element>) {
  await input.focus();
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
}

/** Extension state as the extension itself sees it, read in a top-level extension page (every API is there). */
const storedOrders = () =>
  options.evaluate(async () => {
    const { orders } = (await browser.storage.local.get('orders')) as { orders?: { orderId?: string; key: string; entries: { stage: string }[]; sms?: { receivedAt: number } }[] };
    return orders ?? [];
  });
const reminderAlarms = () =>
  options.evaluate(async () => (await browser.alarms.getAll()).filter((a) => a.name.startsWith('bh-sms-reminder:')).map((a) => a.scheduledTime));
const badgeText = () => options.evaluate(() => browser.browserAction.getBadgeText({}));

test('a profile imported on the options page is offered, masked, in the panel', async () => {
  const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path.resolve('test/fixtures/profiles/personal.json'));
  await waitForText(options, '已导入 1 个档案。');
  await waitForText(options, MASKED_ID, { within: 'table[aria-label="档案列表"]' });
  expect(await textOf(options)).not.toContain('11010519491231002X');

  const page = await session().openConsole('/beian/manage');
  const panel = await panelFrame(page);
  await chooseProfile(panel, PERSONAL.id);
  await waitForText(panel, `证件号码：${MASKED_ID}`);
  expect(await textOf(panel)).not.toContain('11010519491231002X');
  await page.close();
});

test('填充本页 fills each wizard step (inputs, selects, cascader, radios, dates) into the replica state, and undo restores it', async () => {
  const page = await session().openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/verify?prefix=app-beian`);
  const titles = { verify: '验证备案信息', subject: '填写主体信息', website: '填写网站信息' } as const;
  for (const step of ['verify', 'subject', 'website'] as const) {
    await expect.poll(async () => (await replicaState(page)).step).toBe(step);
    const panel = await panelFrame(page);
    // The panel learns of the new step once the page settles: fill only when it shows that step.
    await waitForText(panel, titles[step], { within: '[data-testid="current-step"]' });
    await chooseProfile(panel, PERSONAL.id);
    const before = await values(page);
    await clickRole(panel, 'button', '填充本页');
    await waitForText(panel, '已填充', { within: '[aria-label="填充结果"]', timeout: 30_000 });
    expectState(await values(page), expectedValues(PERSONAL, step));

    if (step === 'verify') {
      await clickRole(panel, 'button', '撤销填充');
      await waitForText(panel, '已恢复', { within: '[aria-label="撤销结果"]' });
      expect((await values(page))['subject.name']).toBe(before['subject.name']);
      // Fill again to go on with the profile's values in place, as a user would.
      await clickRole(panel, 'button', '填充本页');
      await waitForText(panel, '已填充', { within: '[aria-label="填充结果"]', timeout: 30_000 });
      expectState(await values(page), expectedValues(PERSONAL, step));
    }
    if (step !== 'website') await clickRole(page, 'button', '下一步');
  }
  await page.close();
});

test('typing a forbidden site name shows the finding live in the panel; fixing it clears it', async () => {
  const page = await session().openConsole('/beian/manage/process/30179999000000001/website');
  const panel = await panelFrame(page);
  const input = await page.waitForFunction(() => {
    const item = [...document.querySelectorAll('[class*="-form__item"]')].find((el) =>
      /^(网站|服务)名称/.test(el.querySelector('[class*="-form__label"]')?.textContent?.trim() ?? ''),
    );
    return item?.querySelector('input') ?? null;
  });
  await (input as ElementHandle<HTMLInputElement>).type('中国茶文化笔记');
  await waitForText(panel, /错误[^✖]*名称含“中国”/, { within: 'section[aria-label="网站名称检查"] ul' });
  await clearByKeyboard(page, input as ElementHandle<HTMLInputElement>);
  await (input as ElementHandle<HTMLInputElement>).type('溪边茶事札记');
  // The chosen profile is a Guangdong personal filer, so the empty remark stays an error: only the name finding goes.
  await waitForText(panel, '名称含“中国”', { within: 'section[aria-label="网站名称检查"]', absent: true });
  await waitForText(panel, '网站备注为空', { within: 'section[aria-label="网站名称检查"]' });
  await page.close();
});

test('an order page starts the SMS countdown: reminder alarms, badge and notification, kept across a background reload', async () => {
  const openedAt = Date.now();
  const page = await session().openConsole(`/beian/manage/process/${SMS_ORDER}/detail`);
  await panelFrame(page);
  const orders = await (async () => {
    await expect.poll(async () => (await storedOrders()).find((o) => o.orderId === SMS_ORDER)?.entries.map((e) => e.stage) ?? []).toContain('smsVerification');
    return storedOrders();
  })();
  const order = orders.find((o) => o.orderId === SMS_ORDER)!;
  expect(order.sms!.receivedAt).toBeGreaterThanOrEqual(openedAt - 1000);
  const deadline = order.sms!.receivedAt + 24 * HOUR;
  const expectedOffsets = [0, 15, 60, 180, 720].map((m) => m * 60_000);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(5);
  expect((await reminderAlarms()).map((at) => deadline - at).sort((a, b) => a - b)).toEqual(expectedOffsets);
  await expect.poll(badgeText).toMatch(/^2[34]h$/);

  // The background page reloads (as after an update or a crash): the countdown is rebuilt from storage.
  await options.evaluate(async () => (await browser.runtime.getBackgroundPage())!.location.reload());
  await expect.poll(async () => (await reminderAlarms()).map((at) => deadline - at).sort((a, b) => a - b)).toEqual(expectedOffsets);
  await expect.poll(badgeText).toMatch(/^2[34]h$/);

  // A round whose earlier reminders are already past shows one catch-up notification. Headless Firefox closes a
  // notification at once, so getAll() is empty; the shown/closed events still reach every extension page.
  await options.evaluate(() => {
    const notified: string[] = [];
    (window as unknown as { __notified: string[] }).__notified = notified;
    browser.notifications.onShown?.addListener((id) => notified.push(id));
    browser.notifications.onClosed.addListener((id) => notified.push(id));
  });
  await options.evaluate(async (orderId) => {
    const { orders } = (await browser.storage.local.get('orders')) as { orders: { orderId?: string; sms?: { startedAt: number; receivedAt: number } }[] };
    const lateStart = Date.now() - 23.5 * 3_600_000;
    for (const o of orders) if (o.orderId === orderId && o.sms) Object.assign(o.sms, { startedAt: lateStart, receivedAt: lateStart });
    await browser.storage.local.set({ orders });
  }, SMS_ORDER);
  await expect.poll(badgeText).toMatch(/^\d+m$/);
  await expect.poll(() => options.evaluate(() => (window as unknown as { __notified: string[] }).__notified)).toContain(`bh-sms:${order.key}`);

  const panel = await panelFrame(page);
  await (await byRole(panel, 'tab', '订单与短信核验')).click();
  await clickRole(panel, 'button', '已完成核验');
  await expect.poll(async () => (await reminderAlarms()).length).toBe(0);
  await expect.poll(badgeText).toBe('');
  await page.close();
});

test('encrypting profiles with a passphrase hides them in the panel until unlocked', async () => {
  const page = await session().openConsole('/beian/manage');
  const panel = await panelFrame(page);
  await chooseProfile(panel, PERSONAL.id);
  await waitForText(panel, MASKED_ID, { within: '[aria-label="档案检查结果"]' });

  await (await byRole(options, 'textbox', '设置口令')).type(PASSPHRASE);
  await (await byRole(options, 'textbox', '再次输入口令')).type(PASSPHRASE);
  await clickRole(options, 'button', '启用加密');
  await byRole(options, 'button', '立即锁定', 30_000);
  const stored = await options.evaluate(async () => JSON.stringify(await browser.storage.local.get(null)));
  expect(stored).not.toContain('11010519491231002X');
  // Unlocked: the panel, which has no session storage in Firefox, still reads the profile through the background.
  await waitForText(panel, MASKED_ID, { within: '[aria-label="档案检查结果"]' });

  await clickRole(options, 'button', '立即锁定');
  await waitForText(options, '已锁定：档案已加密，解锁前不显示任何档案内容。');
  await waitForText(panel, '已锁定');
  await waitForText(panel, '张三', { absent: true });

  const unlockForm = await byRole(options, 'form', '解锁档案');
  const passphrase = (await unlockForm.$('input[type="password"]'))!;
  await passphrase.type('wrong passphrase');
  await clickRole(options, 'button', '解锁');
  await waitForText(options, '口令不正确', { timeout: 30_000 });
  expect(await textOf(panel)).not.toContain(MASKED_ID);

  await clearByKeyboard(options, passphrase);
  await passphrase.type(PASSPHRASE);
  await clickRole(options, 'button', '解锁');
  await waitForText(options, MASKED_ID, { within: 'table[aria-label="档案列表"]', timeout: 30_000 });
  await waitForText(panel, MASKED_ID, { within: '[aria-label="档案检查结果"]' });
  // The key never reached disk.
  const local = await options.evaluate(async () => JSON.stringify(await browser.storage.local.get(null)));
  const sessionKey = await options.evaluate(async () => (await browser.storage.session.get('vaultKey')).vaultKey as string);
  expect(sessionKey).toBeTruthy();
  expect(local).not.toContain(sessionKey);
  await page.close();
});

test('no extension context loaded anything from the network', async () => {
  const resources = await options.evaluate(async () => {
    const background = (await browser.runtime.getBackgroundPage())!;
    return [...background.performance.getEntriesByType('resource'), ...performance.getEntriesByType('resource')].map((e) => e.name);
  });
  expect(resources.filter((url) => !url.startsWith('moz-extension://'))).toEqual([]);
});

declare const browser: typeof import('webextension-polyfill');
