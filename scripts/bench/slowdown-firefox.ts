/**
 * The same-browser slowdown benchmark in Firefox (#22): one Firefox ESR launched once with the add-on (puppeteer-core
 * over WebDriver BiDi, test/e2e-firefox/harness.ts); the same replica page at the console URL (add-on running, panel
 * docked) and at an origin it does not touch (the control tab, given the dock's width as a right margin). Tabs alternate
 * round by round, as in the Chromium benchmark (slowdown.ts), with the same page-world scenarios (page-scenarios.ts).
 * Firefox has no CDP, so only wall-clock ratios and settle-to-panel time are printed, without CPU throttling unless the
 * driver offers it; main-thread task time, idle time and heap are Chromium figures.
 */
import type { Frame, Page } from 'puppeteer-core';
import { pathToFileURL } from 'node:url';
import { CONSOLE_ORIGIN, launchFirefox, panelFrame } from '../../test/e2e-firefox/harness';
import { seededRandom } from './stats';
import {
  alternatingSamples,
  CONTROL_ORIGIN,
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

interface Tab {
  name: TabName;
  page: Page;
}

const TYPIST: Typist<Page> = {
  async focusEmptyInput(page) {
    const selector = '.tea-form input[type="text"], .tea-form input:not([type])';
    await page.click(selector);
    // Emptied as Playwright's fill('') does: the value cleared and an input event, no keystrokes to time.
    await page.$eval(selector, (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  },
  type: (page, text) => page.keyboard.type(text),
};

async function measure(tab: Tab, scenario: Scenario<Page>): Promise<number> {
  await tab.page.bringToFront(); // a background tab gets no (or throttled) animation frames
  const wall = await scenario.run(tab.page);
  await sleep(TAIL_MS); // the add-on's settled read lands before the other tab starts
  return wall;
}

/**
 * CPU throttling if the driver can do it in Firefox. WebDriver BiDi has no such command; puppeteer's
 * emulateCPUThrottling goes through CDP, which Firefox does not offer, so this is expected to report why not.
 */
async function throttle(tabs: readonly Tab[], rate: number): Promise<string | null> {
  try {
    for (const tab of tabs) await tab.page.emulateCPUThrottling(rate);
    return null;
  } catch (error) {
    return (error as Error).message || (error as Error).name;
  }
}

export async function run(): Promise<string[]> {
  const session = await launchFirefox({ consoleReplicaOrigins: [CONTROL_ORIGIN] });
  const lines: string[] = [];
  const random = seededRandom(22);
  try {
    const extPage = await session.openConsole(`${step('subject')}?prefix=tea`);
    const panel: Frame = await panelFrame(extPage);
    await panel.waitForSelector('[data-testid="current-step"]');
    const ctlPage = await session.openUrl(`${CONTROL_ORIGIN}${step('subject')}?prefix=tea`);
    if (await ctlPage.$('beian-helper-dock')) throw new Error(`扩展在对照页 ${CONTROL_ORIGIN} 上运行了，对照无效`);
    const dockMargin = await extPage.evaluate(() => document.documentElement.style.marginRight);
    await ctlPage.evaluate((m) => void (document.documentElement.style.marginRight = m), dockMargin);
    const ext: Tab = { name: 'extension', page: extPage };
    const ctl: Tab = { name: 'control', page: ctlPage };

    const notThrottled = await throttle([ext, ctl], THROTTLE);
    const throttling = notThrottled === null ? `CPU throttled ${THROTTLE}× (puppeteer emulateCPUThrottling)` : 'not throttled';
    lines.push(`Firefox ${await session.browser.version()}, WebDriver BiDi`);
    lines.push(`dock width ${dockMargin || '(none)'} mirrored on the control tab; ${ROUNDS} rounds, tabs alternating, ${throttling}`);
    if (notThrottled !== null) {
      lines.push(`  (WebDriver BiDi has no CPU throttling; puppeteer's emulateCPUThrottling needs CDP: "${notThrottled}")`);
    }

    lines.push('  (Firefox rounds performance.now() in pages to 1 ms, so per-keystroke latency is in whole milliseconds)');
    for (const scenario of scenarios(TYPIST)) {
      const prepare = async (tab: Tab) => {
        await tab.page.bringToFront();
        await scenario.prepare(tab.page);
      };
      const results = await alternatingSamples(ext, ctl, prepare, (tab) => measure(tab, scenario));
      lines.push(`${scenario.title}:`);
      lines.push(ratioLine(`wall-clock ratio, ${throttling}`, 'goal ≤ 1.05 under 4× throttling in Chromium', results.extension, results.control, random));
    }
    if (notThrottled === null) await throttle([ext, ctl], 1);

    await ext.page.bringToFront();
    lines.push(...settleLines(await settleBoth(ext.page, panel), random));
    lines.push(
      'idle main-thread time and JS heap: not measured in Firefox — they are CDP figures (Performance.getMetrics TaskDuration and JSHeapUsedSize after HeapProfiler.collectGarbage); WebDriver BiDi has no equivalent (puppeteer\'s Page.metrics() is unsupported over BiDi) and Firefox pages have no performance.memory',
    );
    if (session.blockedRequests.length > 0) lines.push(`unexpected requests: ${session.blockedRequests.join(', ')}`);
    const errors = session.extensionErrors();
    if (errors.length > 0) lines.push(`add-on errors: ${errors.join(' | ')}`);
    return lines;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
