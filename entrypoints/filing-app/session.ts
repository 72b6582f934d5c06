import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createConsoleController } from '@/utils/console/controller';
import { fromBackground, onMessage, sendMessage } from '@/utils/browser/messaging';
import { DOCK_TAG, mountDock } from '@/utils/browser/dock';

export interface ConsoleSession {
  stop(): void;
}

/** Wires the dock and the console adapter to the extension's messages while the filing app is open. */
export async function startConsoleSession(ctx: ContentScriptContext): Promise<ConsoleSession> {
  const dock = mountDock(await sendMessage('dock:get', undefined), (patch) => void sendMessage('dock:save', patch));
  const controller = createConsoleController(document, { ignoreSelector: DOCK_TAG });

  let lastOrders = '';
  const pushChanges = () => {
    // No panel may be listening yet (its frame is still loading): it asks for a snapshot when ready.
    const { snapshot, orders: observations } = controller.read();
    void sendMessage('page:changed', snapshot).catch(() => undefined);
    const serialized = JSON.stringify(observations);
    if (observations.length > 0 && serialized !== lastOrders) {
      lastOrders = serialized;
      void sendMessage('page:orders', observations).catch(() => undefined);
    }
  };

  const stops = [
    onMessage('page:snapshot', ({ data, sender }) => {
      fromBackground(data, sender);
      return controller.snapshot();
    }),
    onMessage('page:fill', ({ data, sender }) => {
      const { items, overwrite } = fromBackground(data, sender);
      return controller.fill(items, { overwrite });
    }),
    onMessage('page:undo', ({ data, sender }) => {
      fromBackground(data, sender);
      return controller.undo();
    }),
    onMessage('page:exportStructure', ({ data, sender }) => {
      fromBackground(data, sender);
      return controller.exportStructure();
    }),
    onMessage('page:applyDock', ({ data, sender }) => dock.apply(fromBackground(data, sender))),
    controller.observe(pushChanges),
  ];
  pushChanges();

  const session = {
    stop() {
      stops.forEach((stop) => stop());
      dock.remove();
    },
  };
  ctx.onInvalidated(session.stop);
  return session;
}
