/**
 * Waiting on the console without fixed sleeps: a condition is re-checked whenever the DOM changes, up to a timeout.
 */
export function waitFor<T>(doc: Document, check: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  const view = doc.defaultView ?? globalThis;
  return new Promise((resolve) => {
    const finish = (value: T | null) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(value);
    };
    const observer = new view.MutationObserver(() => {
      const value = check();
      if (value) finish(value);
    });
    const timer = view.setTimeout(() => finish(check() || null), timeoutMs);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
