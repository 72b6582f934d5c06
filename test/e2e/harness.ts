/**
 * Launches Debian's Chromium with the built extension and the replica console served at the real console URLs.
 * Every request outside the routed replica is aborted, so a test also proves the extension makes no network request.
 */
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { routeReplica } from './replica-server';

export const EXTENSION_DIR = path.resolve(process.env.EXTENSION_DIR ?? '.output/chrome-mv3');
export const CONSOLE_ORIGIN = 'https://console.cloud.tencent.com';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('未找到 Chromium：请先安装（Debian/Ubuntu：sudo apt-get install -y chromium fonts-wqy-microhei）');
  return found;
}

export interface ExtensionSession {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Requests that left the browser for anything but the routed replica (should stay empty). */
  blockedRequests: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(opts: { headless?: boolean; viewport?: { width: number; height: number } } = {}): Promise<ExtensionSession> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}; run \`npm run build\` first`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'beian-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: opts.viewport ?? { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_FLAGS],
  });
  const blockedRequests: string[] = [];
  context.on('requestfailed', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(CONSOLE_ORIGIN)) blockedRequests.push(url);
  });
  await routeReplica(context);

  let [serviceWorker] = context.serviceWorkers();
  serviceWorker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    blockedRequests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The docked panel's frame (extension origin) inside a console page. */
export async function panelFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/panel.html'));
    if (frame) {
      await frame.waitForLoadState('domcontentloaded');
      return frame;
    }
    if (Date.now() > deadline) throw new Error('面板框架未出现');
    await page.waitForTimeout(50);
  }
}

/** The replica's React state (read in the page's own world). */
export async function replicaValues(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => (window as unknown as { __REPLICA__: { getState(): { values: Record<string, unknown> } } }).__REPLICA__.getState().values);
}

export function extensionUrl(session: ExtensionSession, file: string): string {
  return `chrome-extension://${session.extensionId}/${file}`;
}
