import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`; a fixed `now` (tests, screenshots) stops the clock. */
export function useNow(fixedNow?: number, intervalMs = 10_000): number {
  const [now, setNow] = useState(() => fixedNow ?? Date.now());
  useEffect(() => {
    if (fixedNow !== undefined) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [fixedNow, intervalMs]);
  return fixedNow ?? now;
}
