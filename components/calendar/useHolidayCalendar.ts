import { useEffect, useState } from 'react';
import { loadHolidayNotices, watchHolidayNotices } from '@/utils/browser/holiday-store';
import type { HolidayRecords } from '@/utils/calendar/holiday-records';

/**
 * Loads the imported holiday notices into the working-day calendar and keeps them current across extension pages.
 * Returns what is stored (null while loading); the page re-renders on every change, so all estimates follow at once.
 */
export function useHolidayCalendar(): HolidayRecords | null {
  const [records, setRecords] = useState<HolidayRecords | null>(null);
  useEffect(() => {
    let active = true;
    const reload = () => void loadHolidayNotices().then((loaded) => active && setRecords(loaded));
    reload();
    const unwatch = watchHolidayNotices(reload);
    return () => {
      active = false;
      unwatch();
    };
  }, []);
  return records;
}
