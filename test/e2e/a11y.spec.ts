/**
 * Accessibility of the extension's own pages, with axe-core, in every state the demo shows: the options page (and its
 * profile editor with errors shown), the popup, and the docked panel empty, on a wizard step with a fill plan, on an order with its SMS countdown, with a
 * name problem, and with the vault locked. Serious and critical violations fail the test; the replica console around
 * the dock is not ours and is left out. The keyboard checks walk the panel with Tab, Enter/Space and Esc.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Frame, type Page } from '@playwright/test';
import path from 'node:path';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

const SMS_ORDER = '30178537319491747'; // 管局审核中 with the console's SMS notice
const PASSPHRASE = 'correct horse battery';
/** The dock's host element (entrypoints/console.content/dock.ts). */
const DOCK_TAG = 'beian-helper-dock';

let session: ExtensionSession;
let options: Page;

test.beforeAll(async () => {
  session = await launchWithExtension();
  options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByLabel('导入档案').setInputFiles(path.resolve('test/fixtures/profiles/enterprise-two-sites.json'));
  await expect(options.getByText(/已导入 \d+ 个档案。/)).toBeVisible();
});
test.afterAll(async () => session.close());

/** Serious and critical violations, one line each: rule, impact, how many elements, the first element. */
async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary ?? ''}`);
}

/** The dock only: its shadow root and the panel frame inside it, not the console page around it. */
const dockAxe = (page: Page) => new AxeBuilder({ page }).include(DOCK_TAG);

async function openConsole(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}${url}`);
  const panel = await panelFrame(page);
  await expect(panel.getByRole('heading', { name: '备案助手' })).toBeVisible();
  return { page, panel };
}

test('the options page has no serious or critical violation', async () => {
  await expect(options.getByRole('table', { name: '档案列表' })).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);
});

test('the options-page editor with its errors shown', async () => {
  await options.getByRole('button', { name: /^编辑「/ }).first().click();
  const editor = options.getByRole('form', { name: /^编辑档案：/ });
  const subject = editor.getByRole('group', { name: '主体信息' });
  const principal = editor.getByRole('group', { name: '主体负责人' });
  await subject.getByLabel('证件号码', { exact: true }).fill('9111');
  await principal.getByLabel('手机号码', { exact: true }).fill('+86 138 0013 8001');
  await principal.getByLabel('电子邮箱', { exact: true }).fill('lisi@');
  await principal.getByLabel('电子邮箱', { exact: true }).blur();
  await expect(editor.getByRole('alert')).toHaveCount(3);
  await expect(editor.getByRole('navigation', { name: '检查结果' }).getByRole('link', { name: /^错误：/ })).toHaveCount(3);
  await expect(editor.getByRole('button', { name: /^把手机号码改为/ })).toBeVisible();
  await expect(subject.getByRole('combobox', { name: '备案地域（省）' })).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);

  await editor.getByRole('button', { name: '取消' }).click();
  await options.getByRole('alertdialog', { name: '放弃未保存的修改？' }).getByRole('button', { name: '放弃修改' }).click();
  await expect(editor).toHaveCount(0);
});

test('the popup has no serious or critical violation', async () => {
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl(session, 'popup.html'));
  await expect(popup.getByRole('heading', { name: '备案助手' })).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: popup }))).toEqual([]);
  await popup.close();
});

test('the panel on a page without a filing step', async () => {
  const { page, panel } = await openConsole('/beian/manage');
  await expect(panel.getByTestId('current-step')).toHaveText('未识别到备案步骤');
  expect(await seriousViolations(dockAxe(page))).toEqual([]);
  await page.close();
});

test('the panel on a wizard step with a fill plan, and the keyboard alone', async () => {
  const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/verify`);
  await panel.getByRole('combobox', { name: '申请人档案' }).selectOption({ index: 1 });
  await expect(panel.getByRole('checkbox', { name: '填充「备案区域」' })).toBeChecked();
  expect(await seriousViolations(dockAxe(page))).toEqual([]);

  // Tab reaches the fill button, its focus is visible, and Enter fills.
  const fill = panel.getByRole('button', { name: '填充本页', exact: true });
  await fill.focus();
  await expect(fill).toBeFocused();
  const outline = await fill.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status', { name: '填充结果' })).toContainText('已填充');
  // The tab bar is one Tab stop; the arrow keys move along it and select, and the tab panel follows.
  const fillTab = panel.getByRole('tab', { name: '填充本页' });
  const ordersTab = panel.getByRole('tab', { name: '订单与短信核验' });
  await fillTab.focus();
  await page.keyboard.press('ArrowRight');
  await expect(ordersTab).toBeFocused();
  await expect(ordersTab).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('tabpanel', { name: '订单与短信核验' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(fillTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Shift+Tab');
  await expect(ordersTab).not.toBeFocused();
  await expect(fillTab).not.toBeFocused();
  // Esc closes a dialog.
  await panel.getByRole('tab', { name: '填充本页' }).click();
  await panel.getByRole('button', { name: '从页面保存到档案' }).click();
  const dialog = panel.getByRole('dialog', { name: '从页面保存到档案' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(dockAxe(page))).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await page.close();
});

test('the panel on an order with its SMS countdown', async () => {
  const { page, panel } = await openConsole(`/beian/manage/process/${SMS_ORDER}/detail`);
  await expect(panel.getByRole('button', { name: '已完成核验' })).toBeVisible();
  await expect(panel.getByRole('timer')).toBeVisible();
  expect(await seriousViolations(dockAxe(page))).toEqual([]);
  await page.close();
});

test('the panel with a site-name problem', async () => {
  const { page, panel } = await openConsole('/beian/manage/process/30179999000000001/website');
  const name = page
    .locator('[class*="-form__item"]')
    .filter({ has: page.locator('[class*="-form__label"]', { hasText: /^(网站|服务)名称/ }) })
    .locator('input')
    .first();
  await name.click();
  await page.keyboard.type('中国茶文化笔记');
  await expect(panel.getByRole('region', { name: '网站名称检查' }).getByRole('listitem').first()).toContainText('错误');
  expect(await seriousViolations(dockAxe(page))).toEqual([]);
  await page.close();
});

test('the panel with the vault locked', async () => {
  const encryption = options.getByRole('region', { name: '档案加密' });
  await encryption.getByLabel('设置口令').fill(PASSPHRASE);
  await encryption.getByLabel('再次输入口令', { exact: true }).fill(PASSPHRASE);
  await encryption.getByRole('button', { name: '启用加密' }).click();
  await encryption.getByRole('button', { name: '立即锁定' }).click({ timeout: 20_000 });
  await expect(options.getByText('已锁定：档案已加密，解锁前不显示任何档案内容。')).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);

  const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/verify`);
  await expect(panel.getByRole('status').filter({ hasText: '已锁定' })).toBeVisible();
  expect(await seriousViolations(dockAxe(page))).toEqual([]);
  await page.close();
});
