import { isFilingPath } from '@/utils/console';
import { startConsoleSession, type ConsoleSession } from './session';

/**
 * Matches the whole console host because the console is a single-page app: a user can arrive at the filing app
 * from another product without a page load. The panel lives only while the path is inside the filing app.
 */
export default defineContentScript({
  matches: ['https://console.cloud.tencent.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Held as a promise so that quick successive navigations never start two sessions.
    let session: Promise<ConsoleSession | null> | null = null;
    const stop = () => {
      const running = session;
      session = null;
      void running?.then((s) => s?.stop());
    };
    const follow = (url: URL) => {
      const inFilingApp = isFilingPath(url.pathname);
      if (inFilingApp && !session) {
        const starting: Promise<ConsoleSession | null> = startConsoleSession(ctx).catch(() => {
          if (session === starting) session = null; // The background was not reachable: try again on the next navigation.
          return null;
        });
        session = starting;
      } else if (!inFilingApp && session) stop();
    };
    follow(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => follow(newUrl));
    ctx.onInvalidated(stop);
  },
});
