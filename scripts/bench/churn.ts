/**
 * Does the extension slow the console down? A replica filing page performs heavy DOM churn (5,000 nodes created,
 * mutated and removed, repeatedly) in a browser with the extension loaded and in one without, in the same run,
 * alternating, and the median times are compared (goal: ratio ≤ 1.02).
 */
import { chromium, type Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS, chromiumPath, CONSOLE_ORIGIN, launchWithExtension, panelFrame } from '../../test/e2e/harness';
import { routeReplica } from '../../test/e2e/replica-server';

const ROUNDS = 7;

// Kept as source text: tsx would wrap named functions with a helper that does not exist in the page.
const CHURN_SOURCE = `(async () => {
  const host = document.querySelector('#container') ?? document.body;
  const box = document.createElement('div');
  host.append(box);
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
  const t0 = performance.now();
  for (let pass = 0; pass < 5; pass++) {
    const nodes = [];
    for (let i = 0; i < 5000; i++) {
      const el = document.createElement(i % 10 === 0 ? 'label' : 'span');
      el.className = i % 7 === 0 ? 'tea-form__item' : 'row';
      el.textContent = '节点 ' + pass + '-' + i;
      box.append(el);
      nodes.push(el);
    }
    await nextFrame();
    for (let i = 0; i < nodes.length; i += 2) nodes[i].textContent = '改 ' + i;
    await nextFrame();
    box.replaceChildren();
    await nextFrame();
  }
  const elapsed = performance.now() - t0;
  box.remove();
  return elapsed;
})()`;

const churn = (page: Page): Promise<number> => page.evaluate(CHURN_SOURCE) as Promise<number>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(): Promise<string[]> {
  const withExt = await launchWithExtension();
  const plainBrowser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  const plainContext = await plainBrowser.newContext({ viewport: { width: 1400, height: 900 } });
  await routeReplica(plainContext);
  try {
    const extPage = await withExt.context.newPage();
    await extPage.goto(`${CONSOLE_ORIGIN}/beian/manage`);
    await panelFrame(extPage);
    const plainPage = await plainContext.newPage();
    await plainPage.goto(`${CONSOLE_ORIGIN}/beian/manage`);
    await churn(extPage);
    await churn(plainPage); // warm-up
    const ext: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      plain.push(await churn(plainPage));
      ext.push(await churn(extPage));
    }
    const ratio = median(ext) / median(plain);
    return [
      `DOM churn (5 × 5,000 nodes) median without extension: ${median(plain).toFixed(1)} ms`,
      `DOM churn median with extension: ${median(ext).toFixed(1)} ms`,
      `slowdown ratio: ${ratio.toFixed(3)} (goal ≤ 1.02)`,
    ];
  } finally {
    await withExt.close();
    await plainBrowser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
