/**
 * Reading tea-component controls without depending on the class prefix (`tea-`, `app-beian-`, or any other): classes
 * are matched by their suffix (`…-dropdown__header`). Form items and labels are read by the shared helpers in
 * `@/utils/page/dom`, re-exported here for the rest of the adapter.
 */
import { firstByClass, hasClass, isHidden, isTypedInput, TEXT_INPUT_PICKERS, textOf } from '@/utils/page/dom';
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

/**
 * While the page is read (`duringReading`), a box is walked once: its kind, its value and whether it is disabled each
 * ask for what it holds, and the page does not change in between. Outside a reading (the drivers, which change the page
 * between lookups) every call looks afresh.
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
  return hasClass(item, 'is-required') || (label !== null && (hasClass(label, 'is-required') || /\*/.test(label.textContent!)));
}

/**
 * What a control box holds, from one walk over it: a step change brings new elements, and the first touch of each costs
 * several times a later one, so a box is walked once instead of queried once per control kind (#22). In document order,
 * the box itself included where the class lookups it replaces (`firstByClass`, `byClass`) included it.
 */
export interface BoxAnatomy {
  /** Text inputs the user types into (see `@/utils/page/dom`). */
  textInputs: TypedInput[];
  /** Radios and checkboxes. */
  choiceInputs: HTMLInputElement[];
  /** Segment buttons and non-input `role=radio` elements. */
  segments: HTMLElement[];
  /** A radio, a `role=radio` or a segment control below the box. */
  radioLike: boolean;
  checkboxCount: number;
  fileInput?: HTMLInputElement;
  /** Inputs of date and range pickers. */
  dateInputs: HTMLInputElement[];
  /** The box when it is a native select, else the first one below it. */
  select?: HTMLSelectElement;
  /** Dropdowns: native selects and `…-dropdown` / `…-select` elements, outermost only, selects first. */
  dropdowns: Element[];
  dropdownHeader?: Element;
  /** Where a dropdown shows its value. */
  dropdownValue?: Element;
  cascader?: Element;
  cascaderValue?: Element;
  formText?: Element;
  addons: Element[];
  /** Class tokens of the first few inputs and classed elements below the box, for semantic class names. */
  leadingClasses: string[];
}

type TypedInput = HTMLInputElement | HTMLTextAreaElement;

/** Class fragments any role below is told by; an element whose class holds none of them is only walked through. */
const ROLE_FRAGMENTS = /picker|cascader|dropdown|select|form__text|addon|__prefix|-segment/;
export const DATE_PICKERS = ['datepicker', 'date-picker', 'rangepicker'];
const DROPDOWNS = ['-dropdown', '-select'];
/** The first element of each of these parts, by the endings of its class names. */
const FIRST_PARTS: ['dropdownHeader' | 'dropdownValue' | 'cascader' | 'cascaderValue' | 'formText', string[]][] = [
  ['dropdownHeader', ['-dropdown__header']],
  ['dropdownValue', ['-dropdown__value', '-select__value', '-dropdown__header']],
  ['cascader', ['-cascader']],
  ['cascaderValue', ['-cascader__value']],
  ['formText', ['-form__text']],
];
const LEADING_CLASS_ELEMENTS = 8;

const endsWithAny = (tokens: string[], suffixes: string[]) => tokens.some((t) => suffixes.some((s) => t.endsWith(s)));
const tokensOf = (cls: string) => cls.split(/\s+/).filter(Boolean);

function walkBox(box: Element): BoxAnatomy {
  const a: BoxAnatomy = {
    textInputs: [],
    choiceInputs: [],
    segments: [],
    radioLike: false,
    checkboxCount: 0,
    dateInputs: [],
    dropdowns: [],
    addons: [],
    leadingClasses: [],
  };
  let leading = 0;
  // Native selects are listed before classed dropdowns, as the lookups this replaces listed them.
  const outerSelects: Element[] = [];
  const classedDropdowns: Element[] = [];
  /** `inPicker`: below a cascader, dropdown or date picker (no typing there); `inDate`: below a date picker. */
  const visit = (el: Element, isBox: boolean, inPicker: boolean, inDate: boolean, inSegment: boolean, inDropdown: boolean): void => {
    const tag = el.localName;
    const cls = el.getAttribute('class');
    if (!isBox && leading < LEADING_CLASS_ELEMENTS && (cls !== null || tag === 'input' || tag === 'textarea')) {
      leading++;
      if (cls) a.leadingClasses.push(...tokensOf(cls));
    }
    if (cls && ROLE_FRAGMENTS.test(cls)) {
      const tokens = tokensOf(cls);
      const segment = cls.includes('-segment');
      a.radioLike ||= segment && !isBox;
      inSegment ||= segment;
      inPicker ||= endsWithAny(tokens, TEXT_INPUT_PICKERS);
      inDate ||= endsWithAny(tokens, DATE_PICKERS);
      if (endsWithAny(tokens, DROPDOWNS)) {
        if (!inDropdown) classedDropdowns.push(el);
        inDropdown = true;
      }
      for (const [part, suffixes] of FIRST_PARTS) if (!a[part] && endsWithAny(tokens, suffixes)) a[part] = el;
      if (endsWithAny(tokens, ['addon', '__prefix'])) a.addons.push(el);
    }
    if (!isBox) {
      const radioRole = el.getAttribute('role') === 'radio';
      if (radioRole) a.radioLike = true;
      if (tag === 'input' || tag === 'textarea') {
        const input = el as TypedInput;
        const type = input.type;
        if (type === 'radio' || type === 'checkbox') {
          a.choiceInputs.push(input as HTMLInputElement);
          if (type === 'radio') a.radioLike = true;
          else a.checkboxCount++;
        } else if (type === 'file') a.fileInput ??= input as HTMLInputElement;
        else if (!inPicker && isTypedInput(input)) a.textInputs.push(input);
        if (inDate) a.dateInputs.push(input as HTMLInputElement);
        return;
      }
      if (radioRole || (inSegment && tag === 'button')) a.segments.push(el as HTMLElement);
    }
    if (tag === 'select') {
      a.select ??= el as HTMLSelectElement;
      if (!isBox && !inDropdown) outerSelects.push(el);
      return; // an option holds nothing to read
    }
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) visit(child, false, inPicker, inDate, inSegment, inDropdown);
  };
  visit(box, true, false, false, false, false);
  a.dropdowns = [...outerSelects, ...classedDropdowns];
  return a;
}

/** While the page is read, one walk per box; outside a reading (the drivers), a walk per call. */
export const anatomyOf = onceWhileReading(walkBox);

/** Text inputs the user types into; the list is shared while reading, not to be changed. */
export const textInputs = (box: Element): TypedInput[] => anatomyOf(box).textInputs;

export const dateInputs = (box: Element): HTMLInputElement[] => anatomyOf(box).dateInputs;

export function dropdownOf(box: Element): Element | null {
  const { select, dropdowns, dropdownHeader } = anatomyOf(box);
  // Without a native select the first dropdown is a classed one.
  return select ?? dropdowns[0] ?? dropdownHeader ?? null;
}

/** Every separate dropdown of an item (省 / 市 / 区 may be three of them instead of a cascader). */
export const dropdownsOf = (box: Element): Element[] => anatomyOf(box).dropdowns;

export const cascaderOf = (box: Element): Element | null => anatomyOf(box).cascader ?? null;

export interface ChoiceOption {
  text: string;
  /** The element to click. */
  target: HTMLElement;
  checked: boolean;
  disabled: boolean;
}

/** Radios, checkboxes and segment buttons with their visible texts. */
export const choiceOptions = onceWhileReading((box: Element): ChoiceOption[] => {
  const { choiceInputs, segments } = anatomyOf(box);
  const inputs = choiceInputs.map((input) => {
    // An ancestor of the input, so its text is the option's own.
    const holder = input.closest('label') ?? firstAncestorByClass(input, box, 'form-check') ?? input.parentElement!;
    const text = textOf(holder) || (input.labels?.[0] ? textOf(input.labels[0]) : '');
    return { text, target: input, checked: input.checked, disabled: input.disabled };
  });
  const buttons = segments.map((button) => ({
    text: textOf(button),
    target: button,
    checked: button.getAttribute('aria-checked') === 'true' || hasClass(button, 'is-selected'),
    disabled: (button as HTMLButtonElement).disabled === true,
  }));
  return [...inputs, ...buttons];
});

function firstAncestorByClass(el: Element, stop: Element, suffix: string): Element | null {
  for (let p = el.parentElement; p && p !== stop; p = p.parentElement) if (hasClass(p, suffix)) return p;
  return null;
}

/** The choice of a validity without an end date (长期, 长期有效). */
export const LONG_TERM = /^长期/;

/** What a field's label says its answer looks like; it settles items that hold more than one kind of control. */
export type Expectation = 'text' | 'list' | 'any';

export function controlKind(box: Element, expects: Expectation): ControlKind {
  const { textInputs: texts, fileInput, cascader, dateInputs: dates, radioLike, checkboxCount: checks } = anatomyOf(box);
  const textKind = () => (texts[0] instanceof HTMLTextAreaElement ? 'textarea' : 'text');
  if (expects === 'text' && texts.length > 0) return textKind();
  if (fileInput && texts.length === 0 && !dropdownOf(box)) return 'upload';
  if (cascader) return 'cascader';
  if (radioLike) {
    if (choiceOptions(box).some((o) => LONG_TERM.test(o.text))) return 'validity';
    if (dates.length === 0) return 'radio';
  }
  if (dates.length > 0) return 'date';
  if (dropdownOf(box)) return 'select';
  if (checks > 1 || (checks === 1 && expects === 'list')) return 'checkbox-group';
  if (checks === 1) return 'checkbox';
  if (texts.length > 0) return textKind();
  return 'readonly';
}

const PLACEHOLDER = /^请(选择|输入)/;

function dropdownValue(box: Element): string | null {
  const { select: native, dropdownValue: shown } = anatomyOf(box);
  if (native) return native.selectedIndex >= 0 && native.value !== '' ? (native.options[native.selectedIndex]?.text ?? null) : null;
  const valueEl = shown ?? dropdownOf(box);
  if (!valueEl) return null;
  const text = textOf(valueEl, 'i,svg,[class*="text-weak"],[class*="placeholder"]');
  return text && !PLACEHOLDER.test(text) ? text : null;
}

export function cascaderValue(box: Element): string[] | null {
  const { cascaderValue: valueEl, cascader } = anatomyOf(box);
  const input = cascader?.querySelector('input');
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
      const text = textOf(anatomyOf(box).formText ?? box);
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
  const addon = anatomyOf(box).addons.find((el) => !el.querySelector('input'));
  const text = addon ? textOf(addon) : '';
  return text || null;
}

/** Clickable elements whose visible text matches. */
export function buttonsMatching(root: ParentNode, pattern: RegExp): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button,[role=button],a')].filter(
    (el) => pattern.test(textOf(el, 'svg,style')) && !(el as HTMLButtonElement).disabled && !isHidden(el),
  );
}
