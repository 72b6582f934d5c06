/**
 * The one typed message map of the extension, and the guard every receiver goes through.
 *
 * Routes: panel frame → background (`panel:*`, relayed to the content script of the panel's own tab as `page:*`);
 * content script → background → the panels of that tab (`page:changed`, over the panel's port, see panel-port.ts);
 * content script → background (`page:orders`, `dock:*`); background → content script (`page:*`). Firefox gives an extension frame inside a web
 * page fewer APIs than Chrome, so the panel never calls `tabs.*` itself: everything privileged goes through the
 * background. Payloads are validated where they are received in extension contexts (message-schemas.ts). The page
 * scripts speak the same map through page-messaging.ts, without this library and without schemas.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Runtime } from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import type {
  FillReport,
  FillRequest,
  OrderSighting,
  PageSnapshot,
  PageStructure,
  UndoReport,
} from '@/utils/console/types';
import type { VaultSession, VaultSessionPatch } from './vault-session';
import type { DockState } from './dock-state';
import type { MiitFillReport } from '@/utils/miit/page';
import type { MiitAnswerMessage, MiitFillRequest } from '@/utils/miit/schemas';

export interface ProtocolMap {
  /** Panel asks which tab hosts it (the background reads it from the sender). */
  'panel:whoami'(): { tabId: number };
  'panel:snapshot'(): PageSnapshot | null;
  'panel:fill'(request: FillRequest): FillReport;
  'panel:undo'(): UndoReport;
  'panel:exportStructure'(): PageStructure;
  /** Panel → background: which browser APIs the background lacks (each costs one feature, named in the panel). */
  'panel:capabilities'(): { missing: string[] };
  /** Panel → background: persist a dock change and apply it in the panel's tab. */
  'panel:setDock'(patch: Partial<DockState>): void;

  'page:snapshot'(): PageSnapshot;
  'page:fill'(request: FillRequest): FillReport;
  'page:undo'(): UndoReport;
  'page:exportStructure'(): PageStructure;
  /** Background → content script: show the dock as stored. */
  'page:applyDock'(state: DockState): void;
  /** Content script → background → the tab's panels: the console page changed (step, fields, values). */
  'page:changed'(snapshot: PageSnapshot): void;
  /** Content script → background: the orders an order page or list shows with a stage. */
  'page:orders'(sightings: OrderSighting[]): void;

  /** Content script → background: the stored dock state (content scripts keep no storage code of their own). */
  'dock:get'(): DockState;
  /** Content script → background: persist what the user did with the dock (tab click, resize). */
  'dock:save'(patch: Partial<DockState>): DockState;

  /** Extension page without session storage (Firefox's docked panel) → background: the unlocked vault key. */
  'vault:session'(request: { op: 'read' } | { op: 'patch'; patch: VaultSessionPatch }): VaultSession;

  /** Panel on MIIT's page → background → MIIT content script: 填入<role> (mobile and ID last six only). */
  'panel:miitFill'(request: MiitFillRequest): MiitFillReport;
  /** Panel on MIIT's page → background → MIIT content script: the order MIIT's answers count for. */
  'panel:miitChoose'(choice: { orderKey: string | null }): void;
  'page:miitFill'(request: MiitFillRequest): MiitFillReport;
  'page:miitChoose'(choice: { orderKey: string | null }): void;
  /** MIIT content script → background: MIIT showed a result for the chosen order (stored as code and time only). */
  'miit:answer'(answer: MiitAnswerMessage): void;
}

const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage } = messaging;

/**
 * Registers a handler that always runs as an async function: a sender or payload it rejects by throwing is answered to
 * the sender as an error. The library would let a synchronous throw escape into the browser's listener, which Firefox
 * reports as an uncaught error of the background.
 */
export const onMessage: typeof messaging.onMessage = (type, handler) =>
  messaging.onMessage(type, (async (message: Parameters<typeof handler>[0]) => handler(message)) as typeof handler);

export type Sender = Runtime.MessageSender;

export class RejectedMessageError extends Error {}

export type SenderRule = 'extension-page' | 'content-script' | 'miit-content-script';

/** MIIT's ICP system, where the SMS code is entered; its content script is the only one besides the console's. */
export const MIIT_PAGE_PREFIX = 'https://beian.miit.gov.cn/';

/** True when the sender is this extension's own code (not another extension, not a web page). */
export function isOwnExtension(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

/**
 * Checks who sent a message and what it carries before a handler sees it; with several rules, any one may match.
 * - `extension-page`: a page of ours (panel frame, popup, options); its URL is on our origin.
 * - `content-script`: our content script in a console tab (has a tab, URL on the console host).
 * - `miit-content-script`: our content script in a tab of MIIT's ICP system.
 * What page scripts accept (the background only) is page-messaging.ts's `isBackgroundSender`.
 */
export function checkSender(sender: Sender, rule: SenderRule | readonly SenderRule[]): void {
  if (typeof rule !== 'string') {
    const errors = rule.flatMap((one) => {
      try {
        checkSender(sender, one);
        return [];
      } catch (error) {
        return [error];
      }
    });
    if (errors.length === rule.length) throw errors[0];
    return;
  }
  if (!isOwnExtension(sender)) throw new RejectedMessageError('拒绝：消息不是来自备案助手扩展本身');
  const url = sender.url ?? '';
  const ownOrigin = browser.runtime.getURL('/');
  if (rule === 'extension-page' && !url.startsWith(ownOrigin)) {
    throw new RejectedMessageError('拒绝：消息不是来自扩展页面');
  }
  if (rule === 'content-script' && (sender.tab?.id == null || !url.startsWith('https://console.cloud.tencent.com/'))) {
    throw new RejectedMessageError('拒绝：消息不是来自腾讯云控制台页面中的扩展脚本');
  }
  if (rule === 'miit-content-script' && (sender.tab?.id == null || !url.startsWith(MIIT_PAGE_PREFIX))) {
    throw new RejectedMessageError('拒绝：消息不是来自工信部备案系统页面中的扩展脚本');
  }
}

/** The tab a panel frame lives in; panels only ever act on their own tab. */
export function tabOfPanel(sender: Sender): number {
  checkSender(sender, 'extension-page');
  const tabId = sender.tab?.id;
  if (tabId == null) throw new RejectedMessageError('拒绝：面板不在控制台标签页中');
  return tabId;
}
