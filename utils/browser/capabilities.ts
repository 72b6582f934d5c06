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

/** What the user loses when the background lacks a capability, said where the feature is. */
export const MISSING_EFFECT: Record<Exclude<Capability, 'tabs'>, string> = {
  'storage.session': '解锁后的密钥只保存在扩展后台的内存中：重新加载扩展或重启浏览器后需要重新解锁。',
  alarms: '无法按时提醒短信核验截止时间，也无法自动锁定档案；倒计时仍会显示，请自行留意时间。',
  notifications: '到点时无法弹出系统通知；倒计时和工具栏角标仍会显示。',
  action: '工具栏按钮上无法显示剩余时间角标；面板和弹出窗口中的倒计时不受影响。',
};

/** The capabilities the background (where reminders, badge and the vault session run) does not have. */
export function missingBackgroundCapabilities(): Exclude<Capability, 'tabs'>[] {
  return (Object.keys(MISSING_EFFECT) as Exclude<Capability, 'tabs'>[]).filter((capability) => !hasCapability(capability));
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
