import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackup, restoreBackup } from '@/utils/browser/backup-store';
import { enableEncryption, unlock } from '@/utils/browser/vault';
import { deleteProfile, importProfiles, listProfiles, listTrash, saveDraft, saveProfile } from '@/utils/browser/profile-store';
import { syncReminders } from '@/utils/browser/reminders';
import { markSmsReceived, recordStage, setStageByHand } from '@/utils/orders/reducers';
import type { RestoreChoices } from '@/utils/backup/backup';
import { TODAY, enterpriseProfile, personalProfile } from '../profile/fixtures';

const NOW = Date.parse('2026-11-29T02:00:00Z');
const HOUR = 3_600_000;
const PASSPHRASE = '我的档案口令 2026';
const FAST = { iterations: 1_000 };
const ALL: RestoreChoices = { profiles: 'skip', settings: true, calendars: true };

function smsOrder(orderId: string, smsAt: number) {
  return markSmsReceived(recordStage([], { orderId, domain: `${orderId.slice(-2)}.cn`, stage: 'awaitingBureauSubmission', seenAt: smsAt - HOUR })[0]!, smsAt);
}

/** Everything the extension keeps, minus this browser's bookkeeping. */
async function data() {
  const { vaultEpoch: _epoch, ...rest } = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
  return structuredClone(rest);
}

async function fillStorage() {
  await saveProfile(personalProfile(), new Date(NOW));
  await fakeBrowser.storage.local.set({
    orders: [{ ...smsOrder('30179108639935234', NOW - HOUR), colour: 'green' }, '{"cut-off'],
    orders$: { v: 1 },
    reminderSettings: { offsetsMinutes: [60, 15] },
    holidayNotices: { 2027: { text: '国务院办公厅关于2027年部分节假日安排的通知', importedAt: '2026-11-01T00:00:00.000Z' } },
    shownReminders: { 'bh-sms-reminder:30179108639935234|1|720': NOW - HOUR },
    shownReminders$: { v: 1 },
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  return () => vi.useRealTimers();
});

describe('backup → clear → restore', () => {
  it('gives back every record deep-equal, plain', async () => {
    await fillStorage();
    const before = await data();
    const text = await createBackup();
    expect(text).not.toContain('vaultKey');
    fakeBrowser.reset();
    const result = await restoreBackup(text, { choices: ALL, apply: true });
    expect(result.status).toBe('planned');
    expect(await data()).toEqual(before);
  });

  it('keeps sealed profiles sealed with the vault settings, never the key, and encrypts the file on request', async () => {
    await fillStorage();
    await saveProfile(enterpriseProfile(), new Date(NOW));
    await enableEncryption(PASSPHRASE, { ...FAST, now: new Date(NOW) });
    const before = await data();
    const key = (await fakeBrowser.storage.session.get('vaultKey')).vaultKey as string;
    const text = await createBackup({ passphrase: '备份口令 backup', ...FAST });
    expect(text).not.toContain('张三');

    fakeBrowser.reset();
    expect(await restoreBackup(text, { choices: ALL, apply: true })).toEqual({ status: 'needs-passphrase' });
    expect(await restoreBackup(text, { choices: ALL, apply: true, passphrase: 'wrong' })).toMatchObject({ status: 'rejected' });
    const plain = await restoreBackup(text, { choices: ALL, apply: true, passphrase: '备份口令 backup' });
    expect(plain.status).toBe('planned');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key);
    expect(await data()).toEqual(before);
    await unlock(PASSPHRASE);
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile.id).sort()).toEqual(
      [personalProfile().id, enterpriseProfile().id].sort(),
    );
  });

  it('gives back the trash, unsaved edits and stores of a newer version, sealed or not', async () => {
    await saveProfile(enterpriseProfile(), new Date(NOW));
    await deleteProfile(enterpriseProfile().id, new Date(NOW));
    await saveProfile(personalProfile(), new Date(NOW));
    await saveDraft({ ...personalProfile(), label: '未保存' }, new Date(NOW));
    await fakeBrowser.storage.local.set({ addedLater: { by: 'a newer version' } });
    await enableEncryption(PASSPHRASE, { ...FAST, now: new Date(NOW) });
    const before = await data();
    expect(Object.keys(before)).toEqual(expect.arrayContaining([`trash:${enterpriseProfile().id}`, `draft:${personalProfile().id}`, 'addedLater']));
    const text = await createBackup();
    fakeBrowser.reset();
    await restoreBackup(text, { choices: ALL, apply: true });
    expect(await data()).toEqual(before);
    await unlock(PASSPHRASE);
    expect((await listTrash()).entries.map((entry) => entry.profile.id)).toEqual([enterpriseProfile().id]);
  });

  it('restores a backup file with an unknown future field without loss', async () => {
    await fillStorage();
    const before = await data();
    const file = { ...JSON.parse(await createBackup()), addedLater: { anything: 1 } };
    fakeBrowser.reset();
    await restoreBackup(JSON.stringify(file), { choices: ALL, apply: true });
    expect(await data()).toEqual(before);
  });
});

describe('restoring into existing data', () => {
  it('deletes nothing: orders get the union of their stages with the user times kept, settings only when ticked', async () => {
    const key = '30179108639935234';
    await fakeBrowser.storage.local.set({ orders: [smsOrder(key, NOW - HOUR)], reminderSettings: { offsetsMinutes: [30] } });
    const text = await createBackup();
    const mine = setStageByHand(smsOrder(key, NOW - HOUR), 'bureauReview', NOW - HOUR / 2);
    const other = smsOrder('30179108639935299', NOW - 2 * HOUR);
    await fakeBrowser.storage.local.set({ orders: [mine, other], reminderSettings: { offsetsMinutes: [120] } });

    const preview = await restoreBackup(text, { choices: { ...ALL, settings: false }, apply: false });
    expect(preview).toMatchObject({ status: 'planned', applied: false });
    if (preview.status !== 'planned') return;
    expect(preview.plan.replaceable).toEqual([
      { key: 'reminderSettings', label: '提醒设置', current: { offsetsMinutes: [120] }, backup: { offsetsMinutes: [30] } },
    ]);
    await restoreBackup(text, { choices: { ...ALL, settings: false }, apply: true });
    const stored = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
    expect(stored.reminderSettings).toEqual({ offsetsMinutes: [120] });
    expect(stored.orders).toEqual([mine, other]);
  });

  it('never shows a burst of past reminders, and re-arms the ones ahead', async () => {
    await fakeBrowser.storage.local.set({ orders: [smsOrder('30179108639935234', NOW - 20 * HOUR), smsOrder('30179108639935235', NOW - HOUR)] });
    const text = await createBackup();
    fakeBrowser.reset();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await restoreBackup(text, { choices: ALL, apply: true });
    await syncReminders();
    expect(create).not.toHaveBeenCalled();
    const alarms = (await fakeBrowser.alarms.getAll()).filter((alarm) => alarm.name.startsWith('bh-sms-reminder:'));
    expect(alarms.length).toBeGreaterThan(0);
    expect(alarms.every((alarm) => alarm.scheduledTime > NOW)).toBe(true);
  });

  it('profiles that differ follow the chosen 替换 / 保留两份 / 跳过', async () => {
    await saveProfile(personalProfile(), new Date(NOW));
    const text = await createBackup();
    await saveProfile({ ...personalProfile(), label: '改过' }, new Date(NOW + HOUR));
    for (const [choice, labels] of [
      ['skip', ['改过']],
      ['keep-both', ['改过', personalProfile().label]],
    ] as const) {
      await restoreBackup(text, { choices: { ...ALL, profiles: choice }, apply: true });
      expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile.label).sort()).toEqual([...labels].sort());
    }
  });

  it('导入档案 recognises a backup file and points to 从备份恢复', async () => {
    const result = await importProfiles(await createBackup(), { today: TODAY });
    expect(result).toMatchObject({ status: 'rejected', errors: [{ message: expect.stringContaining('从备份恢复') }] });
  });
});

describe('sealed profiles from a backup made under another vault', () => {
  it('ask for the backup passphrase and are re-sealed under this vault', async () => {
    await saveProfile(enterpriseProfile(), new Date(NOW));
    await deleteProfile(enterpriseProfile().id, new Date(NOW));
    await saveProfile(personalProfile(), new Date(NOW));
    await enableEncryption(PASSPHRASE, { ...FAST, now: new Date(NOW) });
    const text = await createBackup();

    fakeBrowser.reset();
    await saveProfile(enterpriseProfile(), new Date(NOW));
    await enableEncryption('这里的另一个口令 here', { ...FAST, now: new Date(NOW) });
    const preview = await restoreBackup(text, { choices: ALL, apply: false });
    expect(preview).toMatchObject({ status: 'planned', plan: { sealedElsewhere: [personalProfile().id] } });
    // The sealed trash of the backup's vault cannot be opened here: said, not written.
    expect(preview.status === 'planned' && preview.plan.preview.join('')).toContain('另有 1 条其他加密记录');
    expect(await restoreBackup(text, { choices: ALL, apply: true, vaultPassphrase: 'wrong passphrase' })).toMatchObject({ status: 'rejected' });
    await restoreBackup(text, { choices: ALL, apply: true, vaultPassphrase: PASSPHRASE });
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile.id).sort()).toEqual(
      [personalProfile().id, enterpriseProfile().id].sort(),
    );
  });
});
