/**
 * Imported State Council holiday notices in `local:holidayNotices` (versioned item; record model and quarantine rules
 * in `utils/calendar/holiday-records.ts`). Loading them also installs them as the calendar of their years
 * (`setImportedArrangements`), so every estimate in the page uses them.
 *
 * Writes change only the entry of the year being imported or deleted; unreadable entries stay as they were, and a
 * year held by an unreadable entry is not overwritten until the user deletes that entry.
 */
import { storage } from 'wxt/utils/storage';
import { parseHolidayNotice, type HolidayArrangement } from '@/utils/calendar/holiday-notice';
import {
  HOLIDAY_RECORDS_VERSION,
  readHolidayRecords,
  type HolidayRecord,
  type HolidayRecords,
} from '@/utils/calendar/holiday-records';
import { setImportedArrangements } from '@/utils/calendar/working-days';

export const holidayNoticesItem = storage.defineItem<unknown, { v: number }>('local:holidayNotices', { version: HOLIDAY_RECORDS_VERSION });

export class HolidayStoreError extends Error {
  override name = 'HolidayStoreError';
}

async function readStored(): Promise<{ value: unknown; records: HolidayRecords }> {
  const [value, meta] = await Promise.all([holidayNoticesItem.getValue(), holidayNoticesItem.getMeta()]);
  const version = typeof meta.v === 'number' && Number.isInteger(meta.v) ? meta.v : 1;
  return { value, records: readHolidayRecords(value, version) };
}

/** The imported notices and the unreadable entries; installs the readable ones as the calendar of their years. */
export async function loadHolidayNotices(): Promise<HolidayRecords> {
  const { records } = await readStored();
  setImportedArrangements(records.notices.map((notice) => notice.arrangement));
  return records;
}

let pendingWrite: Promise<unknown> = Promise.resolve();

/** Applies a change to the stored entries, one write at a time within this page. */
function updateStored(change: (entries: Record<string, unknown>, records: HolidayRecords) => Record<string, unknown>): Promise<void> {
  const run = pendingWrite.then(async () => {
    const { value, records } = await readStored();
    if (!records.writable) {
      throw new HolidayStoreError('已保存的节假日安排无法读取（见下方列出的记录），为免覆盖，请先复制并删除它们再导入。');
    }
    const next = change({ ...((value as Record<string, unknown> | null) ?? {}) }, records);
    await holidayNoticesItem.setValue(next);
    await holidayNoticesItem.setMeta({ v: HOLIDAY_RECORDS_VERSION });
  });
  pendingWrite = run.catch(() => undefined);
  return run;
}

/**
 * Stores a notice as the arrangement of its year (replacing an earlier import of that year). Refuses, with the
 * parser's Chinese message, a text that is not a notice. Resolves to what was stored.
 */
export async function importHolidayNotice(text: string, now: Date = new Date()): Promise<HolidayArrangement> {
  const reading = parseHolidayNotice(text);
  if (!reading.ok) throw new HolidayStoreError(reading.message);
  const { year } = reading.arrangement;
  await updateStored((entries, records) => {
    if (records.quarantined.some((entry) => entry.key === String(year))) {
      throw new HolidayStoreError(`${year} 年下有一条无法读取的记录，为免覆盖，请先复制并删除它再导入。`);
    }
    const record: HolidayRecord = { text, importedAt: now.toISOString() };
    return { ...entries, [year]: record };
  });
  return reading.arrangement;
}

/** Deletes the imported notice (or the unreadable entry) stored under `key`; the bundled data applies again. */
export function deleteHolidayNotice(key: string): Promise<void> {
  return updateStored((entries) => {
    const { [key]: _removed, ...rest } = entries;
    return rest;
  });
}

/** Discards the whole stored value when it is unreadable as a whole (the user has been shown its raw content). */
export function discardHolidayNotices(): Promise<void> {
  return holidayNoticesItem.removeValue({ removeMeta: true });
}

/** Calls back whenever imported notices change in any extension page. */
export function watchHolidayNotices(onChange: () => void): () => void {
  const stopValue = holidayNoticesItem.watch(() => onChange());
  const stopMeta = holidayNoticesItem.watchMeta(() => onChange());
  return () => {
    stopValue();
    stopMeta();
  };
}
