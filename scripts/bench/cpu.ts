/**
 * Where the slowdown's time is CPU time (#22): the slowdown bench's scenarios in one Chromium with the extension, tabs
 * alternating, **not throttled**, timed by the CPU time the kernel counts (Linux `/proc/<pid>/task/<tid>/schedstat`,
 * nanoseconds) instead of by wall-clock task durations:
 * - the page renderer's main thread, extension tab against control tab: the work the extension adds on the thread the
 *   console's own code needs, whatever else the machine is doing (task durations also grow while the thread waits for
 *   a core, and Chromium's CPU throttling keeps a throttled thread busy, so this is read unthrottled);
 * - every other Chromium process and thread during the same runs (the browser process, the GPU process, the extension's
 *   panel and background, the tab's other threads): the work that competes with the page for the machine's cores.
 * Linux only; the figures vary less from run to run than task durations, so they tell what a code change moved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../test/e2e/harness';
import { alternatingSamples, ratioLine, ROUNDS, scenarios, TAIL_MS, type TabName } from './page-scenarios';
import { median, seededRandom } from './stats';
import { openTabs, TYPIST, type Tab } from './slowdown';

/** A /proc file's text; empty once its process or thread has ended. */
function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** CPU milliseconds a thread has run, from the kernel's scheduler statistics (0 for a thread that ended). */
const threadCpu = (pid: number, tid: number): number => Number(readProc(`/proc/${pid}/task/${tid}/schedstat`).split(' ')[0]) / 1e6;

const numeric = (dir: string) => {
  try {
    return readdirSync(dir).filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
};

const commandLine = (pid: number): string => readProc(`/proc/${pid}/cmdline`);

/** The renderer whose main thread works while the tab's page spins for 300 ms. */
async function rendererOf(tab: Tab, processes: number[]): Promise<number> {
  const renderers = processes.filter((pid) => commandLine(pid).includes('--type=renderer'));
  const before = renderers.map((pid) => threadCpu(pid, pid));
  await tab.page.evaluate('(() => { const end = performance.now() + 300; while (performance.now() < end); })()');
  const gained = renderers.map((pid, i) => threadCpu(pid, pid) - before[i]!);
  return renderers[gained.indexOf(Math.max(...gained))]!;
}

/**
 * Where the rest of the browser's CPU goes: the measured page's renderer (threads other than its main thread), the
 * browser process, the GPU process (the display compositor), the extension's process (panel and background).
 */
const GROUPS = ['page renderer, other threads', 'browser process', 'GPU process', "extension's process", 'other'] as const;
type Group = (typeof GROUPS)[number];

function groupOf(pid: number, pageRenderer: number): Group {
  if (pid === pageRenderer) return 'page renderer, other threads';
  const command = commandLine(pid);
  if (!command.includes('--type=')) return 'browser process';
  if (command.includes('--type=gpu-process')) return 'GPU process';
  return command.includes('--extension-process') ? "extension's process" : 'other';
}

/** CPU of every thread of `processes` by group, except the two pages' main threads. */
function otherCpu(processes: number[], pageMains: Set<number>, pageRenderer: number): Record<Group, number> {
  const ms = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<Group, number>;
  for (const pid of processes) {
    const group = groupOf(pid, pageRenderer);
    for (const tid of numeric(`/proc/${pid}/task`)) if (!pageMains.has(tid)) ms[group] += threadCpu(pid, tid);
  }
  return ms;
}

interface Sample {
  page: number;
  others: Record<Group, number>;
}

export async function run(): Promise<string[]> {
  if (process.platform !== 'linux') return ['skipped: CPU time is read from Linux /proc'];
  const session = await launchWithExtension();
  const random = seededRandom(22);
  try {
    const { ext, ctl } = await openTabs(session.context);
    // Chromium's processes (no other browser runs beside a benchmark).
    const processes = numeric('/proc').filter((pid) => /chrom/.test(commandLine(pid)));
    const mains = new Map<TabName, number>();
    for (const tab of [ext, ctl]) {
      await tab.page.bringToFront();
      mains.set(tab.name, await rendererOf(tab, processes));
    }
    const pageMains = new Set(mains.values());
    const lines = [`${ROUNDS} rounds, tabs alternating, not throttled; CPU ms per run (the run and ${TAIL_MS} ms after it)`];
    for (const scenario of scenarios(TYPIST)) {
      const prepare = async (tab: Tab) => {
        await tab.page.bringToFront();
        await scenario.prepare(tab.page);
      };
      const measure = async (tab: Tab): Promise<Sample> => {
        await tab.page.bringToFront();
        const main = mains.get(tab.name)!;
        const [page0, others0] = [threadCpu(main, main), otherCpu(processes, pageMains, main)];
        await scenario.run(tab.page);
        await tab.page.waitForTimeout(TAIL_MS);
        const [page1, others1] = [threadCpu(main, main), otherCpu(processes, pageMains, main)];
        return { page: page1 - page0, others: Object.fromEntries(GROUPS.map((g) => [g, others1[g] - others0[g]])) as Record<Group, number> };
      };
      const results = await alternatingSamples(ext, ctl, prepare, measure);
      const page = (name: TabName) => results[name].map((s) => s.page);
      const others = (name: TabName, group: Group) => median(results[name].map((s) => s.others[group]));
      const total = (name: TabName) => median(results[name].map((s) => GROUPS.reduce((sum, g) => sum + s.others[g], 0)));
      lines.push(`${scenario.title}:`);
      lines.push(ratioLine('page main-thread CPU ratio', 'no goal of its own', page('extension'), page('control'), random));
      const parts = GROUPS.map((g) => `${g} ${others('extension', g).toFixed(1)} / ${others('control', g).toFixed(1)}`).join(', ');
      lines.push(`  the rest of the browser, extension tab's runs / control's: ${total('extension').toFixed(1)} / ${total('control').toFixed(1)} ms (${parts})`);
    }
    return lines;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
