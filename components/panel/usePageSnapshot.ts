import { useCallback, useEffect, useState } from 'react';
import { dequal } from 'dequal';
import { sendMessage } from '@/utils/browser/messaging';
import { listenToOwnTab } from '@/utils/browser/panel-port';
import type { PageSnapshot } from '@/utils/console/types';
import { PageSnapshotSchema } from '@/utils/console/snapshot-schema';

const CHANGED_DATA_MESSAGE = '控制台页面的数据不符合预期（控制台可能已改版）：请在“填充本页”中导出页面结构反馈给我们。';

/** The console page answered with data that fails the snapshot schema: the console has likely changed. */
class ChangedPageDataError extends Error {
  constructor() {
    super(CHANGED_DATA_MESSAGE);
  }
}

/** A fresh, validated snapshot of the console page in the panel's own tab. */
export async function readPageSnapshot(): Promise<PageSnapshot> {
  const parsed = PageSnapshotSchema.safeParse(await sendMessage('panel:snapshot', undefined));
  if (!parsed.success) throw new ChangedPageDataError();
  return parsed.data;
}

export interface PageLink {
  tabId: number | null;
  snapshot: PageSnapshot | null;
  error: string | null;
  refresh(): Promise<void>;
}

/**
 * The console page as the panel sees it: the first snapshot on load, then every change the content script of this
 * panel's own tab reports (the background forwards only those to this panel).
 */
export function usePageSnapshot(): PageLink {
  const [tabId, setTabId] = useState<number | null>(null);
  const [snapshot, setSnapshotState] = useState<PageSnapshot | null>(null);
  // The page pushes only readings that differ from its last push, but a pull (on load, after a reconnect) may bring
  // what the panel already shows: the panel keeps the object it has, so nothing re-renders.
  const setSnapshot = useCallback((next: PageSnapshot) => setSnapshotState((shown) => (dequal(shown, next) ? shown : next)), []);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setSnapshot(await readPageSnapshot());
      setError(null);
    } catch (e) {
      setError(e instanceof ChangedPageDataError ? CHANGED_DATA_MESSAGE : `无法读取控制台页面：${(e as Error).message}`);
    }
  }, [setSnapshot]);

  useEffect(() => {
    let cancelled = false;
    let off: (() => void) | undefined;
    void (async () => {
      try {
        const { tabId: own } = await sendMessage('panel:whoami', undefined);
        if (cancelled) return;
        setTabId(own);
        off = listenToOwnTab(
          (push) => {
            const parsed = PageSnapshotSchema.safeParse(push.snapshot);
            if (parsed.success) setSnapshot(parsed.data);
            else setError(CHANGED_DATA_MESSAGE);
          },
          () => void refresh(),
        );
        await refresh();
      } catch (e) {
        if (!cancelled) setError(`面板未连接到控制台标签页：${(e as Error).message}`);
      }
    })();
    return () => {
      cancelled = true;
      off?.();
    };
  }, [refresh]);

  return { tabId, snapshot, error, refresh };
}
