import { test, expect, type Page } from '@playwright/test';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => {
  expect(session.blockedRequests, 'the extension and replica make no outside request').toEqual([]);
  await session.close();
});

const dockHost = (page: Page) => page.locator('beian-helper-dock');
const panelTitleFrame = (page: Page) => page.locator('beian-helper-dock iframe[title="备案助手"]');

test('panel docks on filing pages, expanded on first use, beside the console', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  await expect(panelTitleFrame(page)).toBeVisible();
  const frame = await panelFrame(page);
  await expect(frame.getByRole('heading', { name: '备案助手' })).toBeVisible();
  // The console is pushed aside, not covered.
  const width = await dockHost(page).evaluate((el) => el.getBoundingClientRect().width);
  const margin = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).marginRight));
  expect(width).toBeGreaterThan(200);
  expect(margin).toBe(width);
  await page.close();
});

test('no panel outside the filing app; it appears after a pushState navigation into /beian and leaves again', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/cvm/index`);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await expect(dockHost(page)).toHaveCount(0);
  await page.evaluate(() => {
    history.pushState({}, '', '/beian/manage/orders');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(panelTitleFrame(page)).toBeVisible();
  await page.evaluate(() => {
    history.pushState({}, '', '/cvm/index');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(dockHost(page)).toHaveCount(0);
  await page.close();
});

test('quick back-and-forth navigation leaves exactly one dock', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/cvm/index`);
  await page.evaluate(() => {
    for (const path of ['/beian/manage', '/cvm/index', '/beian/manage/orders', '/beian/manage/welcome']) {
      history.pushState({}, '', path);
      dispatchEvent(new PopStateEvent('popstate'));
    }
  });
  await expect(panelTitleFrame(page)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(dockHost(page)).toHaveCount(1);
  await page.close();
});

test('collapse and expand; the state survives a reload', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  const frame = await panelFrame(page);
  await frame.getByRole('button', { name: '收起' }).click();
  await expect(dockHost(page)).toHaveClass(/collapsed/);
  await expect(page.locator('beian-helper-dock button', { hasText: '备案助手' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.style.marginRight)).toBe('');

  await page.reload();
  await expect(dockHost(page)).toHaveClass(/collapsed/);
  await page.locator('beian-helper-dock button', { hasText: '备案助手' }).click();
  await expect(dockHost(page)).not.toHaveClass(/collapsed/);
  await page.reload();
  await expect(panelTitleFrame(page)).toBeVisible();
  await page.close();
});

test('the dock follows what the keyboard command sends to its tab', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  await expect(panelTitleFrame(page)).toBeVisible();
  // Browsers do not let automation press extension shortcuts: the handler is unit-tested (command.test.ts); here the
  // page receives exactly the message the handler sends.
  const apply = (collapsed: boolean) =>
    session.serviceWorker.evaluate(async (collapsed) => {
      const [tab] = await chrome.tabs.query({ url: 'https://console.cloud.tencent.com/beian/*' });
      const message = { id: 1, type: 'page:applyDock', data: { collapsed, width: 400 }, timestamp: Date.now() };
      await chrome.tabs.sendMessage(tab!.id!, message, { frameId: 0 });
    }, collapsed);
  await apply(true);
  await expect(dockHost(page)).toHaveClass(/collapsed/);
  await apply(false);
  await expect(dockHost(page)).not.toHaveClass(/collapsed/);
  await page.close();
});

test('a page cannot drive the dock by posting messages', async () => {
  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage`);
  await expect(panelTitleFrame(page)).toBeVisible();
  await page.evaluate(() => window.postMessage({ type: 'page:applyDock', data: { collapsed: true, width: 400 }, timestamp: Date.now(), id: 1 }, '*'));
  await page.waitForTimeout(300);
  await expect(dockHost(page)).not.toHaveClass(/collapsed/);
  await page.close();
});

test('options and popup pages open', async () => {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  await expect(options.getByRole('heading', { level: 1 })).toContainText('备案助手');
  const popup = await session.context.newPage();
  await popup.goto(extensionUrl(session, 'popup.html'));
  await expect(popup.getByRole('heading', { name: '备案助手' })).toBeVisible();
  await options.close();
  await popup.close();
});

declare const chrome: typeof import('wxt/browser').browser;
