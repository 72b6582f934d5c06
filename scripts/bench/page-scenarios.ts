/**
 * What the same-browser slowdown benchmarks (Chromium: slowdown.ts, Firefox: slowdown-firefox.ts) share: the scenarios
 * run in the page's main world, the alternating rounds, settle-to-panel timing and the printed lines. Everything here
 * talks to a page through string evaluation only, which Playwright and puppeteer (CDP or BiDi) both accept.
 */
import { median, medianInterval, medianRatioInterval, pairedRatioInterval, type Interval } from './stats';

/** The issue asks for at least 15; 30 narrows the intervals (runs on the 2-core CI machine still move by ±0.1–0.2). */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** `BENCH_SCENARIOS=list,typing` times only those scenarios (churn, list, typing, navigation): for trying a change. */
const ONLY = process.env.BENCH_SCENARIOS?.split(',').map((id) => id.trim());
/** An origin the extension does not touch: the control tab gets the same replica there. */
export const CONTROL_ORIGIN = 'https://example.test';
export const ORDER = '30179999000000001';
export const step = (id: string) => `/beian/manage/process/${ORDER}/${id}`;
/** After a scenario, time for the extension's settled read (120 ms quiet) to land inside what is measured. */
export const TAIL_MS = 400;
export const BUDGET = { idleMs: 5, settleMs: 300 };
export const TYPED = 'benchmark备案助手typing';

/** A Playwright or puppeteer page or frame. */
export interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
}

export type TabName = 'extension' | 'control';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Page-world scripts are source text: tsx would wrap named functions with a helper that does not exist in the page.
const FRAME = `const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));`;

/** 8 passes of 150 Tea form items added, relabelled, typed into and removed, inside the wizard's form. */
export const CHURN = `(async () => {
  ${FRAME}
  const host = document.querySelector('.tea-form') ?? document.body;
  const box = document.createElement('div');
  host.append(box);
  const t0 = performance.now();
  for (let pass = 0; pass < 8; pass++) {
    const inputs = [];
    const labels = [];
    for (let i = 0; i < 150; i++) {
      const item = document.createElement('div');
      item.className = 'tea-form__item';
      const label = document.createElement('div');
      label.className = 'tea-form__label';
      const text = document.createElement('label');
      text.textContent = '字段 ' + pass + '-' + i;
      label.append(text);
      const controls = document.createElement('div');
      controls.className = 'tea-form__controls';
      const input = document.createElement('input');
      input.className = 'tea-input';
      controls.append(input);
      item.append(label, controls);
      box.append(item);
      inputs.push(input);
      labels.push(text);
    }
    await nextFrame();
    labels.forEach((l, i) => { l.textContent = '改名 ' + pass + '-' + i; });
    await nextFrame();
    inputs.forEach((input, i) => {
      input.value = '值' + i;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await nextFrame();
    box.replaceChildren();
    await nextFrame();
  }
  const elapsed = performance.now() - t0;
  box.remove();
  return elapsed;
})()`;

/**
 * The order list re-rendered five times: each pass renders the same 500 orders as new rows (as a table does after a
 * refresh, a sort or a page change), with one order moving on to 短信核验 (and the one before it moving on again) — so
 * every pass must be read whole, and what changes is what changes in a real list. Each order shows a fixed time, and
 * the moving one the time it moved. (An earlier version also shifted every order's time, which a refreshed
 * list never does: every reading then reported all 500 orders as changed, and the store was rewritten with them. Before
 * that, each pass drew 500 new order numbers; recorded, those were up to 2,000 synthetic orders per timed run.)
 */
export const ORDERS = `(async () => {
  ${FRAME}
  const body = document.querySelector('.tea-table__body tbody') ?? document.body;
  const original = [...body.children];
  const t0 = performance.now();
  for (let pass = 0; pass < 5; pass++) {
    const rows = [];
    for (let r = 0; r < 500; r++) {
      const tr = document.createElement('tr');
      const moving = r === pass;
      const status = moving ? '待短信核验' : '待管局审核';
      const time = moving ? '2026-11-10 10:0' + pass + ':00' : '2026-11-0' + (r % 9 + 1) + ' 10:00:00';
      const cells = [String(30170000000000000 + r * 7), '首次备案', 'site' + r + '.example.cn', status, time, '查看详情'];
      for (const c of cells) {
        const td = document.createElement('td');
        const div = document.createElement('div');
        div.textContent = c;
        td.append(div);
        tr.append(td);
      }
      rows.push(tr);
    }
    body.replaceChildren(...rows);
    await nextFrame();
    await nextFrame();
  }
  const elapsed = performance.now() - t0;
  body.replaceChildren(...original);
  return elapsed;
})()`;

/** Per keystroke: from the key event's timestamp to the frame after it was handled (about when it is painted). */
export const KEY_LATENCY_INSTALL = `(() => {
  window.__benchKeys = [];
  document.addEventListener('keydown', (e) => {
    const start = e.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__benchKeys.push(performance.now() - start);
      channel.port2.postMessage(null);
    });
  }, true);
})()`;

/** Moves through wizard steps with pushState (as the console does) and times each until the frame after render. */
export const NAVIGATE = `(async () => {
  ${FRAME}
  const t0 = performance.now();
  for (const id of ['website', 'material', 'subject']) {
    history.pushState(null, '', '/beian/manage/process/${ORDER}/' + id);
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await nextFrame();
    await nextFrame();
  }
  return performance.now() - t0;
})()`;

/** A console-style navigation inside the single-page app. */
const pushState = (path: string) => `(() => {
  history.pushState(null, '', ${JSON.stringify(path)});
  dispatchEvent(new PopStateEvent('popstate'));
})()`;

/** Navigates a tab within the app and gives the page (and the extension) time to render. */
export async function go(page: Evaluator, path: string): Promise<void> {
  await page.evaluate(pushState(path));
  await sleep(300);
}

/** Settle-to-panel, measured in the page's main world and in the panel frame (both with Date.now()). */
const PAGE_MUTATION_CLOCK = `(() => {
  window.__benchLastMutation = 0;
  const ignored = (node) => node && (node.closest?.('#bench-clock, beian-helper-dock') || node.parentElement?.closest('#bench-clock, beian-helper-dock'));
  new MutationObserver((records) => {
    if (records.some((r) => !ignored(r.target))) window.__benchLastMutation = Date.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})()`;

const PANEL_WATCH = `(() => {
  const read = () => document.querySelector('[data-testid="current-step"]')?.textContent ?? '';
  const before = read();
  window.__benchShownAt = 0;
  window.__benchShown = '';
  const observer = new MutationObserver(() => {
    const text = read();
    if (text && text !== before && text !== '未识别到备案步骤') {
      window.__benchShownAt = Date.now();
      window.__benchShown = text;
      observer.disconnect();
    }
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/** A clock in the console's top bar ticking every 100 ms, the page that never goes quiet. */
export const START_CLOCK = `(() => {
  const clock = document.createElement('span');
  clock.id = 'bench-clock';
  document.querySelector('.replica-topbar')?.append(clock);
  window.__benchClock = setInterval(() => { clock.textContent = new Date().toISOString(); }, 100);
})()`;
export const STOP_CLOCK = `(() => { clearInterval(window.__benchClock); document.getElementById('bench-clock')?.remove(); })()`;

/** For each of `transitions` step changes: from the page's last DOM mutation to the panel showing the new step. */
export async function settleTimes(page: Evaluator, panel: Evaluator, transitions: number): Promise<number[]> {
  const steps = ['website', 'subject'];
  const out: number[] = [];
  await page.evaluate(PAGE_MUTATION_CLOCK);
  for (let i = 0; i < transitions; i++) {
    await panel.evaluate(PANEL_WATCH);
    await page.evaluate(pushState(step(steps[i % 2]!)));
    // Polled from here: the panel's CSP forbids the string evaluation waitForFunction would use.
    const deadline = Date.now() + 10_000;
    while (((await panel.evaluate('window.__benchShownAt')) as number) === 0) {
      if (Date.now() > deadline) throw new Error('面板未显示新的步骤标题');
      await sleep(50);
    }
    await sleep(1_200); // let any later page mutation of the step change land
    const shownAt = (await panel.evaluate('window.__benchShownAt')) as number;
    const last = (await page.evaluate('window.__benchLastMutation')) as number;
    out.push(shownAt - last);
  }
  return out;
}

/** Settle-to-panel on a quiet page, then with the 100 ms clock ticking. The tab must be in front. */
export async function settleBoth(page: Evaluator, panel: Evaluator): Promise<{ quiet: number[]; ticking: number[] }> {
  const quiet = await settleTimes(page, panel, 8);
  await page.evaluate(START_CLOCK);
  const ticking = await settleTimes(page, panel, 8);
  await page.evaluate(STOP_CLOCK);
  return { quiet, ticking };
}

/** A scenario on one tab's page; `P` is the browser driver's page type. */
export interface Scenario<P extends Evaluator> {
  id: 'churn' | 'list' | 'typing' | 'navigation';
  title: string;
  /** Puts the tab on the scenario's page (not timed). */
  prepare(page: P): Promise<void>;
  /** Runs once; returns the wall-clock figure in ms as the page measured it. */
  run(page: P): Promise<number>;
}

/** How a driver types like a user: focus the wizard's first text input emptied, then type key by key. */
export interface Typist<P> {
  focusEmptyInput(page: P): Promise<void>;
  type(page: P, text: string): Promise<void>;
}

/** The timed scenarios, in the order they print: form churn, order list, typing latency, step navigation. */
export function scenarios<P extends Evaluator>(typist: Typist<P>): Scenario<P>[] {
  const all: Scenario<P>[] = [
    { id: 'churn', title: 'form churn (8 × 150 Tea form items, panel open)', prepare: (page) => go(page, step('subject')), run: (page) => page.evaluate(CHURN) as Promise<number> },
    { id: 'list', title: 'order list, 500 orders re-rendered 5 × (one order moving on each pass)', prepare: (page) => go(page, '/beian/manage/orders'), run: (page) => page.evaluate(ORDERS) as Promise<number> },
    {
      id: 'typing',
      title: 'typing latency per keystroke (median of a round)',
      prepare: async (page) => {
        await go(page, step('subject'));
        await page.evaluate(KEY_LATENCY_INSTALL);
      },
      run: async (page) => {
        await typist.focusEmptyInput(page);
        await page.evaluate('window.__benchKeys.length = 0');
        await typist.type(page, TYPED);
        await sleep(50);
        return median((await page.evaluate('window.__benchKeys')) as number[]);
      },
    },
    { id: 'navigation', title: 'step navigation (3 pushState wizard steps)', prepare: (page) => go(page, step('subject')), run: (page) => page.evaluate(NAVIGATE) as Promise<number> },
  ];
  return ONLY ? all.filter((s) => ONLY.includes(s.id)) : all;
}

/**
 * Prepares both tabs and measures each once as a warm-up, then `ROUNDS` rounds in which the tabs alternate which goes
 * first, so drift in the machine's load falls on both. `prepare` and `measure` must bring their tab to the front.
 */
export async function alternatingSamples<T extends { name: TabName }, S>(
  ext: T,
  ctl: T,
  prepare: (tab: T) => Promise<void>,
  measure: (tab: T) => Promise<S>,
): Promise<Record<TabName, S[]>> {
  const results: Record<TabName, S[]> = { extension: [], control: [] };
  for (const tab of [ext, ctl]) {
    await prepare(tab);
    await measure(tab); // warm-up
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const tab of round % 2 === 0 ? [ctl, ext] : [ext, ctl]) results[tab.name].push(await measure(tab));
  }
  return results;
}

export const fmt = (ci: Interval, digits = 3) => `${ci.estimate.toFixed(digits)} [${ci.low.toFixed(digits)}, ${ci.high.toFixed(digits)}]`;

/** `  <label> <ratio> [<95 % interval>] (<goal>); medians <extension> / <control> ms` */
export function ratioLine(label: string, goal: string, extension: readonly number[], control: readonly number[], random: () => number): string {
  const ci = medianRatioInterval(extension, control, { random });
  const paired = pairedRatioInterval(extension, control, { random });
  return `  ${label} ${fmt(ci)} (${goal}); per round ${fmt(paired)}; medians ${median(extension).toFixed(1)} / ${median(control).toFixed(1)} ms`;
}

export function settleLines({ quiet, ticking }: { quiet: number[]; ticking: number[] }, random: () => number): string[] {
  return ([['quiet page', quiet], ['page ticking a clock every 100 ms', ticking]] as const).map(([label, xs]) => {
    const ci = medianInterval(xs, { random });
    return `settle-to-panel, ${label}: median ${fmt(ci, 0)} ms, max ${Math.max(...xs)} ms over ${xs.length} step changes (budget ≤ ${BUDGET.settleMs} ms)`;
  });
}
