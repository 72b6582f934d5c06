/**
 * Typing into a page's inputs the way a user does, so the page's framework (React's value tracker, Vue's v-model)
 * notices: the native value setter, then bubbling `input` and `change` events. Shared by the console and MIIT adapters.
 */

/** Elements a user is composing into with an IME right now, per document. */
const composing = new WeakMap<Document, Set<EventTarget>>();

export function trackComposition(doc: Document): void {
  if (composing.has(doc)) return;
  const open = new Set<EventTarget>();
  composing.set(doc, open);
  doc.addEventListener('compositionstart', (e) => e.target && open.add(e.target), true);
  doc.addEventListener('compositionend', (e) => e.target && open.delete(e.target), true);
}

export function isComposing(el: Element): boolean {
  return composing.get(el.ownerDocument)?.has(el) ?? false;
}

/** Sets a text control the way React's value tracker notices, from the page world or an isolated one. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = el.ownerDocument.defaultView ?? globalThis;
  const proto =
    el instanceof view.HTMLTextAreaElement
      ? view.HTMLTextAreaElement.prototype
      : el instanceof view.HTMLSelectElement
        ? view.HTMLSelectElement.prototype
        : view.HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
  el.dispatchEvent(new view.Event('input', { bubbles: true }));
  el.dispatchEvent(new view.Event('change', { bubbles: true }));
}
