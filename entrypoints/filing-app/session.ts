import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createConsoleController, type PageReading } from '@/utils/console/controller';
import { createReporter, onBackgroundMessage, sendToBackground } from '@/utils/browser/page-messaging';
import { DOCK_TAG, mountDock } from '@/utils/browser/dock';
import { sightingKey, sightingsOf } from '@/utils/orders/from-page';

export interface ConsoleSession {
  stop(): void;
}

/** Wires the dock and the console adapter to the extension's messages while the filing app is open. */
export async function startConsoleSession(ctx: ContentScriptContext): Promise<ConsoleSession> {
  const dock = mountDock(await sendToBackground('dock:get', undefined), (patch) => void sendToBackground('dock:save', patch));
  const controller = createConsoleController(document, { ignoreSelector: DOCK_TAG });

  const reporter = createReporter();
  const pushChanges = ({ snapshot, orders: observations }: PageReading) => {
    // No panel may be listening yet (its frame is still loading): it asks for a snapshot when ready.
    reporter.report('page:changed', snapshot);
    reporter.reportChanged('page:orders', sightingsOf(observations), sightingKey);
  };

  const stops = [
    onBackgroundMessage('page:snapshot', () => {
      reporter.forget('page:changed');
      return controller.snapshot();
    }),
    onBackgroundMessage('page:fill', ({ items, overwrite }) => controller.fill(items, { overwrite })),
    onBackgroundMessage('page:undo', () => controller.undo()),
    onBackgroundMessage('page:exportStructure', () => controller.exportStructure()),
    onBackgroundMessage('page:applyDock', (state) => dock.apply(state)),
    controller.observe(pushChanges),
  ];
  pushChanges(controller.read());

  const session = {
    stop() {
      stops.forEach((stop) => stop());
      dock.remove();
    },
  };
  ctx.onInvalidated(session.stop);
  return session;
}
