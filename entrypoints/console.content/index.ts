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
    let session: ConsoleSession | null = null;
    const follow = async (url: URL) => {
      const inFilingApp = isFilingPath(url.pathname);
      if (inFilingApp && !session) session = await startConsoleSession(ctx);
      else if (!inFilingApp && session) {
        session.stop();
        session = null;
      }
    };
    void follow(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => void follow(newUrl));
    ctx.onInvalidated(() => session?.stop());
  },
});
