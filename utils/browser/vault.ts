/**
 * Encryption at rest for applicant profiles, on the user's request.
 *
 * A passphrase turns it on: PBKDF2-SHA256 derives an AES-GCM-256 key (salt, iteration count and a check record are
 * kept in `local:vault`). While unlocked, the raw key lives only in session storage (see vault-session.ts), which
 * content scripts cannot read and the browser forgets on restart. Every operation proves the passphrase against the check record before it
 * touches a profile, and rewrites all records in one storage call, so a wrong passphrase or an interrupted step
 * never leaves half the profiles under another key.
 *
 * The background drives auto-lock with an alarm: `lockIfIdle(now)`; pages report activity with `touch()`.
 */
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_PBKDF2_ITERATIONS,
  DecryptionError,
  assertUsablePassphrase,
  createKeyCheck,
  deriveKey,
  exportKey,
  importKey,
  isSupportedKdf,
  newKdfParams,
  unlockKey,
} from '@/utils/crypto';
import { patchVaultSession, readVaultSession, vaultEpochItem } from './vault-session';
import {
  PROFILE_RECORD_VERSION,
  ProfileRecordSchema,
  RECORD_PREFIXES,
  isSealedRecord,
  metaStorageKey,
  openRecord,
  profileEntriesIn,
  readRecord,
  sealRecord,
  upgradeRecord,
  type ProfileRecord,
} from '@/utils/profile/record';
import { restoreUnknown } from '@/utils/storage/kept';

export const DEFAULT_AUTO_LOCK_MINUTES = 15;

const VaultConfigSchema = z.object({
  kdf: z.object({ name: z.literal('PBKDF2'), hash: z.literal('SHA-256'), iterations: z.int(), salt: z.string() }),
  check: z.object({ iv: z.string(), ciphertext: z.string() }),
  /** 0 = never lock automatically. */
  autoLockMinutes: z.int().min(0),
});
type VaultConfig = z.infer<typeof VaultConfigSchema>;

const vaultConfigItem = storage.defineItem<VaultConfig | null>('local:vault', { fallback: null, version: 1 });

export class VaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultError';
  }
}

export class VaultLockedError extends VaultError {
  constructor() {
    super('档案已加密并处于锁定状态，请先输入口令解锁。');
    this.name = 'VaultLockedError';
  }
}

export type VaultStatus = { enabled: false } | { enabled: true; unlocked: boolean; autoLockMinutes: number };

async function readConfig(): Promise<VaultConfig | null> {
  const raw: unknown = await vaultConfigItem.getValue();
  if (raw === null) return null;
  const parsed = VaultConfigSchema.safeParse(raw);
  if (!parsed.success || !isSupportedKdf(parsed.data.kdf)) {
    throw new VaultError('加密设置已损坏，无法解锁；加密的档案保持原样未被改动。请联系开发者或从加密导出文件恢复。');
  }
  return parsed.data;
}

async function requireConfig(): Promise<VaultConfig> {
  const config = await readConfig();
  if (!config) throw new VaultError('尚未启用档案加密。');
  return config;
}

export async function getVaultStatus(): Promise<VaultStatus> {
  const config = await readConfig();
  if (!config) return { enabled: false };
  return { enabled: true, unlocked: (await readVaultSession()).key !== null, autoLockMinutes: config.autoLockMinutes };
}

/** What the profile store needs to read and write records: no vault, a locked one, or the key. */
export type RecordKeyState = { encrypted: false } | { encrypted: true; key: CryptoKey | null };

export async function getRecordKey(): Promise<RecordKeyState> {
  const config = await readConfig();
  if (!config) return { encrypted: false };
  const { key } = await readVaultSession();
  return { encrypted: true, key: key === null ? null : await importKey(key) };
}

export async function touch(now: number = Date.now()): Promise<void> {
  if ((await readVaultSession()).key !== null) await patchVaultSession({ lastActivity: now });
}

export async function lock(): Promise<void> {
  await patchVaultSession({ key: null });
}

/** Locks when the vault has been idle for its auto-lock time; returns whether it locked. */
export async function lockIfIdle(now: number = Date.now()): Promise<boolean> {
  const config = await readConfig();
  const session = await readVaultSession();
  if (!config || config.autoLockMinutes === 0 || session.key === null) return false;
  const lastActivity = session.lastActivity ?? 0;
  if (now - lastActivity < config.autoLockMinutes * 60_000) return false;
  await lock();
  return true;
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  if (!Number.isInteger(minutes) || minutes < 0) throw new VaultError('自动锁定时间应为不小于 0 的整数分钟（0 表示不自动锁定）。');
  await vaultConfigItem.setValue({ ...(await requireConfig()), autoLockMinutes: minutes });
}

async function keepUnlocked(key: CryptoKey, now: number): Promise<void> {
  await patchVaultSession({ key: await exportKey(key), lastActivity: now });
}

type RecordRewrite = { key: `local:${string}`; value: unknown };

/**
 * Rewrites the profile records (profiles, trash, unsaved edits) readable with `from` (null = plain) so that they are readable with `to` (null =
 * plain), upgrading their content to the current record version on the way. With the same key on both sides only
 * records that need it (older content, or not sealed) are rewritten. Records that cannot be opened or do not hold a
 * profile stay exactly as they are (the store lists them in quarantine).
 */
async function rewriteRecords(from: CryptoKey | null, to: CryptoKey | null, now: Date): Promise<RecordRewrite[]> {
  const rewrites: RecordRewrite[] = [];
  const snapshot = await storage.snapshot('local');
  for (const entry of RECORD_PREFIXES.flatMap((prefix) => profileEntriesIn(snapshot, prefix))) {
    const stored = entry.value;
    const sealed = isSealedRecord(stored);
    let content: { version: number; value: unknown };
    if (sealed) {
      if (!from) continue;
      try {
        content = await openRecord(from, stored, entry.storageKey);
      } catch (error) {
        if (error instanceof DecryptionError || error instanceof SyntaxError || error instanceof z.ZodError) continue;
        throw error;
      }
    } else {
      content = { version: entry.version, value: stored };
    }
    const unchanged =
      from === to && sealed === (to !== null) && content.version === PROFILE_RECORD_VERSION && entry.version === PROFILE_RECORD_VERSION;
    if (unchanged) continue;
    // A newer version's record stays as it is (the store lists it as unreadable).
    if (content.version > PROFILE_RECORD_VERSION || entry.version > PROFILE_RECORD_VERSION) continue;
    const plain = upgradeRecord(content.value, content.version, now);
    const reading = readRecord(plain, entry.id);
    if (!reading.ok) continue;
    // Fields a newer version added stay through the re-sealing.
    const record = restoreUnknown(ProfileRecordSchema, plain, reading.record) as ProfileRecord;
    rewrites.push(
      { key: `local:${entry.storageKey}`, value: to ? await sealRecord(to, record, entry.storageKey) : record },
      { key: `local:${metaStorageKey(entry.storageKey)}`, value: { v: PROFILE_RECORD_VERSION } },
    );
  }
  return rewrites;
}

export type EnableOptions = { iterations?: number; autoLockMinutes?: number; now?: Date };

/** Turns encryption on: every readable profile is sealed with the new key, and the vault starts unlocked. */
export async function enableEncryption(passphrase: string, options: EnableOptions = {}): Promise<void> {
  assertUsablePassphrase(passphrase);
  if (await readConfig()) throw new VaultError('档案加密已经启用；如需更换口令，请使用“修改口令”。');
  const now = options.now ?? new Date();
  const kdf = newKdfParams(options.iterations ?? DEFAULT_PBKDF2_ITERATIONS);
  const key = await deriveKey(passphrase, kdf);
  const config: VaultConfig = {
    kdf,
    check: await createKeyCheck(key),
    autoLockMinutes: options.autoLockMinutes ?? DEFAULT_AUTO_LOCK_MINUTES,
  };
  const rewrites = await rewriteRecords(null, key, now);
  // The key first: pages that see the new config then find the vault unlocked, never a locked moment in between.
  await keepUnlocked(key, now.getTime());
  await storage.setItems([...rewrites, { key: vaultConfigItem.key, value: config }]);
}

/**
 * Proves the passphrase, keeps the key for this browser session, and brings sealed records written by an older
 * version up to date (their content cannot be migrated while locked). Throws WrongPassphraseError, changing nothing.
 */
export async function unlock(passphrase: string, now: Date = new Date()): Promise<void> {
  const config = await requireConfig();
  const key = await unlockKey(passphrase, config.kdf, config.check);
  const rewrites = await rewriteRecords(key, key, now);
  if (rewrites.length > 0) await storage.setItems(rewrites);
  await keepUnlocked(key, now.getTime());
}

/**
 * Re-encrypts every profile under a new passphrase (fresh salt). The current passphrase is proved first. The
 * iteration count never drops below the production default unless given explicitly (tests).
 */
export async function changePassphrase(
  currentPassphrase: string,
  newPassphrase: string,
  options: { iterations?: number; now?: Date } = {},
): Promise<void> {
  const config = await requireConfig();
  assertUsablePassphrase(newPassphrase);
  const oldKey = await unlockKey(currentPassphrase, config.kdf, config.check);
  const now = options.now ?? new Date();
  const kdf = newKdfParams(options.iterations ?? Math.max(config.kdf.iterations, DEFAULT_PBKDF2_ITERATIONS));
  const newKey = await deriveKey(newPassphrase, kdf);
  const rewrites = await rewriteRecords(oldKey, newKey, now);
  await storage.setItems([...rewrites, { key: vaultConfigItem.key, value: { ...config, kdf, check: await createKeyCheck(newKey) } }]);
  await keepUnlocked(newKey, now.getTime());
}

/** Turns encryption off: every profile is written back in plain form and the key is forgotten. */
export async function disableEncryption(passphrase: string, now: Date = new Date()): Promise<void> {
  const config = await requireConfig();
  const key = await unlockKey(passphrase, config.kdf, config.check);
  const rewrites = await rewriteRecords(key, null, now);
  await storage.setItems(rewrites);
  await vaultConfigItem.removeValue();
  await lock();
}

/** Calls back when encryption is switched on or off, or the vault locks or unlocks (in any extension page). */
export function watchVault(onChange: () => void): () => void {
  const stopConfig = vaultConfigItem.watch(() => onChange());
  const stopKey = vaultEpochItem.watch(() => onChange());
  return () => {
    stopConfig();
    stopKey();
  };
}
