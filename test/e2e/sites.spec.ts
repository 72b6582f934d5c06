/**
 * Website blocks matched to the profile's websites by the domain they show (issue #20), in Chromium, against the
 * replica's React state: a 新增网站 order showing the profile's third domain, blocks in the reverse order of the
 * profile, a website with its own 负责人 behind a default-ticked 同主体负责人, and a block whose domain the profile
 * lacks. Undo after each puts the page back as it was first read.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { Profile } from '@/utils/profile';
import type { FillReport } from '@/utils/console/types';
import type { FillPlanRow } from '@/utils/console/plan';
import { bundleAdapter } from '../../scripts/bench/fill';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { CHROMIUM_FLAGS, chromiumPath } from './harness';
import { ENTERPRISE, expectedBlock, expectState, PERSONAL, replicaKeys, THREE_SITES, type Values } from './expected-values';
import { REPLICA_ORIGIN, replicaState, routeReplica } from './replica-server';

// window.__BH__ and window.__ctl are declared in fill.spec.ts (the same bundle: scripts/bench/fill.ts bundleAdapter).

/** The wizard title of a 新增网站 order (the replica's `?filing=`). */
const ADD_SITE_ORDER = '新增服务（原备案在腾讯云）';

let browser: Browser;
let adapter: string;
let context: BrowserContext;
let page: Page;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  adapter = await bundleAdapter();
});
test.afterAll(async () => browser.close());
test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeReplica(context);
  page = await context.newPage();
});
test.afterEach(async () => context.close());

const values = async () => (await replicaState(page)).values as Values;

async function open(query: string): Promise<void> {
  await page.goto(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/website?prefix=app-beian&${query}`);
  await expect(page.locator('.app-beian-form__item').first()).toBeVisible();
  await page.addScriptTag({ content: adapter });
}

async function fill(profile: Profile): Promise<{ rows: FillPlanRow[]; report: FillReport }> {
  return page.evaluate(async (p) => {
    window.__ctl ??= window.__BH__.createConsoleController(document);
    const rows = window.__BH__.planFill(window.__ctl.snapshot(), p, { overwrite: false }) as FillPlanRow[];
    const report = await window.__ctl.fill(window.__BH__.fillItemsOf(rows), { overwrite: false });
    return { rows, report };
  }, profile);
}

/** Undo puts back every value the page had before the fill, except what the report says it could not. */
async function expectUndone(before: Values): Promise<void> {
  const undone = await page.evaluate(() => window.__ctl!.undo());
  expect(undone.failed).toEqual([]);
  for (const entry of undone.notRestorable) expect(entry.reason).toMatch(/未选择|不支持清空|新增了/);
  const kept = undone.notRestorable.flatMap((e) => replicaKeys(e.key));
  const now = await values();
  for (const [key, value] of Object.entries(before)) if (!kept.includes(key)) expect(now[key], `${key} after undo`).toEqual(value);
}

test('a 新增网站 order whose block shows the profile’s third domain gets that website, matched by domain', async () => {
  await open(`type=enterprise&sites=WWW.Example-Shop.cn&filing=${encodeURIComponent(ADD_SITE_ORDER)}`);
  const before = await values();
  const { rows, report } = await fill(THREE_SITES);
  expect(report.failed).toEqual([]);
  expect(rows.find((r) => r.key === 'websites[0].name')!.section).toBe('网站 1 · 示例科技商城（example-shop.cn） · 按域名');
  const after = await values();
  // The block shows its domain in the console's spelling; everything else is the third website's.
  expectState(after, expectedBlock(THREE_SITES, 2, 0), ['websites[0].domain']);
  expect(after['websites[0].domain']).toBe('WWW.Example-Shop.cn');
  // The profile's other websites are most likely filed already: offered unticked, so no block is added.
  const offered = rows.filter((r) => /^websites\[[12]\]\./.test(r.key));
  expect(offered.length).toBeGreaterThan(0);
  expect(offered.filter((r) => r.include)).toEqual([]);
  const choosable = offered.filter((r) => r.editable);
  expect(choosable.map((r) => r.key)).toContain('websites[1].name');
  for (const row of choosable) expect(row.reason).toMatch(/本订单是「新增网站（原备案在腾讯云）」，不是首次备案/);
  expect(report.sitesAdded).toBe(0);
  expect(after['websites[1].name']).toBeUndefined();
  await expectUndone(before);
});

test('a first filing whose two blocks are in the reverse order of the profile fills each from its own domain', async () => {
  await open('type=enterprise&sites=example-tech.com.cn,example-tech.cn');
  const before = await values();
  const { rows, report } = await fill(ENTERPRISE);
  expect(report.failed).toEqual([]);
  expect(report.sitesAdded).toBe(0);
  expect(rows.find((r) => r.key === 'websites[1].remark')!.section).toMatch(/^网站 2 · 示例科技官网（example-tech.cn） · 按域名$/);
  const after = await values();
  expectState(after, expectedBlock(ENTERPRISE, 1, 0));
  expectState(after, expectedBlock(ENTERPRISE, 0, 1));
  await expectUndone(before);
});

test('a website with its own 负责人 behind a default-ticked 同主体负责人 gets that 负责人 in the same fill', async () => {
  await open('type=enterprise&sites=example-tech.cn,example-tech.com.cn&sameAs=1');
  const before = await values();
  expect(before['websites[1].sameAsPrincipal']).toBe(true);
  const { report } = await fill(ENTERPRISE);
  expect(report.failed).toEqual([]);
  expect(report.skipped.filter((e) => /没有这个字段|未在页面上出现/.test(e.reason))).toEqual([]);
  const after = await values();
  expectState(after, expectedBlock(ENTERPRISE, 0, 0));
  expectState(after, expectedBlock(ENTERPRISE, 1, 1));
  expect(after['websites[1].principal.name']).toBe('王五');
  await expectUndone(before);
  expect((await values())['websites[1].sameAsPrincipal']).toBe(true);
});

test('a block whose domain the profile lacks gets nothing, and the plan says why', async () => {
  await open('type=personal&sites=another-person.cn');
  const before = await values();
  const { rows, report } = await fill(PERSONAL);
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows.filter((r) => r.key.startsWith('websites['))) {
    expect(row).toMatchObject({ include: false, editable: false });
    expect(row.reason).toMatch(/「another-person.cn」不在档案中/);
  }
  expect(report.filled.filter((e) => e.key.startsWith('websites['))).toEqual([]);
  expect(await values()).toEqual(before);
  await expectUndone(before);
});
