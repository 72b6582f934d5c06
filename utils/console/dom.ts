/**
 * Reading tea-component controls without depending on the class prefix (`tea-`, `app-beian-`, or any other): classes
 * are matched by their suffix (`…-dropdown__header`). Form items, labels and text inputs are read by the shared
 * helpers in `@/utils/page/dom`, re-exported here for the rest of the adapter.
 */
import {
  byClass,
  firstByClass,
  hasClass,
  isHidden,
  textInputs as textInputsNow,
  textOf,
} from '@/utils/page/dom';
import type { ControlKind, FieldValue } from './types';

export {
  byClass,
  closestItem,
  firstByClass,
  hasClass,
  isFormItem,
  isHidden,
  ITEM_SELECTOR,
  itemParts,
  labelText,
  textOf,
  textReader,
  type ItemParts,
} from '@/utils/page/dom';

const CHOICE_INPUTS = 'input[type=radio],input[type=checkbox]';

/**
 * While the page is read (`duringReading`), a box's text inputs, choices and date inputs are looked up once: its kind,
 * its value and whether it is disabled each ask for them, and the page does not change in between. Outside a reading
 * (the drivers, which change the page between lookups) every call looks afresh.
 */
let readingLookups: Map<unknown, WeakMap<Element, unknown>> | null = null;

export function duringReading<T>(read: () => T): T {
  readingLookups = new Map();
  try {
    return read();
  } finally {
    readingLookups = null;
  }
}

function onceWhileReading<T>(look: (box: Element) => T): (box: Element) => T {
  return (box) => {
    if (!readingLookups) return look(box);
    let found = readingLookups.get(look) as WeakMap<Element, T> | undefined;
    if (!found) readingLookups.set(look, (found = new WeakMap()));
    if (!found.has(box)) found.set(box, look(box));
    return found.get(box)!;
  };
}

/** Text inputs the user types into (see `@/utils/page/dom`); the list is shared while reading, not to be changed. */
export const textInputs = onceWhileReading(textInputsNow);

export const OVERLAY_ROOT = '#tea-overlay-root';

/** A steps bar's items: the wizard's (提交初审 → …) and an order's stage strip are both drawn with one. */
export const STEP_ITEMS = ['-step__item', '-steps__item', 'step-item', 'steps-item'];
const CURRENT_STEP = ['is-current', 'is-process', 'is-active', '-process', '--current', '--active'];

export function isCurrentStep(item: Element): boolean {
  const aria = item.getAttribute('aria-current');
  return hasClass(item, ...CURRENT_STEP) || aria === 'step' || aria === 'true';
}

/** A step item's title element, if it has one apart from its number and description. */
export const stepTitleOf = (item: Element): Element | null => firstByClass(item, '-step__title', '-steps__title', 'step-title', 'steps-item-title');

export function isRequired(item: Element, label: Element | null): boolean {
  return hasClass(item, 'is-required') || (label !== null && (hasClass(label, 'is-required') || /\*/.test(label.textContent ?? '')));
}

export const dateInputs = onceWhileReading((box: Element): HTMLInputElement[] => [
  ...new Set(byClass(box, 'datepicker', 'date-picker', 'rangepicker').flatMap((picker) => [...picker.querySelectorAll<HTMLInputElement>('input')])),
]);

export function dropdownOf(box: Element): Element | null {
  return box.querySelector('select') ?? firstByClass(box, '-dropdown', '-select') ?? firstByClass(box, '-dropdown__header');
}

/** Every separate dropdown of an item (省 / 市 / 区 may be three of them instead of a cascader). */
export function dropdownsOf(box: Element): Element[] {
  const roots = [...box.querySelectorAll('select'), ...byClass(box, '-dropdown', '-select')];
  return roots.filter((el, i) => !roots.some((other, j) => j !== i && other.contains(el)));
}

export function cascaderOf(box: Element): Element | null {
  return firstByClass(box, '-cascader');
}

export interface ChoiceOption {
  text: string;
  /** The element to click. */
  target: HTMLElement;
  checked: boolean;
  disabled: boolean;
}

/** Radios, checkboxes and segment buttons with their visible texts. */
export const choiceOptions = onceWhileReading((box: Element): ChoiceOption[] => {
  const inputs = [...box.querySelectorAll<HTMLInputElement>(CHOICE_INPUTS)].map((input) => {
    const holder = input.closest('label') ?? firstAncestorByClass(input, box, 'form-check') ?? input.parentElement!;
    const text = holder.contains(input) && holder !== input ? textOf(holder) : '';
    return { text: text || (input.labels?.[0] ? textOf(input.labels[0]) : ''), target: input, checked: input.checked, disabled: input.disabled };
  });
  const segments = [...box.querySelectorAll<HTMLElement>('[role=radio]:not(input),[class*="-segment"] button')].map((button) => ({
    text: textOf(button),
    target: button,
    checked: button.getAttribute('aria-checked') === 'true' || hasClass(button, 'is-selected'),
    disabled: (button as HTMLButtonElement).disabled === true,
  }));
  return [...inputs, ...segments];
});

function firstAncestorByClass(el: Element, stop: Element, suffix: string): Element | null {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (hasClass(p, suffix)) return p;
  return null;
}

export function hasInput(box: Element, type: 'radio' | 'checkbox'): boolean {
  return box.querySelector(`input[type=${type}]`) !== null || (type === 'radio' && box.querySelector('[role=radio],[class*="-segment"]') !== null);
}

const LONG_TERM = /^长期/;

/** What a field's label says its answer looks like; it settles items that hold more than one kind of control. */
export type Expectation = 'text' | 'list' | 'any';

export function controlKind(box: Element, expects: Expectation): ControlKind {
  const texts = textInputs(box);
  const textKind = () => (texts[0] instanceof HTMLTextAreaElement ? 'textarea' : 'text');
  if (expects === 'text' && texts.length > 0) return textKind();
  if (box.querySelector('input[type=file]') && texts.length === 0 && !dropdownOf(box)) return 'upload';
  if (cascaderOf(box)) return 'cascader';
  const dates = dateInputs(box);
  if (hasInput(box, 'radio')) {
    if (choiceOptions(box).some((o) => LONG_TERM.test(o.text))) return 'validity';
    if (dates.length === 0) return 'radio';
  }
  if (dates.length > 0) return 'date';
  if (dropdownOf(box)) return 'select';
  const checks = box.querySelectorAll('input[type=checkbox]').length;
  if (checks > 1 || (checks === 1 && expects === 'list')) return 'checkbox-group';
  if (checks === 1) return 'checkbox';
  if (texts.length > 0) return textKind();
  return 'readonly';
}

const PLACEHOLDER = /^请(选择|输入)/;

function dropdownValue(box: Element): string | null {
  const native = box instanceof HTMLSelectElement ? box : box.querySelector('select');
  if (native) return native.selectedIndex >= 0 && native.value !== '' ? (native.options[native.selectedIndex]?.text ?? null) : null;
  const valueEl = firstByClass(box, '-dropdown__value', '-select__value', '-dropdown__header') ?? dropdownOf(box);
  if (!valueEl) return null;
  const text = textOf(valueEl, 'i,svg,[class*="text-weak"],[class*="placeholder"]');
  return text && !PLACEHOLDER.test(text) ? text : null;
}

export function cascaderValue(box: Element): string[] | null {
  const valueEl = firstByClass(box, '-cascader__value');
  const input = cascaderOf(box)?.querySelector('input');
  const text = (valueEl ? textOf(valueEl) : '') || input?.value || '';
  if (!text || PLACEHOLDER.test(text)) return null;
  return text.split(/\s*[/／>]\s*/).filter(Boolean);
}

/**
 * What a control currently holds. `part` picks the start (`from`) or end (`to`) date of a range; `dates` is where a
 * 长期/非长期 choice's date pickers are when they sit in a form item of their own.
 */
export function readValue(box: Element, kind: ControlKind, part: 'from' | 'to' | null = null, dates: Element = box): FieldValue {
  switch (kind) {
    case 'text':
    case 'textarea':
      return textInputs(box)[0]?.value ?? null;
    case 'select': {
      const several = dropdownsOf(box);
      if (several.length < 2) return dropdownValue(box);
      const values = several.map(dropdownValue);
      return values.some((v) => v !== null) ? values.map((v) => v ?? '') : null;
    }
    case 'cascader':
      return cascaderValue(box);
    case 'radio':
      return choiceOptions(box).find((o) => o.checked)?.text ?? null;
    case 'checkbox':
      return choiceOptions(box)[0]?.checked ?? false;
    case 'checkbox-group':
      return choiceOptions(box).filter((o) => o.checked).map((o) => o.text);
    case 'date':
      return dateValue(pickDate(dateInputs(box), part), part);
    case 'validity': {
      const chosen = choiceOptions(box).find((o) => o.checked)?.text;
      if (chosen === undefined) return null;
      if (LONG_TERM.test(chosen)) return '长期';
      return dateValue(pickDate(dateInputs(dates), part), part) ?? '';
    }
    case 'readonly': {
      const text = textOf(firstByClass(box, '-form__text') ?? box);
      return text || null;
    }
    case 'upload':
      return null;
  }
}

/** A date as a picker may show it (2020-01-01, 2020/1/1, 2020年1月1日), read as the profile's YYYY-MM-DD. */
const SHOWN_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/g;

/** A date input's value; a range picker with one input (tea ≤ 2.7) shows "start ~ end" in it. */
export function dateValue(input: HTMLInputElement | undefined, part: 'from' | 'to' | null): string | null {
  if (!input) return null;
  const dates = [...input.value.matchAll(SHOWN_DATE)].map(([, y, m, d]) => `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`);
  return dates[part === 'to' && dates.length > 1 ? 1 : 0] ?? input.value;
}

export function pickDate(inputs: HTMLInputElement[], part: 'from' | 'to' | null): HTMLInputElement | undefined {
  return part === 'from' ? inputs[0] : inputs[inputs.length - 1];
}

export function isDisabled(box: Element, kind: ControlKind): boolean {
  if (kind === 'readonly' || kind === 'upload') return true;
  if (kind === 'text' || kind === 'textarea') {
    const input = textInputs(box)[0];
    return !input || input.disabled || input.readOnly;
  }
  if (kind === 'radio' || kind === 'checkbox' || kind === 'checkbox-group' || kind === 'validity') {
    const options = choiceOptions(box);
    return options.length > 0 && options.every((o) => o.disabled);
  }
  const control = kind === 'cascader' ? cascaderOf(box) : kind === 'select' ? dropdownOf(box) : dateInputs(box)[0];
  return !control || hasClass(control, 'is-disabled') || control.hasAttribute('disabled');
}

/** Fixed text in front of a text input (an input-group addon), which the profile value may repeat. */
export function addonText(box: Element): string | null {
  const addon = byClass(box, 'addon', '__prefix').find((el) => !el.querySelector('input'));
  const text = addon ? textOf(addon) : '';
  return text || null;
}

/** Clickable elements whose visible text matches. */
export function buttonsMatching(root: ParentNode, pattern: RegExp): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button,[role=button],a')].filter(
    (el) => pattern.test(textOf(el, 'svg,style')) && !(el as HTMLButtonElement).disabled && !isHidden(el),
  );
}
