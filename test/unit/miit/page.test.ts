import { afterEach, describe, expect, it } from 'vitest';
import { activeTab, fieldOfLabel, fillVerifier, findFields, tabOfLabel, watchResults, type MiitResult } from '@/utils/miit';

/** Element UI markup as MIIT's Vue app renders it: tabs, form items with labels, el-input inner inputs. */
function render(opts: { tab?: 'verify' | 'resend'; idLabel?: string; labelless?: boolean } = {}) {
  const tab = opts.tab ?? 'verify';
  const item = (label: string, placeholder: string) =>
    opts.labelless
      ? `<div class="el-form-item"><div class="el-form-item__content"><div class="el-input"><input class="el-input__inner" placeholder="${placeholder}"></div></div></div>`
      : `<div class="el-form-item is-required"><label class="el-form-item__label">${label}</label><div class="el-form-item__content"><div class="el-input"><input type="text" class="el-input__inner"></div></div></div>`;
  document.body.innerHTML = `
    <div class="el-tabs"><div class="el-tabs__header"><div class="el-tabs__nav">
      <div role="tab" class="el-tabs__item${tab === 'verify' ? ' is-active' : ''}" aria-selected="${tab === 'verify'}">短信核验</div>
      <div role="tab" class="el-tabs__item${tab === 'resend' ? ' is-active' : ''}" aria-selected="${tab === 'resend'}">短信重发</div>
    </div></div>
    <div class="el-tabs__content">
      <div class="el-tab-pane" id="pane-verify" ${tab === 'verify' ? '' : 'style="display: none;"'}><form class="el-form">
        ${item('手机号码：', '请输入手机号码')}${item(opts.idLabel ?? '证件号码后6位：', '请输入证件号码后6位')}${item('验证码：', '请输入验证码')}
      </form></div>
      <div class="el-tab-pane" id="pane-resend" ${tab === 'resend' ? '' : 'style="display: none;"'}><form class="el-form">
        ${item('手机号码：', '请输入手机号码')}${item('证件号码后6位：', '请输入证件号码后6位')}
      </form></div>
    </div></div>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('MIIT labels', () => {
  it.each([
    ['手机号码', 'mobile'],
    ['*手机号码：', 'mobile'],
    ['手机号', 'mobile'],
    ['证件号码后6位', 'idLast6'],
    ['证件号码后六位', 'idLast6'],
    ['身份证号后6位', 'idLast6'],
    ['请输入证件号码后6位', 'idLast6'],
    ['验证码', 'code'],
    ['短信验证码', 'code'],
    ['图形验证码', null],
    ['证件号码', null],
  ])('%s → %s', (label, field) => {
    expect(fieldOfLabel(label)).toBe(field);
  });

  it('reads tab names', () => {
    expect(tabOfLabel('短信核验')).toBe('verify');
    expect(tabOfLabel('短信重发')).toBe('resend');
    expect(tabOfLabel('备案查询')).toBeNull();
  });
});

describe('finding the fields in Element markup', () => {
  it('finds the three fields of the visible tab by label', () => {
    render();
    const fields = findFields(document);
    const pane = document.getElementById('pane-verify')!;
    const inputs = pane.querySelectorAll('input');
    expect(fields.mobile).toBe(inputs[0]);
    expect(fields.idLast6).toBe(inputs[1]);
    expect(fields.code).toBe(inputs[2]);
    expect(activeTab(document)).toBe('verify');
  });

  it('on the resend tab finds its own two fields and no code field', () => {
    render({ tab: 'resend' });
    const fields = findFields(document);
    expect(fields.mobile?.closest('#pane-resend')).not.toBeNull();
    expect(fields.idLast6?.closest('#pane-resend')).not.toBeNull();
    expect(fields.code).toBeUndefined();
    expect(activeTab(document)).toBe('resend');
  });

  it('finds fields by placeholder when the form has no labels, and by a reworded label', () => {
    render({ labelless: true });
    expect(Object.keys(findFields(document)).sort()).toEqual(['code', 'idLast6', 'mobile']);
    render({ idLabel: '证件号码后六位' });
    expect(findFields(document).idLast6).toBeDefined();
  });
});

describe('filling the verifier', () => {
  it('types mobile and ID last six with input events and never touches the code', () => {
    render();
    const typed: string[] = [];
    document.addEventListener('input', (e) => typed.push((e.target as HTMLInputElement).value), true);
    const report = fillVerifier(document, { mobile: '13800138000', idLast6: '12345X' });
    const fields = findFields(document);
    expect(report).toEqual({ filled: ['手机号码', '证件号码后6位'], problems: [] });
    expect(fields.mobile!.value).toBe('13800138000');
    expect(fields.idLast6!.value).toBe('12345X');
    expect(fields.code!.value).toBe('');
    expect(typed).toEqual(['13800138000', '12345X']);
  });

  it('says which field is missing', () => {
    document.body.innerHTML = `<div class="el-form-item"><label class="el-form-item__label">手机号码</label><div class="el-input"><input class="el-input__inner"></div></div>`;
    const report = fillVerifier(document, { mobile: '13800138000', idLast6: '123456' });
    expect(report.filled).toEqual(['手机号码']);
    expect(report.problems).toEqual(['页面上找不到「证件号码后6位」输入框']);
  });
});

describe('catching result messages before they vanish', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reports a toast once, even though it is removed right after, and each new toast again', async () => {
    const results: MiitResult[] = [];
    const stop = watchResults(document, (r) => results.push(r));
    const toast = () => {
      const el = document.createElement('div');
      el.setAttribute('role', 'alert');
      el.className = 'el-message el-message--error';
      el.innerHTML = '<i class="el-message__icon el-icon-error"></i><p class="el-message__content">您的短信核验失败,请输入正确的信息。</p>';
      document.body.append(el);
      return el;
    };
    toast();
    await flush();
    document.body.replaceChildren();
    toast();
    await flush();
    expect(results.map((r) => r.code)).toEqual([2, 2]);
    stop();
  });

  it('reads a message box whose text is set after it is shown, and ignores unrelated alerts', async () => {
    const results: MiitResult[] = [];
    const stop = watchResults(document, (r) => results.push(r));
    document.body.innerHTML = `<div class="el-message-box__wrapper"><div class="el-message-box"><div class="el-message-box__content"><div class="el-message-box__message"><p></p></div></div></div></div>
      <div class="el-alert el-alert--info"><span class="el-alert__title">请在 24 小时内完成核验</span></div>`;
    await flush();
    document.querySelector('.el-message-box__message p')!.textContent = '您的短信核验已全部完成，该请求将提交管局审核。';
    await flush();
    expect(results.map((r) => r.code)).toEqual([3]);
    stop();
  });

  it('ignores form validation errors that are not MIIT results', async () => {
    const results: MiitResult[] = [];
    const stop = watchResults(document, (r) => results.push(r));
    document.body.innerHTML = `<div class="el-form-item is-error"><div class="el-form-item__error">请输入正确的手机号码</div></div>`;
    await flush();
    expect(results).toEqual([]);
    stop();
  });
});
