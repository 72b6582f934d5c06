/**
 * Fill speed in Chromium (prints figures; the goals are printed beside them):
 * - a whole step of 20 fields — the region cascader, 3 dropdowns (one virtualised, option far down) and 16 text fields
 *   (goal ≤ 300 ms),
 * - 30 plain text fields (goal ≤ 16 ms),
 * - the size of the adapter the content script bundles (part of the ≤ 15 KB gzip goal of the injected script).
 * The pages are React 19 renders of the tea-like controls in test/unit/console/helpers; the adapter runs injected into
 * the page (the page's own JavaScript world, where React's value tracker is visible: the harder case).
 */
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin, type Rollup } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../../test/e2e/harness';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = 7;

/** The bundle's entry exists only in memory (named like a file at the repo root so relative tooling is happy). */
const ENTRY = path.join(ROOT, '__bh_bench_entry__.ts');

function virtualEntry(code: string): Plugin {
  return {
    name: 'bh-virtual-entry',
    enforce: 'pre',
    resolveId: (id) => (id === ENTRY || id.endsWith('__bh_bench_entry__.ts') ? ENTRY : null),
    load: (id) => (id === ENTRY ? code : null),
  };
}

/** Bundles `code` (imports may use `@/`) into one IIFE script for a page; returns the script text. */
async function bundle(code: string, minify = true): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [react(), virtualEntry(code)],
    build: {
      write: false,
      minify,
      reportCompressedSize: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'bhBundle', fileName: 'bundle' },
    },
  });
  const output = (Array.isArray(result) ? result[0]! : (result as Rollup.RollupOutput)).output;
  return output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
}

/**
 * The console adapter and the panel's planner as one page script: `window.__BH__ = { createConsoleController,
 * planFill, fillItemsOf }`. Used by test/e2e/fill.spec.ts to drive the replica from inside the page.
 */
export function bundleAdapter(): Promise<string> {
  return bundle(`
    import { createConsoleController } from '@/utils/console';
    import { planFill, fillItemsOf } from '@/utils/console/plan';
    window.__BH__ = { createConsoleController, planFill, fillItemsOf };
  `);
}

/** What the content script pulls in from utils/console (including zod/mini for the payload schemas). */
async function adapterSize(): Promise<{ raw: number; gzip: number }> {
  const code = await bundle(`
    import { createConsoleController, isFilingPath, FillRequestSchema } from '@/utils/console';
    window.__adapter = { createConsoleController, isFilingPath, FillRequestSchema };
  `);
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

const HELPERS = path.join(ROOT, 'test/unit/console/helpers/tea-react.tsx');

/** A page with both bench forms; `mount(kind)` renders one afresh and resolves with the items to fill. */
function benchPage(): Promise<string> {
  return bundle(`
    import { createElement as h } from 'react';
    import { flushSync } from 'react-dom';
    import { createRoot } from 'react-dom/client';
    import * as T from ${JSON.stringify(HELPERS)};
    import { createConsoleController } from '@/utils/console';

    const TEXT_LABELS = ['证件住所', '通信地址', '投资人或主管单位', '备注', '负责人姓名', '证件号码', '办公室电话', '手机号码',
      '应急联系电话', '电子邮箱', '网站名称', '网站首页URL', '网站备注', '法定代表人姓名', '法定代表人证件号码', '单位名称'];
    const REGIONS = { 广东省: { 深圳市: ['福田区', '南山区'], 广州市: ['天河区'] }, 浙江省: { 杭州市: ['西湖区'] } };
    const NATURES = ['国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体'];
    const TYPES = Array.from({ length: 60 }, (_, i) => '证件类型' + (i + 1));
    const LANGS = ['中文简体', '中文繁体', '英语', '日语'];

    function Step() {
      return h(T.TeaPage, { store: { values: {} } },
        h(T.Stepper, { titles: ['验证备案信息', '填写主体信息', '填写网站信息'], current: 1 }),
        h(T.Card, { title: '主办单位信息' },
          h(T.Item, { label: '备案区域' }, h(T.CascaderField, { name: 'region', tree: REGIONS })),
          h(T.Item, { label: '主办单位性质' }, h(T.SelectField, { name: 'nature', options: NATURES })),
          h(T.Item, { label: '证件类型' }, h(T.SelectField, { name: 'type', options: TYPES })),
          ...TEXT_LABELS.slice(0, 8).map((label, i) => h(T.Item, { key: label, label }, h(T.TextField, { name: 't' + i })))),
        h(T.Card, { title: '网站信息' },
          h(T.Item, { label: '网站语言' }, h(T.SelectField, { name: 'lang', options: LANGS })),
          ...TEXT_LABELS.slice(8).map((label, i) => h(T.Item, { key: label, label }, h(T.TextField, { name: 'u' + i })))));
    }
    const STEP_ITEMS = [
      { key: 'subject.region', value: ['广东省', '深圳市', '南山区'] },
      { key: 'subject.type', value: '个人' },
      { key: 'subject.certificateType', value: '证件类型57' },
      { key: 'websites[0].languages', value: ['中文简体'] },
    ];

    // 30 text fields: three website blocks of ten plain inputs each.
    const SITE_LABELS = ['网站名称', '网站首页URL', '网站备注', '负责人姓名', '证件号码', '办公室电话', '手机号码', '应急联系电话', '电子邮箱', '网站域名'];
    const SITE_KEYS = ['name', 'homepageUrl', 'remark', 'principal.name', 'principal.certificateNumber', 'principal.officePhone',
      'principal.mobile', 'principal.emergencyPhone', 'principal.email', 'domain'];
    function Texts() {
      return h(T.TeaPage, { store: { values: {} } },
        h(T.Stepper, { titles: ['验证备案信息', '填写主体信息', '填写网站信息'], current: 2 }),
        ...[0, 1, 2].map((site) => h(T.Card, { key: site, title: '网站信息' },
          ...SITE_LABELS.map((label, i) => h(T.Item, { key: label, label }, h(T.TextField, { name: 's' + site + i }))))));
    }

    let root = null;
    window.__BENCH__ = {
      mount(kind) {
        root?.unmount();
        document.getElementById('tea-overlay-root')?.remove();
        const host = document.getElementById('root');
        root = createRoot(host);
        flushSync(() => root.render(h(kind === 'step' ? Step : Texts)));
        const controller = createConsoleController(document, { flashMs: 1000 });
        const snapshot = controller.snapshot();
        const items = kind === 'step'
          ? [...STEP_ITEMS, ...snapshot.fields.filter((f) => f.kind === 'text' || f.kind === 'textarea').map((f, i) => ({ key: f.key, value: '值' + i }))]
          : [0, 1, 2].flatMap((site) => SITE_KEYS.map((k, i) => ({ key: 'websites[' + site + '].' + k, value: 'v' + site + i })));
        window.__BENCH__.controller = controller;
        return { fields: snapshot.fields.length, items };
      },
    };
  `);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, ${xs.length} runs)`;

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const size = await adapterSize();
  lines.push(`console adapter as bundled for the content script: ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip (the whole injected script's goal is ≤ 15 KB gzip)`);

  const page = await benchPage();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const tab = await browser.newPage();
    await tab.setContent('<!doctype html><meta charset="utf-8"><div id="root"></div>');
    await tab.addScriptTag({ content: page });
    for (const [kind, title, goal] of [
      ['step', 'whole step: 20 fields (cascader, 3 dropdowns, 16 text fields)', '≤ 300 ms'],
      ['texts', '30 plain text fields', '≤ 16 ms'],
    ] as const) {
      const times: number[] = [];
      let summary = '';
      for (let i = 0; i <= ROUNDS; i++) {
        const result = await tab.evaluate(async (which) => {
          const bench = (window as unknown as { __BENCH__: { mount(kind: string): { fields: number; items: unknown[] }; controller: { fill(items: unknown[], opts: { overwrite: boolean }): Promise<{ filled: unknown[]; failed: unknown[] }> } } }).__BENCH__;
          const { fields, items } = bench.mount(which);
          const t0 = performance.now();
          const report = await bench.controller.fill(items, { overwrite: false });
          return { ms: performance.now() - t0, fields, items: items.length, filled: report.filled.length, failed: report.failed.length };
        }, kind);
        if (i > 0) times.push(result.ms); // the first round warms the JIT up
        summary = `${result.fields} fields on the page, ${result.filled}/${result.items} filled, ${result.failed} failed`;
      }
      lines.push(`${title}: ${fmt(times)} — goal ${goal}; ${summary}`);
    }
  } finally {
    await browser.close();
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
