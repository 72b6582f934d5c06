/**
 * Does the extension slow the console down? (#22 item 4) One Chromium, launched once with the extension; the same
 * replica page is served at a console URL (the extension runs, panel docked) and at an origin the extension does not
 * touch (the control tab, given the dock's width as a right margin so both lay out the same content width). The tabs
 * alternate, round by round; each scenario prints the ratio of medians (extension / control) with a 95 % bootstrap
 * interval for wall-clock time under 4× CPU throttling and for main-thread task time (CDP `TaskDuration` of the page's
 * renderer; the panel frame is an out-of-process extension frame, so its own work is not counted there), and beside it
 * the median of the per-round ratios (a round times both tabs back to back, so the machine's drift cancels).
 * Then absolute figures: idle main-thread time and JS heap the extension adds, and settle-to-panel time.
 */
import type { BrowserContext, CDPSession, Frame, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { CONSOLE_ORIGIN, launchWithExtension, panelFrame } from '../../test/e2e/harness';
import { ensureReplicaBuilt, replicaResponse } from '../../test/e2e/replica-server';
import { seededRandom } from './stats';
import {
  alternatingSamples,
  BUDGET,
  CONTROL_ORIGIN,
  go,
  ratioLine,
  ROUNDS,
  scenarios,
  settleBoth,
  settleLines,
  sleep,
  step,
  TAIL_MS,
  type Scenario,
  type TabName,
  type Typist,
} from './page-scenarios';

const THROTTLE = 4;
const IDLE_MS = 10_000;
const IDLE_SETTLE_MS = 5_000;
const IDLE_ROUNDS = 3;

const routed = new WeakSet<BrowserContext>();

/** Serves the replica at the control origin too, so only the origin differs between the two tabs. */
async function routeControl(context: BrowserContext): Promise<void> {
  if (routed.has(context)) return;
  routed.add(context);
  const distDir = await ensureReplicaBuilt();
  await context.route(
    (url) => url.origin === CONTROL_ORIGIN,
    (route) => {
      const { status, contentType, body } = replicaResponse(new URL(route.request().url()).pathname, distDir);
      return route.fulfill({ status, contentType, body });
    },
  );
}

export interface Tab {
  name: TabName;
  page: Page;
  cdp: CDPSession;
}

/** A new tab on `url`, with a CDP session for its figures. */
async function openTab(context: BrowserContext, name: TabName, url: string): Promise<Tab> {
  const page = await context.newPage();
  await page.goto(url);
  return { name, page, cdp: await context.newCDPSession(page) };
}

/**
 * The two tabs of a same-browser comparison, on the subject step: the replica at the console URL with the panel docked
 * and showing the step, and the same replica at the control origin with the dock's width as its right margin.
 */
export async function openTabs(context: BrowserContext): Promise<{ ext: Tab; ctl: Tab; panel: Frame; dockMargin: string }> {
  await routeControl(context);
  const ext = await openTab(context, 'extension', `${CONSOLE_ORIGIN}${step('subject')}?prefix=tea`);
  const ctl = await openTab(context, 'control', `${CONTROL_ORIGIN}${step('subject')}?prefix=tea`);
  const panel = await panelFrame(ext.page);
  await panel.waitForSelector('[data-testid="current-step"]');
  const dockMargin = await ext.page.evaluate(() => document.documentElement.style.marginRight);
  await ctl.page.evaluate((m) => void (document.documentElement.style.marginRight = m), dockMargin);
  return { ext, ctl, panel, dockMargin };
}

async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
}

interface Sample {
  wall: number;
  task: number;
}

/**
 * One timed run, the tab throttled for just that long: Chromium's CPU throttling keeps a throttled renderer busy even
 * when its page is idle (about 0.8 of a core here, measured from /proc), so a tab left throttled while the other one
 * runs would compete with it on two cores.
 */
async function measure(tab: Tab, scenario: Scenario<Page>): Promise<Sample> {
  await tab.page.bringToFront(); // a background tab gets no animation frames
  await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  try {
    const before = await taskDuration(tab.cdp);
    const wall = await scenario.run(tab.page);
    await tab.page.waitForTimeout(TAIL_MS);
    return { wall, task: (await taskDuration(tab.cdp)) - before };
  } finally {
    await tab.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

export const TYPIST: Typist<Page> = {
  async focusEmptyInput(page) {
    const input = page.locator('.tea-form input[type="text"], .tea-form input:not([type])').first();
    await input.click();
    await input.fill('');
  },
  type: (page, text) => page.keyboard.type(text),
};

/**
 * Idle outside the filing app: the CVM page in two new tabs, each timed in IDLE_ROUNDS windows of IDLE_MS with the order
 * alternating, after IDLE_SETTLE_MS; then the heap each holds after GC. A renderer spends up to ≈ 20 ms of some windows
 * on housekeeping (garbage, a process moving to the background), in either tab (more often the control's here), so what
 * the extension adds is read from each tab's quietest window: anything it did at least once per window is in each one.
 */
async function measureIdle(context: BrowserContext): Promise<{ windows: Record<TabName, number[]>; heapAdded: number }> {
  await routeControl(context);
  const idleTabs = [
    await openTab(context, 'extension', `${CONSOLE_ORIGIN}/cvm/index`),
    await openTab(context, 'control', `${CONTROL_ORIGIN}/cvm/index`),
  ];
  for (const tab of idleTabs) await tab.cdp.send('Performance.enable');
  await sleep(IDLE_SETTLE_MS);
  const windows: Record<TabName, number[]> = { extension: [], control: [] };
  for (let round = 0; round < IDLE_ROUNDS; round++) {
    for (const tab of round % 2 === 0 ? idleTabs : [...idleTabs].reverse()) {
      await tab.page.bringToFront();
      const before = await taskDuration(tab.cdp);
      await tab.page.waitForTimeout(IDLE_MS);
      windows[tab.name].push((await taskDuration(tab.cdp)) - before);
    }
  }
  const heapAdded = (await heapAfterGc(idleTabs[0]!.cdp)) - (await heapAfterGc(idleTabs[1]!.cdp));
  for (const tab of idleTabs) await tab.page.close();
  return { windows, heapAdded };
}

function idleLine({ windows }: { windows: Record<TabName, number[]> }): string {
  const quietest = (name: TabName) => Math.min(...windows[name]);
  const of = (name: TabName) => `${quietest(name).toFixed(2)} ms ${name === 'extension' ? 'with the extension' : 'control'} (${windows[name].map((ms) => ms.toFixed(2)).join(' / ')})`;
  const added = quietest('extension') - quietest('control');
  return `idle 10 s on /cvm/index, quietest of ${IDLE_ROUNDS} windows per tab, order alternating: main-thread ${of('extension')}, ${of('control')} → adds ${added.toFixed(2)} ms (budget ≤ ${BUDGET.idleMs} ms)`;
}

export async function run(): Promise<string[]> {
  const session = await launchWithExtension();
  const lines: string[] = [];
  const random = seededRandom(22);
  try {
    // Idle first, in a browser that has not run the scenarios yet: their tabs' teardown and garbage land in later windows.
    const idle = await measureIdle(session.context);
    const { ext, ctl, panel, dockMargin } = await openTabs(session.context);
    const tabs = [ext, ctl];
    for (const tab of tabs) await tab.cdp.send('Performance.enable');
    lines.push(`dock width ${dockMargin || '(none)'} mirrored on the control tab; ${ROUNDS} rounds, tabs alternating, each timed run CPU throttled ${THROTTLE}×`);

    for (const scenario of scenarios(TYPIST)) {
      const prepare = async (tab: Tab) => {
        await tab.page.bringToFront();
        await scenario.prepare(tab.page);
      };
      const results = await alternatingSamples(ext, ctl, prepare, (tab) => measure(tab, scenario));
      const of = (name: TabName, key: keyof Sample) => results[name].map((s) => s[key]);
      lines.push(`${scenario.title}:`);
      lines.push(ratioLine('wall-clock ratio', 'goal ≤ 1.05', of('extension', 'wall'), of('control', 'wall'), random));
      lines.push(ratioLine('main-thread task ratio', 'goal ≤ 1.10', of('extension', 'task'), of('control', 'task'), random));
    }

    // Heap on a filing step (both tabs are on the subject step after the last scenario).
    for (const tab of tabs) await go(tab.page, step('subject'));
    const filingHeap = (await heapAfterGc(ext.cdp)) - (await heapAfterGc(ctl.cdp));

    // Settle-to-panel, without and with a clock ticking in the page every 100 ms.
    await ext.page.bringToFront();
    const settle = await settleBoth(ext.page, panel);

    lines.push(idleLine(idle));
    lines.push(`JS heap added after GC: ${(idle.heapAdded / 1024).toFixed(1)} KB on /cvm/index, ${(filingHeap / 1024).toFixed(1)} KB on a filing step (page renderer only)`);
    lines.push(...settleLines(settle, random));
    if (session.blockedRequests.length > 0) lines.push(`unexpected requests: ${session.blockedRequests.join(', ')}`);
    return lines;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
