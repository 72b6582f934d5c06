/**
 * A 填写主体信息 step rendered by the real tea-component (the version is chosen at build time, see
 * scripts/build-tea-pages.mjs) with the ID's validity laid out as `?layout=` says:
 * - radio-item: the 长期/非长期 radio and its date pickers in one form item;
 * - own-end: the radio, then 有效期截止日期 in its own item, rendered only once 非长期 is chosen;
 * - own-both: the radio, 有效期起始日期 in its own item, then 有效期结束日期 (only with 非长期);
 * - own-both-alt: the same worded 有效期开始日期 / 证件有效期至;
 * - range: the radio, then one range picker 证件有效期起止 (only with 非长期).
 * The default `tea` prefix keeps tea's own stylesheet working, so hidden calendar panels are really hidden.
 * The form's state is what React holds; window.__TEA_PAGE__.getState() reads it for the tests.
 */
import moment, { type Moment } from 'moment';
import 'moment/locale/zh-cn';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ConfigProvider, DatePicker, Form, Input, Radio } from 'tea-component';
import 'tea-component/dist/tea.css';

moment.locale('zh-cn');

export type Layout = 'radio-item' | 'own-end' | 'own-both' | 'own-both-alt' | 'range';

export interface TeaPageState {
  version: string;
  layout: Layout;
  values: Record<string, string | null>;
}

declare global {
  interface Window {
    __TEA_PAGE__: { getState(): TeaPageState };
  }
}

const params = new URLSearchParams(location.search);
const layout = (params.get('layout') ?? 'radio-item') as Layout;

const day = (m: Moment | null | undefined) => (m && moment.isMoment(m) ? m.format('YYYY-MM-DD') : null);

const TEXT_FIELDS: [string, string][] = [
  ['mailing', '通信地址'],
  ['name', '负责人姓名'],
  ['certNumber', '证件号码'],
];
const CONTACT_FIELDS: [string, string][] = [
  ['mobile', '手机号码'],
  ['email', '电子邮箱'],
];

function Step() {
  const [text, setText] = useState<Record<string, string>>({});
  const [validity, setValidity] = useState<string | null>(null);
  const [from, setFrom] = useState<Moment | null>(null);
  const [to, setTo] = useState<Moment | null>(null);
  window.__TEA_PAGE__ = {
    getState: () => ({
      version: __TEA_VERSION__,
      layout,
      values: { ...text, validity, from: day(from), to: day(to) },
    }),
  };
  const dated = validity === '非长期';
  const textItem = ([key, label]: [string, string]) => (
    <Form.Item key={key} label={label} required>
      <Input value={text[key] ?? ''} onChange={(v: string) => setText((t) => ({ ...t, [key]: v }))} />
    </Form.Item>
  );
  const radio = (
    <Radio.Group value={validity ?? undefined} onChange={(v: string) => setValidity(v)}>
      <Radio name="非长期">非长期</Radio>
      <Radio name="长期">长期</Radio>
    </Radio.Group>
  );
  const picker = (value: Moment | null, set: (m: Moment | null) => void) => <DatePicker value={value ?? undefined} onChange={(m: Moment) => set(m)} />;
  const own = (fromLabel: string, toLabel: string) => (
    <>
      <Form.Item label="证件有效期" required>
        {radio}
      </Form.Item>
      {fromLabel && (
        <Form.Item label={fromLabel} required>
          {picker(from, setFrom)}
        </Form.Item>
      )}
      {dated && (
        <Form.Item label={toLabel} required>
          {picker(to, setTo)}
        </Form.Item>
      )}
    </>
  );
  let validityItems;
  switch (layout) {
    case 'radio-item':
      validityItems = (
        <Form.Item label="证件有效期" required>
          {radio}
          {picker(from, setFrom)}
          {dated && picker(to, setTo)}
        </Form.Item>
      );
      break;
    case 'own-end':
      validityItems = own('', '有效期截止日期');
      break;
    case 'own-both':
      validityItems = own('有效期起始日期', '有效期结束日期');
      break;
    case 'own-both-alt':
      validityItems = own('有效期开始日期', '证件有效期至');
      break;
    case 'range':
      validityItems = (
        <>
          <Form.Item label="证件有效期" required>
            {radio}
          </Form.Item>
          {dated && (
            <Form.Item label="证件有效期起止" required>
              <DatePicker.RangePicker
                value={from && to ? [from, to] : undefined}
                onChange={([a, b]: [Moment, Moment]) => {
                  setFrom(a);
                  setTo(b);
                }}
              />
            </Form.Item>
          )}
        </>
      );
      break;
  }
  return (
    <ConfigProvider classPrefix="tea">
      <h2>填写主体信息</h2>
      <h3>主办单位信息</h3>
      <Form>{textItem(TEXT_FIELDS[0]!)}</Form>
      <h3>主体负责人信息</h3>
      <Form>
        {TEXT_FIELDS.slice(1).map(textItem)}
        {validityItems}
        {CONTACT_FIELDS.map(textItem)}
      </Form>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('container')!).render(
  <StrictMode>
    <Step />
  </StrictMode>,
);
