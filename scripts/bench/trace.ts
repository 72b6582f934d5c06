/**
 * Where the extension's extra main-thread time goes (#22), for the slowdown bench's scenarios: one Chromium with the
 * extension, a Chrome trace of the extension tab and of the control tab over the same runs (not throttled), and the trace
 * events whose summed duration differs most between the two, beside the time spent in the extension's own page scripts.
 * Trace durations are wall-clock on the page renderer's main thread, so on a 2-core machine any other process's work
 * (the open panel's among them) can show up here as slower page work.
 */
import type { CDPSession } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { launchWithExtension } from '../../test/e2e/harness';
import { sleep, scenarios, TAIL_MS, type TabName } from './page-scenarios';
import { openTabs, TYPIST } from './slowdown';

const RUNS = Number(process.env.BENCH_TRACE_RUNS ?? 5);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'];

interface TraceEvent {
  ph: string;
  name: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

async function traced(cdp: CDPSession, work: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  await work();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

/** Summed milliseconds per event name on the busiest renderer main thread (the page's), and in extension scripts. */
function mainThreadSums(events: TraceEvent[]): { byName: Map<string, number>; tasks: number; extensionScript: number } {
  const thread = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const renderers = new Set(events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain').map(thread));
  const busy = new Map<string, number>();
  for (const e of events) if (e.name === 'RunTask' && renderers.has(thread(e))) busy.set(thread(e), (busy.get(thread(e)) ?? 0) + (e.dur ?? 0));
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byName = new Map<string, number>();
  let extensionScript = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || thread(e) !== main) continue;
    if (e.name === 'RunTask') tasks++;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
    if (e.name === 'FunctionCall' && e.args?.data?.url?.startsWith('chrome-extension://')) extensionScript += e.dur / 1000;
  }
  return { byName, tasks, extensionScript };
}

export async function run(): Promise<string[]> {
  const session = await launchWithExtension();
  const lines = [`${RUNS} runs per scenario and tab, not throttled; ms per run on the page renderer's main thread`];
  try {
    const { ext, ctl } = await openTabs(session.context);
    const tabs = [ext, ctl];
    for (const scenario of scenarios(TYPIST)) {
      const sums: Record<TabName, ReturnType<typeof mainThreadSums>> = {} as never;
      for (const tab of tabs) {
        await tab.page.bringToFront();
        await scenario.prepare(tab.page);
        await scenario.run(tab.page); // warm-up
        const events = await traced(tab.cdp, async () => {
          for (let i = 0; i < RUNS; i++) {
            await scenario.run(tab.page);
            await sleep(TAIL_MS);
          }
        });
        sums[tab.name] = mainThreadSums(events);
      }
      const per = (ms: number) => (ms / RUNS).toFixed(1);
      const ext = sums.extension.byName;
      const ctl = sums.control.byName;
      lines.push(`${scenario.title}:`);
      lines.push(
        `  all tasks (RunTask): ${per(ext.get('RunTask') ?? 0)} in ${per(sums.extension.tasks)} tasks with the extension, ${per(ctl.get('RunTask') ?? 0)} in ${per(sums.control.tasks)} control; in the extension's page scripts: ${per(sums.extension.extensionScript)}`,
      );
      const names = [...new Set([...ext.keys(), ...ctl.keys()])].filter((n) => n !== 'RunTask');
      const diff = (n: string) => (ext.get(n) ?? 0) - (ctl.get(n) ?? 0);
      for (const name of names.sort((a, b) => Math.abs(diff(b)) - Math.abs(diff(a))).slice(0, 8)) {
        lines.push(`  ${name}: ${per(ext.get(name) ?? 0)} / ${per(ctl.get(name) ?? 0)} (${diff(name) >= 0 ? '+' : ''}${per(diff(name))})`);
      }
    }
    return lines;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
