/**
 * The always-on console script's one message: the background loads the filing app's part into the sender's frame, and
 * only for our own content script on the console.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { registerPanelRelay } from '@/utils/browser/panel-relay';
import { FILING_LOAD_MESSAGE, isFilingLoadMessage } from '@/utils/browser/filing-load-message';

const OWN_ID = fakeBrowser.runtime.id;
const consoleScript = {
  id: OWN_ID,
  url: 'https://console.cloud.tencent.com/beian/manage',
  tab: { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Browser.tabs.Tab,
  frameId: 0,
};

describe('filing:load', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is told apart from the messaging library’s envelopes', () => {
    expect(isFilingLoadMessage(FILING_LOAD_MESSAGE)).toBe(true);
    expect(isFilingLoadMessage({ type: 'filing:load', timestamp: 1, id: 1 })).toBe(false);
    expect(isFilingLoadMessage({ type: 'page:changed' })).toBe(false);
    expect(isFilingLoadMessage(null)).toBe(false);
  });

  it('injects filing-app.js into the sending frame of a console tab, and refuses anyone else', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: object }).scripting = { executeScript };
    // The relay also opens the panel ports; the fake browser has no onConnect.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime.onConnect, 'removeListener').mockImplementation(() => undefined);
    const stop = registerPanelRelay();
    await fakeBrowser.runtime.onMessage.trigger(FILING_LOAD_MESSAGE, consoleScript, () => undefined);
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/filing-app.js'] });

    executeScript.mockClear();
    const page = { ...consoleScript, url: 'https://evil.example/beian' };
    await expect(fakeBrowser.runtime.onMessage.trigger(FILING_LOAD_MESSAGE, page, () => undefined)).rejects.toThrow(/控制台/);
    await expect(fakeBrowser.runtime.onMessage.trigger(FILING_LOAD_MESSAGE, { ...consoleScript, id: 'other-extension' }, () => undefined)).rejects.toThrow();
    expect(executeScript).not.toHaveBeenCalled();
    stop();
  });
});
