import { sharedConsoleContext } from '@/utils/browser/console-context';
import { isFilingPath } from '@/utils/console/paths';
import { startConsoleSession, type ConsoleSession } from './session';

/**
 * The filing app's part of the extension in the page: the console adapter, the dock and the messaging. The background
 * injects it (isolated world) when the always-on script sees the console enter the filing app; from then on it stays
 * for the page's life and follows the console's single-page navigation itself, docking the panel only while the path
 * is inside the filing app. It lives within the always-on script's context (same isolated world).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as { __beianFilingAppLoaded?: boolean };
  const ctx = sharedConsoleContext();
  // A second injection (a retry that raced the first) does nothing; so does one whose always-on script an extension
  // update has invalidated (only a live always-on script asks for the filing app).
  if (scope.__beianFilingAppLoaded || !ctx || ctx.isInvalid) return;
  scope.__beianFilingAppLoaded = true;

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
});
