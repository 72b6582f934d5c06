/**
 * Keep what you cannot read: the one reading/writing discipline every store follows (orders, reminder settings,
 * shown-reminder marks, dock state; profiles and holiday notices apply the same rules to their own layouts).
 *
 * - An entry that fails its schema, or a store written with a newer version, is kept byte for byte with its reason.
 * - A write never drops an entry it could not read: list and map stores keep them in place, a single-record store has
 *   its unreadable value moved aside (see `utils/browser/kept-item.ts`) before a fresh value is written.
 * - A readable record keeps the keys this build does not know (`restoreUnknown`), so data a newer build added
 *   survives a round trip through an older one.
 * - A store whose stored version is newer than this build is read-only.
 *
 * Pure: no browser API here, so it can be tested against any damaged snapshot.
 */
import { z } from 'zod';

export type KeptReason = 'newer' | 'damaged';

/** What the user is told, per reason. */
export const KEPT_REASON_TEXT: Readonly<Record<KeptReason, string>> = {
  newer: '写入它的是更新版本的备案助手',
  damaged: '数据已损坏',
};

export interface KeptRecord {
  /** The entry's key or list identity when it can be read, else null (the whole value, or an entry without one). */
  key: string | null;
  reason: KeptReason;
  /** Exactly as stored. */
  raw: unknown;
}

export class StoreReadOnlyError extends Error {
  override name = 'StoreReadOnlyError';
  constructor(label: string) {
    super(`${label}由更新版本的备案助手写入，当前版本只能查看、不能修改；请升级备案助手。`);
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The version the storage layer recorded in an item's `<key>$` meta entry (1 when missing or unreadable). */
export function storedVersion(meta: unknown): number {
  const version = isPlainObject(meta) ? meta.v : undefined;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

type AnySchema = z.core.$ZodType;

/** The schema's definition with wrappers (optional, nullable, default) removed; works for zod classic and mini. */
function definition(schema: AnySchema): z.core.$ZodTypeDef {
  let def = schema._zod.def;
  while (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
    def = (def as unknown as { innerType: AnySchema }).innerType._zod.def;
  }
  return def;
}

/**
 * `next` (what this build produced from a parsed record) with every key of `raw` the schema does not know put back,
 * at any depth. List elements are matched by position (stage histories only grow at the end or change in place).
 */
export function restoreUnknown(schema: AnySchema, raw: unknown, next: unknown): unknown {
  const def = definition(schema);
  if (def.type === 'object' && isPlainObject(raw) && isPlainObject(next)) {
    const shape = (def as z.core.$ZodObjectDef).shape;
    const merged: Record<string, unknown> = { ...next };
    for (const [key, value] of Object.entries(raw)) {
      if (!(key in shape)) {
        if (!(key in merged)) merged[key] = value;
      } else if (key in next) {
        merged[key] = restoreUnknown(shape[key]!, value, next[key]);
      }
    }
    return merged;
  }
  if (def.type === 'array' && Array.isArray(raw) && Array.isArray(next)) {
    const element = (def as z.core.$ZodArrayDef).element;
    return next.map((item, index) => restoreUnknown(element, raw[index], item));
  }
  if (def.type === 'record' && isPlainObject(raw) && isPlainObject(next)) {
    const valueType = (def as z.core.$ZodRecordDef).valueType;
    return Object.fromEntries(Object.entries(next).map(([key, value]) => [key, restoreUnknown(valueType, raw[key], value)]));
  }
  return next;
}

export interface StoreSpec<T> {
  /** How the store is named to the user, e.g. 「订单」. */
  label: string;
  version: number;
  schema: z.core.$ZodType<T>;
}

export interface ListSpec<T> extends StoreSpec<T> {
  /** The identity of a record, used to find its raw form again at write time. */
  keyOf: (item: T) => string;
  /** The identity of an unreadable raw entry, if it can be made out. */
  rawKeyOf: (raw: unknown) => string | null;
}

/** What every reading reports, whatever the store's shape. */
export interface Reading {
  /** Everything stored that this build cannot read, as found. */
  kept: KeptRecord[];
  /** The stored value as a whole cannot be written to in place: it is moved aside before the next write. */
  aside: KeptRecord | null;
  /** Written by a newer version: read what validates, never write. */
  readOnly: boolean;
}

export interface ListReading<T> extends Reading {
  items: T[];
  /** Raw form of the readable records by identity, in stored order (a damaged list may hold an identity twice). */
  raws: ReadonlyMap<string, readonly unknown[]>;
  /** Each item of `items` (the object itself) to its raw form: an item given back unchanged is written as it was. */
  rawOf: ReadonlyMap<T, unknown>;
}

/** Reads a list store; never throws. `raw` null/undefined is an empty store. */
export function readList<T>(spec: ListSpec<T>, raw: unknown, version: number): ListReading<T> {
  const readOnly = version > spec.version;
  const reason: KeptReason = readOnly ? 'newer' : 'damaged';
  if (raw === null || raw === undefined) return { items: [], kept: [], aside: null, readOnly, raws: new Map(), rawOf: new Map() };
  if (!Array.isArray(raw)) {
    const aside = { key: null, reason, raw };
    return { items: [], kept: [aside], aside, readOnly, raws: new Map(), rawOf: new Map() };
  }
  const items: T[] = [];
  const kept: KeptRecord[] = [];
  const raws = new Map<string, unknown[]>();
  const rawOf = new Map<T, unknown>();
  for (const entry of raw) {
    const parsed = z.safeParse(spec.schema, entry);
    if (parsed.success) {
      items.push(parsed.data);
      rawOf.set(parsed.data, entry);
      const key = spec.keyOf(parsed.data);
      raws.set(key, [...(raws.get(key) ?? []), entry]);
    } else {
      kept.push({ key: spec.rawKeyOf(entry), reason, raw: entry });
    }
  }
  return { items, kept, aside: null, readOnly, raws, rawOf };
}

/**
 * The list to store: `next` validated, with unknown keys restored, followed by the unreadable entries as found. An
 * item of the reading given back as the same object is unchanged (records are never changed in place) and is
 * written as it was stored, without validating it again.
 */
export function writeList<T>(spec: ListSpec<T>, reading: ListReading<T>, next: readonly T[]): unknown[] {
  if (reading.readOnly) throw new StoreReadOnlyError(spec.label);
  const used = new Map<string, number>();
  const written = next.map((item) => {
    const stored = reading.rawOf.get(item);
    const valid = stored === undefined ? z.parse(spec.schema, item) : item;
    const key = spec.keyOf(valid);
    const index = used.get(key) ?? 0;
    used.set(key, index + 1);
    return stored ?? restoreUnknown(spec.schema, reading.raws.get(key)?.[index], valid);
  });
  return reading.aside ? written : [...written, ...reading.kept.map((entry) => entry.raw)];
}

export interface MapReading<T> extends Reading {
  entries: Record<string, T>;
  raw: Record<string, unknown>;
}

/** Reads a map store (key → record); an entry whose value fails the schema is kept under its key. */
export function readMap<T>(spec: StoreSpec<T>, raw: unknown, version: number): MapReading<T> {
  const readOnly = version > spec.version;
  const reason: KeptReason = readOnly ? 'newer' : 'damaged';
  if (raw === null || raw === undefined) return { entries: {}, kept: [], aside: null, readOnly, raw: {} };
  if (!isPlainObject(raw)) {
    const aside = { key: null, reason, raw };
    return { entries: {}, kept: [aside], aside, readOnly, raw: {} };
  }
  const entries: Record<string, T> = {};
  const kept: KeptRecord[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const parsed = z.safeParse(spec.schema, value);
    if (parsed.success) entries[key] = parsed.data;
    else kept.push({ key, reason, raw: value });
  }
  return { entries, kept, aside: null, readOnly, raw };
}

/** The map to store: `next` validated, unknown keys restored, and every unreadable entry as found. */
export function writeMap<T>(spec: StoreSpec<T>, reading: MapReading<T>, next: Readonly<Record<string, T>>): Record<string, unknown> {
  if (reading.readOnly) throw new StoreReadOnlyError(spec.label);
  const written: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(next)) {
    written[key] = restoreUnknown(spec.schema, reading.raw[key], z.parse(spec.schema, value));
  }
  if (!reading.aside) for (const entry of reading.kept) written[entry.key!] = entry.raw;
  return written;
}

export interface RecordReading<T> extends Reading {
  /** The fallback when the stored value cannot be read (then `aside` holds what is stored). */
  value: T;
  raw: unknown;
}

/** Reads a single-record store; an unreadable value gives the fallback and is reported, never thrown. */
export function readSingle<T>(spec: StoreSpec<T>, raw: unknown, version: number, fallback: T): RecordReading<T> {
  const readOnly = version > spec.version;
  const parsed = raw === null || raw === undefined ? null : z.safeParse(spec.schema, raw);
  if (!parsed) return { value: fallback, kept: [], aside: null, readOnly, raw };
  if (parsed.success) return { value: parsed.data, kept: [], aside: null, readOnly, raw };
  const aside = { key: null, reason: readOnly ? ('newer' as const) : ('damaged' as const), raw };
  return { value: fallback, kept: [aside], aside, readOnly, raw };
}

/** The record to store, with unknown keys of the stored one restored. The caller moves an unreadable value aside first. */
export function writeSingle<T>(spec: StoreSpec<T>, reading: RecordReading<T>, next: T): unknown {
  if (reading.readOnly) throw new StoreReadOnlyError(spec.label);
  const valid = z.parse(spec.schema, next);
  return reading.aside ? valid : restoreUnknown(spec.schema, reading.raw, valid);
}

/** "有 3 条订单记录无法读取（2 条写入它的是更新版本的备案助手，1 条数据已损坏）", or null when there is none. */
export function describeUnreadable(label: string, records: readonly Pick<KeptRecord, 'reason'>[]): string | null {
  if (records.length === 0) return null;
  const parts = (Object.keys(KEPT_REASON_TEXT) as KeptReason[])
    .map((reason) => [reason, records.filter((record) => record.reason === reason).length] as const)
    .filter(([, count]) => count > 0)
    .map(([reason, count]) => `${count} 条${KEPT_REASON_TEXT[reason]}`);
  return `有 ${records.length} 条${label}记录无法读取（${parts.join('，')}）`;
}
