import { expect, test } from '@playwright/test';
import { panelFrame, textOf, useFirefoxSession } from './harness';

const session = useFirefoxSession();

const hasDock = (page: import('puppeteer-core').Page) => page.evaluate(() => document.querySelectorAll('beian-helper-dock').length);

test('the panel docks on a filing page and renders (not blank)', async () => {
  const page = await session().openConsole('/beian/manage');
  const panel = await panelFrame(page);
  await expect.poll(() => textOf(panel)).toContain('备案助手');
  await expect.poll(() => textOf(panel)).toContain('申请人档案');
  const margin = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight));
  expect(margin).toBeGreaterThan(200);
  await page.close();
});

test('the dock follows pushState navigation into and out of the filing app', async () => {
  const page = await session().openConsole('/cvm/index');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(await hasDock(page)).toBe(0);
  await page.evaluate(() => {
    history.pushState({}, '', '/beian/manage/orders');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect.poll(() => hasDock(page)).toBe(1);
  await panelFrame(page);
  await page.evaluate(() => {
    history.pushState({}, '', '/cvm/index');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect.poll(() => hasDock(page)).toBe(0);
  await page.close();
});

test('options and popup pages open with every API they need', async () => {
  const options = await session().openExtensionPage('options.html');
  await expect.poll(() => textOf(options)).toContain('申请人档案');
  const popup = await session().openExtensionPage('popup.html');
  await expect.poll(() => textOf(popup)).toContain('备案助手');
  await options.close();
  await popup.close();
});
