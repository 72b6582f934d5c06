import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteProfile,
  discardDraft,
  emptyTrash,
  importProfiles,
  listDrafts,
  listProfiles,
  listTrash,
  restoreFromTrash,
  saveDraft,
  saveProfile,
} from '@/utils/browser/profile-store';
import { changePassphrase, disableEncryption, enableEncryption, lock, unlock } from '@/utils/browser/vault';
import { serializeExchangeFile } from '@/utils/profile';
import { TODAY, enterpriseProfile, personalProfile } from './fixtures';

const T1 = new Date('2026-11-01T08:00:00.000Z');
const T2 = new Date('2026-11-20T08:00:00.000Z');
const PASSPHRASE = '测试口令 passphrase-1';

beforeEach(() => {
  fakeBrowser.reset();
});

async function storedText(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

describe('trash', () => {
  it('keeps a deleted profile until it is restored, unchanged', async () => {
    const profile = personalProfile();
    await saveProfile(profile, T1);
    await deleteProfile(profile.id, T2);
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
    const trash = await listTrash();
    expect(trash.entries.map((record) => [record.profile, record.updatedAt])).toEqual([[profile, T2.toISOString()]]);

    await restoreFromTrash(profile.id);
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile)).toEqual([profile]);
    expect((await listTrash()).entries).toEqual([]);
  });

  it('keeps the version an import replaced, and restoring it swaps it with the current one', async () => {
    const original = personalProfile();
    await saveProfile(original, T1);
    const incoming = { ...personalProfile(), label: '张三 · 新版' };
    const result = await importProfiles(serializeExchangeFile([incoming], T1), { today: TODAY, onConflict: 'replace', now: T2 });
    expect(result.status).toBe('imported');
    expect((await listTrash()).entries.map((record) => record.profile)).toEqual([original]);

    await restoreFromTrash(original.id);
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile.label)).toEqual(['张三 · 个人']);
    expect((await listTrash()).entries.map((record) => record.profile.label)).toEqual(['张三 · 新版']);
  });

  it('empties what it can read and keeps an unreadable entry as found, with a reason', async () => {
    await saveProfile(personalProfile(), T1);
    await deleteProfile(personalProfile().id, T2);
    await fakeBrowser.storage.local.set({ 'trash:broken': 'garbage{', 'trash:broken$': { v: 2 } });
    const trash = await listTrash();
    expect(trash.quarantined).toMatchObject([{ id: 'broken', raw: 'garbage{' }]);
    expect(trash.quarantined[0]!.reason).not.toBe('');
    await emptyTrash();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ 'trash:broken': 'garbage{', 'trash:broken$': { v: 2 } });
  });
});

describe('unsaved edits', () => {
  it('are kept and listed until discarded', async () => {
    const draft = { ...personalProfile(), label: '还没保存' };
    await saveDraft(draft, T1);
    expect((await listDrafts()).map((record) => record.profile)).toEqual([draft]);
    // Not a profile: the list does not show it.
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
    await discardDraft(draft.id);
    expect(await listDrafts()).toEqual([]);
  });

  it('are sealed with the profiles and the trash while encryption is on, and survive a lock and a new passphrase', async () => {
    const profile = enterpriseProfile();
    await saveProfile(personalProfile(), T1);
    await deleteProfile(personalProfile().id, T1);
    await saveDraft(profile, T1);
    await enableEncryption(PASSPHRASE, { iterations: 1_000 });
    const sensitive = [profile.principal.mobile, profile.subject.name, personalProfile().principal.certificateNumber, personalProfile().subject.name];
    let text = await storedText();
    for (const value of sensitive) expect(text).not.toContain(value);

    await saveDraft({ ...profile, label: '加密后的编辑' }, T2);
    await lock();
    await expect(saveDraft(profile)).rejects.toThrow();
    await changePassphrase(PASSPHRASE, '新的口令 passphrase-2', { iterations: 1_000 });
    text = await storedText();
    for (const value of sensitive) expect(text).not.toContain(value);
    await lock();
    await unlock('新的口令 passphrase-2');
    expect((await listDrafts()).map((record) => record.profile.label)).toEqual(['加密后的编辑']);
    expect((await listTrash()).entries.map((record) => record.profile.id)).toEqual([personalProfile().id]);

    await disableEncryption('新的口令 passphrase-2');
    expect((await listDrafts()).map((record) => record.profile.label)).toEqual(['加密后的编辑']);
    expect((await listTrash()).entries).toHaveLength(1);
  });
});

describe('跳过相同的', () => {
  it('leaves out the identical conflicts chosen, never a changed one, and still resolves the rest', async () => {
    const same = personalProfile();
    const changed = enterpriseProfile();
    await saveProfile(same, T1);
    await saveProfile(changed, T1);
    const text = serializeExchangeFile([same, { ...changed, label: '改过的企业' }], T1);
    const skipIdentical = [same.id, changed.id]; // a changed profile named here is still imported
    const result = await importProfiles(text, { today: TODAY, onConflict: 'replace', skipIdentical, now: T2 });
    expect(result).toMatchObject({ status: 'imported', skipped: [same.id], imported: [{ id: changed.id, replaced: true }] });
    const profiles = (await listProfiles({ today: TODAY })).profiles;
    expect(profiles.find((entry) => entry.profile.id === same.id)!.updatedAt).toBe(T1.toISOString());
    expect(profiles.find((entry) => entry.profile.id === changed.id)!.profile.label).toBe('改过的企业');
    // Only the replaced one went to the trash.
    expect((await listTrash()).entries.map((record) => record.profile.id)).toEqual([changed.id]);
  });
});
