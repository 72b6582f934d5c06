/**
 * Finds the wizard step and every form field on a console page, and names each field by profile path. Labels are
 * read with their card/section context: 证件号码 under 主体负责人 is `principal.certificateNumber`, under a website's
 * 负责人 it is `websites[i].principal.certificateNumber`.
 */
import {
  addonText,
  anatomyOf,
  buttonsMatching,
  byClass,
  choiceOptions,
  closestItem,
  controlKind,
  dateInputs,
  duringReading,
  hasClass,
  isDisabled,
  isFormItem,
  isCurrentStep,
  isHidden,
  isRequired,
  itemParts,
  ITEM_SELECTOR,
  labelText,
  OVERLAY_ROOT,
  readValue,
  STEP_ITEMS,
  stepTitleOf,
  textOf,
  type Expectation,
} from './dom';
import {
  ADD_SITE_BUTTON,
  EXPECTED_KEYS,
  isRangeLabel,
  profileKey,
  readLabel,
  readSemanticClass,
  resolveScope,
  sectionOfTitle,
  stepOfTitle,
  type LabelMeaning,
  type Scope,
} from './labels';
import { normaliseLabel } from './text';
import { parseFilingType } from '@/utils/orders/filing-types';
import type { ControlKind, FieldSnapshot, StepId, StepSnapshot } from './types';

/** What an item says about itself; reused while the item's signature (element count and text) stays the same. */
export interface ParsedItem {
  signature: string;
  label: string;
  meaning: LabelMeaning;
  kind: ControlKind;
  required: boolean;
  controls: Element;
  options: string[];
}

export interface DetectedField extends FieldSnapshot {
  item: Element;
  controls: Element;
  /** Which date of a from–to pair the field is. */
  part: 'from' | 'to' | null;
  /**
   * Where the field's date pickers are: its own controls, or, for a 长期/非长期 choice without a date of its own, the
   * controls of the item after it that asks for the same date (有效期截止日期, 证件有效期至, 证件有效期起止 …).
   */
  dates: Element;
  /** The card title the field was read under. */
  title: Element | null;
  siteIndex: number | null;
}

export interface Detection {
  snapshot: StepSnapshot;
  fields: DetectedField[];
  addSiteButton: HTMLElement | null;
}

export interface DetectOptions {
  ignoreSelector?: string;
  cache?: WeakMap<Element, ParsedItem>;
  /** The page's steps-bar items (`stepItemsOf`), when the caller just looked them up. */
  stepItems?: Element[];
}

const TEXT_LEAVES = new Set([
  'name',
  'certificateNumber',
  'certificateAddress',
  'mailingAddress',
  'investor',
  'remark',
  'officePhone',
  'mobile',
  'emergencyPhone',
  'email',
  'domain',
  'homepageUrl',
]);
const LIST_LEAVES = new Set(['serviceContent', 'languages', 'preApprovals']);

/** Card and section titles; the page is queried with the broader TITLE_CANDIDATES (fewer selectors to match). */
const TITLE_CLASS = /card__title|card__header|form__title|section__title|section-title|panel__title|block__title|group__title/;
const TITLE_CANDIDATES = 'h1,h2,h3,h4,h5,legend,[class*="__title"],[class*="__header"],[class*="section-title"]';
const isTitle = (el: Element) => /^(H[1-5]|LEGEND)$/.test(el.tagName) || TITLE_CLASS.test(el.getAttribute('class') ?? '');

export function formRoot(doc: Document): Element {
  return doc.querySelector('#container') ?? doc.body;
}

export function ignoredBy(ignoreSelector: string | undefined, within?: Element) {
  const selector = [OVERLAY_ROOT, ignoreSelector].filter(Boolean).join(',');
  const ignored = (el: Element) => el.closest(selector) !== null;
  // Asked only about elements under `within`: when nothing there is ours, nothing is looked up per element.
  return within && !ignored(within) && !within.querySelector(selector) ? () => false : ignored;
}

/** Changes when the item's markup or text changes (a date picker appears, a label is reworded, a value shown). */
function signatureOf(item: Element): string {
  return `${item.getElementsByTagName('*').length}:${item.textContent}`;
}

function parseItem(item: Element, signature: string): ParsedItem {
  const { label, controls } = itemParts(item);
  let text = labelText(label);
  let meaning = readLabel(text);
  const semantic = readSemanticClass(anatomyOf(controls).leadingClasses);
  if (semantic) meaning = semantic;
  if (meaning.role === 'unknown') {
    // A nested item ("开始日期" inside "证件有效期") reads with its group's label.
    const outer = closestItem(item.parentElement);
    const outerLabel = outer ? labelText(itemParts(outer).label) : '';
    if (outerLabel) {
      const combined = readLabel(outerLabel + text);
      meaning = combined.role !== 'unknown' ? combined : readLabel(outerLabel);
    }
  }
  const expects: Expectation = meaning.leaf && TEXT_LEAVES.has(meaning.leaf) ? 'text' : meaning.leaf && LIST_LEAVES.has(meaning.leaf) ? 'list' : 'any';
  let kind = controlKind(controls, expects);
  const options = kind === 'radio' || kind === 'checkbox' || kind === 'checkbox-group' || kind === 'validity' ? choiceOptions(controls).map((o) => o.text) : [];
  if (kind === 'checkbox' && options[0]) {
    // A lone checkbox is named by its own text (同主体负责人), whatever the row's label says.
    const own = readLabel(options[0]);
    if (own.role === 'profile' || !text) {
      meaning = own;
      text = normaliseLabel(options[0]);
    } else if (meaning.role === 'unknown') meaning = own;
  }
  if (kind === 'checkbox' && meaning.leaf && LIST_LEAVES.has(meaning.leaf)) kind = 'checkbox-group';
  return { signature, label: text, meaning, kind, required: isRequired(item, label), controls, options };
}

interface Title {
  el: Element;
  text: string;
  section: Scope | null;
  /** The part of the page the title introduces: its nearest ancestor holding form items. */
  scope: Element;
}

function readTitles(root: Element, ignored: (el: Element) => boolean, holdsItems: boolean): Title[] {
  const seen = new Set<Element>();
  const titles: Title[] = [];
  // A page without form items (an order list) gives every title the root as its scope: no climbing, whose every
  // step would search the whole list.
  for (const el of root.querySelectorAll(TITLE_CANDIDATES)) {
    // Cheapest first: most candidates that are no title are a control's header inside a form item.
    if (!isTitle(el) || el.closest(ITEM_SELECTOR) || el.closest('[class*="-step"]') || ignored(el) || isHidden(el)) continue;
    // A card title wrapping an <h3> counts once.
    if ([...seen].some((s) => s.contains(el))) continue;
    seen.add(el);
    const text = textOf(el);
    if (!text) continue;
    let scope: Element = holdsItems ? el : root;
    while (scope !== root && scope.parentElement && !scope.querySelector(ITEM_SELECTOR)) scope = scope.parentElement;
    // A title naming the order type (新增服务（原备案在腾讯云）) heads the whole wizard, not a website's section.
    titles.push({ el, text, section: parseFilingType(text) ? null : sectionOfTitle(text), scope });
  }
  return titles;
}

/** Every steps-bar item on the page, hidden ones included. */
export const stepItemsOf = (doc: Document): Element[] => byClass(doc.body, ...STEP_ITEMS);

function readStepper(stepItems: Element[]): { titles: string[]; current: number } {
  const items = stepItems.filter((el) => !isHidden(el));
  const titles = items.map((item) => textOf(stepTitleOf(item) ?? item).replace(/^\d+\s*/, ''));
  return { titles, current: items.findIndex(isCurrentStep) };
}

/** The step told by the fields themselves (when neither stepper nor heading says); read-only pages tell nothing. */
function stepFromFields(fields: DetectedField[]): StepId | null {
  const keys = fields.filter((f) => !f.disabled || f.kind === 'upload').map((f) => f.key ?? '');
  if (keys.some((k) => /^websites\[\d+\]\.(name|serviceContent|languages|remark)$/.test(k))) return 'website';
  if (keys.some((k) => k.startsWith('principal.'))) return 'subject';
  if (keys.some((k) => k === 'subject.region' || k === 'subject.type' || k.endsWith('.domain'))) return 'verify';
  return fields.some((f) => f.kind === 'upload') && fields.every((f) => f.kind === 'upload' || f.role !== 'profile') ? 'material' : null;
}

function stepFromPath(path: string): StepId | null {
  const match = /\/process\/\d+\/(verify|subject|website|material|review)\b/.exec(path);
  return (match?.[1] as StepId | undefined) ?? null;
}

/** Items in document order, standalone 同主体负责人 checkboxes included; wrappers holding other items are skipped. */
function collectItems(root: Element, candidates: Element[], ignored: (el: Element) => boolean): Element[] {
  const all = candidates.filter((el) => isFormItem(el));
  // In document order an element's descendants come right after it: an item wraps others when the next one is inside.
  const items = all.filter((el, i) => !(all[i + 1] && el.contains(all[i + 1]!)) && !ignored(el) && !isHidden(el));
  const loose = [...root.querySelectorAll('input[type=checkbox]')]
    .filter((input) => !input.closest(ITEM_SELECTOR) && !ignored(input))
    .map((input) => input.closest('label') ?? input.parentElement!)
    .filter((holder) => readLabel(textOf(holder)).leaf === 'sameAsPrincipal' && !isHidden(holder));
  if (loose.length === 0) return items;
  return [...items, ...loose].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

export function detect(doc: Document, opts: DetectOptions = {}): Detection {
  return duringReading(() => detectNow(doc, opts));
}

function detectNow(doc: Document, opts: DetectOptions): Detection {
  const root = formRoot(doc);
  const ignored = ignoredBy(opts.ignoreSelector, root);
  const path = doc.location?.pathname ?? '';
  const stepper = readStepper(opts.stepItems ?? stepItemsOf(doc));
  // An order's stage strip (提交初审 → 腾讯云审核 → …) is a stepper too, but not the wizard's.
  if (new Set(stepper.titles.map(stepOfTitle).filter(Boolean)).size < 3) Object.assign(stepper, { titles: [], current: -1 });
  const itemCandidates = [...root.querySelectorAll(ITEM_SELECTOR)];
  const titles = readTitles(root, ignored, itemCandidates.length > 0);
  const stepTitle = stepper.current >= 0 ? (stepper.titles[stepper.current] ?? null) : null;
  const pageHeadings = titles.filter((t) => /^H[12]$/.test(t.el.tagName) || hasClass(t.el, 'content-header'));
  const headingStep = pageHeadings.map((t) => stepOfTitle(t.text)).find((s) => s !== null) ?? null;
  let step = (stepTitle ? stepOfTitle(stepTitle) : null) ?? headingStep;

  const fields: DetectedField[] = [];
  const usedKeys = new Set<string>();
  let titleIndex = 0;
  let lastTitle: Element | null = null;
  let cue: Scope | null = null;
  // Where the previous field belonged, for pages without card titles: 负责人姓名 after 网站名称 is the website's.
  let flow: Scope | null = null;
  let siteIndex = -1;
  let siteGroup: Element | null = null;
  const siteLeaves = new Set<string>();
  // A 长期/非长期 choice whose item holds no date picker: the end date's own item after it is joined to it.
  let pendingValidity: DetectedField | null = null;

  for (const item of collectItems(root, itemCandidates, ignored)) {
    const signature = signatureOf(item);
    let parsed = opts.cache?.get(item);
    if (!parsed || parsed.signature !== signature || !item.contains(parsed.controls)) {
      parsed = parseItem(item, signature);
      opts.cache?.set(item, parsed);
    }
    while (titleIndex < titles.length && titles[titleIndex]!.el.compareDocumentPosition(item) & Node.DOCUMENT_POSITION_FOLLOWING) {
      titleIndex++;
    }
    const inScope = titles.slice(0, titleIndex).filter((t) => t.section && t.scope.contains(item));
    const title = inScope[inScope.length - 1] ?? null;
    const siteTitle = [...inScope].reverse().find((t) => t.section === 'site') ?? null;
    if ((title?.el ?? null) !== lastTitle) {
      lastTitle = title?.el ?? null;
      cue = null;
      flow = null;
    }

    const { meaning, kind } = parsed;
    let role = kind === 'upload' ? 'upload' : meaning.role;
    let key: string | null = null;
    let wantedKey: string | null = null;
    let index: number | null = null;
    if (role === 'profile') {
      let section = cue ?? title?.section ?? flow ?? (step === 'website' ? 'site' : null);
      // A plain 负责人 card inside a website block (or on the website step) is that website's 负责人.
      if (section === 'principal' && !cue && (siteTitle || step === 'website')) section = 'sitePrincipal';
      const scope = resolveScope(meaning, section);
      flow = scope;
      if (meaning.stated === 'principal' || meaning.stated === 'sitePrincipal' || meaning.stated === 'legal') cue = scope;
      if (!scope) role = 'console';
      else {
        if (scope === 'site' || scope === 'sitePrincipal') {
          const leaf = `${scope}.${meaning.leaf}`;
          // A website's 负责人 card without a website title of its own stays with the website before it.
          const group: Element | null = siteTitle?.el ?? siteGroup;
          // A new website card starts a new website; so does a field the current website already has.
          if (siteIndex < 0) siteIndex = 0;
          else if ((group !== siteGroup && siteLeaves.size > 0) || siteLeaves.has(leaf)) {
            siteIndex++;
            siteLeaves.clear();
          }
          siteGroup = group;
          siteLeaves.add(leaf);
          index = siteIndex;
        }
        key = profileKey(scope, meaning.leaf!, index ?? 0);
        wantedKey = key;
        if (usedKeys.has(key)) {
          key = null;
          role = 'console';
        }
      }
    }

    const base = {
      item,
      controls: parsed.controls,
      role,
      label: parsed.label,
      section: title?.text ?? null,
      title: title?.el ?? null,
      kind,
      options: parsed.options,
      required: parsed.required,
      disabled: isDisabled(parsed.controls, kind),
      addon: kind === 'text' ? addonText(parsed.controls) : null,
      siteIndex: index,
    } as const;
    const dates = kind === 'validity' || kind === 'date' ? dateInputs(parsed.controls) : [];
    // Two dates are start and end, and so is a range picker that shows both in one input. With 长期 chosen, a lone
    // remaining date is the start (the end date is gone).
    const longTerm = kind === 'validity' && readValue(parsed.controls, 'validity') === '长期';
    const paired = dates.length > 1 || (longTerm && dates.length === 1) || (kind === 'date' && isRangeLabel(parsed.label));
    // The end date in an item of its own belongs to the 长期/非长期 choice before it.
    const choice = kind === 'date' && key === null && pendingValidity?.key === wantedKey ? pendingValidity : null;
    const endKey = choice ? wantedKey : key;
    if (endKey?.endsWith('.certificateValidTo') && paired) {
      const fromKey = endKey.replace(/To$/, 'From');
      if (!usedKeys.has(fromKey)) {
        usedKeys.add(fromKey);
        fields.push({ ...base, key: fromKey, kind: 'date', part: 'from', options: [], dates: parsed.controls, value: readValue(parsed.controls, 'date', 'from') });
      }
    }
    const part = paired ? 'to' : null;
    if (choice) {
      choice.dates = parsed.controls;
      choice.part = part;
      choice.value = readValue(choice.controls, 'validity', part, parsed.controls);
      pendingValidity = null;
      continue;
    }
    if (key) usedKeys.add(key);
    const field: DetectedField = { ...base, key, part, dates: parsed.controls, value: readValue(parsed.controls, kind, part) };
    if (kind === 'validity' && key && dates.length === 0) pendingValidity = field;
    fields.push(field);
  }

  step ??= stepFromFields(fields) ?? stepFromPath(path);
  const addSiteButton = step === 'website' ? (buttonsMatching(root, ADD_SITE_BUTTON)[0] ?? null) : null;
  // Outside the wizard (order lists and details) unknown labels say nothing about drift.
  const unknownLabels = step ? [...new Set(fields.filter((f) => f.role === 'unknown' && f.label).map((f) => f.label))] : [];
  const missingExpected = step ? EXPECTED_KEYS[step].filter((k) => !usedKeys.has(k)) : [];
  const siteIndexes = fields.map((f) => f.siteIndex ?? -1);

  const snapshot: StepSnapshot = {
    path,
    step,
    stepTitle: stepTitle ?? pageHeadings.find((t) => stepOfTitle(t.text))?.text ?? null,
    stepTitles: stepper.titles,
    headings: titles.map((t) => t.text),
    fields: fields.map(toSnapshot),
    siteCount: Math.max(-1, ...siteIndexes) + 1,
    canAddSite: addSiteButton !== null,
    uploads: fields.filter((f) => f.role === 'upload').map((f) => f.label || f.section || '上传文件'),
    needsUser: fields.filter((f) => f.role === 'sms-code' || (step && f.role === 'unknown' && f.required)).map((f) => f.label),
    diagnostics: { unknownLabels, missingExpected, drift: unknownLabels.length > 0 || missingExpected.length > 0 },
  };
  return { snapshot, fields, addSiteButton };
}

export function toSnapshot(field: DetectedField): FieldSnapshot {
  const { key, role, label, section, kind, value, options, required, disabled, addon } = field;
  return { key, role, label, section, kind, value, options, required, disabled, addon };
}
