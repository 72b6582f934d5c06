import { test, expect, type Page } from '@playwright/test';
import { CONSOLE_ORIGIN, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => session.close());

const siteNameInput = (page: Page) =>
  page.locator('[class*="-form__item"]').filter({ has: page.locator('[class*="-form__label"]', { hasText: /^(网站|服务)名称/ }) }).locator('input').first();

for (const wording of ['website', 'service'] as const) {
  test(`typing a forbidden site name shows the finding in the panel, fixing it clears it (${wording} wording)`, async () => {
    const page = await session.context.newPage();
    await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/30179999000000001/website?wording=${wording}`);
    const panel = await panelFrame(page);
    const checks = panel.getByRole('region', { name: '网站名称检查' });

    await siteNameInput(page).click();
    await page.keyboard.type('中国茶文化笔记');
    await expect(checks.getByRole('listitem').filter({ hasText: '错误' }).first()).toContainText('中国');

    await siteNameInput(page).fill('');
    await siteNameInput(page).pressSequentially('溪边茶事札记');
    await expect(checks.getByRole('status')).toContainText('名称检查通过');
    await expect(checks.getByRole('listitem')).toHaveCount(0);
    await page.close();
  });
}
