/**
 * Reading form markup of component libraries (tea, Element, …) without depending on a class prefix: classes are
 * matched by their suffix (`…-form__item`, `el-form-item__label`). Shared by the console and MIIT adapters.
 */
import { normaliseLabel } from './text';

/** Elements whose class attribute contains one of `suffixes` anywhere; `hasClass` tells those with a class ending in it. */
export const classSelector = (suffixes: string[]) => suffixes.map((s) => `[class*="${s}"]`).join(',');

/** Elements under `root` (itself included) with a class token ending in one of `suffixes`. */
export function byClass(root: ParentNode, ...suffixes: string[]): Element[] {
  const selector = classSelector(suffixes);
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  return found.filter((el) => hasClass(el, ...suffixes));
}

export function firstByClass(root: ParentNode, ...suffixes: string[]): Element | null {
  if (root instanceof Element && hasClass(root, ...suffixes)) return root;
  // The first element whose class contains a suffix usually ends with it too (not so …-form__label-wrap): then the rest
  // of the subtree is never searched.
  const first = root.querySelector(classSelector(suffixes));
  return !first || hasClass(first, ...suffixes) ? first : (byClass(root, ...suffixes)[0] ?? null);
}

export function hasClass(el: Element, ...suffixes: string[]): boolean {
  // Most elements asked about (ancestors walked from an event target) carry none of the suffixes anywhere in their
  // class attribute: that is told without splitting it into tokens.
  const attribute = el.getAttribute('class');
  if (!attribute || !suffixes.some((s) => attribute.includes(s))) return false;
  for (const token of el.classList) if (suffixes.some((s) => token.endsWith(s))) return true;
  return false;
}

const ITEM_SUFFIXES = ['-form__item', 'form-item'];
export const ITEM_SELECTOR = classSelector(ITEM_SUFFIXES);

export function isFormItem(el: Element): boolean {
  return hasClass(el, ...ITEM_SUFFIXES);
}

export function closestItem(node: Node | null): Element | null {
  let el = node instanceof Element ? node : (node?.parentElement ?? null);
  while (el && !isFormItem(el)) el = el.parentElement;
  return el;
}

/** Hidden by CSS, or the select's off-screen measuring box. */
export function isHidden(el: Element): boolean {
  if (el.closest('[style*="-9999px"]')) return true;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el) : el.closest('[hidden],[style*="display: none"],[style*="display:none"]') !== null;
}

/** Icons, tips bubbles and help texts that may sit inside a label but are not part of its wording. */
const LABEL_NOISE =
  'i,svg,button,style,script,template,[class*="icon"],[class*="tips"],[class*="help"],[class*="bubble"],[class*="tooltip"],[role="tooltip"],[class*="popover"],[class*="extra"],[class*="__count"]';

export function textOf(el: Element, skip = LABEL_NOISE): string {
  // Nothing to skip (most cells and labels): the text is the element's own, in one native call.
  if (el.querySelector(skip) === null) return squashSpaces(el.textContent!);
  let out = '';
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(skip)) walk(child);
    }
  };
  walk(el);
  return squashSpaces(out);
}

const squashSpaces = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * `textOf` for many elements inside `scope` (a row's cells): one query finds where the parts to skip are, so an
 * element holding none is read in one native call instead of being searched first.
 */
export function textReader(scope: Element, skip = LABEL_NOISE): (el: Element) => string {
  const holders = new Set<Element>();
  const top = scope.parentElement;
  for (const part of scope.querySelectorAll(skip)) {
    // Up to the scope only: nothing outside it is read through this reader.
    for (let up = part.parentElement; up && up !== top && !holders.has(up); up = up.parentElement) holders.add(up);
  }
  return (el) => (holders.has(el) ? textOf(el, skip) : squashSpaces(el.textContent!));
}

export interface ItemParts {
  label: Element | null;
  controls: Element;
}

/** A part of a form item: most libraries render it as the item's own child (tea, Element), found without a search. */
const partOf = (item: Element, ...suffixes: string[]) => [...item.children].find((child) => hasClass(child, ...suffixes)) ?? firstByClass(item, ...suffixes);

export function itemParts(item: Element): ItemParts {
  const label =
    partOf(item, 'form__label', 'form-item-label', 'form-item__label') ??
    [...item.querySelectorAll('label')].find((l) => !l.querySelector('input,textarea,select') && !hasClass(l, 'check')) ??
    null;
  const controls = partOf(item, 'form__controls', 'form-item-control', 'form-item__control') ?? item;
  return { label, controls };
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const NOT_TYPED = ['radio', 'checkbox', 'file', 'hidden', 'button', 'submit'];
export const isTypedInput = (el: TextControl): boolean => !NOT_TYPED.includes(el.type);
/** Class endings of controls whose inner input is not typed into: a cascader's, a select's, a date picker's. */
export const TEXT_INPUT_PICKERS = ['cascader', 'dropdown', 'select', 'datepicker', 'date-picker'];

/** Text inputs the user types into (not the cascader's or a select's inner input, not file inputs). */
export function textInputs(box: Element): TextControl[] {
  return [...box.querySelectorAll<TextControl>('input,textarea')].filter((el) => isTypedInput(el) && !inside(el, box, ...TEXT_INPUT_PICKERS));
}

function inside(el: Element, box: Element, ...suffixes: string[]): boolean {
  for (let p = el.parentElement; p && p !== box.parentElement; p = p.parentElement) if (hasClass(p, ...suffixes)) return true;
  return false;
}

export function labelText(label: Element | null): string {
  return label ? normaliseLabel(textOf(label)) : '';
}
