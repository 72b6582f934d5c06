/**
 * Reading and filling MIIT's SMS page, a Vue app with Element-style markup: `el-tabs__item` tab headers,
 * `el-form-item` rows with an `el-form-item__label` and an `el-input__inner` input, results as short-lived
 * `el-message` toasts, `el-alert`s, `el-message-box` or `el-dialog` popups. Values are typed the way a user types
 * (native setter + `input`), because v-model follows input events and ignores plain `.value` writes.
 */
import { classSelector, hasClass, isHidden, itemParts, ITEM_SELECTOR, labelText, textInputs, textOf } from '@/utils/page/dom';
import { isComposing, setNativeValue } from '@/utils/page/typing';
import { fieldOfLabel, MIIT_FIELD_LABELS, tabOfLabel, type MiitField, type MiitTab } from './labels';
import { classifyMiitMessage, type MiitResultCode } from './results';

export type MiitInputs = Partial<Record<MiitField, HTMLInputElement>>;

/** The visible inputs of the three fields, by label, else by placeholder (a form without labels). */
export function findFields(root: ParentNode): MiitInputs {
  const found: MiitInputs = {};
  for (const item of root.querySelectorAll(ITEM_SELECTOR)) {
    if (isHidden(item)) continue;
    const field = fieldOfLabel(labelText(itemParts(item).label));
    const input = textInputs(item).find((el) => el instanceof HTMLInputElement && !isHidden(el));
    if (field && input && !found[field]) found[field] = input as HTMLInputElement;
  }
  for (const input of root.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
    const field = fieldOfLabel(input.placeholder);
    if (field && !found[field] && !isHidden(input)) found[field] = input;
  }
  return found;
}

/** The tab shown now: the active Element tab header, else the only tab whose name the page shows. */
export function activeTab(root: ParentNode): MiitTab | null {
  const headers = [...root.querySelectorAll('[role=tab],[class*="tabs__item"]')].filter((el) => !isHidden(el));
  const active = headers.find((el) => el.getAttribute('aria-selected') === 'true' || hasClass(el, 'is-active'));
  return active ? tabOfLabel(textOf(active)) : null;
}

export interface VerifierValues {
  mobile: string;
  idLast6: string;
}

export interface MiitFillReport {
  /** Fields now holding the value (labels as the page names them). */
  filled: string[];
  /** Fields not found, or that did not take the value, with the reason. */
  problems: string[];
}

/** Types the verifier's mobile number and ID last six into the visible form. The SMS code is never touched. */
export function fillVerifier(root: ParentNode, values: VerifierValues): MiitFillReport {
  const inputs = findFields(root);
  const report: MiitFillReport = { filled: [], problems: [] };
  for (const field of ['mobile', 'idLast6'] as const) {
    const label = MIIT_FIELD_LABELS[field];
    const input = inputs[field];
    if (!input) report.problems.push(`页面上找不到「${label}」输入框`);
    else if (input.disabled || input.readOnly) report.problems.push(`「${label}」输入框不可编辑`);
    else if (isComposing(input)) report.problems.push(`「${label}」正在用输入法输入，已跳过`);
    else {
      setNativeValue(input, values[field]);
      if (input.value === values[field]) report.filled.push(label);
      else report.problems.push(`页面没有接受「${label}」的值`);
    }
  }
  return report;
}

export interface MiitResult {
  code: MiitResultCode;
  at: number;
}

/** Element's popups and notices, whatever the prefix: toasts, alerts, message boxes, dialogs, notifications. */
const MESSAGE_SUFFIXES = ['-message', '-message__content', '-message-box__message', '-alert', '-alert__title', '-dialog__body', '-notification'];
const MESSAGE_SELECTOR = `[role=alert],[role=alertdialog],${classSelector(MESSAGE_SUFFIXES)}`;

function isMessageBox(el: Element): boolean {
  const role = el.getAttribute('role');
  return role === 'alert' || role === 'alertdialog' || hasClass(el, ...MESSAGE_SUFFIXES);
}

function closestMessageBox(el: Element | null): Element | null {
  for (let p = el; p; p = p.parentElement) if (isMessageBox(p)) return p;
  return null;
}

/** The message boxes a changed node is, holds or sits in. */
function messageBoxes(node: Node): Element[] {
  const el = node instanceof Element ? node : node.parentElement;
  if (!el) return [];
  const boxes = [...el.querySelectorAll(MESSAGE_SELECTOR)].filter(isMessageBox);
  const holder = closestMessageBox(el);
  if (holder) boxes.unshift(holder);
  return boxes;
}

/**
 * Calls back once per result message the page shows. Toasts vanish after about 3 s, so messages are read when they
 * are inserted or their text changes (a reused dialog), not by polling. The same box showing the same text again
 * is not reported twice; a new toast with the same text (a second wrong try) is.
 */
export function watchResults(doc: Document, onResult: (result: MiitResult) => void): () => void {
  const seen = new WeakMap<Element, string>();
  const check = (box: Element) => {
    const text = textOf(box, 'i,svg,style,script,button');
    if (!text || seen.get(box) === text) return;
    seen.set(box, text);
    const code = classifyMiitMessage(text);
    // The inner content element and its toast both match: one result per toast.
    const outer = closestMessageBox(box.parentElement);
    if (code !== null && !(outer && seen.get(outer) === text)) onResult({ code, at: Date.now() });
  };
  const view = doc.defaultView ?? globalThis;
  const observer = new view.MutationObserver((mutations) => {
    const boxes = new Set<Element>();
    for (const mutation of mutations) {
      const nodes = mutation.type === 'childList' ? [mutation.target, ...mutation.addedNodes] : [mutation.target];
      for (const node of nodes) for (const box of messageBoxes(node)) boxes.add(box);
    }
    // Outermost first, so an inner box with the same text counts as already reported.
    [...boxes].sort((a, b) => (a.contains(b) ? -1 : b.contains(a) ? 1 : 0)).forEach(check);
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  return () => observer.disconnect();
}
