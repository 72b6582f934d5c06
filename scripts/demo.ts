/**
 * `npm run demo`: Chromium with the built extension on the bundled replica console. A sample profile is imported
 * through the options page, then the wizard is walked step by step, filling each step from the panel.
 * Without a display it runs headless and writes one screenshot per step to the folder it prints; with a display the
 * browser stays open for you to try things until you close it.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame } from '../test/e2e/harness';

const SAMPLE = path.resolve('test/fixtures/profiles/enterprise-two-sites.json');
const headless = !process.env.DISPLAY;
const outDir = path.resolve('demo-screenshots');
mkdirSync(outDir, { recursive: true });

const session = await launchWithExtension({ headless, viewport: { width: 1600, height: 1000 } });
const shots: string[] = [];
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

  console.log(`截图已保存到 ${outDir}:`);
  for (const s of shots) console.log(`  ${s}`);
  if (!headless) {
    console.log('浏览器保持打开，关闭窗口即结束演示。');
    await new Promise((resolve) => session.context.on('close', resolve));
  }
} finally {
  if (headless) await session.close();
}
