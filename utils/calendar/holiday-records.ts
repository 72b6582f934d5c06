/**
 * The stored form of imported holiday notices: one entry per year, `{ text, importedAt }`, keeping the notice text
 * itself so that the arrangement is always re-read by the current parser and can be exported as the original notice.
 *
 * Reading never drops anything: an entry that is malformed, from a newer version, or whose text no longer reads as a
 * notice is listed with its raw value and a Chinese reason, and stays in storage untouched.
 */
import { z } from 'zod';
import { parseHolidayNotice, type HolidayArrangement } from './holiday-notice';

export const HOLIDAY_RECORDS_VERSION = 1;

export const HolidayRecordSchema = z.object({ text: z.string(), importedAt: z.iso.datetime() });
export type HolidayRecord = z.infer<typeof HolidayRecordSchema>;

export interface ImportedNotice {
  year: number;
  importedAt: string;
  text: string;
  arrangement: HolidayArrangement;
}

export interface QuarantinedNotice {
  /** The key of the entry (the year as stored), or null when the whole stored value is unreadable. */
  key: string | null;
  reason: string;
  raw: unknown;
}

export interface HolidayRecords {
  notices: ImportedNotice[];
  quarantined: QuarantinedNotice[];
  /** False when the stored value as a whole cannot be written to without losing what is there. */
  writable: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the stored value (`null` when there is none) written with item version `version`. */
export function readHolidayRecords(value: unknown, version: number): HolidayRecords {
  if (value === null || value === undefined) return { notices: [], quarantined: [], writable: true };
  if (version > HOLIDAY_RECORDS_VERSION) {
    const reason = `由更新版本的备案助手写入（记录版本 ${version}），当前版本无法读取；升级备案助手后即可恢复。`;
    const quarantined = isPlainObject(value)
      ? Object.entries(value).map(([key, raw]) => ({ key, reason, raw }))
      : [{ key: null, reason, raw: value }];
    return { notices: [], quarantined, writable: false };
  }
  if (!isPlainObject(value)) {
    return { notices: [], quarantined: [{ key: null, reason: '节假日安排的存储内容已损坏（不是按年份保存的记录）。', raw: value }], writable: false };
  }
  const notices: ImportedNotice[] = [];
  const quarantined: QuarantinedNotice[] = [];
  for (const [key, raw] of Object.entries(value)) {
    const record = HolidayRecordSchema.safeParse(raw);
    if (!/^\d{4}$/.test(key) || !record.success) {
      quarantined.push({ key, reason: '记录格式不对（缺少通知原文或导入时间），无法读取。', raw });
      continue;
    }
    const reading = parseHolidayNotice(record.data.text);
    if (!reading.ok) {
      quarantined.push({ key, reason: `保存的通知原文无法读取：${reading.message}`, raw });
    } else if (String(reading.arrangement.year) !== key) {
      quarantined.push({ key, reason: `记录保存在 ${key} 年下，但通知是 ${reading.arrangement.year} 年的。`, raw });
    } else {
      notices.push({ year: reading.arrangement.year, importedAt: record.data.importedAt, text: record.data.text, arrangement: reading.arrangement });
    }
  }
  notices.sort((a, b) => a.year - b.year);
  return { notices, quarantined, writable: true };
}
