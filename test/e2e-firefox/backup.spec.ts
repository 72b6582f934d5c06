/**
 * 备份全部数据 → clear the extension's storage → 从备份恢复 in a real Firefox ESR, as test/e2e/backup.spec.ts does in
 * Chromium: every record comes back deep-equal (plain and sealed profiles, an order with its SMS round, reminder
 * settings, an imported holiday notice, shown-reminder marks), no past reminder is shown again, the ones ahead are
 * re-armed, and a file with fields from a newer version loses none of them.
 *
 * The file is read where the options page makes it: puppeteer has no download events over WebDriver BiDi, so the page's
 * `URL.createObjectURL` is wrapped to keep the Blob, and the link's download is cancelled (headless Firefox would
 * otherwise write into the user's Downloads folder). The file goes back in through the file input (`uploadFile`).
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isProfileKey, newerBackupFile, smsOrderDueIn150Minutes, withNewerFields } from '../e2e/backup-data';
import { byRole, clickRole, useFirefoxSession, waitForText } from './harness';

declare const browser: typeof import('webextension-polyfill');

const PROFILE_FILES = ['personal.json', 'enterprise-two-sites.json'].map((name) => path.resolve('test/fixtures/profiles', name));
const NOTICE = readFileSync(path.resolve('test/fixtures/holidays/2027-invented.txt'), 'utf8');
const VAULT_PASSPHRASE = 'correct horse battery';
const BACKUP_PASSPHRASE = '备份口令 backup 2026';

const session = useFirefoxSession();
let options: Page;
let plainBackup: string;
const fileDir = mkdtempSync(path.join(tmpdir(), 'beian-ff-backup-'));

test.describe.configure({ mode: 'serial' });

/** A fresh options page, listening for our notifications (headless Firefox closes them at once; the events still come). */
async function openOptions(): Promise<void> {
  await options?.close();
  options = await session().openExtensionPage('options.html');
  await options.evaluate(() => {
    const notified: string[] = [];
    (window as unknown as { __notified: string[] }).__notified = notified;
    browser.notifications.onShown?.addListener((id) => notified.push(id));
    browser.notifications.onClosed.addListener((id) => notified.push(id));
  });
}
const notified = () => options.evaluate(() => (window as unknown as { __notified: string[] }).__notified);

test.beforeAll(openOptions);
test.afterAll(() => rmSync(fileDir, { recursive: true, force: true }));

/** `storage.local` minus `vaultEpoch`, a lock/unlock counter with no data that is by design neither backed up nor restored. */
async function storedData(): Promise<Record<string, unknown>> {
  const { vaultEpoch: _epoch, ...data } = (await options.evaluate(() => browser.storage.local.get(null))) as Record<string, unknown>;
  return data;
}
const reminderAlarms = () =>
  options.evaluate(async () =>
    (await browser.alarms.getAll())
      .filter((alarm) => alarm.name.startsWith('bh-sms-reminder:'))
      .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
      .sort((a, b) => a.scheduledTime - b.scheduledTime),
  );

async function tab(name: string): Promise<void> {
  await (await byRole(options, 'tab', name)).click();
}

/** Clicks the control inside `section` whose label reads `text` (radios have no role lookup in the harness). */
async function clickLabelled(section: string, text: string): Promise<void> {
  const input = await options.waitForFunction(
    (section, text) =>
      [...document.querySelectorAll(`section[aria-label="${section}"] label`)].find((label) => label.textContent?.trim() === text)?.querySelector('input') ?? null,
    { polling: 100 },
    section,
    text,
  );
  await (input as ElementHandle<HTMLInputElement>).click();
}

async function passwordIn(section: string): Promise<ElementHandle<HTMLInputElement>> {
  return (await options.waitForSelector(`section[aria-label="${section}"] input[type="password"]`)) as ElementHandle<HTMLInputElement>;
}

/** Clicks 备份全部数据 and returns the file's text as the page handed it to the browser. */
async function backUp(passphrase?: string): Promise<string> {
  await tab('数据');
  await options.evaluate(() => {
    const files: { blob: Blob; url: string }[] = [];
    const saved: { url: string; name: string }[] = [];
    Object.assign(window, { __files: files, __saved: saved });
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      files.push({ blob, url });
      return url;
    };
    document.addEventListener(
      'click',
      (event) => {
        const link = (event.target as Element).closest('a[download]') as HTMLAnchorElement | null;
        if (!link) return;
        saved.push({ url: link.href, name: link.download });
        event.preventDefault();
      },
      { capture: true },
    );
  });
  if (passphrase === undefined) {
    await clickLabelled('备份全部数据', '明文');
  } else {
    await clickLabelled('备份全部数据', '加密');
    await (await passwordIn('备份全部数据')).type(passphrase);
  }
  await clickRole(options, 'button', '备份全部数据');
  await waitForText(options, '备份文件已保存。');
  const { name, text } = await options.evaluate(async () => {
    const { __files: files, __saved: saved } = window as unknown as { __files: { blob: Blob; url: string }[]; __saved: { url: string; name: string }[] };
    // Exactly one file was offered for download, and it is the Blob the page made.
    if (saved.length !== 1 || files.length !== 1 || saved[0]!.url !== files[0]!.url) throw new Error(`下载不唯一：${JSON.stringify(saved)}`);
    return { name: saved[0]!.name, text: await files[0]!.blob.text() };
  });
  expect(name).toMatch(/^beian-helper-backup-\d{4}-\d{2}-\d{2}\.json$/);
  // The page's wrappers go with it.
  await openOptions();
  return text;
}

/** Empties storage.local and storage.session, waits for the background to drop the alarms, and opens a fresh page. */
async function clearStorage(): Promise<void> {
  await options.evaluate(async () => {
    await browser.storage.local.clear();
    await browser.storage.session.clear();
  });
  expect(await storedData()).toEqual({});
  await expect.poll(reminderAlarms).toEqual([]);
  await openOptions();
}

async function restore(text: string, passphrase?: string, previewLines: string[] = []): Promise<void> {
  await tab('数据');
  const file = path.join(fileDir, `backup-${Date.now()}.json`);
  writeFileSync(file, text);
  const input = (await options.waitForSelector('section[aria-label="从备份恢复"] input[type="file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  if (passphrase !== undefined) {
    await waitForText(options, '这是加密备份，请输入备份时设置的口令。');
    await (await passwordIn('从备份恢复')).type(passphrase);
    await clickRole(options, 'button', '打开');
  }
  const preview = '[aria-label="恢复预览"]';
  await waitForText(options, '订单：新增 1 个', { within: preview, timeout: 30_000 });
  for (const line of previewLines) await waitForText(options, line, { within: preview });
  await (await byRole(options, 'checkbox', /^用备份中的提醒设置替换/)).click();
  await waitForText(options, '提醒设置：替换为备份中的内容。', { within: preview });
  await (await byRole(options, 'checkbox', /^用备份中的节假日安排替换/)).click();
  await waitForText(options, '节假日安排：替换为备份中的内容。', { within: preview });
  await clickRole(options, 'button', '恢复');
  await waitForText(options, '已从备份恢复，没有删除任何数据。');
}

test('a plain backup gives back every record after the storage is cleared, without past reminders', async () => {
  for (const file of PROFILE_FILES) {
    const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitForText(options, '已导入 1 个档案。');
  }
  await waitForText(options, '北京示例科技', { within: 'table[aria-label="档案列表"]' });
  await waitForText(options, '1101**********002X', { within: 'table[aria-label="档案列表"]' });

  await tab('提醒设置');
  await (await byRole(options, 'checkbox', '提前 2 小时')).click();
  await waitForText(options, '已保存，提醒会按新设置重新安排。');

  await tab('节假日安排');
  await (await byRole(options, 'textbox', '通知全文')).type(NOTICE);
  await clickRole(options, 'button', '确认导入 2027 年安排');
  await waitForText(options, '已导入 2027 年');

  const order = smsOrderDueIn150Minutes(Date.now());
  // Written as the order store writes it; the background then shows the past reminders once (which the page sees).
  await options.evaluate((orders) => browser.storage.local.set({ orders, orders$: { v: 1 } }), [order]);
  await expect.poll(notified).toContain(`bh-sms:${order.key}`);
  await expect.poll(async () => Object.keys(((await storedData()).shownReminders ?? {}) as object).length).toBe(2);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(4);
  const alarmsBefore = await reminderAlarms();
  expect(alarmsBefore.every((alarm) => alarm.scheduledTime > Date.now())).toBe(true);

  const before = await storedData();
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['orders', 'reminderSettings', 'holidayNotices', 'shownReminders']));
  expect(Object.keys(before).filter(isProfileKey)).toHaveLength(2);

  plainBackup = await backUp();
  expect(plainBackup).toContain('11010519491231002X');
  await clearStorage();
  await restore(plainBackup);

  await expect.poll(reminderAlarms).toEqual(alarmsBefore);
  expect(await notified()).toEqual([]);
  expect(await storedData()).toEqual(before);
  await tab('申请人档案');
  await waitForText(options, '北京示例科技', { within: 'table[aria-label="档案列表"]' });
  await waitForText(options, '1101**********002X', { within: 'table[aria-label="档案列表"]' });
});

test('a backup file with fields from a newer version is restored without losing them', async () => {
  const before = await storedData();
  await clearStorage();
  await restore(newerBackupFile(plainBackup), undefined, ['其他记录（回收站、未保存的编辑等）：新增 1 条，原样恢复。']);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(4);
  expect(await notified()).toEqual([]);
  expect(await storedData()).toEqual(withNewerFields(before));
});

test('an encrypted backup of sealed profiles asks for its passphrase and gives them back after unlocking', async () => {
  await tab('申请人档案');
  await (await byRole(options, 'textbox', '设置口令')).type(VAULT_PASSPHRASE);
  await (await byRole(options, 'textbox', '再次输入口令')).type(VAULT_PASSPHRASE);
  await clickRole(options, 'button', '启用加密');
  await byRole(options, 'button', '立即锁定', 30_000);
  const before = await storedData();
  const profileKeys = Object.keys(before).filter(isProfileKey);
  expect(profileKeys).toHaveLength(2);
  for (const key of profileKeys) expect(before[key]).toHaveProperty('sealed');
  expect(JSON.stringify(before)).not.toContain('11010519491231002X');

  const text = await backUp(BACKUP_PASSPHRASE);
  expect(text).not.toContain('张三');
  await clearStorage();
  await restore(text, BACKUP_PASSPHRASE, ['档案：新增 2 份', '档案加密：这里还没有启用加密，将使用备份中的加密设置，请用备份时的口令解锁。']);
  expect(await storedData()).toEqual(before);

  await openOptions();
  await waitForText(options, '已锁定：档案已加密，解锁前不显示任何档案内容。');
  const unlockForm = await byRole(options, 'form', '解锁档案');
  await (await unlockForm.$('input[type="password"]'))!.type(VAULT_PASSPHRASE);
  await clickRole(options, 'button', '解锁');
  await waitForText(options, '1101**********002X', { within: 'table[aria-label="档案列表"]', timeout: 30_000 });
  await waitForText(options, '北京示例科技', { within: 'table[aria-label="档案列表"]' });
});
