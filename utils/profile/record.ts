/**
 * How one profile is kept in extension storage (the storage layer itself is `utils/browser/profile-store.ts`).
 *
 * Record history:
 * - v1: the bare profile object (the first draft's layout);
 * - v2: `{ profile, createdAt, updatedAt }`, so lists can sort by last edit and import conflicts can say how old
 *   the stored copy is.
 *
 * A record is plain, or sealed when encryption is on: `{ sealed: { iv, ciphertext } }` whose plaintext is
 * `{ v, record }`. The storage layer's item version cannot describe what is inside a ciphertext, so a sealed payload
 * carries its own version and is upgraded with the same steps when the vault is unlocked.
 */
import { z } from 'zod';
import { isSealedBox, openText, sealText, type SealedBox } from '@/utils/crypto';
import { ProfileSchema, type Profile } from './schema';

export const PROFILE_RECORD_VERSION = 2;

/** Each profile is one storage item `profile:<id>` (one corrupt entry cannot take the others down). */
export const PROFILE_STORAGE_PREFIX = 'profile:';
/** A deleted or replaced profile, kept until the trash is emptied: `trash:<id>`, same record model. */
export const TRASH_STORAGE_PREFIX = 'trash:';
/** The editor's unsaved edits of one profile (未保存的编辑): `draft:<id>`, same record model. */
export const DRAFT_STORAGE_PREFIX = 'draft:';
/** Every family of profile records: all are sealed, re-keyed and upgraded alike, so none stays readable in plain. */
export const RECORD_PREFIXES = [PROFILE_STORAGE_PREFIX, TRASH_STORAGE_PREFIX, DRAFT_STORAGE_PREFIX] as const;
export type RecordPrefix = (typeof RECORD_PREFIXES)[number];
/** The storage layer keeps an item's version in a sibling `<key>$` entry as `{ v }`. */
const META_SUFFIX = '$';

export function profileStorageKey(id: string): string {
  return PROFILE_STORAGE_PREFIX + id;
}

export function metaStorageKey(storageKey: string): string {
  return storageKey + META_SUFFIX;
}

export type StoredEntry = { id: string; storageKey: string; value: unknown; version: number };

/** A stored profile entry; `meta` is the sibling version entry (version 1 when it is missing). */
export function storedEntry(
  storageKey: string,
  value: unknown,
  meta: unknown,
  prefix: RecordPrefix = PROFILE_STORAGE_PREFIX,
): StoredEntry {
  const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  return {
    id: storageKey.slice(prefix.length),
    storageKey,
    value,
    version: typeof version === 'number' && Number.isInteger(version) ? version : 1,
  };
}

/** The record entries of a storage-area snapshot under one prefix (profiles by default). */
export function profileEntriesIn(snapshot: Record<string, unknown>, prefix: RecordPrefix = PROFILE_STORAGE_PREFIX): StoredEntry[] {
  return Object.entries(snapshot)
    .filter(([storageKey]) => storageKey.startsWith(prefix) && !storageKey.endsWith(META_SUFFIX))
    .map(([storageKey, value]) => storedEntry(storageKey, value, snapshot[metaStorageKey(storageKey)], prefix));
}

export const ProfileRecordSchema = z.object({
  profile: ProfileSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProfileRecord = z.infer<typeof ProfileRecordSchema>;

export type SealedRecord = { sealed: SealedBox };

export function isSealedRecord(value: unknown): value is SealedRecord {
  return typeof value === 'object' && value !== null && isSealedBox((value as { sealed?: unknown }).sealed);
}

function isBareProfile(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'subject' in value && !('profile' in value);
}

/**
 * Steps that lift a plain record from version n-1 to n, keyed by n. A step leaves anything it does not recognise
 * untouched, so a half-written or foreign value reaches the schema check (and quarantine) as it was found.
 */
export const RECORD_MIGRATIONS: Readonly<Record<number, (old: unknown, now: Date) => unknown>> = {
  2: (old, now) => (isBareProfile(old) ? { profile: old, createdAt: now.toISOString(), updatedAt: now.toISOString() } : old),
};

export function upgradeRecord(value: unknown, fromVersion: number, now: Date): unknown {
  let upgraded = value;
  for (let version = fromVersion + 1; version <= PROFILE_RECORD_VERSION; version++) {
    upgraded = RECORD_MIGRATIONS[version]?.(upgraded, now) ?? upgraded;
  }
  return upgraded;
}

export type RecordReading = { ok: true; record: ProfileRecord } | { ok: false; reason: string };

/** Checks a current-version plain record against the schema, and that it sits under its own id. */
export function readRecord(value: unknown, expectedId: string): RecordReading {
  if (value === null || value === undefined) return { ok: false, reason: '内容为空（可能是上次写入时中断）' };
  const parsed = ProfileRecordSchema.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : '整条记录';
    return { ok: false, reason: `内容不符合档案格式（${where}：${first?.message ?? '格式错误'}）` };
  }
  if (parsed.data.profile.id !== expectedId) {
    return { ok: false, reason: `记录中的档案编号「${parsed.data.profile.id}」与存储位置「${expectedId}」不一致` };
  }
  return { ok: true, record: parsed.data };
}

export function newRecord(profile: Profile, now: Date, createdAt?: string): ProfileRecord {
  return { profile, createdAt: createdAt ?? now.toISOString(), updatedAt: now.toISOString() };
}

const SealedPayloadSchema = z.object({ v: z.int().min(1), record: z.unknown() });

/** `context` (the storage key) is bound into the ciphertext, so a sealed record cannot be swapped under another id. */
export async function sealRecord(key: CryptoKey, record: ProfileRecord, context: string): Promise<SealedRecord> {
  const payload = JSON.stringify({ v: PROFILE_RECORD_VERSION, record });
  return { sealed: await sealText(key, payload, context) };
}

/** Opens a sealed record; `version` is the record version inside, which may be older than the current one. */
export async function openRecord(
  key: CryptoKey,
  sealed: SealedRecord,
  context: string,
): Promise<{ version: number; value: unknown }> {
  const payload = SealedPayloadSchema.parse(JSON.parse(await openText(key, sealed.sealed, context)));
  return { version: payload.v, value: payload.record };
}
