/**
 * The page scripts' messaging speaks @webext-core/messaging's wire format without the library: these tests run it
 * against the library's own side (what the background and panels use), so a library update that changes the format
 * fails here rather than in a user's console.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/browser/messaging';
import { createReporter, isBackgroundSender, onBackgroundMessage, sendToBackground } from '@/utils/browser/page-messaging';

type Sender = Browser.runtime.MessageSender;
const OWN_ID = fakeBrowser.runtime.id;
const tab = { id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false } as Browser.tabs.Tab;
const background: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/background.js` };
const consoleScript: Sender = { id: OWN_ID, url: 'https://console.cloud.tencent.com/beian/manage', tab, frameId: 0 };
const panelFrame: Sender = { id: OWN_ID, url: `chrome-extension://${OWN_ID}/panel.html`, tab, frameId: 3 };

/** What the browser would deliver: the message to every onMessage listener, the first answer back. */
const deliver = async (message: unknown, sender: Sender) =>
  (await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined)).find((answer) => answer !== undefined);

describe('page messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks the background through the library’s handler and gets its answer or its error', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliver(message, consoleScript));
    const off = onMessage('dock:get', () => ({ collapsed: true, width: 420 }));
    await expect(sendToBackground('dock:get', undefined)).resolves.toEqual({ collapsed: true, width: 420 });
    off();
    const offSave = onMessage('dock:save', () => {
      throw new Error('存储只读');
    });
    await expect(sendToBackground('dock:save', { width: 500 })).rejects.toThrow('存储只读');
    offSave();
  });

  it('answers the library’s sendMessage from the background, errors included', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((_tabId: number, message: unknown) => deliver(message, background));
    const offs = [
      onBackgroundMessage('page:applyDock', (state) => {
        if (state.width < 0) throw new Error('宽度无效');
      }),
      onBackgroundMessage('page:undo', async () => ({ restored: [], notRestorable: [], failed: [] })),
    ];
    await expect(sendMessage('page:undo', undefined, { tabId: 7, frameId: 0 })).resolves.toEqual({ restored: [], notRestorable: [], failed: [] });
    await expect(sendMessage('page:applyDock', { collapsed: false, width: -1 }, { tabId: 7, frameId: 0 })).rejects.toThrow('宽度无效');
    offs.forEach((off) => off());
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });

  it('takes messages from the background only; other messages are left to other listeners', async () => {
    const handler = vi.fn(() => undefined);
    const off = onBackgroundMessage('page:applyDock', handler);
    const envelope = { id: 1, type: 'page:applyDock', data: { collapsed: true, width: 400 }, timestamp: Date.now() };
    for (const sender of [panelFrame, consoleScript, { ...background, id: 'other-extension' }]) {
      await expect(deliver(envelope, sender)).resolves.toMatchObject({ err: { message: expect.stringMatching(/后台/) } });
    }
    expect(handler).not.toHaveBeenCalled();
    await expect(deliver({ ...envelope, type: 'page:fill' }, background)).resolves.toBeUndefined();
    await expect(deliver(envelope, background)).resolves.toEqual({ res: undefined });
    expect(handler).toHaveBeenCalledOnce();
    off();
  });

  it('reports what the page shows only when it differs from the last report of its kind', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliver(message, consoleScript));
    const seen: unknown[] = [];
    let failing = false;
    const off = onMessage('dock:save', ({ data }) => {
      if (failing) throw new Error('后台不可用');
      seen.push(data);
    });
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
    const { report, forget } = createReporter();
    report('dock:save', { width: 420 });
    report('dock:save', { width: 420 });
    await flush();
    expect(seen).toEqual([{ width: 420 }]);
    report('dock:save', { width: 500 });
    await flush();
    expect(seen).toHaveLength(2);
    // A report that did not arrive goes again; so does one the receiver has since read by other means.
    failing = true;
    report('dock:save', { width: 600 });
    await flush();
    failing = false;
    report('dock:save', { width: 600 });
    await flush();
    expect(seen).toHaveLength(3);
    forget('dock:save');
    report('dock:save', { width: 600 });
    await flush();
    expect(seen).toEqual([{ width: 420 }, { width: 500 }, { width: 600 }, { width: 600 }]);
    off();
  });

  it('reports a list item by item: only the orders that changed since they were last sent', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => deliver(message, consoleScript));
    const batches: unknown[][] = [];
    let failing = false;
    const off = onMessage('page:orders', ({ data }) => {
      if (failing) throw new Error('后台不可用');
      batches.push(data);
    });
    const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
    const seen = (orderId: string, stage: 'bureauReview' | 'smsVerification') => ({ orderId, domain: null, filingType: null, stage, stageAt: null });
    const key = (s: { orderId: string | null }) => s.orderId ?? '';
    const { reportChanged } = createReporter();
    const list = [seen('30179108639935234', 'bureauReview'), seen('30179108639935235', 'bureauReview')];
    reportChanged('page:orders', list, key);
    reportChanged('page:orders', list, key);
    await flush();
    expect(batches).toEqual([list]);
    const moved = seen('30179108639935235', 'smsVerification');
    reportChanged('page:orders', [list[0]!, moved], key);
    await flush();
    expect(batches[1]).toEqual([moved]);
    // What did not arrive goes again with the next report.
    failing = true;
    const back = seen('30179108639935234', 'smsVerification');
    reportChanged('page:orders', [back, moved], key);
    await flush();
    failing = false;
    reportChanged('page:orders', [back, moved], key);
    await flush();
    expect(batches).toHaveLength(3);
    expect(batches[2]).toEqual([back]);
    // An equal item made anew (a row read again) is not sent either.
    reportChanged('page:orders', [seen('30179108639935234', 'smsVerification'), { ...moved }], key);
    await flush();
    expect(batches).toHaveLength(3);
    off();
  });

  it('knows the background by its id, its missing tab and its origin', () => {
    expect(isBackgroundSender(background)).toBe(true);
    expect(isBackgroundSender({ id: OWN_ID })).toBe(true);
    expect(isBackgroundSender(panelFrame)).toBe(false);
    expect(isBackgroundSender({ id: OWN_ID, url: 'https://evil.example/' })).toBe(false);
  });
});
