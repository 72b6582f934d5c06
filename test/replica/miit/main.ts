/**
 * A replica of MIIT's SMS verification page (https://beian.miit.gov.cn/#/Integrated/index, console-markup.md §7),
 * written from the known facts: tabs 短信核验 / 短信重发, Element-style form items, MIIT's result messages as toasts
 * that vanish after 3 s, five wrong entries allowed, manual resends limited to 3. The pending verifications are set by
 * the test through `window.__MIIT_REPLICA__.configure`; its state is readable through `getState`.
 */
import { reactive, vModel } from './store';

interface PendingVerifier {
  mobile: string;
  idLast6: string;
  code: string;
  done: boolean;
}

interface MiitState {
  tab: 'verify' | 'resend';
  verify: { mobile: string; idLast6: string; code: string };
  resend: { mobile: string; idLast6: string };
  errors: Record<string, string>;
  pending: PendingVerifier[];
  failedTries: number;
  resends: number;
  returned: boolean;
  /** Every message shown, in order (toasts vanish; tests read this). */
  messages: string[];
}

export interface MiitReplicaApi {
  getState(): MiitState;
  configure(pending: Omit<PendingVerifier, 'done'>[]): void;
}

declare global {
  interface Window {
    __MIIT_REPLICA__?: MiitReplicaApi;
  }
}

const MESSAGES = {
  3: '您的短信核验已全部完成,该请求将提交管局审核。',
  31: '您的短信核验完成,请等待其他核验人进行短信核验。',
  4: '该条验证库里找不到记录或已完成验证。',
  2: '您的短信核验失败,请输入正确的信息。',
  21: '您的备案信息已退回,请联系接入商查询核验结果。',
  20: '您的短信核验已完成，无需重复提交。',
  100: '您暂无待短信核验的备案申请，无需重发短信。',
  101: '尊敬的ICP用户：您的短信验证码已重发成功，请查看手机，并尽快完成短信核验',
  102: '重发次数已到上限，请24小时后再试。',
} as const;

const TOAST_MS = 3000;
const MAX_WRONG = 5;
const MAX_RESENDS = 3;

const app = document.getElementById('app')!;
const state: MiitState = reactive<MiitState>(
  {
    tab: 'verify',
    verify: { mobile: '', idLast6: '', code: '' },
    resend: { mobile: '', idLast6: '' },
    errors: {},
    pending: [],
    failedTries: 0,
    resends: 0,
    returned: false,
    messages: [],
  },
  () => render(),
);

function toast(code: keyof typeof MESSAGES): void {
  const text = MESSAGES[code];
  state.messages = [...state.messages, text];
  const ok = code === 3 || code === 31 || code === 101;
  const el = document.createElement('div');
  el.setAttribute('role', 'alert');
  el.className = `el-message el-message--${ok ? 'success' : 'error'}`;
  el.innerHTML = `<i class="el-message__icon el-icon-${ok ? 'success' : 'error'}"></i><p class="el-message__content"></p>`;
  el.querySelector('p')!.textContent = text;
  document.body.append(el);
  setTimeout(() => el.remove(), TOAST_MS);
}

function required(values: Record<string, string>, labels: Record<string, string>): boolean {
  const errors: Record<string, string> = {};
  for (const [key, label] of Object.entries(labels)) if (!values[key]) errors[key] = `请输入${label}`;
  state.errors = errors;
  return Object.keys(errors).length === 0;
}

function submitVerify(): void {
  const { mobile, idLast6, code } = state.verify;
  if (!required(state.verify, { mobile: '手机号码', idLast6: '证件号码后6位', code: '验证码' })) return;
  // The sixth attempt after five wrong entries returns the order, right or wrong.
  if (state.returned || state.failedTries >= MAX_WRONG) {
    state.returned = true;
    return toast(21);
  }
  const person = state.pending.find((p) => p.mobile === mobile && p.idLast6.toUpperCase() === idLast6.toUpperCase());
  if (state.pending.length === 0) return toast(4);
  if (person?.done) return toast(20);
  if (!person || person.code !== code) {
    state.failedTries += 1;
    return toast(2);
  }
  person.done = true;
  toast(state.pending.every((p) => p.done) ? 3 : 31);
}

function submitResend(): void {
  if (!required(state.resend, { mobile: '手机号码', idLast6: '证件号码后6位' })) return;
  if (state.pending.every((p) => p.done) || state.returned) return toast(100);
  if (state.resends >= MAX_RESENDS) return toast(102);
  state.resends += 1;
  toast(101);
}

function formItem(label: string, model: Record<string, string>, key: string, placeholder: string): HTMLElement {
  const item = document.createElement('div');
  item.className = `el-form-item is-required${state.errors[key] ? ' is-error' : ''}`;
  item.innerHTML = `<label class="el-form-item__label" style="width: 120px;"></label><div class="el-form-item__content" style="margin-left: 120px;"><div class="el-input"><input type="text" autocomplete="off" class="el-input__inner"></div></div>`;
  item.querySelector('label')!.textContent = `${label}：`;
  const input = item.querySelector('input')!;
  input.placeholder = placeholder;
  vModel(input, model, key);
  if (state.errors[key]) {
    const error = document.createElement('div');
    error.className = 'el-form-item__error';
    error.textContent = state.errors[key]!;
    item.querySelector('.el-form-item__content')!.append(error);
  }
  return item;
}

function button(text: string, onClick: () => void): HTMLElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = 'el-button el-button--primary';
  el.innerHTML = '<span></span>';
  el.querySelector('span')!.textContent = text;
  el.addEventListener('click', onClick);
  return el;
}

function render(): void {
  const focused = document.activeElement instanceof HTMLInputElement ? document.activeElement.placeholder : null;
  const tabs = document.createElement('div');
  tabs.className = 'el-tabs el-tabs--top';
  const nav = document.createElement('div');
  nav.className = 'el-tabs__header is-top';
  nav.innerHTML = '<div class="el-tabs__nav-wrap"><div class="el-tabs__nav" role="tablist"></div></div>';
  for (const [id, title] of [['verify', '短信核验'], ['resend', '短信重发']] as const) {
    const item = document.createElement('div');
    item.id = `tab-${id}`;
    item.setAttribute('role', 'tab');
    item.setAttribute('aria-selected', String(state.tab === id));
    item.className = `el-tabs__item is-top${state.tab === id ? ' is-active' : ''}`;
    item.textContent = title;
    item.addEventListener('click', () => {
      state.errors = {};
      state.tab = id;
    });
    nav.querySelector('[role=tablist]')!.append(item);
  }
  const content = document.createElement('div');
  content.className = 'el-tabs__content';
  const form = document.createElement('form');
  form.className = 'el-form';
  form.addEventListener('submit', (e) => e.preventDefault());
  const pane = document.createElement('div');
  pane.className = 'el-tab-pane';
  pane.id = `pane-${state.tab}`;
  pane.setAttribute('role', 'tabpanel');
  if (state.tab === 'verify') {
    form.append(
      formItem('手机号码', state.verify, 'mobile', '请输入手机号码'),
      formItem('证件号码后6位', state.verify, 'idLast6', '请输入证件号码后6位'),
      formItem('验证码', state.verify, 'code', '请输入短信验证码'),
      button('提交', submitVerify),
    );
  } else {
    form.append(
      formItem('手机号码', state.resend, 'mobile', '请输入手机号码'),
      formItem('证件号码后6位', state.resend, 'idLast6', '请输入证件号码后6位'),
      button('重发短信', submitResend),
    );
  }
  pane.append(form);
  content.append(pane);
  tabs.append(nav, content);
  const header = document.createElement('h2');
  header.textContent = 'ICP/IP地址/域名信息备案管理系统';
  app.replaceChildren(header, tabs);
  if (focused) app.querySelector<HTMLInputElement>(`input[placeholder="${focused}"]`)?.focus();
}

window.__MIIT_REPLICA__ = {
  getState: () => JSON.parse(JSON.stringify(state)) as MiitState,
  configure(pending) {
    state.pending = pending.map((p) => ({ ...p, done: false }));
  },
};
render();
