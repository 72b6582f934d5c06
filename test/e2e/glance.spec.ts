/**
 * The panel at a glance, in Chromium: the summary at the top on a wizard step and on an order page, each fact
 * opening its detail; and the compact fill plan at the dock's 400 px, where no label wraps.
 */
import { test, expect, type Frame, type Page } from '@playwright/test';
import path from 'node:path';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

const SMS_ORDER = '30178537319491747'; // 管局审核中 with the console's SMS notice: the SMS window starts when first seen
const PROFILE_LABEL = '北京示例科技 · 企业';

let session: ExtensionSession;

test.beforeAll(async () => {
  session = await launchWithExtension();
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByLabel('导入档案').setInputFiles(path.resolve('test/fixtures/profiles/enterprise-two-sites.json'));
  await expect(options.getByText(/已导入 \d+ 个档案。/)).toBeVisible();
  await options.close();
});
test.afterAll(async () => session.close());

async function openConsole(url: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}${url}`);
  return { page, panel: await panelFrame(page) };
}

test('on an order page the summary names the order, its stage and its SMS deadline', async () => {
  const { page, panel } = await openConsole(`/beian/manage/process/${SMS_ORDER}/detail`);
  const summary = panel.getByRole('region', { name: '概要' });
  await expect(summary.getByTestId('summary-order')).toHaveText(`订单 ${SMS_ORDER}`);
  await expect(summary.getByTestId('summary-stage')).toHaveText('短信核验');
  // First seen now: 24 hours minus the seconds the test took.
  await expect(summary.getByTestId('summary-deadline')).toContainText(/短信核验截止 \d+月\d+日 \d\d:\d\d · 剩余 2[34] 小时/);
  await expect(summary.getByTestId('summary-deadline')).not.toHaveClass(/bh-error/);
  await page.close();
});

test('on a wizard step the summary gives the step, the profile, the plan, the worst name finding and the SMS deadline', async () => {
  // An order in its SMS window, seen on its page.
  const orderPage = (await openConsole(`/beian/manage/process/${SMS_ORDER}/detail`)).page;
  await expect.poll(() => session.serviceWorker.evaluate(() => chrome.action.getBadgeText({}))).toMatch(/^2[34]h$/);
  await orderPage.close();

  const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/website`);
  const summary = panel.getByRole('region', { name: '概要' });
  await expect(summary.getByTestId('current-step')).not.toHaveText('未识别到备案步骤');
  await expect(summary.getByTestId('summary-profile')).toHaveCount(0);
  await expect(summary.getByTestId('summary-plan')).toHaveCount(0);

  await panel.getByRole('combobox', { name: '申请人档案' }).selectOption({ index: 1 });
  await expect(summary.getByTestId('summary-profile')).toHaveText(PROFILE_LABEL);
  const plan = summary.getByTestId('summary-plan');
  await expect(plan).toHaveText(/^可填 [1-9]\d* 项 · 需检查 0 项$/);
  await expect(summary.getByTestId('summary-sms')).toContainText(/短信核验 .+ 剩余 2[34] 小时/);

  // A forbidden word in the site name shows as the worst finding, and fixing it clears it.
  const name = page
    .locator('[class*="-form__item"]')
    .filter({ has: page.locator('[class*="-form__label"]', { hasText: /^(网站|服务)名称/ }) })
    .locator('input')
    .first();
  await name.fill('');
  await name.pressSequentially('中国茶文化笔记');
  await expect(summary.getByTestId('summary-name')).toContainText('名称错误');
  await expect(summary.getByTestId('summary-name')).toContainText('中国');
  // The name now differs from the profile's: one more field to look at.
  await expect(plan).toHaveText(/需检查 [1-9]\d* 项$/);

  // Each fact opens its detail.
  await summary.getByTestId('summary-sms').click();
  await expect(panel.getByRole('tab', { name: '订单与短信核验' })).toHaveAttribute('aria-selected', 'true');
  await plan.click();
  await expect(panel.getByRole('tab', { name: '填充本页' })).toHaveAttribute('aria-selected', 'true');
  await summary.getByTestId('summary-name').click();
  await expect(panel.getByRole('region', { name: '网站名称检查' })).toBeFocused();
  await page.close();
});

declare const chrome: typeof import('wxt/browser').browser;

for (const step of ['verify', 'subject', 'website'] as const) {
  test(`at the dock's 400 px the fill plan of the ${step} step keeps every label on one line, whole, with the actions in view`, async () => {
    const { page, panel } = await openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/${step}`);
    expect(await page.locator('beian-helper-dock').evaluate((el) => el.getBoundingClientRect().width)).toBe(400);
    await panel.getByRole('combobox', { name: '申请人档案' }).selectOption({ index: 1 });
    const labels = panel.getByRole('list', { name: '填充计划' }).locator('.bh-fill-label');
    await expect(labels.first()).toBeVisible();
    const measured = await labels.evaluateAll((els) =>
      els.map((el) => ({
        text: el.textContent,
        lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
        cut: el.scrollWidth > el.clientWidth,
      })),
    );
    expect(measured.length).toBeGreaterThan(3);
    expect(measured.filter((m) => m.lines !== 1 || m.cut)).toEqual([]);
    await expect(panel.getByRole('button', { name: '填充本页', exact: true })).toBeInViewport();
    await page.close();
  });
}
