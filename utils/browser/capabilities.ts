/**
 * Feature detection for the extension APIs that differ between browsers and between contexts. This is the one place
 * that asks "does this context have X"; callers pick the nearest equivalent when the answer is no. Never sniff the
 * user agent: Firefox gives an extension page framed in a web page (the docked panel) the APIs of a content script,
 * so the same build has `storage.session` in its options page and not in its panel.
 */
import { browser } from 'wxt/browser';

export type Capability = 'storage.session' | 'alarms' | 'notifications' | 'action' | 'tabs';

/** The capabilities each feature needs, named in Chinese for the "unavailable" notices. */
export const CAPABILITY_NAMES: Record<Capability, string> = {
  'storage.session': '会话存储（storage.session）',
  alarms: '定时提醒（alarms）',
  notifications: '系统通知（notifications）',
  action: '工具栏按钮（action）',
  tabs: '标签页（tabs）',
};

type LooseBrowser = {
  storage?: { session?: unknown };
  alarms?: unknown;
  notifications?: unknown;
  action?: unknown;
  browserAction?: unknown;
  tabs?: unknown;
};

export function hasCapability(capability: Capability): boolean {
  const api = browser as unknown as LooseBrowser;
  switch (capability) {
    case 'storage.session':
      return api.storage?.session != null;
    case 'alarms':
      return api.alarms != null;
    case 'notifications':
      return api.notifications != null;
    // Chrome MV3 has `action`; Firefox MV2 has the same calls under `browserAction`.
    case 'action':
      return (api.action ?? api.browserAction) != null;
    case 'tabs':
      return api.tabs != null;
  }
}

/** Thrown by a feature whose browser API is missing in this context; its message is shown to the user. */
export class MissingCapabilityError extends Error {
  constructor(readonly capability: Capability) {
    super(`此浏览器环境不提供${CAPABILITY_NAMES[capability]}，相关功能暂不可用。`);
    this.name = 'MissingCapabilityError';
  }
}

export function requireCapability(capability: Capability): void {
  if (!hasCapability(capability)) throw new MissingCapabilityError(capability);
}
