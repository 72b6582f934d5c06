/**
 * 备份全部数据 / 从备份恢复 on extension storage (file format and merge rules in `utils/backup/backup.ts`). An encrypted
 * backup is the plain file in the same passphrase envelope as an encrypted profile export.
 */
import { browser } from 'wxt/browser';
import { WrongPassphraseError } from '@/utils/crypto';
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
 * Reads a backup and plans its merge into this browser's data; with `apply`, writes it in one storage call (the
 * past-reminder marks land together with the orders, so the background never sees one without the other).
 */
export async function restoreBackup(
  text: string,
  options: { passphrase?: string; choices: RestoreChoices; apply: boolean; now?: Date },
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
  if (options.apply && Object.keys(plan.writes).length > 0) {
    await browser.storage.local.set(withPastMarks(local, plan.writes, (options.now ?? new Date()).getTime()));
  }
  return { status: 'planned', plan, applied: options.apply };
}
