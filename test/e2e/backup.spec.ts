/**
 * 备份全部数据 → clear the extension's storage → 从备份恢复, in Chromium: every record comes back deep-equal (plain and
 * sealed profiles, an order with its SMS round, reminder settings, an imported holiday notice, shown-reminder marks),
 * no reminder whose time has passed is shown again, the ones ahead are re-armed, and a file with fields from a newer
 * version loses none of them.
 */
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isProfileKey, newerBackupFile, smsOrderDueIn150Minutes, withNewerFields } from './backup-data';
import { extensionUrl, launchWithExtension, type ExtensionSession } from './harness';

declare const chrome: typeof import('wxt/browser').browser;

const PROFILE_FILES = ['personal.json', 'enterprise-two-sites.json'].map((name) => path.resolve('test/fixtures/profiles', name));
const NOTICE = readFileSync(path.resolve('test/fixtures/holidays/2027-invented.txt'), 'utf8');
const VAULT_PASSPHRASE = 'correct horse battery';
const BACKUP_PASSPHRASE = '备份口令 backup 2026';

let session: ExtensionSession;
let options: Page;
/** The plain backup file of the first test, edited by the second. */
let plainBackup: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  session = await launchWithExtension();
  options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
});
test.afterAll(async () => {
  expect(session.blockedRequests, 'the extension makes no outside request').toEqual([]);
  await session.close();
});

/**
 * Everything in `storage.local` that is the user's data. Left out: `vaultEpoch`, a lock/unlock counter that tells
 * open extension pages to re-read the vault; it holds no data, is this browser's bookkeeping and is by design
 * neither backed up nor restored (`NOT_DATA` in utils/backup/backup.ts).
 */
async function storedData(): Promise<Record<string, unknown>> {
  const { vaultEpoch: _epoch, ...data } = (await session.serviceWorker.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  return data;
}

type Alarm = { name: string; scheduledTime: number };
const reminderAlarms = async () =>
  ((await session.serviceWorker.evaluate(() => chrome.alarms.getAll())) as Alarm[])
    .filter((alarm) => alarm.name.startsWith('bh-sms-reminder:'))
    .map(({ name, scheduledTime }) => ({ name, scheduledTime }))
    .sort((a, b) => a.scheduledTime - b.scheduledTime);
const notifications = () => session.serviceWorker.evaluate(() => chrome.notifications.getAll()) as Promise<Record<string, unknown>>;

async function openData(): Promise<void> {
  await options.getByRole('tab', { name: '数据' }).click();
}

/** Clicks 备份全部数据 and returns the saved file's text. */
async function backUp(passphrase?: string): Promise<string> {
  await openData();
  const section = options.getByRole('region', { name: '备份全部数据' });
  if (passphrase === undefined) {
    await section.getByRole('radio', { name: '明文' }).check();
  } else {
    await section.getByRole('radio', { name: '加密' }).check();
    await section.getByLabel('备份口令').fill(passphrase);
  }
  const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: '备份全部数据' }).click()]);
  await expect(section.getByRole('status')).toHaveText('备份文件已保存。');
  expect(download.suggestedFilename()).toMatch(/^beian-helper-backup-\d{4}-\d{2}-\d{2}\.json$/);
  return readFileSync((await download.path())!, 'utf8');
}

/** Empties the extension's storage (local and session), as a new browser profile would be, and waits for the background to follow. */
async function clearStorage(): Promise<void> {
  await session.serviceWorker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.session.clear();
  });
  expect(await storedData()).toEqual({});
  // The background drops the alarms of orders that are gone: re-armed alarms after the restore are the restore's doing.
  await expect.poll(reminderAlarms).toEqual([]);
  await options.reload();
}

/** 从备份恢复 with `text`, replacing settings and calendars (there are none after a clear), and waits for it to be written. */
async function restore(text: string, passphrase?: string, previewLines: string[] = []): Promise<void> {
  await openData();
  const section = options.getByRole('region', { name: '从备份恢复' });
  await section.getByLabel('选择备份文件').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  if (passphrase !== undefined) {
    await expect(section.getByRole('status')).toHaveText('这是加密备份，请输入备份时设置的口令。');
    await section.getByLabel('备份口令').fill(passphrase);
    await section.getByRole('button', { name: '打开' }).click();
  }
  const preview = section.getByRole('region', { name: '恢复预览' });
  await expect(preview).toContainText('订单：新增 1 个', { timeout: 20_000 });
  for (const line of previewLines) await expect(preview).toContainText(line);
  await preview.getByRole('checkbox', { name: /用备份中的提醒设置替换/ }).click();
  await preview.getByRole('checkbox', { name: /用备份中的节假日安排替换/ }).click();
  await expect(preview).toContainText('提醒设置：替换为备份中的内容。');
  await expect(preview).toContainText('节假日安排：替换为备份中的内容。');
  await preview.getByRole('button', { name: '恢复' }).click();
  await expect(section.getByRole('status')).toHaveText('已从备份恢复，没有删除任何数据。');
}

test('a plain backup gives back every record after the storage is cleared, without past reminders', async () => {
  for (const file of PROFILE_FILES) {
    await options.getByLabel('导入档案', { exact: true }).setInputFiles(file);
    await expect(options.getByText('已导入 1 个档案。')).toBeVisible();
  }
  await expect(options.getByRole('table', { name: '档案列表' }).getByRole('row')).toHaveCount(3);

  await options.getByRole('tab', { name: '提醒设置' }).click();
  // Saved before the box shows the tick (the page waits for the store), so a click, not check().
  await options.getByRole('checkbox', { name: '提前 2 小时' }).click();
  await expect(options.getByRole('status')).toHaveText('已保存，提醒会按新设置重新安排。');
  await expect(options.getByRole('checkbox', { name: '提前 2 小时' })).toBeChecked();

  await options.getByRole('tab', { name: '节假日安排' }).click();
  await options.getByLabel('通知全文').fill(NOTICE);
  await options.getByRole('button', { name: '确认导入 2027 年安排' }).click();
  await expect(options.getByRole('status')).toContainText('已导入 2027 年');

  const order = smsOrderDueIn150Minutes(Date.now());
  // Written as the order store writes it (value and its version); the background then shows the past reminders once.
  await session.serviceWorker.evaluate((orders) => chrome.storage.local.set({ orders, orders$: { v: 1 } }), [order]);
  const notification = `bh-sms:${order.key}`;
  await expect.poll(async () => Object.keys(await notifications())).toEqual([notification]);
  await expect.poll(async () => Object.keys(((await storedData()).shownReminders ?? {}) as object).length).toBe(2);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(4);
  const alarmsBefore = await reminderAlarms();
  expect(alarmsBefore.every((alarm) => alarm.scheduledTime > Date.now())).toBe(true);
  await session.serviceWorker.evaluate((id) => chrome.notifications.clear(id), notification);
  await expect.poll(notifications).toEqual({});

  const before = await storedData();
  expect(Object.keys(before)).toEqual(expect.arrayContaining(['orders', 'reminderSettings', 'holidayNotices', 'shownReminders']));
  expect(Object.keys(before).filter(isProfileKey)).toHaveLength(2);

  plainBackup = await backUp();
  expect(plainBackup).toContain('11010519491231002X');
  await clearStorage();
  await restore(plainBackup);

  // The background has re-armed exactly the reminders still ahead, and showed nothing for those already past.
  await expect.poll(reminderAlarms).toEqual(alarmsBefore);
  expect(await notifications()).toEqual({});
  expect(await storedData()).toEqual(before);
  await options.getByRole('tab', { name: '申请人档案' }).click();
  await expect(options.getByRole('table', { name: '档案列表' }).getByRole('row')).toHaveCount(3);
});

test('a backup file with fields from a newer version is restored without losing them', async () => {
  const before = await storedData();
  await clearStorage();
  await restore(newerBackupFile(plainBackup), undefined, ['其他记录（回收站、未保存的编辑等）：新增 1 条，原样恢复。']);
  await expect.poll(async () => (await reminderAlarms()).length).toBe(4);
  expect(await notifications()).toEqual({});
  expect(await storedData()).toEqual(withNewerFields(before));
});

test('an encrypted backup of sealed profiles asks for its passphrase and gives them back after unlocking', async () => {
  await options.getByRole('tab', { name: '申请人档案' }).click();
  const encryption = options.getByRole('region', { name: '档案加密' });
  await encryption.getByLabel('设置口令', { exact: true }).fill(VAULT_PASSPHRASE);
  await encryption.getByLabel('再次输入口令', { exact: true }).fill(VAULT_PASSPHRASE);
  await encryption.getByRole('button', { name: '启用加密' }).click();
  await expect(encryption.getByRole('button', { name: '立即锁定' })).toBeVisible({ timeout: 30_000 });
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
  await options.reload();
  await expect(options.getByText('已锁定：档案已加密，解锁前不显示任何档案内容。')).toBeVisible();
  const unlock = options.getByRole('form', { name: '解锁档案' });
  await unlock.getByLabel('口令', { exact: true }).fill(VAULT_PASSPHRASE);
  await unlock.getByRole('button', { name: '解锁' }).click();
  const list = options.getByRole('table', { name: '档案列表' });
  await expect(list.getByRole('row')).toHaveCount(3, { timeout: 30_000 });
  await expect(list).toContainText('1101**********002X');
  await expect(list).toContainText('北京示例科技');
});
