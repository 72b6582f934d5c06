import { isMiitVerifyUrl } from '@/utils/miit';
import { startMiitSession, type MiitSession } from './session';

/**
 * MIIT's ICP system is a hash-routed app: the panel is docked only on its integrated page (#/Integrated/…), where
 * the 短信核验 and 短信重发 tabs live, and follows hash navigation.
 */
export default defineContentScript({
  matches: ['https://beian.miit.gov.cn/*'],
  runAt: 'document_idle',
  main(ctx) {
    let session: Promise<MiitSession | null> | null = null;
    const follow = (url: URL) => {
      const onVerifyPage = isMiitVerifyUrl(url);
      if (onVerifyPage && !session) {
        const starting: Promise<MiitSession | null> = startMiitSession(ctx).catch(() => {
          if (session === starting) session = null; // The background was not reachable: try again on the next navigation.
          return null;
        });
        session = starting;
      } else if (!onVerifyPage && session) {
        const running = session;
        session = null;
        void running.then((s) => s?.stop());
      }
    };
    follow(new URL(location.href));
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => follow(newUrl));
  },
});
