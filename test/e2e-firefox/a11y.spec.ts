/**
 * Accessibility of the extension's own pages in Firefox ESR, with axe-core injected into each document: the options
 * page (and its profile editor with errors shown), the popup, and the docked panel's frame empty, on a wizard step with a fill plan (and its dialog), on an order
 * with its SMS countdown, with a name problem, and with the vault locked. Serious and critical violations fail the
 * test; the replica console around the dock is not ours and is left out. Mirrors test/e2e/a11y.spec.ts.
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import path from 'node:path';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { byLabel, byRole, clickRole, panelFrame, retype, seriousAxeViolations, useFirefoxSession, waitForText } from './harness';

const SMS_ORDER = '30178537319491747'; // 管局审核中 with the console's SMS notice
const PASSPHRASE = 'correct horse battery';

const session = useFirefoxSession();
let options: Page;

test.beforeAll(async () => {
  options = await session().openExtensionPage('options.html');
  const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path.resolve('test/fixtures/profiles/enterprise-two-sites.json'));
  await waitForText(options, /已导入 \d+ 个档案。/);
});

async function openConsole(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session().openConsole(url);
  const panel = await panelFrame(page);
  await waitForText(panel, '备案助手', { within: 'h1' });
  return { page, panel };
}

test('the options page has no serious or critical violation', async () => {
  await options.waitForSelector('table[aria-label="档案列表"]');
  expect(await seriousAxeViolations(options)).toEqual([]);
});

test('the options-page editor with its errors shown', async () => {
  await clickRole(options, 'button', /^编辑「/);
  const form = 'form[aria-label^="编辑档案："]';
  const subject = `${form} fieldset[aria-label="主体信息"]`;
  const principal = `${form} fieldset[aria-label="主体负责人"]`;
  await retype(await byLabel(options, '证件号码', subject), '9111');
  await retype(await byLabel(options, '手机号码', principal), '+86 138 0013 8001');
  const email = await byLabel(options, '电子邮箱', principal);
  await retype(email, 'lisi@');
  await email.evaluate((el) => el.blur());
  await options.waitForFunction((form) => document.querySelectorAll(`${form} [role="alert"]`).length === 3, { polling: 100 }, form);
  await byRole(options, 'button', /^把手机号码改为/, { within: form });
  await byRole(options, 'combobox', '备案地域（省）', { within: subject });
  expect(await options.$$eval(`${form} nav[aria-label="检查结果"] a`, (links) => links.filter((a) => a.textContent!.startsWith('错误：')).length)).toBe(3);
  expect(await seriousAxeViolations(options)).toEqual([]);

  await clickRole(options, 'button', '取消', { within: form });
  await clickRole(options, 'button', '放弃修改', { within: '[role="alertdialog"][aria-label="放弃未保存的修改？"]' });
  await options.waitForFunction((form) => !document.querySelector(form), { polling: 100 }, form);
});

test('the popup has no serious or critical violation', async () => {
  const popup = await session().openExtensionPage('popup.html');
  await waitForText(popup, '备案助手', { within: 'h1' });
  expect(await seriousAxeViolations(popup)).toEqual([]);
  await popup.close();
});

test('the panel on a page without a filing step', async () => {
  const { page, panel } = await openConsole('/beian/manage');
  await waitForText(panel, '未识别到备案步骤', { within: '[data-testid="current-step"]' });
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await page.close();
});

test('the panel on a wizard step with a fill plan, and its dialog', async () => {
  const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/verify`);
  const picker = (await byRole(panel, 'combobox', '申请人档案')) as ElementHandle<HTMLSelectElement>;
  await panel.waitForFunction((select) => select.options.length > 1, { polling: 100 }, picker);
  await picker.select(await picker.evaluate((select) => select.options[1]!.value));
  const region = (await byRole(panel, 'checkbox', '填充「备案区域」')) as ElementHandle<HTMLInputElement>;
  await panel.waitForFunction((box) => box.checked, { polling: 100 }, region);
  expect(await seriousAxeViolations(panel)).toEqual([]);

  await clickRole(panel, 'button', '从页面保存到档案');
  await byRole(panel, 'dialog', '从页面保存到档案');
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await page.close();
});

test('the panel on an order with its SMS countdown', async () => {
  const { page, panel } = await openConsole(`/beian/manage/process/${SMS_ORDER}/detail`);
  await byRole(panel, 'button', '已完成核验');
  await panel.waitForSelector('[role="timer"]');
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await page.close();
});

test('the panel with a site-name problem', async () => {
  const { page, panel } = await openConsole('/beian/manage/process/30179999000000001/website');
  const input = await page.waitForFunction(() => {
    const item = [...document.querySelectorAll('[class*="-form__item"]')].find((el) =>
      /^(网站|服务)名称/.test(el.querySelector('[class*="-form__label"]')?.textContent?.trim() ?? ''),
    );
    return item?.querySelector('input') ?? null;
  });
  await (input as ElementHandle<HTMLInputElement>).type('中国茶文化笔记');
  await waitForText(panel, /错误[^✖]*名称含“中国”/, { within: 'section[aria-label="网站名称检查"] ul' });
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await page.close();
});

test('the options page and the panel with the vault locked', async () => {
  await (await byRole(options, 'textbox', '设置口令')).type(PASSPHRASE);
  await (await byRole(options, 'textbox', '再次输入口令')).type(PASSPHRASE);
  await clickRole(options, 'button', '启用加密');
  await clickRole(options, 'button', '立即锁定', 30_000);
  await waitForText(options, '已锁定：档案已加密，解锁前不显示任何档案内容。');
  expect(await seriousAxeViolations(options)).toEqual([]);

  const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/verify`);
  await waitForText(panel, '已锁定', { within: '[role="status"]' });
  expect(await seriousAxeViolations(panel)).toEqual([]);
  await page.close();
});
