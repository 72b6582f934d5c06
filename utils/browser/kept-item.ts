/**
 * Storage side of `utils/storage/kept.ts`: a store item whose version this module reads and writes itself (the
 * storage library would write over a newer version), and a side key per store, `local:kept:<name>`, where a value
 * that cannot be written to in place (wrong kind, unreadable single record) is moved before a fresh one starts.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { isPlainObject, storedVersion, type KeptReason, type KeptRecord } from '@/utils/storage/kept';

export const ASIDE_PREFIX = 'kept:';

export interface AsideEntry {
  reason: KeptReason;
  /** Epoch ms when it was moved aside. */
  movedAt: number;
  /** Exactly as it was stored. */
  raw: unknown;
}

export interface KeptItem {
  /** The storage key without area, e.g. `orders`. */
  name: string;
  read(): Promise<{ raw: unknown; version: number }>;
  /**
   * Writes a value and stamps it with this build's version; `aside` (from the reading the value was made from) is
   * first appended to the side key, so the write cannot lose it.
   */
  write(value: unknown, aside: KeptRecord | null, now?: number): Promise<void>;
  watch(callback: () => void): () => void;
}

export function asideItem(name: string) {
  return storage.defineItem<unknown>(`local:${ASIDE_PREFIX}${name}`);
}

/** Entries moved aside for a store; a damaged side value is itself shown as one entry, never dropped. */
export function readAside(raw: unknown): AsideEntry[] {
  if (raw === null || raw === undefined) return [];
  if (!Array.isArray(raw)) return [{ reason: 'damaged', movedAt: 0, raw }];
  return raw.map((entry) =>
    isPlainObject(entry) && (entry.reason === 'newer' || entry.reason === 'damaged') && typeof entry.movedAt === 'number' && 'raw' in entry
      ? (entry as unknown as AsideEntry)
      : { reason: 'damaged', movedAt: 0, raw: entry },
  );
}

export function defineKeptItem(name: string, version: number): KeptItem {
  const item = storage.defineItem<unknown, { v: number }>(`local:${name}`);
  const aside = asideItem(name);
  return {
    name,
    async read() {
      const [raw, meta] = await Promise.all([item.getValue(), item.getMeta()]);
      return { raw, version: storedVersion(meta) };
    },
    async write(value, moved, now = Date.now()) {
      if (moved) {
        const existing: unknown = await aside.getValue();
        // Keep an unreadable side value as it is, as the first entry.
        const list = Array.isArray(existing) ? existing : existing === null ? [] : [existing];
        await aside.setValue([...list, { reason: moved.reason, movedAt: now, raw: moved.raw } satisfies AsideEntry]);
      }
      await storage.setItems([
        { key: `local:${name}`, value },
        { key: `local:${name}$`, value: { v: version } },
      ]);
    },
    watch(callback) {
      // One call per write, whether the value, its version or both changed; the storage library's watchers would
      // also deep-compare the old and new value, a whole list, once per watcher.
      const keys = [name, `${name}$`];
      const listener = (changes: Record<string, unknown>) => {
        if (keys.some((key) => key in changes)) callback();
      };
      browser.storage.local.onChanged.addListener(listener);
      return () => browser.storage.local.onChanged.removeListener(listener);
    },
  };
}
