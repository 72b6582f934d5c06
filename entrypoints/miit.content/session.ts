import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fillVerifier, watchResults } from '@/utils/miit';
import { onBackgroundMessage, sendToBackground } from '@/utils/browser/page-messaging';
import { trackComposition } from '@/utils/page/typing';
import { mountDock } from '@/utils/browser/dock';

export interface MiitSession {
  stop(): void;
}

/**
 * Docks the panel on MIIT's SMS page, fills the verifier on 填入 and reports MIIT's answers for the order the panel
 * chose. The profile values arrive only with a 填入 request and are typed into the page, never kept.
 */
export async function startMiitSession(ctx: ContentScriptContext): Promise<MiitSession> {
  const dock = mountDock(await sendToBackground('dock:get', undefined), (patch) => void sendToBackground('dock:save', patch), '/panel.html?site=miit');
  trackComposition(document);
  let orderKey: string | null = null;
  let verifierId: string | null = null;

  const stops = [
    onBackgroundMessage('page:miitChoose', (choice) => {
      if (choice.orderKey !== orderKey) verifierId = null;
      orderKey = choice.orderKey;
    }),
    onBackgroundMessage('page:miitFill', (request) => {
      orderKey = request.orderKey;
      verifierId = request.verifierId;
      return fillVerifier(document, request);
    }),
    onBackgroundMessage('page:applyDock', (state) => dock.apply(state)),
    watchResults(document, ({ code }) => {
      // Without a chosen order there is nothing to count the answer for.
      if (orderKey) void sendToBackground('miit:answer', { code, orderKey, verifierId }).catch(() => undefined);
    }),
  ];

  const session = {
    stop() {
      stops.forEach((stop) => stop());
      dock.remove();
    },
  };
  ctx.onInvalidated(session.stop);
  return session;
}
