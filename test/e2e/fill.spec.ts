/**
 * Filling the replica console, in Chromium.
 *
 * 1. The console adapter against the replica's React 19 state, for a personal and an enterprise profile under both
 *    class prefixes and both wordings, on every step with fields: after filling, the replica's state holds the
 *    profile's values; a value the user typed first is kept; undo puts every value back except the ones the report
 *    lists as not restorable. The adapter runs injected into the page's own world (where React's value tracker is
 *    visible, the harder case for a filler); the extension's content script runs the same code in its isolated world.
 * 2. The same through the extension: the docked panel's 填充本页 button (once the panel hosts the fill view).
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import path from 'node:path';
import type { Profile } from '@/utils/profile';
import type { FillItem, FillReport, OrderObservation, PageSnapshot, UndoReport } from '@/utils/console/types';
import { bundleAdapter } from '../../scripts/bench/fill';
import { DRAFT_ORDER_ID, SEED_ORDERS } from '../replica/src/data/orders';
import { CHROMIUM_FLAGS, chromiumPath, CONSOLE_ORIGIN, launchWithExtension, panelFrame } from './harness';
import { ENTERPRISE, expectedValues, expectState, PERSONAL, replicaKeys, type Values } from './expected-values';
import { REPLICA_ORIGIN, replicaState, routeReplica } from './replica-server';

interface StepResult {
  snapshot: PageSnapshot;
  items: FillItem[];
  report: FillReport;
}

declare global {
  interface Window {
    __BH__: {
      createConsoleController(doc: Document): {
        snapshot(): PageSnapshot;
        fill(items: FillItem[], opts: { overwrite: boolean }): Promise<FillReport>;
        undo(): Promise<UndoReport>;
        readOrders(): OrderObservation[];
        observe(onChange: (reading: { snapshot: PageSnapshot }) => void): () => void;
      };
      planFill(snapshot: PageSnapshot, profile: Profile, opts: { overwrite: boolean }): unknown[];
      fillItemsOf(rows: unknown[]): FillItem[];
    };
    __ctl?: ReturnType<Window['__BH__']['createConsoleController']>;
    /** The step of the observer's last reading. */
    __readStep?: string | null;
  }
}

async function fillStep(page: Page, profile: Profile): Promise<StepResult> {
  return page.evaluate(async (p) => {
    window.__ctl ??= window.__BH__.createConsoleController(document);
    const snapshot = window.__ctl.snapshot();
    const items = window.__BH__.fillItemsOf(window.__BH__.planFill(snapshot, p, { overwrite: false }));
    const report = await window.__ctl.fill(items, { overwrite: false });
    return { snapshot, items, report };
  }, profile);
}

const undoStep = (page: Page) => page.evaluate(() => window.__ctl!.undo());
const values = async (page: Page) => (await replicaState(page)).values as Values;

let browser: Browser;
let adapter: string;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  adapter = await bundleAdapter();
});
test.afterAll(async () => browser.close());

test.describe('the console adapter fills the replica', () => {
  let context: BrowserContext;
  let page: Page;

  test.beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await routeReplica(context);
    page = await context.newPage();
  });
  test.afterEach(async () => context.close());

  const CASES = [
    { name: 'personal', profile: PERSONAL, prefix: 'app-beian', wording: 'website' },
    { name: 'personal', profile: PERSONAL, prefix: 'tea', wording: 'service' },
    { name: 'enterprise', profile: ENTERPRISE, prefix: 'tea', wording: 'website' },
    { name: 'enterprise', profile: ENTERPRISE, prefix: 'app-beian', wording: 'service' },
  ] as const;

  for (const { name, profile, prefix, wording } of CASES) {
    test(`${name} profile, prefix ${prefix}, ${wording} wording: every step fills, keeps typed values, and undoes`, async () => {
      await page.goto(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/verify?prefix=${prefix}&wording=${wording}`);
      await expect(page.locator(`.${prefix}-form__item`).first()).toBeVisible();
      await page.addScriptTag({ content: adapter });
      // Observing, as the extension's session does: that is how the adapter hears what the user types.
      await page.evaluate(() => {
        window.__ctl = window.__BH__.createConsoleController(document);
        window.__ctl.observe((reading) => void (window.__readStep = reading.snapshot.step));
      });

      for (const step of ['verify', 'subject', 'website'] as const) {
        await expect.poll(async () => (await replicaState(page)).step).toBe(step);
        await expect(page.locator(`.${prefix}-form__item`).first()).toBeVisible();

        // The user types one value by hand first (once the step has been read, as a person would): the fill must leave
        // it alone.
        let typed: { key: string; value: string } | null = null;
        if (step === 'subject') {
          await expect.poll(() => page.evaluate(() => window.__readStep)).toBe(step);
          typed = { key: 'subject.mailingAddress', value: '用户手写的通信地址 8 号' };
          const label = page.locator(`.${prefix}-form__label`, { hasText: /^\s*通信地址\s*$/ });
          await page.locator(`.${prefix}-form__item`, { has: label }).locator('input').pressSequentially(typed.value);
        }

        const before = await values(page);
        const { snapshot, items, report } = await fillStep(page, profile);
        expect(snapshot.step).toBe(step);
        expect(snapshot.diagnostics.drift, JSON.stringify(snapshot.diagnostics)).toBe(false);
        expect(report.failed).toEqual([]);
        if (step === 'website') expect(report.sitesAdded).toBe(profile.websites.length - 1);
        const filled = await values(page);
        expectState(filled, expectedValues(profile, step), typed ? [typed.key] : []);
        if (typed) {
          expect(filled[typed.key]).toBe(typed.value);
          expect(items.map((i) => i.key)).not.toContain(typed.key);
        }
        if (step === 'subject') expect(report.needsUser.smsCodes).toEqual(['手机验证码']);

        const undone = await undoStep(page);
        expect(undone.failed).toEqual([]);
        const kept = undone.notRestorable.flatMap((e) => replicaKeys(e.key));
        const restored = await values(page);
        for (const [key, value] of Object.entries(before)) {
          if (!kept.includes(key)) expect(restored[key], `${key} after undo`).toEqual(value);
        }
        // Only choices without a way back to "nothing chosen", date pickers that cannot be emptied and added
        // website blocks may stay.
        for (const entry of undone.notRestorable) {
          expect(entry.reason).toMatch(/未选择|不支持清空|新增了/);
        }

        // Fill again and go on with the profile's values in place, as a user would.
        const again = await fillStep(page, profile);
        expect(again.report.failed).toEqual([]);
        expectState(await values(page), expectedValues(profile, step), typed ? [typed.key] : []);
        if (step !== 'website') await page.getByRole('button', { name: '下一步' }).click();
      }
    });
  }

  test('overwriting replaces what the user typed, and a second undo has nothing left to do', async () => {
    await page.goto(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/subject?prefix=app-beian`);
    await page.addScriptTag({ content: adapter });
    await page.locator('.app-beian-form__item', { hasText: '负责人姓名' }).locator('input').pressSequentially('错误的名字');
    const result = await page.evaluate(async (p) => {
      const ctl = window.__BH__.createConsoleController(document);
      const items = window.__BH__.fillItemsOf(window.__BH__.planFill(ctl.snapshot(), p, { overwrite: true }));
      const report = await ctl.fill(items, { overwrite: true });
      const first = await ctl.undo();
      const second = await ctl.undo();
      return { report, first, second };
    }, PERSONAL);
    expect(result.report.filled.map((e) => e.key)).toContain('principal.name');
    expect((await values(page))['principal.name']).toBe('错误的名字');
    expect(result.first.restored.map((e) => e.key)).toContain('principal.name');
    expect(result.second).toEqual({ restored: [], notRestorable: [], failed: [] });
  });

  // Touched is told by trusted events on the fields the observer read (a click in a field counts without a change).
  for (const clicked of [false, true]) {
    test(`a page default is replaced unless the user clicked into it (${clicked ? 'clicked' : 'not clicked'})`, async () => {
      await page.goto(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/verify?prefix=tea&sites=page-default.cn`);
      await expect(page.locator('.tea-form__item').first()).toBeVisible();
      await page.addScriptTag({ content: adapter });
      await page.evaluate(() => {
        window.__ctl = window.__BH__.createConsoleController(document);
        window.__ctl.observe(() => undefined);
      });
      const label = page.locator('.tea-form__label', { hasText: /^\W*域名\W*$/ });
      if (clicked) await page.locator('.tea-form__item', { has: label }).locator('input').click();
      const report = await page.evaluate(() => window.__ctl!.fill([{ key: 'websites[0].domain', value: 'profile.cn' }], { overwrite: false }));
      if (clicked) {
        expect(report.skipped.find((e) => e.key === 'websites[0].domain')?.reason, JSON.stringify(report)).toMatch(/页面已有内容/);
      } else {
        expect(report.filled.map((e) => e.key), JSON.stringify(report)).toEqual(['websites[0].domain']);
      }
      expect((await values(page))['websites[0].domain']).toBe(clicked ? 'page-default.cn' : 'profile.cn');
    });
  }
});

test.describe('the console adapter reads the replica’s order pages', () => {
  test('every order row of the list, and an order’s detail with its notice', async () => {
    const context = await browser.newContext();
    await routeReplica(context);
    try {
      const page = await context.newPage();
      await page.goto(`${REPLICA_ORIGIN}/beian/manage/orders?prefix=tea`);
      await expect(page.locator('.tea-table__body tr').first()).toBeVisible();
      await page.addScriptTag({ content: adapter });
      const read = () => page.evaluate(() => window.__BH__.createConsoleController(document).readOrders());
      const rows = await read();
      expect(rows.map((r) => [r.orderId, r.domain, r.filingType, r.statusTexts[0]])).toEqual(
        SEED_ORDERS.map((o) => [o.orderId, o.domain, o.filingType, o.status]),
      );
      expect(rows.every((r) => r.source === 'list')).toBe(true);

      const withNotice = SEED_ORDERS.find((o) => o.notice)!;
      await page.getByRole('row', { name: new RegExp(withNotice.orderId) }).getByRole('link', { name: '查看详情' }).click();
      await expect(page.locator('.tea-form__text').first()).toBeVisible();
      const [detail] = await read();
      expect(detail).toMatchObject({ source: 'detail', orderId: withNotice.orderId, statusTexts: [withNotice.status], stage: 'smsVerification' });
      expect(detail!.signals.filter((s) => s.kind === 'alert').map((s) => s.text).join('')).toContain(withNotice.notice!.text);
      const snapshot = await page.evaluate(() => window.__BH__.createConsoleController(document).snapshot());
      expect(snapshot).toMatchObject({ step: null, pageKind: 'order', order: { orderId: withNotice.orderId, stage: 'smsVerification' }, diagnostics: { drift: false } });
    } finally {
      await context.close();
    }
  });
});

test.describe('through the extension panel', () => {
  test('填充本页 in the docked panel fills step 1 of the replica with the chosen profile', async () => {
    const session = await launchWithExtension();
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('导入档案').setInputFiles(path.resolve('test/fixtures/profiles/personal.json'));
      await expect(options.getByText('已导入 1 个档案。')).toBeVisible();

      const page = await session.context.newPage();
      await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/verify?prefix=app-beian`);
      const panel = await panelFrame(page);
      const picker = panel.getByRole('combobox', { name: '申请人档案' });
      await picker.selectOption({ index: 1 });
      await expect(panel.getByRole('checkbox', { name: '填充「备案区域」' })).toBeChecked();
      await panel.getByRole('button', { name: '填充本页' }).click();
      await expect(panel.getByRole('status', { name: '填充结果' })).toContainText('已填充');
      expectState(await values(page), expectedValues(PERSONAL, 'verify'));

      await panel.getByRole('button', { name: '撤销填充' }).click();
      await expect(panel.getByRole('status', { name: '撤销结果' })).toContainText('已恢复');
      expect((await values(page))['subject.name']).toBe('');
      expect(session.blockedRequests).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test('从页面保存到档案 round-trips: what the user typed is saved into the profile and fills the next filing', async () => {
    const session = await launchWithExtension();
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('导入档案').setInputFiles(path.resolve('test/fixtures/profiles/personal.json'));
      await expect(options.getByText('已导入 1 个档案。')).toBeVisible();

      const page = await session.context.newPage();
      await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/verify`);
      const panel = await panelFrame(page);
      await panel.getByRole('combobox', { name: '申请人档案' }).selectOption(PERSONAL.id);
      await panel.getByRole('button', { name: '填充本页' }).click();
      await expect(panel.getByRole('status', { name: '填充结果' })).toContainText('已填充');

      // The user corrects the name by hand, then saves the page into the profile.
      const nameInput = page.locator('input.org-name');
      await nameInput.fill('张小三');
      await expect.poll(async () => (await values(page))['subject.name']).toBe('张小三');
      await panel.getByRole('button', { name: '从页面保存到档案' }).click();
      const dialog = panel.getByRole('dialog', { name: '从页面保存到档案' });
      await expect(dialog.getByRole('row').filter({ hasText: '张小三' })).toContainText(PERSONAL.subject.name);
      await dialog.getByRole('button', { name: '确认保存' }).click();
      await expect(panel.getByText(/已将 \d+ 项保存到档案/)).toBeVisible();

      // A new filing, filled from the saved profile, carries the corrected value.
      await page.evaluate(() => (window as unknown as { __REPLICA__: { reset(): void } }).__REPLICA__.reset());
      await page.reload();
      const again = await panelFrame(page);
      await expect(again.getByRole('combobox', { name: '申请人档案' })).toHaveValue(PERSONAL.id);
      await again.getByRole('button', { name: '填充本页' }).click();
      await expect(again.getByRole('status', { name: '填充结果' })).toContainText('已填充');
      expect((await values(page))['subject.name']).toBe('张小三');
      expect((await values(page))['subject.certificateNumber']).toBe(PERSONAL.subject.certificateNumber);
    } finally {
      await session.close();
    }
  });
});
