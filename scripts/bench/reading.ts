/**
 * What one reading of a wizard step costs in the page (#22): the console adapter's full reading (the detection and the
 * snapshot the panel gets) on the replica's steps, bundled alone and run in an isolated world as the filing app's part
 * is, in the control tab (the extension's own scripts do not run there). The slowdown bench's ratios move by ±0.1 from
 * run to run; this is the steadier figure for the part of a step change the adapter's code decides.
 * - cold: the reading a step change brings, 300 ms after navigating to the step (the settled reading comes 120 ms after
 *   the page goes quiet), with the session's controller — new elements, so nothing parsed before is reused;
 * - warm: the same reading repeated at once on the same page by fresh controllers, mean of 20 (a cold reading costs
 *   several times a warm one, in every part of it alike, so warm figures compare code with less noise).
 * Not throttled; a page's timer resolution is 0.1 ms, so cold means are printed beside medians.
 *
 * `BENCH_BASE=<git revision>` compares this checkout's adapter with that revision's instead, cold readings only: each
 * build in an isolated world of its own, the two taking turns in random order, each timed on a step it has just been
 * navigated to. The machine's speed drifts by more than a code change moves a single run's figures; turns cancel that.
 */
import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Rolldown } from 'vite';
import { launchWithExtension } from '../../test/e2e/harness';
import { go, ROUNDS, step } from './page-scenarios';
import { median, medianInterval, pairedRatioInterval, seededRandom } from './stats';
import { openTabs } from './slowdown';

const STEPS = ['website', 'material', 'subject'] as const;
const WARM_REPEATS = 20;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

async function adapterBundle(root = repoRoot): Promise<string> {
  const result = (await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      lib: { entry: path.join(root, 'scripts/bench/reading-entry.ts'), formats: ['iife'], name: 'beianReading' },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = [result].flat()[0]?.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the adapter bundle has no code');
  return chunk.code;
}

type Tab = Awaited<ReturnType<typeof openTabs>>['ctl'];
type InWorld = <T>(expression: string) => Promise<T>;

/** An isolated world of the control tab holding one adapter bundle and a controller that has read the page once. */
async function adapterWorld(ctl: Tab, name: string, code: string): Promise<InWorld> {
  const { frameTree } = (await ctl.cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await ctl.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name })) as {
    executionContextId: number;
  };
  const inWorld: InWorld = async <T>(expression: string) => {
    const { result, exceptionDetails } = (await ctl.cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, awaitPromise: true, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string };
    };
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.text}`);
    return result.value;
  };
  await inWorld(code);
  await inWorld('window.__beianSession = window.__beianReading(); window.__beianSession.read(); 0');
  return inWorld;
}

const COLD_READING = `(() => { const t0 = performance.now(); window.__beianSession.read(); return performance.now() - t0; })()`;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

/** The adapter of `revision`, bundled from a temporary worktree of this repository. */
async function revisionBundle(revision: string): Promise<string> {
  const tree = path.join(repoRoot, '.bench-base');
  execFileSync('git', ['worktree', 'add', '--force', '--detach', tree, revision], { cwd: repoRoot, stdio: 'ignore' });
  try {
    // The revision's tsconfig extends WXT's generated one, which a fresh worktree lacks.
    symlinkSync(path.join(repoRoot, '.wxt'), path.join(tree, '.wxt'));
    return await adapterBundle(tree);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: repoRoot, stdio: 'ignore' });
  }
}

async function compare(revision: string): Promise<string[]> {
  const builds = [
    { name: 'this checkout', code: await adapterBundle() },
    { name: revision, code: await revisionBundle(revision) },
  ];
  const session = await launchWithExtension();
  const random = seededRandom(22);
  try {
    const { ctl } = await openTabs(session.context);
    await ctl.page.bringToFront();
    const worlds = await Promise.all(builds.map((b, i) => adapterWorld(ctl, `beian-reading-${i}`, b.code)));
    const cold = builds.map(() => Object.fromEntries(STEPS.map((id) => [id, [] as number[]])) as Record<string, number[]>);
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of STEPS) {
        const order = random() < 0.5 ? [0, 1] : [1, 0];
        for (const i of order) {
          await go(ctl.page, step(id === 'subject' ? 'website' : 'subject'));
          await go(ctl.page, step(id));
          cold[i]![id]!.push(await worlds[i]!<number>(COLD_READING));
        }
      }
    }
    const lines = [`cold reading of each replica step, ${ROUNDS} rounds, the two builds taking turns in random order (not throttled)`];
    for (const id of STEPS) {
      const [own, base] = [cold[0]![id]!, cold[1]![id]!];
      const ratio = pairedRatioInterval(own, base, { random });
      const figures = builds.map((b, i) => `${b.name} mean ${mean(cold[i]![id]!).toFixed(2)} ms (median ${median(cold[i]![id]!).toFixed(2)})`).join(', ');
      lines.push(
        `${id}: ${figures}; ratio of means ${(mean(own) / mean(base)).toFixed(3)}, median per-round ratio ${ratio.estimate.toFixed(3)} [${ratio.low.toFixed(3)}, ${ratio.high.toFixed(3)}]`,
      );
    }
    return lines;
  } finally {
    await session.close();
  }
}

export async function run(): Promise<string[]> {
  const base = process.env.BENCH_BASE;
  if (base) return compare(base);
  const code = await adapterBundle();
  const session = await launchWithExtension();
  const random = seededRandom(22);
  try {
    const { ctl } = await openTabs(session.context);
    await ctl.page.bringToFront();
    const inWorld = await adapterWorld(ctl, 'beian-reading-bench', code);

    const cold: Record<string, number[]> = {};
    const warm: Record<string, number[]> = {};
    const fields: Record<string, number> = {};
    for (let round = 0; round < ROUNDS; round++) {
      for (const id of STEPS) {
        await go(ctl.page, step(id));
        const [first, repeated, count] = await inWorld<[number, number, number]>(`(() => {
          let t0 = performance.now();
          const reading = window.__beianSession.read();
          const first = performance.now() - t0;
          t0 = performance.now();
          for (let i = 0; i < ${WARM_REPEATS}; i++) window.__beianReading().read();
          return [first, (performance.now() - t0) / ${WARM_REPEATS}, reading.snapshot.fields.length];
        })()`);
        (cold[id] ??= []).push(first);
        (warm[id] ??= []).push(repeated);
        fields[id] = count;
      }
    }
    const lines = [`one reading of each replica step, ${ROUNDS} rounds, not throttled, in an isolated world`];
    for (const id of STEPS) {
      const interval = medianInterval(cold[id]!, { random });
      lines.push(
        `${id} (${fields[id]} fields): cold median ${interval.estimate.toFixed(2)} ms [${interval.low.toFixed(2)}, ${interval.high.toFixed(2)}], mean ${mean(cold[id]!).toFixed(2)} ms; warm ${median(warm[id]!).toFixed(3)} ms`,
      );
    }
    return lines;
  } finally {
    await session.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
