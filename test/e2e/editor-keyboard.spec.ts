import { test, expect, type Page } from '@playwright/test';
import { focusedNameInPage, pressUntilFocused } from './editor-cases';
import { extensionUrl, launchWithExtension, type ExtensionSession } from './harness';

let session: ExtensionSession;
let options: Page;

test.beforeAll(async () => {
  session = await launchWithExtension();
  options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
});
test.afterAll(async () => {
  await session.close();
});

const focusedName = () => options.evaluate(focusedNameInPage);
const tabTo = (name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => pressUntilFocused(focusedName, (k) => options.keyboard.press(k), name, key);

test('keyboard only: create a personal profile, reach each error from the summary, save', async () => {
  await tabTo('新建个人档案');
  await options.keyboard.press('Enter');
  const editor = options.getByRole('form', { name: '新建档案' });
  // The region lists, once loaded, are chosen with the arrow keys; a province narrows the cities.
  const subject = editor.getByRole('group', { name: '主体信息' });
  await expect(subject.getByRole('combobox', { name: '备案地域（省）' })).toBeVisible();
  await tabTo('备案地域（省）');
  await options.keyboard.press('ArrowDown');
  await tabTo('备案地域（市）');
  await options.keyboard.press('ArrowDown');
  await tabTo('姓名');
  await options.keyboard.type('王五');
  await tabTo('手机号码');
  await options.keyboard.type('+86 138 0013 8000');
  // Enter in a field never saves.
  await options.keyboard.press('Enter');
  await expect(options.getByRole('table', { name: '档案列表' })).toHaveCount(0);
  await tabTo('保存档案');
  await options.keyboard.press('Enter');
  const form = options.getByRole('form', { name: '编辑档案：王五' });
  await expect(form.getByRole('status')).toContainText('已保存（');
  await expect(form.getByRole('combobox', { name: '备案地域（省）' })).toHaveValue('北京市');
  await expect(form.getByRole('combobox', { name: '备案地域（市）' })).toHaveValue('北京市');

  // Back to the summary, then follow the mobile's error link.
  await tabTo(/^错误：「主体负责人 · 手机号码」/, 'Shift+Tab');
  await options.keyboard.press('Enter');
  expect(await focusedName()).toBe('手机号码');
  await expect(form.getByRole('group', { name: '主体负责人' }).getByLabel('手机号码', { exact: true })).toBeFocused();
  await tabTo('把手机号码改为 13800138000');
  await options.keyboard.press('Enter');
  await expect(form.getByRole('group', { name: '主体负责人' }).getByLabel('手机号码', { exact: true })).toHaveValue('13800138000');

  // Every error link leads to a field that is marked invalid.
  const links = form.getByRole('navigation', { name: '检查结果' }).getByRole('link', { name: /^错误：/ });
  const count = await links.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    await links.nth(index).focus();
    await options.keyboard.press('Enter');
    const invalid = await options.evaluate(() => {
      const element = document.activeElement!;
      return element.getAttribute('aria-invalid') === 'true' || element.closest('fieldset')?.querySelector('[role="alert"]') !== null;
    });
    expect(invalid).toBe(true);
  }

  await tabTo('保存档案');
  await options.keyboard.press('Enter');
  await expect(options.getByRole('table', { name: '档案列表' }).getByText('王五')).toBeVisible();
});
