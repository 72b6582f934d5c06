/**
 * `npm run demo -- --browser firefox`: Debian's Firefox ESR with the built add-on on the bundled replica console, driven
 * over WebDriver BiDi (headless). A sample profile is imported on the options page, each wizard step is filled from the
 * docked panel, and one screenshot per step, the order list and the SMS countdown go to demo-screenshots/firefox/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { byRole, clickRole, launchFirefox, panelFrame, replicaState, waitForText } from '../test/e2e-firefox/harness';

const SAMPLE = path.resolve('test/fixtures/profiles/enterprise-two-sites.json');
const outDir = path.resolve('demo-screenshots/firefox');
mkdirSync(outDir, { recursive: true });

/**
 * tsx keeps function names by wrapping them in an `__name` helper, which a page does not have: the harness's functions
 * evaluated in a page or the panel frame need it defined there (the e2e specs run through Playwright's own transform).
 */
const allowNamedFunctions = (scope: Page | Frame) =>
  scope.evaluate(() => {
    (globalThis as { __name?: unknown }).__name = (fn: unknown) => fn;
  });

const session = await launchFirefox();
const shots: string[] = [];
const shoot = async (page: { screenshot(o: { path: string }): Promise<unknown> }, file: string) => {
  await page.screenshot({ path: path.join(outDir, file) });
  shots.push(file);
};
try {
  const options = await session.openExtensionPage('options.html');
  const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(SAMPLE);
  await waitForText(options, '已导入');
  await shoot(options, '00-options-profiles.png');

  const page = await session.openConsole('/beian/manage/verification');
  await page.setViewport({ width: 1600, height: 1000 });
  await allowNamedFunctions(page);
  let panel = await panelFrame(page);
  // The picker fills in once the panel has read the profiles: wait for an option, re-reading the list each time.
  const firstId = await panel.waitForFunction(
    () => [...document.querySelectorAll('select')].flatMap((select) => [...select.options]).find((o) => o.value !== '')?.value,
    { polling: 200, timeout: 30_000 },
  );
  const picker = (await panel.$('.bh-pf-picker select')) as ElementHandle<HTMLSelectElement>;
  await picker.select((await firstId.jsonValue()) as string);

  let shownStep = '';
  for (let step = 1; step <= 5; step++) {
    panel = await panelFrame(page);
    await allowNamedFunctions(panel);
    // The panel reads the page once it settles: wait until it shows this step before filling.
    shownStep = await panel
      .waitForFunction(
        (before) => {
          const text = document.querySelector('[data-testid="current-step"]')?.textContent?.trim() ?? '';
          return text && text !== before ? text : null;
        },
        { polling: 100, timeout: 10_000 },
        shownStep,
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => shownStep);
    // Steps without fields (materials, review) have nothing to fill: the screenshot shows the panel as it is.
    const filled = await clickRole(panel, 'button', '填充本页', 3_000).then(
      () => true,
      () => false,
    );
    if (filled) {
      await waitForText(panel, '已填充', { within: '[aria-label="填充结果"]' }).catch(() => undefined);
      // Let the fields' outline fade (1 s) and the panel re-read the settled page before the picture.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    const { step: name } = await replicaState(page);
    await shoot(page, `${String(step).padStart(2, '0')}-${name}.png`);
    const next = await clickRole(page, 'button', '下一步', 5_000).then(
      () => true,
      () => false,
    );
    if (!next) break;
  }

  const order = await session.openConsole('/beian/manage/process/30178537319491747/detail');
  await order.setViewport({ width: 1600, height: 1000 });
  await allowNamedFunctions(order);
  const orderPanel = await panelFrame(order);
  await allowNamedFunctions(orderPanel);
  await byRole(orderPanel, 'button', '已完成核验').catch(() => undefined);
  await shoot(order, '07-sms-countdown.png');
} finally {
  await session.close();
}
console.log(`Firefox 截图已保存到 ${outDir}：\n${shots.map((s) => `  ${s}`).join('\n')}`);
