/**
 * Pushes from the console page to the panel docked in the same tab. The content script cannot message the panel
 * frame directly in every browser (Firefox treats that frame as a content script, so a content script's
 * `runtime.sendMessage` never reaches it), so the panel opens a port to the background and the background forwards
 * what the tab's content script reports to the ports of that tab only. Works the same in Chrome.
 */
import { browser, type Browser } from 'wxt/browser';
import { checkSender, isOwnExtension } from './messaging';

export const PANEL_PORT_NAME = 'bh-panel';

export interface PanelPush {
  type: 'page:changed';
  snapshot: unknown;
}

/** Background: keeps the open panel ports by tab; returns a function that pushes to one tab's panels. */
export function registerPanelPorts(): { push(tabId: number, message: PanelPush): void; stop(): void } {
  const portsByTab = new Map<number, Set<Browser.runtime.Port>>();
  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PANEL_PORT_NAME || !port.sender || !isOwnExtension(port.sender)) return;
    try {
      checkSender(port.sender, 'extension-page');
    } catch {
      port.disconnect();
      return;
    }
    const tabId = port.sender.tab?.id;
    if (tabId == null) return port.disconnect();
    const ports = portsByTab.get(tabId) ?? new Set();
    ports.add(port);
    portsByTab.set(tabId, ports);
    port.onDisconnect.addListener(() => {
      ports.delete(port);
      if (ports.size === 0) portsByTab.delete(tabId);
    });
  };
  browser.runtime.onConnect.addListener(onConnect);
  return {
    push(tabId, message) {
      for (const port of portsByTab.get(tabId) ?? []) port.postMessage(message);
    },
    stop() {
      browser.runtime.onConnect.removeListener(onConnect);
      portsByTab.clear();
    },
  };
}

/**
 * Panel: listens for pushes about its own tab. Reconnects when the port drops (the background restarted) and calls
 * `onReconnect` so the panel can ask for a fresh snapshot it may have missed.
 */
export function listenToOwnTab(onPush: (message: PanelPush) => void, onReconnect: () => void): () => void {
  let stopped = false;
  let port: Browser.runtime.Port | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const connect = (again: boolean) => {
    port = browser.runtime.connect({ name: PANEL_PORT_NAME });
    port.onMessage.addListener((message) => onPush(message as PanelPush));
    port.onDisconnect.addListener(() => {
      port = null;
      if (stopped) return;
      try {
        retry = setTimeout(() => connect(true), 500);
      } catch {
        // Firefox: the frame itself is going away (the dock removed on leaving the filing app) and can no longer set a
        // timer (NS_ERROR_NOT_INITIALIZED); there is no panel left to reconnect.
      }
    });
    if (again) onReconnect();
  };
  connect(false);
  return () => {
    stopped = true;
    clearTimeout(retry);
    port?.disconnect();
  };
}
