import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createConsoleController } from '@/utils/console';
import { detect } from '@/utils/console/detect';
import { maskPersonal } from '@/utils/console/structure';
import type { PageStructure } from '@/utils/console/types';
import { FIXTURE_PREFIXES, loadFixture } from './helpers/fixtures';
import { renderStructureFixture } from './helpers/render-structure';

const WIZARD_FIXTURES = [
  'verify-personal.html',
  'verify-enterprise.html',
  'subject-personal.html',
  'subject-enterprise.html',
  'website-personal.html',
  'website-enterprise.html',
  'material.html',
  'material-enterprise.html',
  'review.html',
  'review-enterprise.html',
  'drifted.html',
];

const fieldSignature = () =>
  detect(document).snapshot.fields.map((f) => ({ key: f.key, role: f.role, label: f.label, kind: f.kind, required: f.required }));

describe('exportStructure', () => {
  it('keeps labels, kinds, classes, options and titles but no value the user entered', () => {
    loadFixture('subject-personal.html');
    const structure = createConsoleController(document).exportStructure();
    const json = JSON.stringify(structure);
    for (const personal of ['张三', '11010519491231002X', 'typed-by-user@example.com', '广东省', '南山区', '居民身份证', '个人']) {
      expect(json).not.toContain(personal);
    }
    expect(structure).toMatchObject({ format: 'beian-helper.console-structure', version: 1, prefix: 'app-beian', currentStep: 1 });
    expect(structure.stepTitles).toEqual(['验证备案信息', '填写主体信息', '填写网站信息', '上传资料', '提交审核']);
    expect(structure.blocks.map((b) => b.title)).toEqual(['主办单位信息', '主体负责人信息']);
    const validity = structure.blocks[1]!.items.find((i) => i.label === '证件有效期')!;
    expect(validity.controls.map((c) => c.kind)).toEqual(['radio', 'date']);
    expect(validity.controls[0]!.options).toEqual(['非长期', '长期']);
    expect(structure.blocks[0]!.items.find((i) => i.label === '姓名')!.controls[0]!.className).toBe('app-beian-input org-name');
    expect(structure.actions).toEqual(['上一步', '下一步']);
    // The path carries the 17-digit order number: masked.
    expect(structure.path).not.toMatch(/\d{17}/);
  });

  it('masks anything shaped like an ID, a phone number, an e-mail address or a domain in titles, labels and options', () => {
    expect(maskPersonal('网站信息（example.com）')).toBe('网站信息（＊＊＊）');
    expect(maskPersonal('负责人 13800138000 / a.b@example.cn')).toBe('负责人 ＊＊＊ / ＊＊＊');
    expect(maskPersonal('证件 11010519491231002X')).toBe('证件 ＊＊＊');
    expect(maskPersonal('统一社会信用代码 91440300MA5ABCDE1X')).toBe('统一社会信用代码 ＊＊＊');
    expect(maskPersonal('网站首页URL')).toBe('网站首页URL');
    loadFixture('website-enterprise.html');
    document.querySelector('h3')!.textContent = '网站信息（shanjian.example.com）';
    const json = JSON.stringify(createConsoleController(document).exportStructure());
    expect(json).not.toContain('example');
  });
});

describe.each(FIXTURE_PREFIXES)('an exported structure becomes a replica case (prefix %s)', (prefix) => {
  it.each(WIZARD_FIXTURES)('%s: rendering the structure back gives the same fields and step', (name) => {
    loadFixture(name, { prefix });
    const before = detect(document).snapshot;
    const structure = JSON.parse(JSON.stringify(createConsoleController(document).exportStructure())) as PageStructure;
    const signature = fieldSignature();
    document.body.innerHTML = renderStructureFixture(structure);
    const after = detect(document).snapshot;
    expect(fieldSignature()).toEqual(signature);
    expect(after.step).toBe(before.step);
    expect(after.diagnostics).toEqual(before.diagnostics);
    expect(after.canAddSite).toBe(before.canAddSite);
  });
});

describe('structure files in test/fixtures/console', () => {
  const dir = path.resolve('test/fixtures/console');
  const files = readdirSync(dir).filter((f) => f.endsWith('.structure.json'));

  it('has at least one exported case', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s renders into a page where every exported field is found again', (file) => {
    const structure = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as PageStructure;
    document.body.innerHTML = renderStructureFixture(structure);
    const { snapshot } = detect(document);
    const labels = structure.blocks.flatMap((b) => b.items.map((i) => i.label));
    expect(snapshot.fields.map((f) => f.label)).toEqual(expect.arrayContaining(labels));
    expect(snapshot.step).not.toBeNull();
  });
});

describe('exportStructure on order pages and lists', () => {
  it('keeps the labels, signal kinds, classes and stage texts of an order page, but no value', () => {
    loadFixture('order-tag.html', { path: '/beian/manage/process/30179078206880765/detail' });
    const structure = createConsoleController(document).exportStructure();
    const json = JSON.stringify(structure);
    for (const value of ['30179078206880765', '深圳市山涧科技有限公司', 'shanjian.example.cn', '2026-01-28']) expect(json).not.toContain(value);
    expect(structure.pageKind).toBe('order');
    expect(structure.orders).toEqual([
      {
        source: 'detail',
        labels: ['备案类型', '主办单位名称', '网站域名', '提交时间'],
        signals: [{ kind: 'tag', className: 'tea-tag tea-tag--warning', text: '待短信核验', stage: 'smsVerification', confidence: 3 }],
        stage: 'smsVerification',
      },
    ]);
  });

  it('describes every order of a list, with its column headers', () => {
    loadFixture('orders-list.html', { path: '/beian/manage/orders' });
    const structure = createConsoleController(document).exportStructure();
    expect(JSON.stringify(structure)).not.toMatch(/example\.com|3017\d{13}/);
    expect(structure.pageKind).toBe('order-list');
    expect(structure.orders.map((o) => [o.labels.join('|'), o.stage])).toEqual([
      ['订单号|备案类型|域名/服务|状态|提交时间|操作', 'tencentReview'],
      ['订单号|备案类型|域名/服务|状态|提交时间|操作', 'smsVerification'],
    ]);
  });
});
