import { describe, expect, it } from 'vitest';
import { deriveKey, newKdfParams } from '@/utils/crypto';
import {
  PROFILE_RECORD_VERSION,
  RECORD_MIGRATIONS,
  isSealedRecord,
  newRecord,
  openRecord,
  profileEntriesIn,
  readRecord,
  sealRecord,
  upgradeRecord,
} from '@/utils/profile/record';
import { personalProfile } from './fixtures';

const NOW = new Date('2026-11-29T00:00:00.000Z');

describe('record migrations', () => {
  it('v1 → v2 wraps a bare profile with timestamps', () => {
    const profile = personalProfile();
    const migrated = RECORD_MIGRATIONS[2]!(profile, NOW);
    expect(migrated).toEqual({ profile, createdAt: NOW.toISOString(), updatedAt: NOW.toISOString() });
    expect(readRecord(migrated, profile.id)).toMatchObject({ ok: true });
  });

  it('v1 → v2 leaves values it does not recognise untouched, for quarantine to see as found', () => {
    for (const value of ['garbage', 42, null, [1, 2], { half: 'written' }]) {
      expect(RECORD_MIGRATIONS[2]!(value, NOW)).toBe(value);
    }
    const current = newRecord(personalProfile(), NOW);
    expect(RECORD_MIGRATIONS[2]!(current, NOW)).toBe(current);
  });

  it('upgradeRecord runs every step from the stored version up to the current one', () => {
    const profile = personalProfile();
    expect(upgradeRecord(profile, 1, NOW)).toEqual(newRecord(profile, NOW));
    const current = newRecord(profile, NOW);
    expect(upgradeRecord(current, PROFILE_RECORD_VERSION, NOW)).toBe(current);
  });
});

describe('readRecord', () => {
  it('accepts a current record under its own id', () => {
    const record = newRecord(personalProfile(), NOW);
    expect(readRecord(record, record.profile.id)).toEqual({ ok: true, record });
  });

  it('explains why an entry is unusable', () => {
    const record = newRecord(personalProfile(), NOW);
    expect(readRecord(null, 'x')).toMatchObject({ ok: false, reason: expect.stringContaining('内容为空') });
    expect(readRecord({ ...record, profile: { ...record.profile, websites: 'none' } }, record.profile.id)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('profile.websites'),
    });
    expect(readRecord(record, 'another-id')).toMatchObject({ ok: false, reason: expect.stringContaining('不一致') });
  });

  it('keeps filing-rule problems: an expired, badly numbered profile is still a valid record', () => {
    const profile = personalProfile();
    profile.principal.certificateNumber = '360426199101010072';
    profile.principal.certificateValidTo = '2001-01-01';
    expect(readRecord(newRecord(profile, NOW), profile.id).ok).toBe(true);
  });
});

describe('sealed records', () => {
  it('round-trip with their content version, bound to their storage key', async () => {
    const key = await deriveKey('passphrase-one', newKdfParams(1_000));
    const record = newRecord(personalProfile(), NOW);
    const sealed = await sealRecord(key, record, 'profile:a');
    expect(isSealedRecord(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('张三');
    expect(await openRecord(key, sealed, 'profile:a')).toEqual({ version: PROFILE_RECORD_VERSION, value: record });
    await expect(openRecord(key, sealed, 'profile:b')).rejects.toThrow();
  });
});

describe('profileEntriesIn', () => {
  it('lists profile items with their version, skipping version entries and other keys', () => {
    const entries = profileEntriesIn({
      'profile:a': { x: 1 },
      'profile:a$': { v: 2 },
      'profile:b': 'raw',
      'profile:c': {},
      'profile:c$': { v: 'two' },
      dock: { collapsed: true },
    });
    expect(entries).toEqual([
      { id: 'a', storageKey: 'profile:a', value: { x: 1 }, version: 2 },
      { id: 'b', storageKey: 'profile:b', value: 'raw', version: 1 },
      { id: 'c', storageKey: 'profile:c', value: {}, version: 1 },
    ]);
  });
});
