import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand, TOGGLE_COMMAND } from '@/utils/browser/panel-relay';
import { readDock } from '@/utils/browser/dock-store';

describe('keyboard command', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggles the dock of the tab the shortcut was pressed in and remembers it', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ res: undefined } as never);
    const tab = await fakeBrowser.tabs.create({ url: 'https://console.cloud.tencent.com/beian/manage' });
    expect(await handleCommand(TOGGLE_COMMAND, tab)).toBe(true);
    const [tabId, message, options] = send.mock.calls[0]!;
    expect(tabId).toBe(tab.id);
    expect(message).toMatchObject({ type: 'page:applyDock', data: { collapsed: true } });
    expect(options).toEqual({ frameId: 0 });
    expect((await readDock()).collapsed).toBe(true);

    expect(await handleCommand(TOGGLE_COMMAND, tab)).toBe(true);
    expect(send.mock.calls[1]![1]).toMatchObject({ data: { collapsed: false } });
    expect((await readDock()).collapsed).toBe(false);
  });

  it('ignores other commands, and tabs without a dock leave the stored state alone', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    expect(await handleCommand('something-else', tab)).toBe(false);
    expect(send).not.toHaveBeenCalled();
    expect(await handleCommand(TOGGLE_COMMAND, tab)).toBe(false);
    expect((await readDock()).collapsed).toBe(false);
  });
});
