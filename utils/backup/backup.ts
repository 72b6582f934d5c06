/**
 * One backup of everything the extension keeps: its `local:` storage entries exactly as stored (profiles plain or
 * sealed with the vault's KDF parameters and key check, orders with their SMS rounds, settings, holiday notices,
 * shown-reminder marks, and whatever was kept unreadable). Never the unlocked key: nothing of `session:` storage.
 *
 * Restoring merges and deletes nothing: absent records are added, orders with the same key get the union of their
 * stage entries, marks are united, settings and calendars are replaced only when the user ticks them, and profiles
 * that differ follow the import's 替换 / 保留两份 / 跳过 choice. Pure: the storage side is `utils/browser/backup-store.ts`.
 */
import { z } from 'zod';
import { dequal } from 'dequal';
import { ORDER_STORE, type Order, type StageEntry } from '@/utils/orders/model';
import { isPlainObject, readList, storedVersion, writeList } from '@/utils/storage/kept';

export const BACKUP_FORMAT = 'beian-helper-backup';
export const BACKUP_VERSION = 1;

/** Loose: a field a newer version adds to the file is kept when the file is read (and ignored by this build). */
export const BackupSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  /** The extension's `local:` storage entries, key → value, as stored. */
  local: z.record(z.string(), z.unknown()),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Storage keys that are bookkeeping of this browser, not data: never backed up or restored. */
const NOT_DATA = new Set(['vaultEpoch']);

export function makeBackup(local: Record<string, unknown>, now: Date): Backup {
  const data = Object.fromEntries(Object.entries(local).filter(([key]) => !NOT_DATA.has(key)));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), local: data };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** True for a (plain) backup file, so 导入档案 can point to 从备份恢复 instead. */
export function isBackupText(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isPlainObject(value) && value.format === BACKUP_FORMAT;
  } catch {
    return false;
  }
}

export type BackupReading = { ok: true; backup: Backup } | { ok: false; message: string };

export function readBackup(text: string): BackupReading {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON，可能不完整或已损坏。没有恢复任何数据。' };
  }
  const parsed = BackupSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: '这不是备案助手的数据备份文件。没有恢复任何数据。' };
  return { ok: true, backup: parsed.data };
}

export type ProfileChoice = 'replace' | 'keep-both' | 'skip';

export interface RestoreChoices {
  /** What to do with a profile whose id exists with different content (identical ones are always skipped). */
  profiles: ProfileChoice;
  /** Replace the reminder settings with the backup's. */
  settings: boolean;
  /** Replace the imported holiday notices with the backup's. */
  calendars: boolean;
}

export interface RestorePlan {
  /** Storage entries to write, key → value (nothing is ever removed). */
  writes: Record<string, unknown>;
  /** What the restore adds or changes, in Chinese, for the preview. */
  preview: string[];
  /** Profile ids in the backup that exist here with different content. */
  profileConflicts: string[];
  /** Sealed profiles that cannot be restored as they are (sealed under another vault). */
  sealedElsewhere: string[];
  /** The settings and calendars as they are here and in the backup (`old → new`), for the ticks. */
  replaceable: { key: 'reminderSettings' | 'holidayNotices'; label: string; current: unknown; backup: unknown }[];
}

function mergeEntries(current: readonly StageEntry[], backup: readonly StageEntry[]): StageEntry[] {
  const seen = new Set(current.map((entry) => `${entry.stage}|${entry.at}`));
  // The user's own times win: a backup entry for a stage the user timed here is not added.
  const userTimed = new Set(current.filter((entry) => entry.source === 'user').map((entry) => entry.stage));
  const added = backup.filter((entry) => !seen.has(`${entry.stage}|${entry.at}`) && !userTimed.has(entry.stage));
  return [...current, ...added].sort((a, b) => a.at - b.at);
}

function mergeOrder(current: Order, backup: Order): Order {
  const entries = mergeEntries(current.entries, backup.entries);
  return { ...backup, ...current, entries, sms: current.sms ?? backup.sms, lastObservedAt: Math.max(current.lastObservedAt, backup.lastObservedAt) };
}

function orderPlan(local: Record<string, unknown>, backup: Record<string, unknown>, plan: RestorePlan): void {
  if (backup.orders === undefined) return;
  const here = readList(ORDER_STORE, local.orders, storedVersion(local.orders$));
  const there = readList(ORDER_STORE, backup.orders, storedVersion(backup.orders$));
  if (here.readOnly) {
    plan.preview.push('订单：这里的订单由更新版本的备案助手写入，不能修改，备份中的订单未恢复。');
    return;
  }
  const byKey = new Map(here.items.map((order) => [order.key, order]));
  let added = 0;
  let merged = 0;
  const next = here.items.map((order) => {
    const other = there.items.find((candidate) => candidate.key === order.key);
    if (!other) return order;
    const result = mergeOrder(order, other);
    if (!dequal(result, order)) merged++;
    return result;
  });
  const raws = new Map(here.raws);
  for (const order of there.items) {
    if (byKey.has(order.key)) continue;
    byKey.set(order.key, order);
    next.push(order);
    raws.set(order.key, there.raws.get(order.key) ?? []);
    added++;
  }
  // The backup's unreadable entries come along as they are, unless this store holds them already.
  const kept = [...here.kept, ...there.kept.filter((entry) => !here.kept.some((mine) => dequal(mine.raw, entry.raw)))];
  const keptAdded = kept.length - here.kept.length;
  if (added + merged + keptAdded === 0) return;
  plan.writes.orders = writeList(ORDER_STORE, { ...here, raws, kept }, next);
  plan.writes.orders$ = { v: ORDER_STORE.version };
  plan.preview.push(
    `订单：新增 ${added} 个，合并 ${merged} 个（保留两边的阶段记录，以这里的时间为准）${keptAdded ? `，另有 ${keptAdded} 条无法读取的记录原样保留` : ''}。`,
  );
}

function marksPlan(local: Record<string, unknown>, backup: Record<string, unknown>, plan: RestorePlan): void {
  const theirs = backup.shownReminders;
  if (!isPlainObject(theirs)) return;
  const mine = isPlainObject(local.shownReminders) ? local.shownReminders : {};
  const missing = Object.keys(theirs).filter((key) => !(key in mine));
  if (missing.length === 0) return;
  plan.writes.shownReminders = { ...theirs, ...mine };
  if (backup.shownReminders$ !== undefined) plan.writes.shownReminders$ = local.shownReminders$ ?? backup.shownReminders$;
}

const isProfileKey = (key: string) => key.startsWith('profile:') && !key.endsWith('$');

function profilePlan(
  local: Record<string, unknown>,
  backup: Record<string, unknown>,
  choices: RestoreChoices,
  plan: RestorePlan,
  newId: () => string,
): void {
  const sameVault = dequal(local.vault ?? null, backup.vault ?? null);
  const noVaultHere = local.vault === undefined || local.vault === null;
  const sealed = (value: unknown) => isPlainObject(value) && 'sealed' in value;
  // Sealed profiles open here only under the same vault; with no vault here, the backup's vault comes along (plain
  // profiles here stay readable and are sealed at the first unlock).
  const takeVault = !sameVault && noVaultHere && backup.vault !== undefined;
  if (takeVault) plan.writes.vault = backup.vault;
  let added = 0;
  let replaced = 0;
  let copied = 0;
  for (const key of Object.keys(backup).filter(isProfileKey)) {
    const value = backup[key];
    const meta = backup[`${key}$`];
    if (sealed(value) && !sameVault && !takeVault) {
      plan.sealedElsewhere.push(key.slice('profile:'.length));
      continue;
    }
    if (!(key in local)) {
      plan.writes[key] = value;
      if (meta !== undefined) plan.writes[`${key}$`] = meta;
      added++;
      continue;
    }
    if (dequal(local[key], value)) continue;
    plan.profileConflicts.push(key.slice('profile:'.length));
    if (choices.profiles === 'replace') {
      plan.writes[key] = value;
      if (meta !== undefined) plan.writes[`${key}$`] = meta;
      replaced++;
    } else if (choices.profiles === 'keep-both' && isPlainObject(value) && isPlainObject(value.profile) && !sealed(value)) {
      const id = newId();
      plan.writes[`profile:${id}`] = { ...value, profile: { ...value.profile, id } };
      if (meta !== undefined) plan.writes[`profile:${id}$`] = meta;
      copied++;
    }
  }
  if (added + replaced + copied > 0) {
    plan.preview.push(`档案：新增 ${added} 份${replaced ? `，替换 ${replaced} 份` : ''}${copied ? `，另存 ${copied} 份副本` : ''}。`);
  }
  if (takeVault) plan.preview.push('档案加密：这里还没有启用加密，将使用备份中的加密设置，请用备份时的口令解锁。');
}

/** Keys the plans above decide on; every other key of the backup is restored by `otherPlan`. */
const PLANNED = new Set(['orders', 'orders$', 'shownReminders', 'shownReminders$', 'vault', 'reminderSettings', 'reminderSettings$', 'holidayNotices', 'holidayNotices$']);
const isPlanned = (key: string) => PLANNED.has(key) || key.startsWith('profile:') || NOT_DATA.has(key);

/**
 * Everything else the backup holds (the trash, unsaved edits, values kept aside, the chosen profile, and keys a newer
 * version added) comes back as it is where this browser has nothing under that key; what is here stays. Sealed ones
 * come back only under the vault they were sealed with.
 */
function otherPlan(local: Record<string, unknown>, backup: Record<string, unknown>, plan: RestorePlan): void {
  const vaultOpens = dequal(local.vault ?? null, backup.vault ?? null) || plan.writes.vault !== undefined;
  let added = 0;
  let sealedElsewhere = 0;
  for (const key of Object.keys(backup).filter((candidate) => !isPlanned(candidate) && !(candidate in local))) {
    const value = backup[key];
    if (isPlainObject(value) && 'sealed' in value && !vaultOpens) {
      sealedElsewhere++;
      continue;
    }
    plan.writes[key] = value;
    added++;
  }
  if (added > 0) plan.preview.push(`其他记录（回收站、未保存的编辑等）：新增 ${added} 条，原样恢复。`);
  if (sealedElsewhere > 0) plan.preview.push(`另有 ${sealedElsewhere} 条其他加密记录（回收站、未保存的编辑等）是用另一个档案口令加密的，这里无法打开，未恢复。`);
}

const REPLACEABLE = [
  { key: 'reminderSettings', label: '提醒设置', choice: 'settings' },
  { key: 'holidayNotices', label: '节假日安排', choice: 'calendars' },
] as const;

/** What a restore of `backup` into the current storage `local` writes, and what it tells the user first. */
export function planRestore(
  local: Record<string, unknown>,
  backup: Backup,
  choices: RestoreChoices,
  newId: () => string,
): RestorePlan {
  const plan: RestorePlan = { writes: {}, preview: [], profileConflicts: [], sealedElsewhere: [], replaceable: [] };
  const theirs = backup.local;
  profilePlan(local, theirs, choices, plan, newId);
  orderPlan(local, theirs, plan);
  marksPlan(local, theirs, plan);
  otherPlan(local, theirs, plan);
  for (const { key, label, choice } of REPLACEABLE) {
    if (theirs[key] === undefined || dequal(theirs[key], local[key])) continue;
    plan.replaceable.push({ key, label, current: local[key] ?? null, backup: theirs[key] });
    if (!choices[choice]) continue;
    plan.writes[key] = theirs[key];
    if (theirs[`${key}$`] !== undefined) plan.writes[`${key}$`] = theirs[`${key}$`];
    plan.preview.push(`${label}：替换为备份中的内容。`);
  }
  if (backup.version > BACKUP_VERSION) plan.preview.push('这份备份由更新版本的备案助手生成：能读取的部分会恢复，其余原样保留为无法读取的记录。');
  return plan;
}
