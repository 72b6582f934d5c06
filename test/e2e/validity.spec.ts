/**
 * The ID's validity (证件有效期) on pages rendered by the real tea-component, 2.7.3 (its date picker ignores typing,
 * so the calendar's year, month and day panels are driven) and the newest 2.x: the dates inside the 长期/非长期
 * radio's item, in items of their own that appear only once 非长期 is chosen, and as one range picker. The adapter
 * plans and fills from a profile inside the page (as fill.spec.ts does); a value counts only when the page's React
 * state holds it. Whatever the page has no place for is listed in the report with its reason.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import type { Profile } from '@/utils/profile';
import { bundleAdapter } from '../../scripts/bench/fill';
import type { TeaPageState } from '../tea-pages/main';
import { CHROMIUM_FLAGS, chromiumPath } from './harness';
import { PERSONAL } from './expected-values';
import { ensureTeaPagesBuilt, REPLICA_ORIGIN, routeReplica, TEA_PAGES_BASE } from './replica-server';
import { LAYOUTS, expectedTeaState, LONG_TERM } from './validity-expected';

// window.__BH__ is declared by fill.spec.ts (the same adapter bundle).

let browser: Browser;
let adapter: string;
let versions: string[];

test.beforeAll(async () => {
  versions = await ensureTeaPagesBuilt();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  adapter = await bundleAdapter();
});
test.afterAll(async () => browser.close());

const teaState = (page: Page) => page.evaluate(() => window.__TEA_PAGE__.getState()) as Promise<TeaPageState>;

async function fillPage(page: Page, profile: Profile) {
  return page.evaluate(async (p) => {
    const controller = window.__BH__.createConsoleController(document);
    const snapshot = controller.snapshot();
    const items = window.__BH__.fillItemsOf(window.__BH__.planFill(snapshot, p, { overwrite: false }));
    return { snapshot, items, report: await controller.fill(items, { overwrite: false }) };
  }, profile);
}

for (const version of ['2.7.3', '2.8.0']) {
  for (const layout of LAYOUTS) {
    for (const [name, profile] of [['非长期', PERSONAL], ['长期', LONG_TERM]] as const) {
      test(`tea ${version}, ${layout}, ${name}: every date reaches React state, the rest is reported`, async () => {
        expect(versions).toContain(version);
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        await routeReplica(context);
        const page = await context.newPage();
        await page.goto(`${REPLICA_ORIGIN}${TEA_PAGES_BASE}${version}/?layout=${layout}`);
        await expect(page.locator('.tea-form__item').first()).toBeVisible();
        await page.addScriptTag({ content: adapter });

        const { snapshot, report } = await fillPage(page, profile);
        expect(snapshot.step).toBe('subject');
        expect(report.failed).toEqual([]);
        const { values, expected, absent } = expectedTeaState(profile, layout);
        expect((await teaState(page)).values).toEqual(values);
        expect((await teaState(page)).version).toBe(version);
        // A date the page has no place for is listed, with its reason, never dropped.
        for (const key of absent) expect(report.skipped.find((e) => e.key === key)?.reason).toMatch(/[\u4e00-\u9fff]/);
        expect(report.filled.map((e) => e.key).sort()).toEqual(expected.sort());
        await context.close();
      });
    }
  }
}
