import { act, cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsoleController, type ConsoleController } from '@/utils/console';
import type { FillItem } from '@/utils/console/types';
import {
  Button,
  Card,
  CascaderField,
  CheckboxField,
  CheckboxGroupField,
  Item,
  LegacyDateField,
  RadioField,
  SelectField,
  Stepper,
  TeaPage,
  TextField,
  ValidityField,
  type Store,
  type Tree,
  type Values,
} from './helpers/tea-react';

const REGIONS: Tree = {
  北京市: { 北京市: ['东城区', '西城区'] },
  广东省: { 广州市: ['天河区', '越秀区'], 深圳市: ['福田区', '南山区', '宝安区'] },
  广西壮族自治区: { 南宁市: ['青秀区'] },
};
// Long enough that the wanted option is outside the rendered window of the virtual list.
const CERTIFICATE_TYPES = [
  '居民身份证',
  '护照',
  '台湾居民来往大陆通行证',
  '港澳居民来往内地通行证',
  '外国人永久居留身份证',
  '港澳居民居住证',
  '台湾居民居住证',
  ...Array.from({ length: 40 }, (_, i) => `其他证件${i + 1}`),
  '军官证',
];
const NATURES = ['国防机构', '政府机关', '事业单位', '企业', '个人', '社会团体'];

function SubjectStep({ store, prefix, initial }: { store: Store; prefix?: string; initial?: Values }) {
  return (
    <TeaPage store={store} prefix={prefix} initial={initial}>
      <Stepper titles={['验证备案信息', '填写主体信息', '填写网站信息', '上传资料', '提交审核']} current={1} />
      <Card title="主办单位信息">
        <Item label="备案区域">
          <CascaderField name="region" tree={REGIONS} />
        </Item>
        <Item label="主办单位性质">
          <SelectField name="nature" options={NATURES} />
        </Item>
        <Item label="通信地址">
          <TextField name="mailing" />
        </Item>
        <Item label="备注">
          <TextField name="remark" multiline />
        </Item>
      </Card>
      <Card title="主体负责人信息">
        <Item label="负责人姓名">
          <TextField name="principalName" />
        </Item>
        <Item label="证件类型">
          <SelectField name="certType" options={CERTIFICATE_TYPES} />
        </Item>
        <Item label="证件号码">
          <TextField name="certNumber" />
        </Item>
        <Item label="证件有效期">
          <ValidityField name="validTo" />
        </Item>
        <Item label="手机号码">
          <TextField name="mobile" />
        </Item>
        <Item label="电子邮箱">
          <TextField name="email" />
        </Item>
      </Card>
    </TeaPage>
  );
}

const SUBJECT_ITEMS: FillItem[] = [
  { key: 'subject.region', value: ['广东省', '深圳市', '南山区'] },
  { key: 'subject.type', value: '个人' },
  { key: 'subject.mailingAddress', value: '科技园路1号2栋301室' },
  { key: 'subject.remark', value: '个人网站' },
  { key: 'principal.name', value: '张三' },
  { key: 'principal.certificateType', value: '军官证' },
  { key: 'principal.certificateNumber', value: '11010519491231002X' },
  { key: 'principal.certificateValidTo', value: '2040-01-01' },
  { key: 'principal.mobile', value: '13800138000' },
  { key: 'principal.email', value: 'zhangsan@example.com' },
];

const FILLED: Values = {
  region: ['广东省', '深圳市', '南山区'],
  nature: '个人',
  mailing: '科技园路1号2栋301室',
  remark: '个人网站',
  principalName: '张三',
  certType: '军官证',
  certNumber: '11010519491231002X',
  validTo: '2040-01-01',
  mobile: '13800138000',
  email: 'zhangsan@example.com',
};

let controller: ConsoleController;

// The console's React runs with normal scheduling, not inside act(): scroll and timer updates land when they land,
// and the controller waits for them through DOM mutations.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
});
afterAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
beforeEach(() => {
  document.body.innerHTML = '';
});
afterEach(() => {
  cleanup();
  document.getElementById('tea-overlay-root')?.remove();
});

const fill = (items: FillItem[], overwrite = false) => controller.fill(items, { overwrite });
const undo = () => controller.undo();

describe.each(['app-beian', 'tea'])('filling a React-rendered step (prefix %s)', (prefix) => {
  it('puts every kind of value into React state: text, textarea, virtualised select, cascader, validity date', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} prefix={prefix} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill(SUBJECT_ITEMS);
    expect(report.failed).toEqual([]);
    expect(report.filled.map((e) => e.key).sort()).toEqual(SUBJECT_ITEMS.map((i) => i.key).sort());
    expect(store.values).toEqual(FILLED);
    expect(controller.snapshot().fields.find((f) => f.key === 'principal.certificateType')!.value).toBe('军官证');
  });

  it('leaves values the user typed unless overwriting is asked for', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} prefix={prefix} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    // The adapter reads the step first; the user's values come after that reading.
    expect(controller.snapshot().fields.find((f) => f.key === 'principal.email')!.userChanged).toBe(false);
    act(() => {
      store.set!('email', 'mine@example.com');
      store.set!('nature', '企业');
    });
    expect(controller.snapshot().fields.find((f) => f.key === 'principal.email')!.userChanged).toBe(true);
    const report = await fill(SUBJECT_ITEMS);
    expect(store.values.email).toBe('mine@example.com');
    expect(store.values.nature).toBe('企业');
    expect(report.skipped.map((e) => e.key).sort()).toEqual(['principal.email', 'subject.type']);
    expect(report.skipped[0]!.reason).toMatch(/页面已有内容/);
    expect(store.values.mobile).toBe('13800138000');

    await fill(SUBJECT_ITEMS, true);
    expect(store.values.email).toBe('zhangsan@example.com');
    expect(store.values.nature).toBe('个人');
  });

  it('replaces what the page showed on its own, and undo brings that reading back exactly', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} prefix={prefix} initial={{ email: 'default@example.com', nature: '企业' }} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const email = controller.snapshot().fields.find((f) => f.key === 'principal.email')!;
    expect(email).toMatchObject({ value: 'default@example.com', userChanged: false });
    const report = await fill(SUBJECT_ITEMS);
    expect(report.skipped).toEqual([]);
    expect(store.values.email).toBe('zhangsan@example.com');
    expect(store.values.nature).toBe('个人');
    // What the fill wrote is not the user's either.
    expect(controller.snapshot().fields.find((f) => f.key === 'principal.email')!.userChanged).toBe(false);
    await undo();
    expect(store.values.email).toBe('default@example.com');
    expect(store.values.nature).toBe('企业');
  });
});

describe('undo', () => {
  it('restores every text field exactly and lists choices the console cannot empty again', async () => {
    const store: Store = { values: {} };
    const initial = { mailing: '旧地址', nature: '企业', remark: '' };
    render(<SubjectStep store={store} initial={initial} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    await fill(SUBJECT_ITEMS, true);
    expect(store.values).toEqual(FILLED);

    const report = await undo();
    expect(store.values.mailing).toBe('旧地址');
    expect(store.values.nature).toBe('企业');
    for (const name of ['remark', 'principalName', 'certNumber', 'mobile', 'email']) expect(store.values[name]).toBe('');
    // The select, the cascader and the validity radio were empty before: tea cannot go back to "nothing chosen".
    expect(report.notRestorable.map((e) => e.key).sort()).toEqual(['principal.certificateType', 'principal.certificateValidTo', 'subject.region']);
    expect(report.restored.map((e) => e.key)).toContain('subject.type');
    expect(report.failed).toEqual([]);
    // Nothing left to undo.
    expect(await undo()).toEqual({ restored: [], notRestorable: [], failed: [] });
  });

  it('does not undo a field the user changed after filling', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    await fill([{ key: 'principal.mobile', value: '13800138000' }]);
    const input = [...document.querySelectorAll('input')].find((i) => i.value === '13800138000')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '13900139000');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const report = await undo();
    expect(store.values.mobile).toBe('13900139000');
    expect(report.notRestorable[0]).toMatchObject({ key: 'principal.mobile', reason: '填充后又被修改过，未恢复' });
  });
});

describe('drivers in detail', () => {
  it('skips a text field while an IME composition is open in it', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const input = document.querySelectorAll('[class*="form__item"]')[4]!.querySelector('input')!;
    input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true }));
    const report = await fill([{ key: 'principal.name', value: '张三' }]);
    expect(report.skipped[0]).toMatchObject({ key: 'principal.name', reason: '输入法正在输入，已跳过' });
    expect(store.values.principalName).toBeUndefined();
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true }));
    await fill([{ key: 'principal.name', value: '张三' }]);
    expect(store.values.principalName).toBe('张三');
  });

  it('chooses 长期 on the validity radio', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    await fill([{ key: 'principal.certificateValidTo', value: '长期' }]);
    expect(store.values.validTo).toBe('长期');
  });

  it('uses the search box of a searchable select, and a side-by-side cascader', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store}>
        <Card title="主办单位信息">
          <Item label="备案区域">
            <CascaderField name="region" tree={REGIONS} columns />
          </Item>
          <Item label="证件类型">
            <SelectField name="certType" options={CERTIFICATE_TYPES} searchable />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill([
      { key: 'subject.region', value: ['北京市', '北京市', '西城区'] },
      { key: 'subject.certificateType', value: '其他证件33' },
    ]);
    expect(report.failed).toEqual([]);
    expect(store.values).toEqual({ region: ['北京市', '北京市', '西城区'], certType: '其他证件33' });
  });

  it('reports an option the list does not have and closes the popup', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} />);
    controller = createConsoleController(document, { timeoutMs: 300, flashMs: 10 });
    const report = await fill([
      { key: 'subject.type', value: '外星机构' },
      { key: 'subject.region', value: ['广东省', '深圳市'] },
    ]);
    expect(report.failed.map((e) => [e.key, e.reason])).toEqual([
      ['subject.region', '地区没有选完（可能需要选择到区县）'],
      ['subject.type', '下拉列表中没有「外星机构」'],
    ]);
    expect(document.querySelector('#tea-overlay-root [class*="-list--option"]')).toBeNull();
    expect(store.values.nature).toBeUndefined();
  });

  it('ticks checkbox groups (以上都不涉及 is exclusive), radios and a single checkbox; unticks what the profile lacks', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store} initial={{ languages: ['英语'] }}>
        <Stepper titles={['验证备案信息', '填写主体信息', '填写网站信息']} current={2} />
        <Card title="网站信息">
          <Item label="网站语言">
            <CheckboxGroupField name="languages" options={['中文简体', '中文繁体', '英语']} />
          </Item>
          <Item label="前置或专项审批内容类型">
            <CheckboxGroupField name="pre" options={['新闻', '出版', '以上都不涉及']} />
          </Item>
          <Item label="网站服务内容">
            <RadioField name="content" options={['单位门户网站', '其他']} />
          </Item>
        </Card>
        <Card title="网站负责人">
          <CheckboxField name="same" text="同主体负责人" />
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill(
      [
        { key: 'websites[0].languages', value: ['中文简体'] },
        { key: 'websites[0].preApprovals', value: ['以上都不涉及'] },
        { key: 'websites[0].serviceContent', value: ['其他'] },
        { key: 'websites[0].sameAsPrincipal', value: true },
      ],
      true,
    );
    expect(report.failed).toEqual([]);
    expect(store.values).toEqual({ languages: ['中文简体'], pre: ['以上都不涉及'], content: '其他', same: true });
  });

  it('ticks and unticks options of a multiple select whose popup stays open', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store} initial={{ content: ['即时通信', '网站建设'] }}>
        <Card title="网站信息">
          <Item label="网站服务内容">
            <SelectField name="content" multiple searchable options={['即时通信', '博客/个人空间', '网站建设', ...CERTIFICATE_TYPES, '其他']} />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    expect(controller.snapshot().fields[0]!.value).toBe('即时通信、网站建设');
    const report = await fill([{ key: 'websites[0].serviceContent', value: ['博客/个人空间', '其他'] }], true);
    expect(report.failed).toEqual([]);
    expect(store.values.content).toEqual(['博客/个人空间', '其他']);
    expect(document.querySelector('#tea-overlay-root [class*="-list--option"]')).toBeNull();
  });

  it('fills start and end dates around a 长期 choice that hides the end date', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store} initial={{ validTo: '长期', validToFrom: '' }}>
        <Card title="主体负责人信息">
          <Item label="证件有效期">
            <ValidityField name="validTo" withStart />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    expect(controller.snapshot().fields.map((f) => [f.key, f.value])).toEqual([
      ['principal.certificateValidFrom', ''],
      ['principal.certificateValidTo', '长期'],
    ]);
    const report = await fill(
      [
        { key: 'principal.certificateValidFrom', value: '2020-01-01' },
        { key: 'principal.certificateValidTo', value: '2040-01-01' },
      ],
      true,
    );
    expect(report.failed).toEqual([]);
    expect(store.values).toEqual({ validToFrom: '2020-01-01', validTo: '2040-01-01' });
    await undo();
    expect(store.values).toEqual({ validToFrom: '', validTo: '长期' });
  });

  it('chooses 省 / 市 / 区 from three separate dropdowns when there is no cascader', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store}>
        <Card title="主办单位信息">
          <Item label="备案地域">
            <SelectField name="province" options={['北京市', '广东省']} />
            <SelectField name="city" options={['广州市', '深圳市']} />
            <SelectField name="district" options={['福田区', '南山区']} />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    expect(controller.snapshot().fields[0]).toMatchObject({ key: 'subject.region', kind: 'select', value: null });
    const report = await fill([{ key: 'subject.region', value: ['广东省', '深圳市', '南山区'] }]);
    expect(report.failed).toEqual([]);
    expect(store.values).toEqual({ province: '广东省', city: '深圳市', district: '南山区' });
    expect(controller.snapshot().fields[0]!.value).toEqual(['广东省', '深圳市', '南山区']);
  });

  it('finds a popup rendered outside #tea-overlay-root without mistaking a list already on the page for it', async () => {
    const store: Store = { values: {} };
    function InlineSelect() {
      const [open, setOpen] = useState(false);
      const [value, setValue] = useState('');
      store.values = { value };
      return (
        <div className="app-beian-dropdown">
          <div className="app-beian-dropdown__header" onClick={() => setOpen(!open)}>
            <div className="app-beian-dropdown__value">{value || <span className="app-beian-text-weak">请选择</span>}</div>
          </div>
          {open && (
            <ul className="app-beian-list app-beian-list--option">
              {['企业', '个人'].map((o) => (
                <li key={o} onClick={() => (setValue(o), setOpen(false))}>
                  {o}
                </li>
              ))}
            </ul>
          )}
        </div>
      );
    }
    render(
      <TeaPage store={{ values: {} }}>
        <ul className="app-beian-list">
          <li>个人</li>
        </ul>
        <Card title="主办单位信息">
          <Item label="主办单位性质">
            <InlineSelect />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill([{ key: 'subject.type', value: '个人' }]);
    expect(report.failed).toEqual([]);
    expect(store.values).toEqual({ value: '个人' });
  });

  it('falls back to calendar clicks when the date picker ignores typing', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store}>
        <Card title="主体负责人信息">
          <Item label="证件有效期">
            <LegacyDateField name="validTo" start="2024-01" />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill([{ key: 'principal.certificateValidTo', value: '2025-03-17' }]);
    expect(report.failed).toEqual([]);
    expect(store.values.validTo).toBe('2025-03-17');
  });

  it('adds website blocks until there is one per website', async () => {
    const store: Store = { values: {} };
    function Sites() {
      const [count, setCount] = useState(1);
      return (
        <>
          <Stepper titles={['验证备案信息', '填写主体信息', '填写网站信息']} current={2} />
          {Array.from({ length: count }, (_, i) => (
            <Card key={i} title={`网站信息 ${i + 1}`}>
              <Item label="网站名称">
                <TextField name={`name${i}`} />
              </Item>
              <Item label="网站备注">
                <TextField name={`remark${i}`} multiline />
              </Item>
            </Card>
          ))}
          <Button onClick={() => setTimeout(() => setCount((c) => c + 1), 5)}>+继续添加网站</Button>
        </>
      );
    }
    render(
      <TeaPage store={store}>
        <Sites />
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 10 });
    const report = await fill([
      { key: 'websites[0].name', value: '山间小记' },
      { key: 'websites[2].name', value: '溪边小站' },
      { key: 'websites[2].remark', value: '第三个网站的备注' },
    ]);
    expect(report.sitesAdded).toBe(2);
    expect(store.values).toEqual({ name0: '山间小记', name2: '溪边小站', remark2: '第三个网站的备注' });
    const undone = await undo();
    expect(undone.notRestorable.at(-1)!.reason).toMatch(/新增了 2 个网站信息块/);
    expect(store.values.name2).toBe('');
  });

  it('flashes filled fields and removes the outline afterwards', async () => {
    const store: Store = { values: {} };
    render(<SubjectStep store={store} />);
    controller = createConsoleController(document, { timeoutMs: 500, flashMs: 1000 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await fill([{ key: 'principal.mobile', value: '13800138000' }]);
      const item = [...document.querySelectorAll<HTMLElement>('[class*="form__item"]')].find((el) => el.textContent?.includes('手机号码'))!;
      expect(item.style.outline).toContain('solid');
      vi.advanceTimersByTime(999);
      expect(item.style.outline).toContain('solid');
      vi.advanceTimersByTime(1);
      expect(item.style.outline).toBe('');
      expect(item.dataset.bhFlash).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });

  it('reports what still needs the user and fields missing from the page', async () => {
    const store: Store = { values: {} };
    render(
      <TeaPage store={store}>
        <Card title="主体负责人信息">
          <Item label="手机号码">
            <TextField name="mobile" />
          </Item>
          <Item label="手机验证码">
            <TextField name="code" />
          </Item>
        </Card>
      </TeaPage>,
    );
    controller = createConsoleController(document, { timeoutMs: 300, flashMs: 10 });
    const report = await fill([
      { key: 'principal.mobile', value: '13800138000' },
      { key: 'principal.email', value: 'a@example.com' },
    ]);
    expect(report.needsUser.smsCodes).toEqual(['手机验证码']);
    expect(report.skipped).toEqual([{ key: 'principal.email', label: 'principal.email', reason: '本页没有这个字段' }]);
  });
});
