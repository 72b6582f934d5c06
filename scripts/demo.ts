/**
 * `npm run demo`: Chromium with the built extension on the bundled replica console. A sample profile is imported
 * through the options page, then the wizard is walked step by step, filling each step from the panel.
 * Without a display it runs headless and writes one screenshot per step to the folder it prints; with a display the
 * browser stays open for you to try things until you close it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame } from '../test/e2e/harness';

const SAMPLE = path.resolve('test/fixtures/profiles/enterprise-two-sites.json');
const headless = !process.env.DISPLAY;
const outDir = path.resolve('demo-screenshots');
mkdirSync(outDir, { recursive: true });

/** The docked panel alone at the widths the dock allows most often, as the README shows it. */
const PANEL_WIDTHS = [360, 400, 480];
async function shootPanel(page: Page, name: string): Promise<void> {
  const dock = page.locator('beian-helper-dock');
  for (const width of PANEL_WIDTHS) {
    // Same as dragging the dock's grip to this width.
    await dock.evaluate((el, w) => {
      (el as HTMLElement).style.width = `${w}px`;
      document.documentElement.style.marginRight = `${w}px`;
    }, width);
    await page.waitForTimeout(200);
    const file = `panel-${name}-${width}.png`;
    await dock.screenshot({ path: path.join(outDir, file) });
    shots.push(file);
  }
  await dock.evaluate((el) => {
    (el as HTMLElement).style.width = '400px';
    document.documentElement.style.marginRight = '400px';
  });
}

const shots: string[] = [];
const session = await launchWithExtension({ headless, viewport: { width: 1600, height: 1000 } });
try {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await options.getByLabel('导入档案').setInputFiles(SAMPLE);
  await options.getByText('导入完成', { exact: false }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await options.screenshot({ path: path.join(outDir, '00-options-profiles.png'), fullPage: true });
  shots.push('00-options-profiles.png');
  await options.close();

  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/verification`);
  const panel = await panelFrame(page);
  const picker = panel.getByLabel('申请人档案');
  await picker.waitFor();
  const firstProfile = await picker.locator('option').nth(1).getAttribute('value');
  if (firstProfile) await picker.selectOption(firstProfile);

  for (let step = 1; step <= 5; step++) {
    await page.waitForTimeout(400);
    const fill = panel.getByRole('button', { name: '填充本页' });
    if (await fill.isEnabled().catch(() => false)) {
      await fill.click();
      await panel.getByText('已填充', { exact: false }).first().waitFor({ timeout: 10_000 }).catch(() => undefined);
    }
    const title = (await panel.getByTestId('current-step').textContent())?.trim() || `step-${step}`;
    const file = `${String(step).padStart(2, '0')}-${title.replace(/[\\/:*?"<>|\s]+/g, '_')}.png`;
    await page.screenshot({ path: path.join(outDir, file) });
    shots.push(file);
    await shootPanel(page, `step${step}`);
    const next = page.getByRole('button', { name: '下一步' });
    if (!(await next.count())) break;
    await next.first().click();
  }

  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/orders`);
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(outDir, '06-orders.png') });
  shots.push('06-orders.png');

  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/30178537319491747/detail`);
  await (await panelFrame(page)).getByRole('button', { name: '已完成核验' }).waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: path.join(outDir, '07-sms-countdown.png') });
  shots.push('07-sms-countdown.png');
  await shootPanel(page, 'order');

  console.log(`截图已保存到 ${outDir}:`);
  for (const s of shots) console.log(`  ${s}`);
  if (!headless) {
    console.log('浏览器保持打开，关闭窗口即结束演示。');
    await new Promise((resolve) => session.context.on('close', resolve));
  }
} finally {
  if (headless) await session.close();
}
