import { test, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => session.close());

const fixture = (name: string) => path.resolve('test/fixtures/e2e', name);

async function importFile(options: Page, file: string) {
  await options.getByLabel('导入档案').setInputFiles(file);
}

test('a profile that breaks three rules shows those three blockers in the panel; fixing the profile clears them', async () => {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await importFile(options, fixture('checklist-three-blockers.json'));
  await expect(options.getByText(/已导入 1 个档案/)).toBeVisible();

  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  const panel = await panelFrame(page);
  await panel.getByLabel('申请人档案').selectOption('e2e-checklist-0001');
  await panel.getByRole('tab', { name: '备案类型' }).click();

  const checklist = panel.getByRole('region', { name: '提交前检查' });
  await expect(checklist.getByTestId('checklist-summary')).toContainText('3 项未通过');
  const blockers = checklist.locator('[data-status="fail"]');
  await expect(blockers).toHaveCount(3);
  await expect(blockers.filter({ hasText: '1 个网站' })).toContainText('个人备案每个订单只能提交 1 个网站');
  await expect(blockers.filter({ hasText: '河南身份证' })).toContainText('身份证签发地为北京');
  await expect(blockers.filter({ hasText: '中国大陆' })).toHaveCount(1);

  await importFile(options, fixture('checklist-fixed.json'));
  await options.getByRole('button', { name: '替换现有档案' }).click();
  await expect(options.getByText(/替换 1 个/)).toBeVisible();

  await expect(checklist.getByTestId('checklist-summary')).toContainText('0 项未通过');
  await expect(checklist.locator('[data-status="fail"]')).toHaveCount(0);
  await page.close();
  await options.close();
});
