import { useEffect, useState } from 'react';
import { listUnreadable, watchUnreadable, type StoreId, type UnreadableReport } from '@/utils/browser/unreadable';
import { todayIso } from '@/components/profiles/useProfiles';

/** What the extension keeps but cannot read (null while loading), kept current as storage changes. */
export function useUnreadable(stores?: readonly StoreId[]): UnreadableReport | null {
  const [report, setReport] = useState<UnreadableReport | null>(null);
  const key = stores?.join(',');
  useEffect(() => {
    let alive = true;
    const load = () =>
      listUnreadable({ today: todayIso(), ...(stores ? { stores } : {}) }).then(
        (loaded) => alive && setReport(loaded),
        () => undefined, // A failing read leaves the last report; every store reports its own errors where it is used.
      );
    void load();
    const unwatch = watchUnreadable(() => void load(), stores);
    return () => {
      alive = false;
      unwatch();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `stores`
  }, [key]);
  return report;
}
