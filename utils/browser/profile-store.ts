/**
 * Applicant profiles in extension storage: one versioned item per profile (`local:profile:<id>`, record model in
 * `utils/profile/record.ts`), sealed when the vault is on (`./vault.ts`).
 *
 * Every read is checked against the schema. An entry that is corrupt, half-written, from a newer version or
 * undecryptable is quarantined: listed with its raw content and the reason, never dropped or rewritten, while the
 * other profiles keep working. Filing-rule findings (expired ID, bad check digit) are not corruption: such profiles
 * load normally and carry their errors and warnings.
 *
 * Writes of several records (import) go to storage in one call, so they land together or not at all.
 *
 * Deleted and replaced profiles go to a trash (`trash:<id>`) and the editor's unsaved edits to `draft:<id>`: the same
 * record model, sealed and re-keyed with the profiles, and unreadable entries are kept as found with a reason.
 */
import { storage } from 'wxt/utils/storage';
import { browser } from 'wxt/browser';
import { DecryptionError, WrongPassphraseError } from '@/utils/crypto';
import {
  EnvelopeError,
  ProfileSchema,
  decryptExchangeText,
  diffProfiles,
  encryptExchangeText,
  isEncryptedExchangeText,
  mergeFindings,
  newProfileId,
  parseExchangeFile,
  readExchangeFile,
  serializeExchangeFile,
  sharedValueFindings,
  validateProfile,
  type FieldChange,
  type Findings,
  type Issue,
  type Profile,
} from '@/utils/profile';
import {
  PROFILE_RECORD_VERSION,
  PROFILE_STORAGE_PREFIX,
  RECORD_MIGRATIONS,
  ProfileRecordSchema,
  isSealedRecord,
  metaStorageKey,
  newRecord,
  openRecord,
  profileEntriesIn,
  profileStorageKey,
  readRecord,
  sealRecord,
  storedEntry,
  upgradeRecord,
  DRAFT_STORAGE_PREFIX,
  TRASH_STORAGE_PREFIX,
  type ProfileRecord,
  type RecordPrefix,
  type StoredEntry,
} from '@/utils/profile/record';
import { restoreUnknown, type KeptReason } from '@/utils/storage/kept';
import { isBackupText } from '@/utils/backup/backup';
import { VaultLockedError, getRecordKey, touch, watchVault, type RecordKeyState } from './vault';

export type ProfileEntry = {
  profile: Profile;
  createdAt: string;
  updatedAt: string;
  /** Filing-rule findings as of `today`; paths relative to the profile. */
  findings: Findings;
};

export type QuarantinedEntry = {
  /** The id part of the storage key; pass it to `deleteProfile` to discard the entry. */
  id: string;
  /** Why it cannot be used, in Chinese. */
  reason: string;
  /** The stored value exactly as found (for the user to copy out or repair). */
  raw: unknown;
  recordVersion: number;
  /** The reason's kind, for the counts in the 数据 section. */
  kind: KeptReason;
};

export type ProfileListing = { locked: boolean; profiles: ProfileEntry[]; quarantined: QuarantinedEntry[] };

export class ProfileStoreError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
  ) {
    super(message);
    this.name = 'ProfileStoreError';
  }
}

/** WXT migrations for profile items: sealed records pass through (their content is upgraded at unlock). */
const itemMigrations: Record<number, (old: unknown) => unknown> = Object.fromEntries(
  Object.entries(RECORD_MIGRATIONS).map(([version, step]) => [
    version,
    (old: unknown) => (isSealedRecord(old) ? old : step(old, new Date())),
  ]),
);

function defineRecordItem(storageKey: string) {
  return storage.defineItem<unknown>(`local:${storageKey}`, {
    version: PROFILE_RECORD_VERSION,
    migrations: itemMigrations,
  });
}

/** `plain`: the record as stored (opened and upgraded), whose unknown keys a save puts back. */
type Reading = { ok: true; record: ProfileRecord; plain: unknown } | { ok: false; quarantined: QuarantinedEntry };

function quarantine(entry: StoredEntry, reason: string, kind: KeptReason = 'damaged'): Reading {
  return { ok: false, quarantined: { id: entry.id, reason, raw: entry.value, recordVersion: entry.version, kind } };
}

/** Reads one stored entry: migrates an outdated item, opens a sealed one, and checks the result against the schema. */
async function readEntry(entry: StoredEntry, key: CryptoKey | null): Promise<Reading> {
  if (entry.version > PROFILE_RECORD_VERSION) {
    return quarantine(entry, `由更新版本的备案助手写入（记录版本 ${entry.version}），当前版本无法读取；升级备案助手后即可恢复。`, 'newer');
  }
  let value = entry.value;
  if (entry.version < PROFILE_RECORD_VERSION) value = await defineRecordItem(entry.storageKey).getValue();
  let contentVersion = PROFILE_RECORD_VERSION;
  if (isSealedRecord(value)) {
    if (!key) return quarantine(entry, '这条记录是加密的，但档案加密已关闭，无法解开。');
    try {
      const opened = await openRecord(key, value, entry.storageKey);
      value = opened.value;
      contentVersion = opened.version;
    } catch (error) {
      if (error instanceof DecryptionError) return quarantine(entry, '加密内容无法解开：数据已损坏，或不是用当前口令加密的。');
      return quarantine(entry, '加密内容解开后不是有效的档案记录。');
    }
    if (contentVersion > PROFILE_RECORD_VERSION) {
      return quarantine(entry, `加密内容由更新版本的备案助手写入（记录版本 ${contentVersion}），请升级备案助手。`, 'newer');
    }
  }
  const plain = upgradeRecord(value, contentVersion, new Date());
  const reading = readRecord(plain, entry.id);
  return reading.ok ? { ...reading, plain } : quarantine(entry, reading.reason);
}

async function currentKey(): Promise<RecordKeyState> {
  const state = await getRecordKey();
  if (state.encrypted && state.key) await touch();
  return state;
}

function requireUnlocked(state: RecordKeyState): CryptoKey | null {
  if (!state.encrypted) return null;
  if (!state.key) throw new VaultLockedError();
  return state.key;
}

async function readAll(
  key: CryptoKey | null,
  prefix: RecordPrefix = PROFILE_STORAGE_PREFIX,
): Promise<{ records: ProfileRecord[]; quarantined: QuarantinedEntry[] }> {
  const records: ProfileRecord[] = [];
  const quarantined: QuarantinedEntry[] = [];
  for (const entry of profileEntriesIn(await storage.snapshot('local'), prefix)) {
    const reading = await readEntry(entry, key);
    if (reading.ok) records.push(reading.record);
    else quarantined.push(reading.quarantined);
  }
  return { records, quarantined };
}

function toEntry(record: ProfileRecord, today: string): ProfileEntry {
  return { ...record, findings: validateProfile(record.profile, { today }) };
}

/** All profiles, most recently edited first, plus the quarantined entries. Nothing is listed while the vault is locked. */
export async function listProfiles(options: { today: string }): Promise<ProfileListing> {
  const state = await currentKey();
  if (state.encrypted && !state.key) return { locked: true, profiles: [], quarantined: [] };
  const { records, quarantined } = await readAll(requireUnlocked(state));
  // Values shared with another client's profile are findings of both (utils/profile/shared-values.ts).
  const shared = sharedValueFindings(records.map((record) => record.profile));
  const profiles = records
    .map((record) => {
      const entry = toEntry(record, options.today);
      return { ...entry, findings: mergeFindings(entry.findings, shared.get(record.profile.id)) };
    })
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.profile.label.localeCompare(b.profile.label));
  return { locked: false, profiles, quarantined };
}

async function readOne(id: string, key: CryptoKey | null): Promise<Reading | null> {
  return readStored(profileStorageKey(id), PROFILE_STORAGE_PREFIX, key);
}

async function readStored(storageKey: string, prefix: RecordPrefix, key: CryptoKey | null): Promise<Reading | null> {
  const [value, meta] = (await storage.getItems([`local:${storageKey}`, `local:${metaStorageKey(storageKey)}`])).map(
    (item) => item.value,
  );
  if (value === null || value === undefined) return null;
  return readEntry(storedEntry(storageKey, value, meta, prefix), key);
}

/** One profile, or null when there is none under this id (or it is quarantined). Throws VaultLockedError when locked. */
export async function getProfile(id: string, options: { today: string }): Promise<ProfileEntry | null> {
  const reading = await readOne(id, requireUnlocked(await currentKey()));
  return reading?.ok ? toEntry(reading.record, options.today) : null;
}

type Write = { key: `local:${string}`; value: unknown };

async function recordWrites(
  record: ProfileRecord,
  key: CryptoKey | null,
  prefix: RecordPrefix = PROFILE_STORAGE_PREFIX,
): Promise<Write[]> {
  const storageKey = prefix + record.profile.id;
  return [
    { key: `local:${storageKey}`, value: key ? await sealRecord(key, record, storageKey) : record },
    { key: `local:${metaStorageKey(storageKey)}`, value: { v: PROFILE_RECORD_VERSION } },
  ];
}

/**
 * Creates or replaces a profile. Only the structure is enforced (a profile with filing errors is saved, so the user
 * can come back to it); a structurally invalid one throws ProfileStoreError with the problems.
 */
export async function saveProfile(profile: Profile, now: Date = new Date()): Promise<void> {
  const parsed = ProfileSchema.safeParse(profile);
  if (!parsed.success) {
    throw new ProfileStoreError(
      '档案内容不完整或格式不对，未保存。',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  }
  const key = requireUnlocked(await currentKey());
  const existing = await readOne(parsed.data.id, key);
  if (existing && !existing.ok) {
    throw new ProfileStoreError('这个编号下有一条无法读取的记录（已隔离），为免覆盖，请先导出或删除它再保存。');
  }
  const record = newRecord(parsed.data, now, existing?.record.createdAt);
  // Fields a newer version added to this profile stay through the edit.
  const kept = existing ? (restoreUnknown(ProfileRecordSchema, existing.plain, record) as ProfileRecord) : record;
  await storage.setItems(await recordWrites(kept, key));
}

function removals(storageKey: string): `local:${string}`[] {
  return [`local:${storageKey}`, `local:${metaStorageKey(storageKey)}`];
}

/** The stored version moves to the trash (`trash:<id>`, one per id: the latest deleted or replaced version). */
async function trashWrites(record: ProfileRecord, key: CryptoKey | null, now: Date): Promise<Write[]> {
  return recordWrites({ ...record, updatedAt: now.toISOString() }, key, TRASH_STORAGE_PREFIX);
}

/**
 * Moves a profile to the trash (written there before it is removed, so an interruption leaves two copies, never
 * none). A quarantined entry (unreadable) is discarded, as the user asked
 * explicitly; that also works while locked.
 */
export async function deleteProfile(id: string, now: Date = new Date()): Promise<void> {
  const state = await getRecordKey();
  const key = state.encrypted ? state.key : null;
  const reading = state.encrypted && !key ? null : await readOne(id, key);
  const toTrash = reading?.ok ? await trashWrites(reading.record, key, now) : [];
  if (toTrash.length > 0) await storage.setItems(toTrash);
  await storage.removeItems(removals(profileStorageKey(id)));
}

export type TrashListing = { entries: ProfileRecord[]; quarantined: QuarantinedEntry[] };

/** The trash, most recently trashed first; `updatedAt` is when the version went there. Throws when locked. */
export async function listTrash(): Promise<TrashListing> {
  const { records, quarantined } = await readAll(requireUnlocked(await currentKey()), TRASH_STORAGE_PREFIX);
  return { entries: records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), quarantined };
}

/** Brings a trashed version back under its id; a profile stored there now swaps places with it (nothing is lost). */
export async function restoreFromTrash(id: string, now: Date = new Date()): Promise<void> {
  const key = requireUnlocked(await currentKey());
  const trashKey = TRASH_STORAGE_PREFIX + id;
  const [trashed, current] = await Promise.all([readStored(trashKey, TRASH_STORAGE_PREFIX, key), readOne(id, key)]);
  if (!trashed?.ok) throw new ProfileStoreError('回收站里没有这个档案，或它无法读取。');
  if (current && !current.ok) throw new ProfileStoreError('这个编号下有一条无法读取的记录（已隔离），为免覆盖，请先导出或删除它再恢复。');
  const writes = await recordWrites(newRecord(trashed.record.profile, now, trashed.record.createdAt), key);
  if (current?.ok) writes.push(...(await trashWrites(current.record, key, now)));
  await storage.setItems(writes);
  if (!current) await storage.removeItems(removals(trashKey));
}

/** Empties the trash. Entries it cannot read stay as they are (they are listed with the reason). */
export async function emptyTrash(): Promise<void> {
  const { records } = await readAll(requireUnlocked(await currentKey()), TRASH_STORAGE_PREFIX);
  await storage.removeItems(records.flatMap((record) => removals(TRASH_STORAGE_PREFIX + record.profile.id)));
}

/**
 * Keeps the editor's unsaved edits (sealed like profiles when encryption is on). Throws VaultLockedError when
 * locked: edits made after an auto-lock cannot be written, the last ones before it are kept.
 */
export async function saveDraft(profile: Profile, now: Date = new Date()): Promise<void> {
  const key = requireUnlocked(await currentKey());
  await storage.setItems(await recordWrites(newRecord(profile, now), key, DRAFT_STORAGE_PREFIX));
}

/** The readable unsaved edits, newest first. Throws when locked. */
export async function listDrafts(): Promise<ProfileRecord[]> {
  const { records } = await readAll(requireUnlocked(await currentKey()), DRAFT_STORAGE_PREFIX);
  return records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function discardDraft(id: string): Promise<void> {
  await storage.removeItems(removals(DRAFT_STORAGE_PREFIX + id));
}

export type ImportConflict = {
  id: string;
  incomingLabel: string;
  /** null when the stored entry under this id is quarantined (it cannot be compared). */
  existingLabel: string | null;
  existingUpdatedAt: string | null;
  changes: FieldChange[];
};

export type ImportOptions = {
  today: string;
  /** For an encrypted export file. */
  passphrase?: string;
  /** What to do with profiles whose id already exists; without it, conflicts are returned and nothing is written. */
  onConflict?: 'replace' | 'keep-both';
  /**
   * Ids of incoming profiles to leave out, chosen per conflict (跳过相同的); only one identical to the stored profile
   * under its id is ever left out, so nothing the user changed is dropped.
   */
  skipIdentical?: readonly string[];
  /** Take profiles that break filing rules (they stay editable); structural problems still refuse the file. */
  allowFilingErrors?: boolean;
  now?: Date;
};

export type ImportResult =
  | { status: 'needs-passphrase' }
  /** Nothing changed. `canImportAnyway`: only filing rules failed, so `allowFilingErrors` would take the file. */
  | { status: 'rejected'; errors: Issue[]; canImportAnyway: boolean }
  /** Nothing changed; ask the user once, then call again with `onConflict`. */
  | { status: 'conflicts'; conflicts: ImportConflict[]; warnings: Issue[] }
  | { status: 'imported'; imported: { id: string; replaced: boolean; originalId: string }[]; skipped: string[]; warnings: Issue[] };

function rejected(message: string): ImportResult {
  return { status: 'rejected', errors: [{ path: '', message }], canImportAnyway: false };
}

/**
 * Imports an exchange file, all or nothing: either every profile in it is stored, or nothing changes and the result
 * lists every problem with its path (`profiles[1].principal.mobile`).
 */
export async function importProfiles(text: string, options: ImportOptions): Promise<ImportResult> {
  const key = requireUnlocked(await currentKey());
  let plainText = text;
  if (isEncryptedExchangeText(text)) {
    if (options.passphrase === undefined) return { status: 'needs-passphrase' };
    try {
      plainText = await decryptExchangeText(text, options.passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) return rejected('口令不正确（或文件已被改动），无法打开这个加密导出文件。没有导入任何档案。');
      if (error instanceof EnvelopeError) return rejected(`${error.message}没有导入任何档案。`);
      throw error;
    }
  }
  if (isBackupText(plainText)) {
    return rejected('这是备案助手的全部数据备份，不是档案导出文件。请在设置页「数据」中用「从备份恢复」打开它。没有导入任何档案。');
  }
  const parsed = options.allowFilingErrors ? readExchangeFile(plainText) : parseExchangeFile(plainText, { today: options.today });
  if (!parsed.ok) {
    return { status: 'rejected', errors: parsed.errors, canImportAnyway: !options.allowFilingErrors && readExchangeFile(plainText).ok };
  }

  const { records, quarantined } = await readAll(key);
  const stored = new Map(records.map((record) => [record.profile.id, record]));
  const unreadable = new Set(quarantined.map((entry) => entry.id));
  const conflicts: ImportConflict[] = parsed.profiles
    .filter((profile) => stored.has(profile.id) || unreadable.has(profile.id))
    .map((profile) => {
      const existing = stored.get(profile.id);
      return {
        id: profile.id,
        incomingLabel: profile.label,
        existingLabel: existing?.profile.label ?? null,
        existingUpdatedAt: existing?.updatedAt ?? null,
        changes: existing ? diffProfiles(existing.profile, profile) : [],
      };
    });
  if (conflicts.length > 0 && !options.onConflict) return { status: 'conflicts', conflicts, warnings: parsed.warnings };

  const now = options.now ?? new Date();
  const writes: Write[] = [];
  const imported: { id: string; replaced: boolean; originalId: string }[] = [];
  const skipped: string[] = [];
  const identical = new Set(conflicts.filter((conflict) => conflict.existingLabel !== null && conflict.changes.length === 0).map((conflict) => conflict.id));
  for (const profile of parsed.profiles) {
    if (options.skipIdentical?.includes(profile.id) && identical.has(profile.id)) {
      skipped.push(profile.id);
      continue;
    }
    const clashes = stored.has(profile.id) || unreadable.has(profile.id);
    const id = clashes && options.onConflict === 'keep-both' ? newProfileId() : profile.id;
    const createdAt = clashes && options.onConflict === 'replace' ? stored.get(profile.id)?.createdAt : undefined;
    const replaced = clashes && options.onConflict === 'replace' ? stored.get(profile.id) : undefined;
    if (replaced) writes.push(...(await trashWrites(replaced, key, now)));
    writes.push(...(await recordWrites(newRecord({ ...profile, id }, now, createdAt), key)));
    imported.push({ id, replaced: clashes && options.onConflict === 'replace', originalId: profile.id });
  }
  await storage.setItems(writes);
  return { status: 'imported', imported, skipped, warnings: parsed.warnings };
}

export type ExportOptions = {
  /** Which profiles; all readable ones when omitted. */
  ids?: readonly string[];
  /** Writes an encrypted export envelope when given. */
  passphrase?: string;
  /** PBKDF2 iterations for an encrypted export (tests only; the default is the production count). */
  iterations?: number;
  now?: Date;
};

/** An exchange file (plain, or encrypted with `passphrase`). Quarantined entries are never exported. */
export async function exportProfiles(options: ExportOptions = {}): Promise<string> {
  const { records } = await readAll(requireUnlocked(await currentKey()));
  const byId = new Map(records.map((record) => [record.profile.id, record.profile]));
  const profiles = options.ids
    ? options.ids.map((id) => {
        const profile = byId.get(id);
        if (!profile) throw new ProfileStoreError(`找不到编号为「${id}」的档案，导出已取消。`);
        return profile;
      })
    : records.map((record) => record.profile);
  const text = serializeExchangeFile(profiles, options.now);
  return options.passphrase === undefined ? text : encryptExchangeText(text, options.passphrase, { iterations: options.iterations });
}

/** Calls back whenever profiles change, or the vault is switched, locked or unlocked, in any extension page. */
export function watchProfiles(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    // Unsaved edits change on every keystroke and are not listed: only profiles and the trash are watched.
    const watched = [PROFILE_STORAGE_PREFIX, TRASH_STORAGE_PREFIX];
    if (area === 'local' && Object.keys(changes).some((key) => watched.some((prefix) => key.startsWith(prefix)))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  const stopVault = watchVault(onChange);
  return () => {
    browser.storage.onChanged.removeListener(listener);
    stopVault();
  };
}
