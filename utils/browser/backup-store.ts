/**
 * 备份全部数据 / 从备份恢复 on extension storage (file format and merge rules in `utils/backup/backup.ts`). An encrypted
 * backup is the plain file in the same passphrase envelope as an encrypted profile export.
 */
import { browser } from 'wxt/browser';
import { WrongPassphraseError, isSupportedKdf, unlockKey, type KdfParams, type SealedBox } from '@/utils/crypto';
import {
  PROFILE_RECORD_VERSION,
  metaStorageKey,
  openRecord,
  profileStorageKey,
  readRecord,
  sealRecord,
  upgradeRecord,
  type SealedRecord,
} from '@/utils/profile/record';
import { getRecordKey } from './vault';
import { EnvelopeError, decryptExchangeText, encryptExchangeText, isEncryptedExchangeText, newProfileId } from '@/utils/profile';
import { makeBackup, planRestore, readBackup, serializeBackup, type RestoreChoices, type RestorePlan } from '@/utils/backup/backup';
import { ORDER_STORE } from '@/utils/orders/model';
import { DEFAULT_REMINDER_OFFSETS_MINUTES } from '@/utils/orders/countdown';
import { isPlainObject, readList, readSingle, storedVersion } from '@/utils/storage/kept';
import { REMINDER_SETTINGS_STORE, pastReminderMarks } from './reminders';

async function localSnapshot(): Promise<Record<string, unknown>> {
  return (await browser.storage.local.get(null)) as Record<string, unknown>;
}

/** The backup file's text: plain, or encrypted with `passphrase`. */
export async function createBackup(options: { passphrase?: string; iterations?: number; now?: Date } = {}): Promise<string> {
  const text = serializeBackup(makeBackup(await localSnapshot(), options.now ?? new Date()));
  return options.passphrase === undefined ? text : encryptExchangeText(text, options.passphrase, { iterations: options.iterations });
}

export type RestoreResult =
  | { status: 'needs-passphrase' }
  | { status: 'rejected'; message: string }
  /** `applied`: whether it was written (false for a preview). */
  | { status: 'planned'; plan: RestorePlan; applied: boolean };

/** Marks every reminder that is already due in the restored orders as shown, so a restore never shows past ones. */
function withPastMarks(local: Record<string, unknown>, writes: Record<string, unknown>, now: number): Record<string, unknown> {
  if (writes.orders === undefined) return writes;
  const marks = writes.shownReminders ?? local.shownReminders ?? {};
  if (!isPlainObject(marks)) return writes;
  const orders = readList(ORDER_STORE, writes.orders, storedVersion(writes.orders$)).items;
  const settings = writes.reminderSettings ?? local.reminderSettings;
  const offsets = readSingle(REMINDER_SETTINGS_STORE, settings, 1, { offsetsMinutes: [...DEFAULT_REMINDER_OFFSETS_MINUTES] }).value.offsetsMinutes;
  return { ...writes, shownReminders: { ...pastReminderMarks(orders, offsets, now), ...marks } };
}

/**
 * Opens the backup's sealed profiles with the backup's own passphrase and seals them under this browser's unlocked
 * vault, into `plan.writes` (same-id rules as plain profiles). Returns a Chinese message when that cannot be done.
 */
async function resealProfiles(
  backup: Record<string, unknown>,
  plan: RestorePlan,
  local: Record<string, unknown>,
  passphrase: string,
  choices: RestoreChoices,
  now: Date,
): Promise<string | void> {
  const state = await getRecordKey();
  if (!state.encrypted || !state.key) return '请先解锁这里的档案加密，再恢复备份中的加密档案。没有恢复任何数据。';
  const vault = backup.vault as { kdf?: KdfParams; check?: SealedBox } | undefined;
  if (!vault?.kdf || !vault.check || !isSupportedKdf(vault.kdf)) return '备份中的加密设置已损坏，无法打开其中的加密档案。没有恢复任何数据。';
  let backupKey: CryptoKey;
  try {
    backupKey = await unlockKey(passphrase, vault.kdf, vault.check);
  } catch (error) {
    if (error instanceof WrongPassphraseError) return '备份的档案口令不正确，无法打开其中的加密档案。没有恢复任何数据。';
    throw error;
  }
  let resealed = 0;
  for (const id of plan.sealedElsewhere) {
    const storageKey = profileStorageKey(id);
    let content: { version: number; value: unknown };
    try {
      content = await openRecord(backupKey, backup[storageKey] as SealedRecord, storageKey);
    } catch {
      continue; // Damaged in the backup: this build cannot read it either.
    }
    const reading = readRecord(upgradeRecord(content.value, content.version, now), id);
    if (!reading.ok) continue;
    const exists = storageKey in local;
    if (exists && choices.profiles === 'skip') continue;
    const targetId = exists && choices.profiles === 'keep-both' ? newProfileId() : id;
    const record = { ...reading.record, profile: { ...reading.record.profile, id: targetId } };
    const target = profileStorageKey(targetId);
    plan.writes[target] = await sealRecord(state.key, record, target);
    plan.writes[metaStorageKey(target)] = { v: PROFILE_RECORD_VERSION };
    resealed++;
  }
  plan.preview.push(`加密档案：${resealed} 份用备份的口令打开，并用这里的加密设置重新加密。`);
  plan.sealedElsewhere = [];
}

/**
 * Reads a backup and plans its merge into this browser's data; with `apply`, writes it in one storage call (the
 * past-reminder marks land together with the orders, so the background never sees one without the other).
 */
export async function restoreBackup(
  text: string,
  options: {
    passphrase?: string;
    /** The profile-encryption passphrase the backup's sealed profiles were made with (when this browser's vault differs). */
    vaultPassphrase?: string;
    choices: RestoreChoices;
    apply: boolean;
    now?: Date;
  },
): Promise<RestoreResult> {
  let plainText = text;
  if (isEncryptedExchangeText(text)) {
    if (options.passphrase === undefined) return { status: 'needs-passphrase' };
    try {
      plainText = await decryptExchangeText(text, options.passphrase);
    } catch (error) {
      if (error instanceof WrongPassphraseError) return { status: 'rejected', message: '口令不正确（或文件已被改动），无法打开这个加密备份。没有恢复任何数据。' };
      if (error instanceof EnvelopeError) return { status: 'rejected', message: `${error.message}没有恢复任何数据。` };
      throw error;
    }
  }
  const reading = readBackup(plainText);
  if (!reading.ok) return { status: 'rejected', message: reading.message };
  const local = await localSnapshot();
  const plan = planRestore(local, reading.backup, options.choices, newProfileId);
  if (plan.sealedElsewhere.length > 0 && options.vaultPassphrase !== undefined) {
    const resealed = await resealProfiles(reading.backup.local, plan, local, options.vaultPassphrase, options.choices, options.now ?? new Date());
    if (typeof resealed === 'string') return { status: 'rejected', message: resealed };
  }
  if (options.apply && Object.keys(plan.writes).length > 0) {
    await browser.storage.local.set(withPastMarks(local, plan.writes, (options.now ?? new Date()).getTime()));
  }
  return { status: 'planned', plan, applied: options.apply };
}
