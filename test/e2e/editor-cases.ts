/**
 * What the editor e2e specs check in Chromium (test/e2e) and Firefox (test/e2e-firefox), shared so that both hold the
 * editor to the same lists; each spec drives its browser its own way. Pure data and page-side helpers only.
 */
import path from 'node:path';

export const ENTERPRISE_FILE = path.resolve('test/fixtures/profiles/enterprise-two-sites.json');
/** The enterprise client of ENTERPRISE_FILE, and the mobile a careless copy keeps. */
export const FIRST = '北京示例科技 · 企业';
export const FIRST_MOBILE = '13700137000';
export const NEW_CLIENT = { name: '上海新客户有限公司', certificateNumber: '91310000MA1FL0000X' };
/** The first client's identifying values: none may be left in its copy. */
export const FIRST_CLIENT_VALUES = /北京示例科技|example-tech|李四|王五|360426199101010071|lisi@/;
export const PASSPHRASE = 'correct horse battery';
export const UNSAVED_ADDRESS = '北京市朝阳区未保存路9号';
/** Values that must never be stored in plain text while encryption is on. */
export const SEALED_VALUES = ['未保存路9号', FIRST_MOBILE, '北京示例科技', '上海新客户'];

/** Every field 复制为新客户 empties: [the group (fieldset) named so, or null for the form itself, the field's label]. */
export const DUPLICATE_CLEARED: readonly (readonly [group: string | null, label: string])[] = [
  [null, '档案名称'],
  ...['主办单位名称', '证件号码', '证件住所', '通信地址', '投资人或主管单位', '主体信息备注'].map((label) => ['主体信息', label] as const),
  ['法定代表人', '法定代表人姓名'],
  ['法定代表人', '法定代表人证件号码'],
  ...['负责人姓名', '证件号码', '手机号码', '应急联系电话', '电子邮箱', '办公室电话'].map((label) => ['主体负责人', label] as const),
  ...['网站 1', '网站 2'].flatMap((site) => ['网站名称', '网站域名', '网站首页 URL', '网站备注'].map((label) => [site, label] as const)),
  ...['负责人姓名', '证件号码', '手机号码', '电子邮箱'].map((label) => ['网站 2 的网站负责人', label] as const),
];

/** Runs in the page: the accessible name of the focused element (its label's text, aria-label, or its own text). */
export function focusedNameInPage(): string {
  const element = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
  return (element.labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches: the keyboard is the only way around. */
export async function pressUntilFocused(
  focusedName: () => Promise<string>,
  press: (key: 'Tab' | 'Shift+Tab') => Promise<void>,
  name: string | RegExp,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < 250; presses++) {
    const current = await focusedName();
    if (typeof name === 'string' ? current === name : name.test(current)) return;
    await press(key);
  }
  throw new Error(`could not reach ${String(name)} with ${key}`);
}
