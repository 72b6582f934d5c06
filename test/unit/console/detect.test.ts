import { describe, expect, it } from 'vitest';
import { detect } from '@/utils/console/detect';
import { FIXTURE_PREFIXES, loadFixture } from './helpers/fixtures';

const keysOf = () =>
  detect(document)
    .snapshot.fields.filter((f) => f.key)
    .map((f) => f.key);

describe.each(FIXTURE_PREFIXES)('fixtures with the class prefix "%s"', (prefix) => {
  it('reads step 1 (personal): cascader, selects, semantic classes, console-only and upload fields', () => {
    loadFixture('verify-personal.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.step).toBe('verify');
    expect(snapshot.stepTitle).toBe('验证备案信息');
    expect(snapshot.stepTitles).toHaveLength(5);
    const byKey = Object.fromEntries(snapshot.fields.filter((f) => f.key).map((f) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual([
      'subject.region',
      'subject.type',
      'subject.certificateType',
      'subject.name',
      'subject.certificateNumber',
      'websites[0].domain',
    ]);
    expect(byKey['subject.region']).toMatchObject({ kind: 'cascader', value: null, required: true });
    expect(byKey['subject.type']).toMatchObject({ kind: 'select', value: null });
    expect(byKey['websites[0].domain']).toMatchObject({ kind: 'text', value: '' });
    expect(snapshot.fields.filter((f) => f.role === 'console').map((f) => f.label)).toEqual(['信息填写方式', '应用服务类型', '云资源']);
    expect(snapshot.uploads).toEqual(['上传证件']);
    expect(snapshot.diagnostics).toEqual({ unknownLabels: [], missingExpected: [], drift: false });
  });

  it('reads step 1 (enterprise): label synonyms with colons and tips, legal representative, wrapped domain input', () => {
    loadFixture('verify-enterprise.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.step).toBe('verify');
    const fields = snapshot.fields.filter((f) => f.key);
    expect(fields.map((f) => [f.key, f.label])).toEqual([
      ['subject.region', '备案地域'],
      ['subject.type', '主办者性质'],
      ['subject.certificateType', '证件类型'],
      ['subject.name', '单位名称'],
      ['subject.certificateNumber', '统一社会信用代码'],
      ['subject.legalRepresentative.name', '法定代表人姓名'],
      ['subject.legalRepresentative.certificateNumber', '法定代表人证件号码'],
      ['websites[0].domain', '备案域名'],
    ]);
    expect(fields[0]!.value).toEqual(['广东省', '深圳市', '南山区']);
    expect(fields[1]!.value).toBe('企业');
    expect(snapshot.fields.find((f) => f.label === '服务类型')).toMatchObject({ role: 'console', kind: 'radio', value: '网站/域名' });
  });

  it('reads step 2 (personal): read-only values, addon before 通信地址, 长期 radio, SMS code, a value the user typed', () => {
    loadFixture('subject-personal.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.step).toBe('subject');
    const byKey = Object.fromEntries(snapshot.fields.filter((f) => f.key).map((f) => [f.key, f]));
    expect(byKey['subject.region']).toMatchObject({ kind: 'readonly', disabled: true, value: '广东省 / 深圳市 / 南山区' });
    expect(byKey['subject.name']).toMatchObject({ label: '姓名', kind: 'text', disabled: true, value: '张三' });
    expect(byKey['subject.mailingAddress']).toMatchObject({ kind: 'text', addon: '广东省 深圳市 南山区' });
    expect(byKey['subject.remark']).toMatchObject({ kind: 'textarea', label: '备注' });
    expect(byKey['principal.name']).toMatchObject({ section: '主体负责人信息' });
    expect(byKey['principal.certificateType']).toMatchObject({ kind: 'select', value: null });
    expect(byKey['principal.certificateValidTo']).toMatchObject({ kind: 'validity', options: ['非长期', '长期'], value: '' });
    expect(byKey['principal.emergencyPhone']!.label).toBe('应急联系方式');
    expect(byKey['principal.email']!.value).toBe('typed-by-user@example.com');
    expect(snapshot.needsUser).toEqual(['手机验证码']);
    expect(snapshot.fields.find((f) => f.label === '手机验证码')!.role).toBe('sms-code');
  });

  it('reads step 2 (enterprise): 证件号码 twice by card, start and end dates of the validity', () => {
    loadFixture('subject-enterprise.html', { prefix });
    expect(keysOf()).toEqual([
      'subject.region',
      'subject.name',
      'subject.certificateType',
      'subject.certificateNumber',
      'subject.certificateAddress',
      'subject.investor',
      'subject.mailingAddress',
      'subject.remark',
      'principal.name',
      'principal.certificateType',
      'principal.certificateNumber',
      'principal.certificateValidFrom',
      'principal.certificateValidTo',
      'principal.officePhone',
      'principal.mobile',
      'principal.emergencyPhone',
      'principal.email',
    ]);
    const select = detect(document).snapshot.fields.find((f) => f.key === 'subject.certificateType')!;
    expect(select.value).toBe('营业执照（个人或企业）');
  });

  it('reads step 3 (personal, 服务 wording): checkbox groups and the lone 同主体负责人 checkbox', () => {
    loadFixture('website-personal.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.step).toBe('website');
    expect(snapshot.siteCount).toBe(1);
    expect(snapshot.canAddSite).toBe(false);
    const byKey = Object.fromEntries(snapshot.fields.filter((f) => f.key).map((f) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual([
      'websites[0].name',
      'websites[0].domain',
      'websites[0].serviceContent',
      'websites[0].languages',
      'websites[0].preApprovals',
      'websites[0].remark',
      'websites[0].sameAsPrincipal',
    ]);
    expect(byKey['websites[0].name']!.label).toBe('服务名称(网站)');
    expect(byKey['websites[0].languages']).toMatchObject({ kind: 'checkbox-group', value: ['中文简体'] });
    expect(byKey['websites[0].preApprovals']!.options).toContain('以上都不涉及');
    expect(byKey['websites[0].sameAsPrincipal']).toMatchObject({ kind: 'checkbox', value: true, label: '同主体负责人' });
  });

  it('reads step 3 (enterprise): two website blocks with nested 负责人 cards and the add-site button', () => {
    loadFixture('website-enterprise.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.siteCount).toBe(2);
    expect(snapshot.canAddSite).toBe(true);
    const keys = snapshot.fields.map((f) => f.key);
    expect(keys).toContain('websites[0].serviceContent');
    expect(keys).toContain('websites[0].principal.certificateNumber');
    expect(keys).toContain('websites[1].remark');
    expect(keys).toContain('websites[1].sameAsPrincipal');
    expect(keys).toContain('websites[1].principal.email');
    expect(snapshot.fields.find((f) => f.key === 'websites[1].domain')!.value).toBe('example.net');
    expect(snapshot.fields.find((f) => f.key === 'websites[1].remark')!.label).toBe('网站内容描述');
    expect(snapshot.fields.every((f) => f.role === 'profile')).toBe(true);
  });

  it('lists uploads on the materials step and reads the review step as read-only', () => {
    loadFixture('material.html', { prefix });
    const material = detect(document).snapshot;
    expect(material.step).toBe('material');
    expect(material.uploads).toEqual(['主体负责人证件(正面)', '主体负责人证件(反面)', '其他材料']);

    loadFixture('review.html', { prefix });
    const review = detect(document).snapshot;
    expect(review.step).toBe('review');
    expect(review.fields.every((f) => f.kind === 'readonly' && f.disabled)).toBe(true);
    expect(review.fields.find((f) => f.key === 'websites[0].name')!.value).toBe('山间小记');
  });

  it('lists the enterprise uploads (dragger variant too) and reads an enterprise review with two websites', () => {
    loadFixture('material-enterprise.html', { prefix });
    const material = detect(document).snapshot;
    expect(material.step).toBe('material');
    expect(material.uploads).toEqual(['主办单位证件', '主体负责人证件(正面)', '主体负责人证件(反面)', '网站负责人证件(正面)', '网站负责人证件(反面)', '其他材料']);

    loadFixture('review-enterprise.html', { prefix });
    const review = detect(document).snapshot;
    expect(review.step).toBe('review');
    expect(review.fields.map((f) => [f.key, f.value])).toEqual([
      ['subject.name', '北京示例科技有限公司'],
      ['subject.certificateNumber', '91110000101623741K'],
      ['subject.investor', '北京示例控股有限公司'],
      ['subject.legalRepresentative.name', '李四'],
      ['websites[0].name', '示例科技官网'],
      ['websites[1].name', '示例科技技术文档'],
    ]);
    expect(review.diagnostics.drift).toBe(false);
  });

  it('reports drift: unknown labels, unknown required fields and expected fields that are missing', () => {
    loadFixture('drifted.html', { prefix });
    const { snapshot } = detect(document);
    expect(snapshot.step).toBe('subject');
    expect(snapshot.stepTitle).toBe('填写主体信息');
    expect(snapshot.diagnostics).toEqual({
      unknownLabels: ['单位统一编码方式', '负责人微信号', '联络渠道偏好'],
      missingExpected: ['principal.mobile', 'principal.email'],
      drift: true,
    });
    expect(snapshot.needsUser).toEqual(['单位统一编码方式', '联络渠道偏好']);
    expect(keysOf()).toEqual(['subject.certificateAddress', 'subject.mailingAddress', 'principal.name', 'principal.certificateNumber']);
  });
});

describe('detection details', () => {
  it('ignores the extension dock, hidden fields and the overlay root', () => {
    loadFixture('subject-personal.html');
    const dock = document.createElement('beian-helper-dock');
    dock.innerHTML = '<div class="tea-form__item"><div class="tea-form__label"><label>手机号码</label></div><div class="tea-form__controls"><input></div></div>';
    document.body.append(dock);
    const overlay = document.createElement('div');
    overlay.id = 'tea-overlay-root';
    overlay.innerHTML = dock.innerHTML.replace('手机号码', '电子邮箱');
    document.body.append(overlay);
    const hidden = document.querySelectorAll('[class*="form__item"]')[5] as HTMLElement;
    hidden.style.display = 'none';
    const { snapshot } = detect(document, { ignoreSelector: 'beian-helper-dock' });
    expect(snapshot.fields.filter((f) => f.key === 'principal.mobile')).toHaveLength(1);
    expect(snapshot.fields.filter((f) => f.key === 'principal.email')).toHaveLength(1);
    expect(snapshot.fields.map((f) => f.key)).not.toContain('subject.certificateAddress');
  });

  it('ignores the dock inside the form root as well', () => {
    loadFixture('subject-personal.html');
    const root = document.querySelector('#container')!;
    const dock = document.createElement('beian-helper-dock');
    dock.innerHTML = '<div class="tea-form__item"><div class="tea-form__label"><label>手机号码</label></div><div class="tea-form__controls"><input></div></div>';
    root.append(dock);
    const mobiles = (selector?: string) => detect(document, { ignoreSelector: selector }).snapshot.fields.filter((f) => f.label === '手机号码');
    expect(mobiles('beian-helper-dock')).toHaveLength(1);
    expect(mobiles()).toHaveLength(2);
  });

  it('falls back to the headings when there is no stepper, and to the fields when there is no heading', () => {
    loadFixture('website-personal.html');
    document.querySelector('[class*="-step"]')!.remove();
    document.querySelector('h2')!.textContent = '填写网站信息';
    expect(detect(document).snapshot.step).toBe('website');
    document.querySelector('h2')!.textContent = 'ICP备案';
    expect(detect(document).snapshot).toMatchObject({ step: 'website', stepTitle: null });
  });

  it('does not take an order’s stage strip for the wizard’s stepper', () => {
    loadFixture('order-detail.html');
    const strip = ['提交初审', '腾讯云审核', '待提交管局', '工信部短信核验', '管局审核']
      .map((t, i) => `<div class="app-beian-step__item${i === 1 ? ' is-current' : ''}"><div class="app-beian-step__title">${t}</div></div>`)
      .join('');
    document.querySelector('#container')!.insertAdjacentHTML('afterbegin', `<div class="app-beian-step">${strip}</div>`);
    const { snapshot } = detect(document);
    expect(snapshot).toMatchObject({ step: null, stepTitle: null, stepTitles: [] });
    expect(snapshot.diagnostics.drift).toBe(false);
  });

  it('reads a variant page: card headers, a plain 负责人信息 card inside a website block, other synonyms', () => {
    const item = (label: string, control = '<input value="">') =>
      `<div class="ba-form__item"><div class="ba-form__label"><label>${label}<i class="ba-icon-info"></i></label></div><div class="ba-form__controls"><div><div>${control}</div></div></div></div>`;
    document.body.innerHTML = `<div id="container">
      <div class="ba-steps"><div class="ba-steps__item"><span class="ba-step__title">验证备案</span></div>
        <div class="ba-steps__item"><span class="ba-step__title">主体信息</span></div>
        <div class="ba-steps__item ba-steps__item--current"><span class="ba-step__title">网站信息</span></div></div>
      <div class="ba-card"><div class="ba-card__header">网站信息</div>
        <div class="ba-form">${item('网站名称*')}${item('首页网址')}</div>
        <div class="ba-card"><div class="ba-card__header">负责人信息</div>
          <div class="ba-form">${item('姓名')}${item('有效证件号码：')}${item('证件种类', '<select><option>居民身份证</option></select>')}</div></div>
      </div></div>`;
    const { snapshot } = detect(document);
    expect(snapshot).toMatchObject({ step: 'website', stepTitle: '网站信息', stepTitles: ['验证备案', '主体信息', '网站信息'] });
    expect(snapshot.fields.map((f) => f.key)).toEqual([
      'websites[0].name',
      'websites[0].homepageUrl',
      'websites[0].principal.name',
      'websites[0].principal.certificateNumber',
      'websites[0].principal.certificateType',
    ]);
  });

  it('numbers untitled website blocks by repeated fields', () => {
    document.body.innerHTML = ['example.com', 'example.net']
      .map(
        (domain) => `
      <div class="tea-form__item"><div class="tea-form__label"><label>网站名称</label></div><div class="tea-form__controls"><input value=""></div></div>
      <div class="tea-form__item"><div class="tea-form__label"><label>网站域名</label></div><div class="tea-form__controls"><input value="${domain}"></div></div>
      <div class="tea-form__item"><div class="tea-form__label"><label>负责人姓名</label></div><div class="tea-form__controls"><input value=""></div></div>`,
      )
      .join('');
    const { snapshot } = detect(document);
    expect(snapshot.fields.map((f) => f.key)).toEqual([
      'websites[0].name',
      'websites[0].domain',
      'websites[0].principal.name',
      'websites[1].name',
      'websites[1].domain',
      'websites[1].principal.name',
    ]);
    expect(snapshot.step).toBe('website');
  });

  it('reads a native <select> (tea ≤ 2.6) and an ant-style form-item', () => {
    document.body.innerHTML = `
      <div class="ant-form-item"><div class="ant-form-item-label"><label title="证件类型">证件类型</label></div>
        <div class="ant-form-item-control"><select class="tea-select"><option value="">请选择</option><option value="2" selected>居民身份证</option></select></div></div>`;
    const field = detect(document).snapshot.fields[0]!;
    expect(field).toMatchObject({ key: 'subject.certificateType', kind: 'select', value: '居民身份证' });
  });
});

describe('the validity dates outside the 长期/非长期 item', () => {
  const radio = (chosen: '非长期' | '长期' | null) => `
    <div class="tea-form__item"><div class="tea-form__label is-required"><label>证件有效期</label></div>
      <div class="tea-form__controls"><div class="tea-form-check-group">
        ${['非长期', '长期'].map((o) => `<label class="tea-form-check${o === chosen ? ' is-checked' : ''}"><span class="tea-radio-wrap"><input type="radio" class="tea-radio"${o === chosen ? ' checked' : ''}></span><span class="tea-form-check__label">${o}</span></label>`).join('')}
      </div></div></div>`;
  const item = (label: string, controls: string) =>
    `<div class="tea-form__item"><div class="tea-form__label is-required"><label>${label}</label></div><div class="tea-form__controls">${controls}</div></div>`;
  const picker = (value: string) => `<div class="tea-datepicker"><div class="tea-datepicker__input"><input class="tea-input" value="${value}"></div></div>`;
  const page = (validity: string) => {
    document.body.innerHTML = `<h2>填写主体信息</h2><h3>主体负责人信息</h3><form class="tea-form">${item('负责人姓名', '<input class="tea-input" value="">')}${validity}${item('手机号码', '<input class="tea-input" value="">')}</form>`;
    return Object.fromEntries(detect(document).fields.filter((f) => f.key).map((f) => [f.key, f]));
  };

  it('joins an end date in its own item to the choice, and finds no start date where there is none', () => {
    const byKey = page(radio('非长期') + item('有效期截止日期', picker('2040-01-01')));
    expect(byKey['principal.certificateValidTo']).toMatchObject({ kind: 'validity', value: '2040-01-01' });
    expect(byKey['principal.certificateValidFrom']).toBeUndefined();
  });

  it('reads a start date in an item of its own before the end date', () => {
    const byKey = page(radio('非长期') + item('有效期起始日期', picker('2020-01-01')) + item('证件有效期至', picker('2040-01-01')));
    expect(byKey['principal.certificateValidFrom']).toMatchObject({ kind: 'date', value: '2020-01-01' });
    expect(byKey['principal.certificateValidTo']).toMatchObject({ kind: 'validity', value: '2040-01-01' });
  });

  it('reads dates in the picker’s own format as the profile’s YYYY-MM-DD', () => {
    const byKey = page(radio('非长期') + item('有效期起始日期', picker('2020/1/1')) + item('证件有效期至', picker('2040年01月01日')));
    expect(byKey['principal.certificateValidFrom']).toMatchObject({ value: '2020-01-01' });
    expect(byKey['principal.certificateValidTo']).toMatchObject({ value: '2040-01-01' });
    const range = page(radio('非长期') + item('证件有效期起止', picker('2020.01.01 至 2040.1.1')));
    expect(range['principal.certificateValidFrom']).toMatchObject({ value: '2020-01-01' });
    expect(range['principal.certificateValidTo']).toMatchObject({ value: '2040-01-01' });
  });

  it('makes a range picker after the choice its start and end (two inputs, or one holding both)', () => {
    const twoInputs = `<div class="tea-datepicker"><div class="tea-datepicker__input tea-datepicker__input--range"><input class="tea-input" value="2020-01-01"><span>~</span><input class="tea-input" value="2040-01-01"></div></div>`;
    for (const controls of [twoInputs, picker('2020-01-01 ~ 2040-01-01')]) {
      const byKey = page(radio('非长期') + item('证件有效期起止', controls));
      expect(byKey['principal.certificateValidTo']).toMatchObject({ kind: 'validity', part: 'to', value: '2040-01-01' });
      expect(byKey['principal.certificateValidFrom']).toMatchObject({ kind: 'date', part: 'from', value: '2020-01-01' });
    }
  });
});
