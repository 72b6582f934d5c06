/**
 * The current step's form structure for drift reports: labels, control kinds, class names, option texts, stepper
 * and card titles. No input value and no other page text is read, and anything shaped like an ID, phone number,
 * e-mail address or domain is masked, so the file can be shared and dropped into test/fixtures/console/.
 */
import { byClass, cascaderOf, choiceOptions, DATE_PICKERS, dateInputs, dropdownOf, firstByClass, hasClass, isHidden, textInputs, textOf } from './dom';
import type { Detection, DetectedField } from './detect';
import { formRoot } from './detect';
import type { ControlKind, OrderObservation, OrderStructure, PageKind, PageStructure, StructureBlock, StructureControl, StructureItem } from './types';

const MASK = '＊＊＊';
const SENSITIVE = [
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail
  /(?<![A-Za-z])[0-9A-HJ-NP-Z]{18}(?![A-Za-z0-9])/g, // unified social credit code
  /\d[\d-]{4,}[\dXx]?/g, // ID numbers, phone numbers, order numbers
  /(?<![\w-])([a-z0-9-]+\.)+[a-z]{2,}(?![\w-])/gi, // domains
];

export function maskPersonal(text: string): string {
  return SENSITIVE.reduce((out, re) => out.replace(re, MASK), text);
}

const describe = (kind: ControlKind, el: Element | null | undefined, extra: Partial<StructureControl> = {}): StructureControl => ({
  kind,
  tag: el?.tagName.toLowerCase() ?? 'div',
  className: typeof el?.className === 'string' ? el.className : '',
  inputType: el instanceof HTMLInputElement ? el.type : null,
  placeholder: el?.getAttribute('placeholder') ? maskPersonal(el.getAttribute('placeholder')!) : null,
  options: [],
  disabled: el?.hasAttribute('disabled') === true || (el ? hasClass(el, 'is-disabled') : false),
  ...extra,
});

function pickerOf(input: Element): Element {
  for (let el = input.parentElement; el; el = el.parentElement) if (hasClass(el, ...DATE_PICKERS)) return el;
  return input;
}

function controlsOf(field: DetectedField): StructureControl[] {
  const box = field.controls;
  const options = () => choiceOptions(box).map((o) => maskPersonal(o.text));
  const dates = () => dateInputs(box).map((input) => describe('date', pickerOf(input), { placeholder: null }));
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return [describe(field.kind, textInputs(box)[0])];
    case 'select':
      return [describe('select', dropdownOf(box))];
    case 'cascader':
      return [describe('cascader', cascaderOf(box))];
    case 'radio':
    case 'checkbox':
    case 'checkbox-group':
      return [describe(field.kind, firstByClass(box, 'check-group') ?? box.querySelector('input'), { options: options() })];
    case 'validity':
      return [describe('radio', firstByClass(box, 'check-group'), { options: options() }), ...dates()];
    case 'date':
      return dates();
    case 'upload':
      return [describe('upload', box.querySelector('input[type=file]'))];
    case 'readonly':
      return [describe('readonly', firstByClass(box, '-form__text'))];
  }
}

function describeItem(field: DetectedField): StructureItem {
  const labelEl = byClass(field.item, 'form__label', 'form-item-label')[0];
  return {
    label: maskPersonal(field.label),
    required: field.required,
    itemClass: field.item === field.controls ? '' : String(field.item.className),
    labelClass: labelEl ? String(labelEl.className) : '',
    controlsClass: field.controls === field.item ? '' : String(field.controls.className),
    controls: controlsOf(field),
  };
}

/** Labels, signal classes and stage texts of the orders a page shows; values are left out, texts masked. */
function orderStructures(orders: readonly OrderObservation[]): OrderStructure[] {
  return orders.map((order) => ({
    source: order.source,
    labels: order.labels.map(maskPersonal),
    signals: order.signals.map(({ kind, className, text, stage, confidence }) => ({ kind, className, text: maskPersonal(text), stage, confidence })),
    stage: order.stage,
  }));
}

export function exportStructure(doc: Document, detection: Detection, page: { kind: PageKind; orders: readonly OrderObservation[] }): PageStructure {
  const blocks: StructureBlock[] = [];
  const seen = new Set<Element>();
  let block: StructureBlock | null = null;
  let blockTitle: Element | null = null;
  // The start date of a from–to pair is part of its item's description.
  for (const field of detection.fields.filter((f) => f.part !== 'from')) {
    if (seen.has(field.item)) continue;
    seen.add(field.item);
    if (!block || field.title !== blockTitle) {
      blockTitle = field.title;
      block = { title: field.title ? maskPersonal(textOf(field.title)) : null, items: [] };
      blocks.push(block);
    }
    block.items.push(describeItem(field));
  }
  const root = formRoot(doc);
  const itemClass = [...(detection.fields[0]?.item.classList ?? [])].find((c) => c.endsWith('-form__item'));
  const actions = [...root.querySelectorAll('button')]
    .filter((b) => !b.closest('[class*="form__item"]') && !isHidden(b))
    .map((b) => maskPersonal(textOf(b, 'svg,style')))
    .filter((t, i, all) => t && all.indexOf(t) === i);
  const { snapshot } = detection;
  return {
    format: 'beian-helper.console-structure',
    version: 1,
    path: maskPersonal(snapshot.path),
    pageKind: page.kind,
    orders: orderStructures(page.orders),
    prefix: itemClass ? itemClass.slice(0, -'-form__item'.length) : 'tea',
    stepTitles: snapshot.stepTitles.map(maskPersonal),
    currentStep: snapshot.stepTitle ? snapshot.stepTitles.indexOf(snapshot.stepTitle) : -1,
    heading: snapshot.stepTitle && !snapshot.stepTitles.includes(snapshot.stepTitle) ? maskPersonal(snapshot.stepTitle) : null,
    blocks,
    actions,
  };
}
