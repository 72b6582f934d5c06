/**
 * The page scripts' side of the one message map (`ProtocolMap` in messaging.ts). Every byte of a page script counts
 * (#22), so instead of carrying @webext-core/messaging (≈ 1 KB gzip with its error serialiser) they speak its wire
 * format directly: a request is `{ id, type, data, timestamp }`, the answer `{ res }` or `{ err }`. The extension
 * contexts keep the library; page-messaging.test.ts runs this module against the library's own side, so a library
 * update that changes the format fails there. A page script takes messages from the background only.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ProtocolMap } from './messaging';

type Sender = Browser.runtime.MessageSender;
type Type = keyof ProtocolMap;
type Payload<K extends Type> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends Type> = Awaited<ReturnType<ProtocolMap[K]>>;
type Handler = (data: unknown) => unknown;

interface WireRequest {
  type: string;
  data: unknown;
}
type WireAnswer = { res: unknown; err?: undefined } | { err: { name: string; message: string; stack: string } };

export const NOT_FROM_BACKGROUND = '拒绝：消息不是来自扩展后台';

/** The extension's background: our own id, no tab, and no URL or one on the extension's origin. */
export function isBackgroundSender(sender: Sender): boolean {
  const url = sender.url ?? '';
  return sender.id === browser.runtime.id && sender.tab == null && (url === '' || url.startsWith(browser.runtime.getURL('/')));
}

let nextId = Math.floor(Math.random() * 1e4);

/** Page script → background; rejects with the handler's error, as the library's `sendMessage` does. */
export async function sendToBackground<K extends Type>(type: K, data: Payload<K>): Promise<Answer<K>> {
  const answer = (await browser.runtime.sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as WireAnswer | undefined;
  if (!answer) throw new Error('No response');
  if (answer.err != null) throw Object.assign(new Error(answer.err.message), { name: answer.err.name });
  return answer.res as Answer<K>;
}

/** Messages whose payload is a list of items. */
type ListType = { [K in Type]: Payload<K> extends readonly unknown[] ? K : never }[Type];
type ItemOf<K extends ListType> = Payload<K> extends readonly (infer I)[] ? I : never;

/**
 * Page script → background for what the page reports on its own (its step, its orders): a report equal to the last one
 * of its kind is not sent again, as the receivers have it already (a console re-rendering the same step, a reading
 * forced by a clock). A report that fails to arrive is sent again next time; so is one of a kind that a receiver has
 * since read by other means (`forget`), as it may have seen something else in between.
 */
export interface Reporter {
  report<K extends Type>(type: K, data: Payload<K>): void;
  /**
   * For a list the receiver keeps item by item (the orders a list shows): only the items that differ from the last one
   * sent under the same key go, so a 100-row list where one order moved sends one order. (The receiver's last-seen time
   * of an order therefore moves when the page shows it changed, not on every reading.)
   */
  reportChanged<K extends ListType>(type: K, items: readonly ItemOf<K>[], keyOf: (item: ItemOf<K>) => string): void;
  forget(type: Type): void;
}

export function createReporter(): Reporter {
  const last = new Map<Type, string>();
  /** Per item key, the item last sent and its serialization: the same object again is unchanged without serializing it. */
  const lastItems = new Map<string, { item: unknown; serialized: string }>();
  return {
    report(type, data) {
      const serialized = JSON.stringify(data);
      if (last.get(type) === serialized) return;
      last.set(type, serialized);
      sendToBackground(type, data).catch(() => {
        if (last.get(type) === serialized) last.delete(type);
      });
    },
    reportChanged(type, items, keyOf) {
      const changed = items.flatMap((item) => {
        const key = `${type}\n${keyOf(item)}`;
        const previous = lastItems.get(key);
        if (previous?.item === item) return [];
        const sent = { item, serialized: JSON.stringify(item) };
        lastItems.set(key, sent);
        return previous?.serialized === sent.serialized ? [] : [{ key, sent }];
      });
      if (changed.length === 0) return;
      sendToBackground(type, changed.map((c) => c.sent.item) as unknown as Payload<typeof type>).catch(() => {
        for (const { key, sent } of changed) if (lastItems.get(key) === sent) lastItems.delete(key);
      });
    },
    forget: (type) => void last.delete(type),
  };
}

const handlers = new Map<string, Handler>();

function onWireMessage(message: unknown, sender: Sender): Promise<WireAnswer> | undefined {
  const handler = handlers.get((message as Partial<WireRequest> | null)?.type ?? '');
  if (!handler) return undefined;
  return (async () => {
    if (!isBackgroundSender(sender)) throw new Error(NOT_FROM_BACKGROUND);
    return handler((message as WireRequest).data);
  })().then(
    (res) => ({ res }),
    (error: Error) => ({ err: { name: error.name, message: error.message, stack: '' } }),
  );
}

/** Background → page script: one handler per type; the returned function removes it. */
export function onBackgroundMessage<K extends Type>(type: K, handler: (data: Payload<K>) => Answer<K> | Promise<Answer<K>>): () => void {
  if (handlers.size === 0) browser.runtime.onMessage.addListener(onWireMessage);
  handlers.set(type, handler as Handler);
  return () => {
    handlers.delete(type);
    if (handlers.size === 0) browser.runtime.onMessage.removeListener(onWireMessage);
  };
}
