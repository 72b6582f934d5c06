/**
 * The profile editor with the keyboard alone in Firefox ESR (puppeteer's keyboard over WebDriver BiDi), as
 * test/e2e/editor-keyboard.spec.ts does in Chromium: create a personal profile, choose its region, reach each error
 * from the summary, apply a one-click fix, save.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { focusedNameInPage, pressUntilFocused } from '../e2e/editor-cases';
import { byLabel, useFirefoxSession, waitForText } from './harness';

const session = useFirefoxSession();
let options: Page;

test.beforeAll(async () => {
  options = await session().openExtensionPage('options.html');
});

const focusedName = () => options.evaluate(focusedNameInPage);
async function press(key: 'Tab' | 'Shift+Tab'): Promise<void> {
  if (key === 'Tab') return options.keyboard.press('Tab');
  await options.keyboard.down('Shift');
  await options.keyboard.press('Tab');
  await options.keyboard.up('Shift');
}
const tabTo = (name: string | RegExp, key: 'Tab' | 'Shift+Tab' = 'Tab') => pressUntilFocused(focusedName, press, name, key);
const FORM = 'form[aria-label="编辑档案：王五"]';
/** The value of the control labelled so inside the fieldset named so. */
const valueIn = async (group: string, label: string) =>
  (await byLabel(options, label, `fieldset[aria-label="${group}"]`)).evaluate((control) => control.value);

test('keyboard only: create a personal profile, reach each error from the summary, save', async () => {
  await options.waitForSelector('button');
  await tabTo('新建个人档案');
  await options.keyboard.press('Enter');
  await options.waitForSelector('form[aria-label="新建档案"]');
  // The region lists, once loaded, are chosen with the arrow keys; a province narrows the cities.
  await options.waitForSelector('select#bh-pf-subject\\.province');
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
  expect(await options.$('table[aria-label="档案列表"]')).toBeNull();
  await tabTo('保存档案');
  await options.keyboard.press('Enter');
  await waitForText(options, '已保存（', { within: `${FORM} [role="status"]` });
  expect(await valueIn('主体信息', '备案地域（省）')).toBe('北京市');
  expect(await valueIn('主体信息', '备案地域（市）')).toBe('北京市');

  // Back to the summary, then follow the mobile's error link.
  await tabTo(/^错误：「主体负责人 · 手机号码」/, 'Shift+Tab');
  await options.keyboard.press('Enter');
  expect(await focusedName()).toBe('手机号码');
  expect(await options.evaluate(() => document.activeElement!.closest('fieldset')?.getAttribute('aria-label'))).toBe('主体负责人');
  await tabTo('把手机号码改为 13800138000');
  await options.keyboard.press('Enter');
  await options.waitForFunction(
    () => (document.getElementById('bh-pf-principal.mobile') as HTMLInputElement | null)?.value === '13800138000',
    { polling: 100 },
  );

  // Every error link leads to a field that is marked invalid.
  const count = await options.$$eval(`${FORM} nav[aria-label="检查结果"] a`, (links) => links.filter((a) => a.textContent!.startsWith('错误：')).length);
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    await options.evaluate(
      (form, index) => ([...document.querySelectorAll(`${form} nav[aria-label="检查结果"] a`)].filter((a) => a.textContent!.startsWith('错误：'))[index] as HTMLElement).focus(),
      FORM,
      index,
    );
    await options.keyboard.press('Enter');
    const invalid = await options.evaluate(() => {
      const element = document.activeElement!;
      return element.getAttribute('aria-invalid') === 'true' || element.closest('fieldset')?.querySelector('[role="alert"]') !== null;
    });
    expect(invalid, `error link ${index + 1}`).toBe(true);
  }

  await tabTo('保存档案');
  await options.keyboard.press('Enter');
  await waitForText(options, '王五', { within: 'table[aria-label="档案列表"]' });
});
