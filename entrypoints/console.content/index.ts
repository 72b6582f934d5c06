import { browser } from 'wxt/browser';
import { isFilingPath } from '@/utils/console/paths';
import { FILING_LOAD_MESSAGE } from '@/utils/browser/filing-load-message';
import { shareConsoleContext } from '@/utils/browser/console-context';

/**
 * The only script every console page gets (CVM, COS and billing pages included), so it is tiny: it watches the
 * console's single-page navigation and, on entering the filing app, asks the background to load the filing app's part
 * (entrypoints/filing-app). Nothing else runs, observes or is kept on pages outside the filing app.
 */
export default defineContentScript({
  matches: ['https://console.cloud.tencent.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    shareConsoleContext(ctx);
    let requested = false;
    const follow = (url: URL) => {
      if (requested || !isFilingPath(url.pathname)) return;
      requested = true;
      // Not loaded (the background was unreachable): try again on the next navigation.
      browser.runtime.sendMessage(FILING_LOAD_MESSAGE).catch(() => (requested = false));
    };
    follow(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => follow(newUrl));
  },
});
