import { browser, type Browser } from 'wxt/browser';
import { checkSender, onMessage, sendMessage, tabOfPanel, type Sender } from './messaging';
import { DockPatchSchema, EmptySchema, parsePayload } from './message-schemas';
import { isFilingLoadMessage } from './filing-load-message';
import { readDock, updateDock } from './dock-store';
import { registerPanelPorts } from './panel-port';
import { missingBackgroundCapabilities } from './capabilities';
import { recordObservations } from './orders-store';
import { StoreReadOnlyError } from '@/utils/storage/kept';
import { getActiveProfileId } from './active-profile';
import { FillRequestSchema, OrderSightingsSchema } from '@/utils/console/schemas';
import { stageObservationsFromPage } from '@/utils/orders/from-page';

export const TOGGLE_COMMAND = 'toggle-panel';

export const toTab = (tabId: number) => ({ tabId, frameId: 0 });

/** The content scripts that dock the panel: the console's and MIIT's. */
const DOCKING_SCRIPTS = ['content-script', 'miit-content-script'] as const;

/**
 * Loads the filing app's part into one frame of a console tab, in the isolated world. `scripting` exists in Chrome MV3
 * and in Firefox MV2 from 102; the script is not web-accessible, so the console page cannot fetch it.
 */
function injectFilingApp(tabId: number, frameId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/filing-app.js'] });
}

/**
 * Background side of the panel ⇄ page channel: a panel frame may only reach the content script of the tab it is
 * docked in (its sender's tab), and only with payloads that pass the schema; page changes go back to that tab's
 * panels only. Also stores the dock state for content
 * scripts and records the order stages they observe.
 */
export function registerPanelRelay(): () => void {
  const panels = registerPanelPorts();
  const offs = [
    onMessage('page:changed', ({ data, sender }) => {
      checkSender(sender, 'content-script');
      // The panel validates the snapshot itself; only the top frame's script speaks for the tab.
      if (sender.frameId === 0) panels.push(sender.tab!.id!, { type: 'page:changed', snapshot: data });
    }),
    onMessage('panel:whoami', ({ data, sender }) => {
      parsePayload(EmptySchema, data);
      return { tabId: tabOfPanel(sender) };
    }),
    onMessage('panel:capabilities', ({ data, sender }) => {
      checkSender(sender, 'extension-page');
      parsePayload(EmptySchema, data);
      return { missing: missingBackgroundCapabilities() };
    }),
    onMessage('panel:snapshot', ({ data, sender }) => {
      parsePayload(EmptySchema, data);
      return sendMessage('page:snapshot', undefined, toTab(tabOfPanel(sender)));
    }),
    onMessage('panel:fill', ({ data, sender }) =>
      sendMessage('page:fill', parsePayload(FillRequestSchema, data), toTab(tabOfPanel(sender))),
    ),
    onMessage('panel:undo', ({ data, sender }) => {
      parsePayload(EmptySchema, data);
      return sendMessage('page:undo', undefined, toTab(tabOfPanel(sender)));
    }),
    onMessage('panel:exportStructure', ({ data, sender }) => {
      parsePayload(EmptySchema, data);
      return sendMessage('page:exportStructure', undefined, toTab(tabOfPanel(sender)));
    }),
    onMessage('panel:setDock', async ({ data, sender }) => {
      const tabId = tabOfPanel(sender);
      const state = await updateDock(parsePayload(DockPatchSchema, data));
      await sendMessage('page:applyDock', state, toTab(tabId));
    }),
    onMessage('dock:get', ({ data, sender }) => {
      checkSender(sender, DOCKING_SCRIPTS);
      parsePayload(EmptySchema, data);
      return readDock();
    }),
    onMessage('dock:save', ({ data, sender }) => {
      checkSender(sender, DOCKING_SCRIPTS);
      return updateDock(parsePayload(DockPatchSchema, data));
    }),
    onMessage('page:orders', async ({ data, sender }) => {
      checkSender(sender, 'content-script');
      const sightings = parsePayload(OrderSightingsSchema, data);
      const profileId = (await getActiveProfileId()) ?? undefined;
      await recordObservations(stageObservationsFromPage(sightings, Date.now(), profileId)).catch((error: unknown) => {
        // Orders a newer version wrote are read-only; the orders view says so, the page need not hear it again.
        if (!(error instanceof StoreReadOnlyError)) throw error;
      });
    }),
  ];
  const onFilingLoad = (message: unknown, sender: Sender) => {
    if (!isFilingLoadMessage(message)) return undefined;
    // Answered as a promise, so that a refused sender is an error for the sender, not an uncaught one here.
    return (async () => {
      checkSender(sender, 'content-script');
      await injectFilingApp(sender.tab!.id!, sender.frameId ?? 0);
      return true;
    })();
  };
  browser.runtime.onMessage.addListener(onFilingLoad);
  return () => {
    offs.forEach((off) => off());
    browser.runtime.onMessage.removeListener(onFilingLoad);
    panels.stop();
  };
}

/** The keyboard shortcut toggles the dock in the tab it was pressed in. */
export async function handleCommand(command: string, tab?: Browser.tabs.Tab): Promise<boolean> {
  if (command !== TOGGLE_COMMAND) return false;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId == null) return false;
  const current = await readDock();
  const next = { ...current, collapsed: !current.collapsed };
  try {
    await sendMessage('page:applyDock', next, toTab(tabId));
  } catch {
    return false; // Not a filing page: nothing is docked there, and the stored state stays as it was.
  }
  await updateDock(next);
  return true;
}
