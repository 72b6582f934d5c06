import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WeakPassphraseError, WrongPassphraseError, importKey, sealText } from '@/utils/crypto';
import {
  VaultError,
  VaultLockedError,
  changePassphrase,
  disableEncryption,
  enableEncryption,
  getVaultStatus,
  lock,
  lockIfIdle,
  setAutoLockMinutes,
  touch,
  unlock,
} from '@/utils/browser/vault';
import { getProfile, importProfiles, listProfiles, saveProfile, watchProfiles } from '@/utils/browser/profile-store';
import { openRecord, type SealedRecord } from '@/utils/profile/record';
import { TODAY, enterpriseProfile, fixtureText, personalProfile } from './fixtures';

// Tests use a low PBKDF2 count for speed; one test checks the production default.
const FAST = { iterations: 1_000 };
const PASSPHRASE = '我的档案口令 2026';
const T0 = new Date('2026-11-29T08:00:00.000Z');

async function local() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

async function sessionKey(): Promise<CryptoKey> {
  const { vaultKey } = await fakeBrowser.storage.session.get('vaultKey');
  return importKey(vaultKey as string);
}

async function withTwoProfiles() {
  await saveProfile(personalProfile(), T0);
  await saveProfile(enterpriseProfile(), T0);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('enabling encryption', () => {
  it('seals every stored profile, keeps the key only in session storage, and stays unlocked', async () => {
    await withTwoProfiles();
    await enableEncryption(PASSPHRASE, { ...FAST, now: T0 });

    const raw = JSON.stringify(await local());
    expect(raw).not.toContain('张三');
    expect(raw).not.toContain('11010519491231002X');
    expect(raw).not.toContain('vaultKey');
    expect((await fakeBrowser.storage.session.get('vaultKey')).vaultKey).toEqual(expect.any(String));
    expect(await getVaultStatus()).toEqual({ enabled: true, unlocked: true, autoLockMinutes: 15 });

    const { profiles } = await listProfiles({ today: TODAY });
    expect(profiles.map((entry) => entry.profile)).toEqual(expect.arrayContaining([personalProfile(), enterpriseProfile()]));
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    await enableEncryption(PASSPHRASE, { now: T0 });
    const { vault } = await fakeBrowser.storage.local.get('vault');
    expect((vault as { kdf: { iterations: number } }).kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('refuses a short passphrase and a second enable, changing nothing', async () => {
    await withTwoProfiles();
    const before = await local();
    await expect(enableEncryption('short', FAST)).rejects.toBeInstanceOf(WeakPassphraseError);
    expect(await local()).toEqual(before);
    await enableEncryption(PASSPHRASE, FAST);
    await expect(enableEncryption(PASSPHRASE, FAST)).rejects.toBeInstanceOf(VaultError);
  });

  it('seals profiles saved and imported while unlocked', async () => {
    await enableEncryption(PASSPHRASE, FAST);
    await saveProfile(personalProfile(), T0);
    await importProfiles(fixtureText('enterprise-two-sites.json'), { today: TODAY });
    const raw = JSON.stringify(await local());
    expect(raw).not.toContain('张三');
    expect(raw).not.toContain('北京示例科技');
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(2);
  });
});

describe('locking', () => {
  beforeEach(async () => {
    await withTwoProfiles();
    await enableEncryption(PASSPHRASE, { ...FAST, now: T0 });
  });

  it('hides profiles and refuses reads and writes while locked', async () => {
    await lock();
    expect(await getVaultStatus()).toMatchObject({ enabled: true, unlocked: false });
    expect(await listProfiles({ today: TODAY })).toEqual({ locked: true, profiles: [], quarantined: [] });
    await expect(getProfile(personalProfile().id, { today: TODAY })).rejects.toBeInstanceOf(VaultLockedError);
    await expect(saveProfile(personalProfile())).rejects.toThrow('请先输入口令解锁');
    await expect(importProfiles(fixtureText('personal.json'), { today: TODAY })).rejects.toBeInstanceOf(VaultLockedError);
  });

  it('a wrong passphrase is a clear Chinese error and changes nothing', async () => {
    await lock();
    const before = await local();
    const attempt = unlock('这不是口令 wrong');
    await expect(attempt).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(attempt).rejects.toThrow('口令不正确');
    expect(await local()).toEqual(before);
    expect(await getVaultStatus()).toMatchObject({ unlocked: false });
  });

  it('unlocks with the right passphrase', async () => {
    await lock();
    await unlock(PASSPHRASE);
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(2);
  });

  it('auto-locks after the idle time, counting from the last touch', async () => {
    const start = T0.getTime();
    await touch(start);
    expect(await lockIfIdle(start + 14 * 60_000)).toBe(false);
    await touch(start + 14 * 60_000);
    expect(await lockIfIdle(start + 28 * 60_000)).toBe(false);
    expect(await lockIfIdle(start + 29 * 60_000)).toBe(true);
    expect(await getVaultStatus()).toMatchObject({ unlocked: false });
    expect(await lockIfIdle(start + 60 * 60_000)).toBe(false);
  });

  it('never auto-locks with an idle time of 0, and validates the setting', async () => {
    await setAutoLockMinutes(0);
    await touch(T0.getTime());
    expect(await lockIfIdle(T0.getTime() + 24 * 3_600_000)).toBe(false);
    await expect(setAutoLockMinutes(-1)).rejects.toThrow('自动锁定时间');
  });

  it('notifies profile watchers when the vault locks and unlocks', async () => {
    const onChange = vi.fn();
    const stop = watchProfiles(onChange);
    await lock();
    expect(onChange).toHaveBeenCalled();
    onChange.mockClear();
    await unlock(PASSPHRASE);
    expect(onChange).toHaveBeenCalled();
    stop();
  });
});

describe('changing the passphrase and disabling', () => {
  beforeEach(async () => {
    await withTwoProfiles();
    await enableEncryption(PASSPHRASE, { ...FAST, now: T0 });
  });

  it('re-encrypts everything: the old passphrase stops working, the new one opens the same profiles', async () => {
    const before = await local();
    await changePassphrase(PASSPHRASE, '新的口令 new-passphrase', FAST);
    const after = await local();
    expect(after[`profile:${personalProfile().id}`]).not.toEqual(before[`profile:${personalProfile().id}`]);
    await lock();
    await expect(unlock(PASSPHRASE)).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock('新的口令 new-passphrase');
    expect((await getProfile(personalProfile().id, { today: TODAY }))?.profile).toEqual(personalProfile());
  });

  it('raises a low iteration count to the production default when none is given', async () => {
    await changePassphrase(PASSPHRASE, '新的口令 new-passphrase');
    const { vault } = await fakeBrowser.storage.local.get('vault');
    expect((vault as { kdf: { iterations: number } }).kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('a wrong current passphrase changes nothing', async () => {
    const before = await local();
    await expect(changePassphrase('wrong passphrase', '新的口令 new-passphrase', FAST)).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await local()).toEqual(before);
  });

  it('disabling writes every profile back in plain form and forgets the key', async () => {
    await expect(disableEncryption('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await disableEncryption(PASSPHRASE);
    expect(await getVaultStatus()).toEqual({ enabled: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    const raw = await local();
    expect(raw.vault).toBeUndefined();
    expect(raw[`profile:${personalProfile().id}`]).toMatchObject({ profile: personalProfile() });
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(2);
  });
});

describe('sealed records that need care', () => {
  beforeEach(async () => {
    await withTwoProfiles();
    await enableEncryption(PASSPHRASE, { ...FAST, now: T0 });
  });

  it('upgrades a sealed v1 payload at unlock (its content could not be migrated while locked)', async () => {
    const key = await sessionKey();
    const bare = { ...personalProfile(), id: 'legacy' };
    const sealed = await sealText(key, JSON.stringify({ v: 1, record: bare }), 'profile:legacy');
    await fakeBrowser.storage.local.set({ 'profile:legacy': { sealed }, 'profile:legacy$': { v: 2 } });
    await lock();
    await unlock(PASSPHRASE, T0);

    const stored = (await local())['profile:legacy'] as SealedRecord;
    const opened = await openRecord(await sessionKey(), stored, 'profile:legacy');
    expect(opened).toEqual({ version: 2, value: { profile: bare, createdAt: T0.toISOString(), updatedAt: T0.toISOString() } });
    expect((await getProfile('legacy', { today: TODAY }))?.profile).toEqual(bare);
  });

  it('leaves a sealed record that passed through the item migration untouched until unlock', async () => {
    const key = await sessionKey();
    const bare = { ...personalProfile(), id: 'old-item' };
    const sealed = { sealed: await sealText(key, JSON.stringify({ v: 1, record: bare }), 'profile:old-item') };
    await fakeBrowser.storage.local.set({ 'profile:old-item': sealed });
    const { profiles } = await listProfiles({ today: TODAY });
    expect(profiles.find((entry) => entry.profile.id === 'old-item')?.profile).toEqual(bare);
    expect((await local())['profile:old-item']).toEqual(sealed);
  });

  it('quarantines a damaged ciphertext, keeps it through a passphrase change, and the others keep working', async () => {
    const damaged = { sealed: { iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAAAAAAAAAAAAAAAAAAAAAA' } };
    await fakeBrowser.storage.local.set({ 'profile:damaged': damaged, 'profile:damaged$': { v: 2 } });
    let listing = await listProfiles({ today: TODAY });
    expect(listing.profiles).toHaveLength(2);
    expect(listing.quarantined).toEqual([{ id: 'damaged', kind: 'damaged', raw: damaged, recordVersion: 2, reason: expect.stringContaining('无法解开') }]);

    await changePassphrase(PASSPHRASE, '新的口令 new-passphrase', FAST);
    expect((await local())['profile:damaged']).toEqual(damaged);
    listing = await listProfiles({ today: TODAY });
    expect(listing.profiles).toHaveLength(2);
    expect(listing.quarantined.map((entry) => entry.id)).toEqual(['damaged']);
  });

  it('a sealed record swapped under another id does not open there', async () => {
    const raw = await local();
    await fakeBrowser.storage.local.set({ 'profile:swapped': raw[`profile:${personalProfile().id}`], 'profile:swapped$': { v: 2 } });
    const { quarantined } = await listProfiles({ today: TODAY });
    expect(quarantined.map((entry) => entry.id)).toEqual(['swapped']);
  });
});

describe('records from a newer version through sealing', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a newer record untouched and the unknown fields of a readable one', async () => {
    const profile = personalProfile();
    const record = { profile: { ...profile, nickname: '小张' }, createdAt: T0.toISOString(), updatedAt: T0.toISOString(), origin: 'v3' };
    // Passes this build's schema, but a newer version wrote it: re-sealing it would stamp it as ours.
    const future = { profile: { ...profile, id: 'future' }, createdAt: T0.toISOString(), updatedAt: T0.toISOString() };
    await fakeBrowser.storage.local.set({
      [`profile:${profile.id}`]: record,
      [`profile:${profile.id}$`]: { v: 2 },
      'profile:future': future,
      'profile:future$': { v: 9 },
    });
    await enableEncryption(PASSPHRASE, { ...FAST, now: T0 });
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['profile:future']).toEqual(future);
    expect(stored['profile:future$']).toEqual({ v: 9 });
    const opened = await openRecord(await sessionKey(), stored[`profile:${profile.id}`] as SealedRecord, `profile:${profile.id}`);
    expect(opened.value).toMatchObject({ origin: 'v3', profile: { nickname: '小张' } });
  });
});
