import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ProfileStoreError,
  deleteProfile,
  exportProfiles,
  getProfile,
  importProfiles,
  listProfiles,
  saveProfile,
  watchProfiles,
} from '@/utils/browser/profile-store';
import { readExchangeFile, serializeExchangeFile, type Profile } from '@/utils/profile';
import { PROFILE_RECORD_VERSION } from '@/utils/profile/record';
import { TODAY, enterpriseProfile, fixtureText, personalProfile } from './fixtures';

const T1 = new Date('2026-11-01T08:00:00.000Z');
const T2 = new Date('2026-11-20T08:00:00.000Z');

async function localSnapshot() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

function exchangeFileOf(...profiles: Profile[]) {
  return serializeExchangeFile(profiles, T1);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('save, read, list, delete', () => {
  it('stores one versioned item per profile and reads it back with findings attached', async () => {
    await saveProfile(personalProfile(), T1);
    await saveProfile(enterpriseProfile(), T2);
    const raw = await localSnapshot();
    expect(raw[`profile:${personalProfile().id}`]).toMatchObject({ profile: { label: '张三 · 个人' }, createdAt: T1.toISOString() });
    expect(raw[`profile:${personalProfile().id}$`]).toEqual({ v: PROFILE_RECORD_VERSION });

    const listing = await listProfiles({ today: TODAY });
    expect(listing.locked).toBe(false);
    expect(listing.quarantined).toEqual([]);
    expect(listing.profiles.map((entry) => entry.profile.id)).toEqual([enterpriseProfile().id, personalProfile().id]);
    expect(listing.profiles[1]?.profile).toEqual(personalProfile());
    expect(listing.profiles[1]?.findings.errors).toEqual([]);
  });

  it('keeps a profile with filing errors usable, with its errors attached', async () => {
    const broken = personalProfile();
    broken.principal.certificateValidTo = '2025-01-01';
    broken.principal.mobile = '12345';
    await saveProfile(broken, T1);
    const entry = await getProfile(broken.id, { today: TODAY });
    expect(entry?.profile).toEqual(broken);
    expect(entry?.findings.errors.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['principal.certificateValidTo', 'principal.mobile']),
    );
  });

  it('keeps createdAt and moves updatedAt when a profile is saved again', async () => {
    const profile = personalProfile();
    await saveProfile(profile, T1);
    await saveProfile({ ...profile, label: '张三（新）' }, T2);
    const entry = await getProfile(profile.id, { today: TODAY });
    expect(entry).toMatchObject({ createdAt: T1.toISOString(), updatedAt: T2.toISOString(), profile: { label: '张三（新）' } });
  });

  it('refuses a structurally invalid profile with the problems, storing nothing', async () => {
    const invalid = { ...personalProfile(), websites: [] } as Profile;
    const attempt = saveProfile(invalid, T1);
    await expect(attempt).rejects.toBeInstanceOf(ProfileStoreError);
    await expect(attempt).rejects.toMatchObject({ issues: [expect.objectContaining({ path: 'websites' })] });
    expect(await localSnapshot()).toEqual({});
  });

  it('returns null for an unknown id and moves a deleted profile, value and version entry, to the trash', async () => {
    expect(await getProfile('nobody', { today: TODAY })).toBeNull();
    await saveProfile(personalProfile(), T1);
    await deleteProfile(personalProfile().id);
    const id = personalProfile().id;
    expect(Object.keys(await localSnapshot()).sort()).toEqual([`trash:${id}`, `trash:${id}$`]);
  });
});

describe('quarantine', () => {
  it('lists a corrupt entry with its raw content, keeps it stored, and the other profiles keep working', async () => {
    await saveProfile(personalProfile(), T1);
    await fakeBrowser.storage.local.set({ 'profile:broken': 'garbage{', 'profile:broken$': { v: PROFILE_RECORD_VERSION } });
    const before = await localSnapshot();

    const listing = await listProfiles({ today: TODAY });
    expect(listing.profiles.map((entry) => entry.profile.id)).toEqual([personalProfile().id]);
    expect(listing.quarantined).toEqual([
      { id: 'broken', raw: 'garbage{', recordVersion: PROFILE_RECORD_VERSION, kind: 'damaged', reason: expect.stringContaining('不符合档案格式') },
    ]);
    expect(await localSnapshot()).toEqual(before);
  });

  it('quarantines a record whose shape is wrong deep inside, naming where', async () => {
    const record = { profile: { ...personalProfile(), id: 'deep', principal: { name: '张三' } }, createdAt: T1.toISOString(), updatedAt: T1.toISOString() };
    await fakeBrowser.storage.local.set({ 'profile:deep': record, 'profile:deep$': { v: 2 } });
    const { quarantined } = await listProfiles({ today: TODAY });
    expect(quarantined[0]).toMatchObject({ id: 'deep', raw: record, reason: expect.stringContaining('profile.principal') });
  });

  it('quarantines an entry written by a newer version without touching it', async () => {
    const future = { shape: 'from v3' };
    await fakeBrowser.storage.local.set({ 'profile:future': future, 'profile:future$': { v: 3 } });
    const { quarantined } = await listProfiles({ today: TODAY });
    expect(quarantined).toEqual([{ id: 'future', raw: future, recordVersion: 3, kind: 'newer', reason: expect.stringContaining('更新版本') }]);
    expect(await localSnapshot()).toEqual({ 'profile:future': future, 'profile:future$': { v: 3 } });
  });

  it('keeps fields a newer version added to a readable profile through a save', async () => {
    const profile = personalProfile();
    const record = { profile: { ...profile, nickname: '小张' }, createdAt: T1.toISOString(), updatedAt: T1.toISOString(), origin: 'v3' };
    await fakeBrowser.storage.local.set({ [`profile:${profile.id}`]: record, [`profile:${profile.id}$`]: { v: PROFILE_RECORD_VERSION } });
    const entry = await getProfile(profile.id, { today: TODAY });
    await saveProfile({ ...entry!.profile, label: '改过的名字' }, T2);
    expect((await localSnapshot())[`profile:${profile.id}`]).toMatchObject({ origin: 'v3', profile: { nickname: '小张', label: '改过的名字' } });
  });

  it('quarantines a record stored under another id', async () => {
    const record = { profile: personalProfile(), createdAt: T1.toISOString(), updatedAt: T1.toISOString() };
    await fakeBrowser.storage.local.set({ 'profile:elsewhere': record, 'profile:elsewhere$': { v: 2 } });
    const { quarantined, profiles } = await listProfiles({ today: TODAY });
    expect(profiles).toEqual([]);
    expect(quarantined[0]?.reason).toContain('不一致');
  });

  it('does not overwrite a quarantined entry on save, and deleteProfile discards it', async () => {
    const profile = personalProfile();
    await fakeBrowser.storage.local.set({ [`profile:${profile.id}`]: 42, [`profile:${profile.id}$`]: { v: 2 } });
    await expect(saveProfile(profile, T1)).rejects.toThrow('无法读取的记录');
    expect((await localSnapshot())[`profile:${profile.id}`]).toBe(42);
    await deleteProfile(profile.id);
    expect((await listProfiles({ today: TODAY })).quarantined).toEqual([]);
  });
});

describe('migrations', () => {
  it('migrates a v1 item (a bare profile, no version entry) to a v2 record in storage', async () => {
    const profile = personalProfile();
    await fakeBrowser.storage.local.set({ [`profile:${profile.id}`]: profile });
    const entry = await getProfile(profile.id, { today: TODAY });
    expect(entry?.profile).toEqual(profile);
    const raw = await localSnapshot();
    expect(raw[`profile:${profile.id}$`]).toEqual({ v: 2 });
    expect(raw[`profile:${profile.id}`]).toEqual({ profile, createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('reads a v2 record whose version entry was never written (half-written by an older build)', async () => {
    const profile = personalProfile();
    const record = { profile, createdAt: T1.toISOString(), updatedAt: T1.toISOString() };
    await fakeBrowser.storage.local.set({ [`profile:${profile.id}`]: record });
    const { profiles, quarantined } = await listProfiles({ today: TODAY });
    expect(quarantined).toEqual([]);
    expect(profiles[0]).toMatchObject(record);
    expect((await localSnapshot())[`profile:${profile.id}`]).toEqual(record);
  });

  it('quarantines a v1 item that is not a profile, with its raw content preserved', async () => {
    await fakeBrowser.storage.local.set({ 'profile:junk': { half: 'written' } });
    const { quarantined } = await listProfiles({ today: TODAY });
    expect(quarantined).toEqual([expect.objectContaining({ id: 'junk', raw: { half: 'written' } })]);
    expect((await localSnapshot())['profile:junk']).toEqual({ half: 'written' });
  });
});

describe('import', () => {
  it('takes every profile of a valid file, in one storage write', async () => {
    const setSpy = vi.spyOn(fakeBrowser.storage.local, 'set');
    const result = await importProfiles(fixtureText('enterprise-two-sites.json'), { today: TODAY, now: T1 });
    expect(result).toEqual({
      status: 'imported',
      imported: [{ id: 'ent-bjsl-0001', replaced: false, originalId: 'ent-bjsl-0001' }],
      skipped: [],
      warnings: expect.any(Array),
    });
    expect(setSpy).toHaveBeenCalledTimes(1);
    const entry = await getProfile('ent-bjsl-0001', { today: TODAY });
    expect(entry?.profile.websites).toHaveLength(2);
    expect(entry?.profile.checklist).toEqual(enterpriseProfile().checklist);
  });

  it('generates an id for a profile without one', async () => {
    const { id: _id, ...withoutId } = personalProfile();
    const text = JSON.stringify({ format: 'beian-helper.profiles', version: 1, profiles: [withoutId] });
    const result = await importProfiles(text, { today: TODAY });
    expect(result.status).toBe('imported');
    const [imported] = result.status === 'imported' ? result.imported : [];
    expect(imported?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await getProfile(imported!.id, { today: TODAY }))?.profile.label).toBe('张三 · 个人');
  });

  it('is atomic: one bad profile refuses the file, lists every error with its path, and changes nothing', async () => {
    await saveProfile(personalProfile(), T1);
    const before = await localSnapshot();
    const bad = { ...enterpriseProfile(), principal: { ...enterpriseProfile().principal, mobile: '1380013800' } };
    const text = exchangeFileOf({ ...personalProfile(), id: 'fresh-one' }, bad);
    const result = await importProfiles(text, { today: TODAY });
    expect(result).toMatchObject({ status: 'rejected', canImportAnyway: true });
    if (result.status !== 'rejected') return;
    expect(result.errors.map((issue) => issue.path)).toContain('profiles[1].principal.mobile');
    expect(result.errors.find((issue) => issue.path === 'profiles[1].principal.mobile')?.message).toContain('「主体负责人 · 手机号码」');
    expect(await localSnapshot()).toEqual(before);
  });

  it.each([
    ['malformed.json', '', '不是有效的 JSON'],
    ['wrong-format.json', 'format', '不是备案助手的档案导出文件'],
    ['version-99.json', 'version', '请先升级备案助手'],
  ])('refuses %s with a Chinese message and changes nothing', async (name, path, message) => {
    await saveProfile(personalProfile(), T1);
    const before = await localSnapshot();
    const result = await importProfiles(fixtureText(name), { today: TODAY });
    expect(result).toMatchObject({ status: 'rejected', canImportAnyway: false, errors: [{ path, message: expect.stringContaining(message) }] });
    expect(await localSnapshot()).toEqual(before);
  });

  it('takes a file with filing errors only when asked to, keeping the errors visible', async () => {
    const refused = await importProfiles(fixtureText('several-problems.json'), { today: TODAY });
    expect(refused).toMatchObject({ status: 'rejected', canImportAnyway: true });
    const taken = await importProfiles(fixtureText('several-problems.json'), { today: TODAY, allowFilingErrors: true });
    expect(taken.status).toBe('imported');
    const { profiles } = await listProfiles({ today: TODAY });
    expect(profiles).toHaveLength(2);
    expect(profiles.some((entry) => entry.findings.errors.some((issue) => issue.path === 'principal.mobile'))).toBe(true);
  });

  describe('id conflicts', () => {
    const changed = () => ({ ...personalProfile(), label: '张三 · 新手机', principal: { ...personalProfile().principal, mobile: '13811112222' } });

    beforeEach(async () => {
      await saveProfile(personalProfile(), T1);
    });

    it('reports conflicts with a per-field diff and writes nothing until asked', async () => {
      const before = await localSnapshot();
      const result = await importProfiles(exchangeFileOf(changed()), { today: TODAY });
      expect(result).toEqual({
        status: 'conflicts',
        warnings: [],
        conflicts: [
          {
            id: personalProfile().id,
            incomingLabel: '张三 · 新手机',
            existingLabel: '张三 · 个人',
            existingUpdatedAt: T1.toISOString(),
            changes: [
              { path: 'label', label: '「档案名称」', before: '张三 · 个人', after: '张三 · 新手机' },
              { path: 'principal.mobile', label: '「主体负责人 · 手机号码」', before: '13800138000', after: '13811112222' },
            ],
          },
        ],
      });
      expect(await localSnapshot()).toEqual(before);
    });

    it('replace: overwrites in place and keeps the original creation time', async () => {
      const result = await importProfiles(exchangeFileOf(changed()), { today: TODAY, onConflict: 'replace', now: T2 });
      expect(result).toMatchObject({ status: 'imported', imported: [{ id: personalProfile().id, replaced: true }] });
      const { profiles } = await listProfiles({ today: TODAY });
      expect(profiles).toHaveLength(1);
      expect(profiles[0]).toMatchObject({ createdAt: T1.toISOString(), updatedAt: T2.toISOString(), profile: { label: '张三 · 新手机' } });
    });

    it('keep both: stores the incoming profile under a new id', async () => {
      const result = await importProfiles(exchangeFileOf(changed()), { today: TODAY, onConflict: 'keep-both', now: T2 });
      expect(result.status).toBe('imported');
      const [imported] = result.status === 'imported' ? result.imported : [];
      expect(imported).toMatchObject({ replaced: false, originalId: personalProfile().id });
      expect(imported?.id).not.toBe(personalProfile().id);
      const { profiles } = await listProfiles({ today: TODAY });
      expect(profiles.map((entry) => entry.profile.label).sort()).toEqual(['张三 · 个人', '张三 · 新手机']);
    });

    it('treats a quarantined entry under the same id as a conflict without a diff', async () => {
      await fakeBrowser.storage.local.set({ 'profile:broken-one': 'garbage', 'profile:broken-one$': { v: 2 } });
      const result = await importProfiles(exchangeFileOf({ ...personalProfile(), id: 'broken-one' }), { today: TODAY });
      expect(result).toMatchObject({ status: 'conflicts', conflicts: [{ id: 'broken-one', existingLabel: null, changes: [] }] });
    });
  });
});

describe('export', () => {
  it('writes a version-1 exchange file that imports back to the same profiles', async () => {
    await saveProfile(personalProfile(), T1);
    await saveProfile(enterpriseProfile(), T1);
    const text = await exportProfiles({ now: T2 });
    const read = readExchangeFile(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.profiles.map((profile) => profile.id).sort()).toEqual([enterpriseProfile().id, personalProfile().id].sort());
    expect(read.profiles.find((profile) => profile.id === personalProfile().id)).toEqual(personalProfile());
    expect(JSON.parse(text).exportedAt).toBe('2026-11-20T16:00:00+08:00');

    fakeBrowser.reset();
    expect(await importProfiles(text, { today: TODAY })).toMatchObject({ status: 'imported' });
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(2);
  });

  it('exports only the chosen ids and refuses an unknown one', async () => {
    await saveProfile(personalProfile(), T1);
    await saveProfile(enterpriseProfile(), T1);
    const text = await exportProfiles({ ids: [enterpriseProfile().id] });
    expect(JSON.parse(text).profiles.map((profile: Profile) => profile.id)).toEqual([enterpriseProfile().id]);
    await expect(exportProfiles({ ids: ['nobody'] })).rejects.toThrow('找不到编号为「nobody」的档案');
  });

  it('writes an encrypted envelope that import opens only with the passphrase', async () => {
    await saveProfile(personalProfile(), T1);
    const envelope = await exportProfiles({ passphrase: '导出口令 export-1', iterations: 1_000 });
    expect(envelope).not.toContain('张三');
    expect(JSON.parse(envelope)).toMatchObject({ format: 'beian-helper.profiles.encrypted', version: 1, kdf: { iterations: 1_000 } });

    fakeBrowser.reset();
    expect(await importProfiles(envelope, { today: TODAY })).toEqual({ status: 'needs-passphrase' });
    const wrong = await importProfiles(envelope, { today: TODAY, passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ status: 'rejected', errors: [{ path: '', message: expect.stringContaining('口令不正确') }] });
    expect(await localSnapshot()).toEqual({});
    expect(await importProfiles(envelope, { today: TODAY, passphrase: '导出口令 export-1' })).toMatchObject({ status: 'imported' });
    expect((await getProfile(personalProfile().id, { today: TODAY }))?.profile).toEqual(personalProfile());
  });

  it('rejects a damaged encrypted envelope with a clear message', async () => {
    await saveProfile(personalProfile(), T1);
    const envelope = JSON.parse(await exportProfiles({ passphrase: '导出口令 export-1', iterations: 1_000 }));
    delete envelope.iv;
    const result = await importProfiles(JSON.stringify(envelope), { today: TODAY, passphrase: '导出口令 export-1' });
    expect(result).toMatchObject({ status: 'rejected', errors: [{ message: expect.stringContaining('结构不完整或已损坏') }] });
  });
});

describe('watchProfiles', () => {
  it('calls back on profile writes and deletes, and stops when unsubscribed', async () => {
    const onChange = vi.fn();
    const stop = watchProfiles(onChange);
    await saveProfile(personalProfile(), T1);
    expect(onChange).toHaveBeenCalledTimes(1);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(onChange).toHaveBeenCalledTimes(1);
    // Two writes: into the trash, then out of the profiles.
    await deleteProfile(personalProfile().id);
    expect(onChange).toHaveBeenCalledTimes(3);
    stop();
    await saveProfile(personalProfile(), T1);
    expect(onChange).toHaveBeenCalledTimes(3);
  });
});
