import { test, expect, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

const PERSONAL_FILE = path.resolve('test/fixtures/profiles/personal.json');
const MASKED_ID = '1101**********002X';
const PASSPHRASE = 'correct horse battery';

let session: ExtensionSession;
let options: Page;
let consolePage: Page;
let panel: Frame;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  session = await launchWithExtension();
  options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
});
test.afterAll(async () => {
  expect(session.blockedRequests, 'the extension makes no outside request').toEqual([]);
  await session.close();
});

test('a file imported on the options page appears, masked, in the panel picker', async () => {
  await options.getByLabel('导入档案').setInputFiles({
    name: 'personal.json',
    mimeType: 'application/json',
    buffer: readFileSync(PERSONAL_FILE),
  });
  await expect(options.getByText('已导入 1 个档案。')).toBeVisible();
  const list = options.getByRole('table', { name: '档案列表' });
  await expect(list.getByText(MASKED_ID)).toBeVisible();
  await expect(options.locator('body')).not.toContainText('11010519491231002X');

  consolePage = await session.context.newPage();
  await consolePage.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  panel = await panelFrame(consolePage);
  const picker = panel.getByRole('combobox', { name: '申请人档案' });
  await expect(picker.locator('option', { hasText: `张三 · 个人 · ${MASKED_ID}` })).toHaveCount(1);
  await picker.selectOption({ label: `张三 · 个人 · ${MASKED_ID}` });
  const details = panel.getByLabel('档案检查结果');
  await expect(details).toContainText(`证件号码：${MASKED_ID}`);
  await expect(details.getByRole('link', { name: '在编辑器中打开此档案' })).toHaveAttribute(
    'href',
    /\/options\.html#profile=d6f1c1a8-3c1e-4a55-9a7e-2f1f0f1b2a10$/,
  );
  await expect(panel.locator('body')).not.toContainText('11010519491231002X');
});

test('turning on encryption and locking hides the profile in the panel; unlocking brings it back', async () => {
  const encryption = options.getByRole('region', { name: '档案加密' });
  await encryption.getByLabel('设置口令').fill(PASSPHRASE);
  await encryption.getByLabel('再次输入口令', { exact: true }).fill(PASSPHRASE);
  await encryption.getByRole('button', { name: '启用加密' }).click();
  await expect(encryption.getByRole('button', { name: '立即锁定' })).toBeVisible({ timeout: 20_000 });
  // Still unlocked: the panel keeps showing the chosen profile.
  await expect(panel.getByLabel('档案检查结果')).toContainText(MASKED_ID);

  await encryption.getByRole('button', { name: '立即锁定' }).click();
  await expect(options.getByText('已锁定：档案已加密，解锁前不显示任何档案内容。')).toBeVisible();
  await expect(options.getByRole('table', { name: '档案列表' })).toHaveCount(0);
  await expect(panel.getByRole('status').filter({ hasText: '已锁定' })).toBeVisible();
  await expect(panel.getByRole('combobox', { name: '申请人档案' })).toBeDisabled();
  await expect(panel.locator('body')).not.toContainText('张三');
  await expect(panel.locator('body')).not.toContainText(MASKED_ID);

  const unlock = options.getByRole('form', { name: '解锁档案' });
  await unlock.getByLabel('口令').fill('wrong passphrase');
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(unlock.getByRole('alert')).toContainText('口令不正确', { timeout: 20_000 });
  await expect(panel.locator('body')).not.toContainText(MASKED_ID);

  await unlock.getByLabel('口令').fill(PASSPHRASE);
  await unlock.getByRole('button', { name: '解锁' }).click();
  await expect(options.getByRole('table', { name: '档案列表' }).getByText(MASKED_ID)).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByLabel('档案检查结果')).toContainText(MASKED_ID);
  await expect(panel.getByRole('combobox', { name: '申请人档案' })).toBeEnabled();
});
