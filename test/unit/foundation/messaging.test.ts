import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkSender, tabOfPanel, RejectedMessageError, type Sender } from '@/utils/browser/messaging';
import { parsePayload, DockPatchSchema } from '@/utils/browser/message-schemas';

const OWN_ID = 'test-extension-id';
const panelSender = (tabId = 7): Sender => ({
  id: OWN_ID,
  url: `chrome-extension://${OWN_ID}/panel.html`,
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 3,
});
const contentSender = (tabId = 7): Sender => ({
  id: OWN_ID,
  url: 'https://console.cloud.tencent.com/beian/manage',
  tab: { id: tabId, index: 0, highlighted: false, active: true, pinned: false, incognito: false },
  frameId: 0,
});

describe('message senders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts each route from its own kind of sender', () => {
    expect(() => checkSender(panelSender(), 'extension-page')).not.toThrow();
    expect(() => checkSender(contentSender(), 'content-script')).not.toThrow();
  });

  it('rejects other extensions and web pages', () => {
    expect(() => checkSender({ ...panelSender(), id: 'someone-else' }, 'extension-page')).toThrow(RejectedMessageError);
    expect(() => checkSender({ ...contentSender(), url: 'https://evil.example/beian' }, 'content-script')).toThrow(/控制台/);
    expect(() => checkSender({ id: OWN_ID, url: 'https://console.cloud.tencent.com/beian' }, 'extension-page')).toThrow(/扩展页面/);
  });

  it('a panel acts only on the tab it is docked in', () => {
    expect(tabOfPanel(panelSender(42))).toBe(42);
    expect(() => tabOfPanel({ id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` })).toThrow(/控制台标签页/);
  });
});

describe('payload validation', () => {
  it('passes a valid dock patch and rejects a malformed one with a Chinese reason', () => {
    expect(parsePayload(DockPatchSchema, { collapsed: true })).toEqual({ collapsed: true });
    expect(() => parsePayload(DockPatchSchema, { collapsed: 'yes' })).toThrow(/消息内容格式不正确/);
    expect(() => parsePayload(DockPatchSchema, { width: 5 })).toThrow(RejectedMessageError);
  });
});
