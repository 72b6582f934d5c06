/**
 * The console adapter the content script drives: snapshots of the current step, filling with a journal for undo,
 * structure export, order observations, and change notifications once the page settles.
 */
import { readValue, textInputs } from './dom';
import { detect, formRoot, ignoredBy, stepItemsOf, toSnapshot, type DetectedField, type Detection, type ParsedItem } from './detect';
import { fillField, flash, type DriverContext, type DriverTarget } from './drivers';
import { isComposing, trackComposition } from '@/utils/page/typing';
import { emptyRowMemo, readOrderPage, type OrderPage } from './orders';
import { exportStructure } from './structure';
import { isEmptyValue, onlyAdds, sameValue } from './text';
import type {
  ControlKind,
  FieldValue,
  FillItem,
  FillOptions,
  FillReport,
  OrderObservation,
  PageSnapshot,
  PageStructure,
  StepSnapshot,
  ReportEntry,
  UndoReport,
} from './types';
import { waitFor } from '@/utils/page/wait';

export interface ConsoleController {
  snapshot(): PageSnapshot;
  fill(items: FillItem[], opts: FillOptions): Promise<FillReport>;
  undo(): Promise<UndoReport>;
  exportStructure(): PageStructure;
  /**
   * Calls `onChange` with a reading of the page once it settles after the form, a field's value, the step or the URL
   * changed.
   */
  observe(onChange: (reading: PageReading) => void): () => void;
  /** The orders the page shows (one on an order's page, one per row or card on a list); none on a wizard step. */
  readOrders(): OrderObservation[];
  /** `snapshot()` and `readOrders()` from a single reading of the page. */
  read(): PageReading;
}

export interface PageReading {
  snapshot: PageSnapshot;
  orders: OrderObservation[];
}

export interface ConsoleControllerOptions {
  /** Our own UI on the page (the dock host), never read and never observed. */
  ignoreSelector?: string;
  /** How long to wait for each popup or re-render. */
  timeoutMs?: number;
  flashMs?: number;
}

interface JournalEntry {
  key: string;
  label: string;
  kind: ControlKind;
  before: FieldValue;
  after: FieldValue;
}

interface JournalBatch {
  entries: JournalEntry[];
  sitesAdded: number;
}

const TEXT_KINDS = new Set<ControlKind>(['text', 'textarea', 'date']);
/** Fields whose value is their input's own: typing in them changes nothing else a reading would see. */
const TYPED_KINDS = new Set<ControlKind>(['text', 'textarea']);
/** Choices a tea control cannot take back to "nothing chosen". */
const ONE_WAY_KINDS = new Set<ControlKind>(['select', 'radio', 'cascader', 'validity']);

const SITE_INDEX = /^websites\[(\d+)\]/;

/** The page is read when it has been quiet this long… */
export const SETTLE_QUIET_MS = 120;
/** …and at the latest this long after the first change it has not read yet, while changes go on. */
export const SETTLE_MAX_WAIT_MS = 1000;
/** Beyond this many changed nodes in one settle, assume a field was among them rather than look. */
const TOUCHED_LIMIT = 400;

/** The key of the other date of a from–to pair. */
function pairKeyOf(key: string): string | null {
  const [, stem, end] = /^(.*)(From|To)$/.exec(key) ?? [];
  return end ? stem + (end === 'From' ? 'To' : 'From') : null;
}

/** The value planned for the other date of a from–to pair. */
function pairOf(key: string, values: Map<string, FillItem['value']> | undefined): string | undefined {
  const pairKey = pairKeyOf(key);
  const other = pairKey ? values?.get(pairKey) : undefined;
  return typeof other === 'string' && other !== '长期' ? other : undefined;
}

/**
 * The fields a choice reveals, as a key prefix: a website's own 负责人 once 同主体负责人 is unticked, 法定代表人 once the
 * subject is a unit, the validity's start date once 非长期 is chosen.
 */
function revealedBy(key: string, value: FillItem['value']): string | null {
  if (key.endsWith('.sameAsPrincipal') && value === false) return key.replace(/sameAsPrincipal$/, 'principal.');
  if (key === 'subject.type' && value !== '个人') return 'subject.legalRepresentative.';
  // 非长期 may bring the start date's own item along with the end date's.
  if (key.endsWith('.certificateValidTo') && value !== '长期') return key.replace(/To$/, 'From');
  return null;
}

/** What a wizard step's reading depends on beyond values and fields: its labels and titles. */
const WIZARD_TEXTS = 'h1,h2,h3,h4,h5,legend,[class*="__title"],[class*="__header"],[class*="form__label"],[class*="form-item-label"]';

export function createConsoleController(doc: Document, opts: ConsoleControllerOptions = {}): ConsoleController {
  const ignoreSelector = opts.ignoreSelector ?? 'beian-helper-dock';
  const ignored = ignoredBy(ignoreSelector);
  const ctx: DriverContext = { doc, timeoutMs: opts.timeoutMs ?? 2000 };
  const journal: JournalBatch[] = [];
  trackComposition(doc);

  // Parsed items are reused until the item's own content changes (detect checks a cheap signature per item).
  const cache = new WeakMap<Element, ParsedItem>();

  // What the page showed when the adapter first read each field of this step, what the fill last wrote, and the form
  // items the user typed or clicked in: a field is the user's only when they touched it or its value moved away from
  // both the page's own reading and ours.
  let readingsOf = '';
  const firstReadings = new Map<string, FieldValue>();
  const written = new Map<string, FieldValue>();
  const touched = new WeakSet<Element>();
  const remember = (detection: Detection): Detection => {
    const where = `${doc.location?.pathname ?? ''}#${detection.snapshot.step ?? ''}`;
    if (where !== readingsOf) {
      readingsOf = where;
      firstReadings.clear();
      written.clear();
    }
    for (const field of detection.fields) if (field.key && !firstReadings.has(field.key)) firstReadings.set(field.key, field.value);
    return detection;
  };
  const scan = (stepItems?: Element[]): Detection => remember(detect(doc, { ignoreSelector, cache, stepItems }));
  const userChanged = (field: DetectedField): boolean => {
    if (!field.key || touched.has(field.item)) return true;
    const first = firstReadings.get(field.key);
    if (first === undefined || sameValue(field.value, first, field.kind)) return false;
    return !(written.has(field.key) && sameValue(field.value, written.get(field.key)!, field.kind));
  };
  /**
   * A trusted event heard on a field's form item while the page is observed (see observe) marks it touched, once the
   * field has been read (a person does not finish typing in the moment before that). Nothing is heard on the whole page:
   * each event a listener hears calls into this isolated world, and a page dispatches many on things we do not read.
   * Typing comes with input, a choice with a click (keys activate a button or a checkbox with a click too).
   */
  const markTouched = (e: Event) => {
    if (e.isTrusted) touched.add(e.currentTarget as Element);
  };

  /**
   * A cheap summary of what a reading depends on beyond values, compared once per settle instead of inspecting
   * mutations: on a wizard step its labels, titles and stepper; elsewhere (order pages and lists, where any text may be a
   * status, an order number or a time) the whole text of the app's part of the page, one native call however many rows.
   */
  const fingerprint = (wizard: boolean, stepItems: Element[]): string => {
    const root = formRoot(doc);
    const parts = wizard ? root.querySelectorAll(WIZARD_TEXTS) : root.children;
    const texts = [...parts]
      .filter((el) => !ignored(el))
      .map((el) => el.textContent)
      .join('|');
    const steps = stepItems.map((el) => `${el.getAttribute('class')}${el.textContent}`).join('|');
    return `${texts}#${steps}`;
  };

  function needsUser(snapshot: StepSnapshot): FillReport['needsUser'] {
    return {
      uploads: snapshot.uploads,
      smsCodes: snapshot.fields.filter((f) => f.role === 'sms-code').map((f) => f.label),
      unknownRequired: snapshot.fields.filter((f) => f.role === 'unknown' && f.required).map((f) => f.label),
    };
  }

  async function addSites(detection: Detection, wanted: number): Promise<{ detection: Detection; added: number }> {
    let added = 0;
    while (detection.snapshot.siteCount < wanted && detection.addSiteButton) {
      const before = detection.snapshot.siteCount;
      detection.addSiteButton.click();
      const grown = await waitFor(
        doc,
        () => {
          const next = scan();
          return next.snapshot.siteCount > before ? next : null;
        },
        ctx.timeoutMs,
      );
      if (!grown) break;
      detection = grown;
      added++;
    }
    return { detection, added };
  }

  /** A field for the drivers: a choice's date pickers are looked up afresh, since choosing 非长期 may render them. */
  const driverTarget = (field: DetectedField, values?: Map<string, FillItem['value']>): DriverTarget => ({
    controls: field.controls,
    kind: field.kind,
    part: field.part,
    datesNow: () => {
      const now = scan().fields.find((f) => f.key === field.key);
      return { dates: now?.dates ?? field.dates, part: now ? now.part : field.part };
    },
    // A range picker commits start and end together: the other date's value goes along.
    pairValue: field.key ? pairOf(field.key, values) : undefined,
  });

  const entry = (field: { key: string | null; label: string }, reason: string, key = field.key ?? ''): ReportEntry => ({
    key,
    label: field.label,
    reason,
  });

  async function fill(items: FillItem[], { overwrite }: FillOptions): Promise<FillReport> {
    const wantedSites = Math.max(0, ...items.map((i) => Number(SITE_INDEX.exec(i.key)?.[1] ?? -1) + 1));
    const grown = await addSites(scan(), wantedSites);
    let detection = grown.detection;
    const report: FillReport = {
      filled: [],
      skipped: [],
      failed: [],
      sitesAdded: grown.added,
      needsUser: { uploads: [], smsCodes: [], unknownRequired: [] },
    };
    const batch: JournalBatch = { entries: [], sitesAdded: grown.added };
    const values = new Map(items.map((i) => [i.key, i.value]));
    const done = new Set<string>();
    const awaitedAfterChoice: string[] = [];

    // Page order, re-reading the page after every choice: a choice may re-render or reveal the fields after it.
    let restart = true;
    while (restart) {
      restart = false;
      for (const field of detection.fields) {
        if (!field.key || done.has(field.key) || !values.has(field.key)) continue;
        done.add(field.key);
        const value = values.get(field.key)!;
        // A page default may be replaced; what the user entered only when overwriting was asked for.
        const skip = skipReason(field, value, overwrite || !userChanged(field));
        if (skip) {
          report.skipped.push(entry(field, skip));
          continue;
        }
        const result = await fillField(ctx, driverTarget(field, values), value);
        if (!result.ok) {
          report.failed.push(entry(field, result.reason));
          if (TEXT_KINDS.has(field.kind)) continue;
        } else {
          report.filled.push(entry(field, '已填充'));
          batch.entries.push({ key: field.key, label: field.label, kind: field.kind, before: field.value, after: value });
          written.set(field.key, value);
          // A range picker took both dates in one go: the other one is filled too, not "already on the page"
          // (unless it is the 长期/非长期 choice, which still has its own choice to make).
          const pairKey = result.withPair ? pairKeyOf(field.key) : null;
          const pairIsChoice = detection.fields.some((f) => f.key === pairKey && f.kind === 'validity');
          if (pairKey && values.has(pairKey) && !done.has(pairKey) && !pairIsChoice) {
            done.add(pairKey);
            report.filled.push(entry(field, '已填充', pairKey));
            written.set(pairKey, values.get(pairKey)!);
          }
          flash(field.item, opts.flashMs);
          if (TEXT_KINDS.has(field.kind)) continue;
        }
        detection = scan();
        // A choice that reveals fields (unticking 同主体负责人, a unit's 主办单位性质) may render them later: wait for them.
        const prefix = result.ok ? revealedBy(field.key, value) : null;
        const awaited = prefix ? items.filter((i) => i.key.startsWith(prefix) && !done.has(i.key)).map((i) => i.key) : [];
        if (awaited.length > 0) {
          const onPage = (d: Detection) => d.fields.some((f) => f.key !== null && awaited.includes(f.key));
          if (!onPage(detection)) {
            awaitedAfterChoice.push(...awaited);
            const revealed = () => {
              const next = scan();
              return onPage(next) ? next : null;
            };
            detection = (await waitFor(doc, revealed, ctx.timeoutMs)) ?? scan();
          }
        }
        restart = true;
        break;
      }
    }
    for (const item of items) {
      if (done.has(item.key)) continue;
      const reason = awaitedAfterChoice.includes(item.key) ? '做出相应选择后，此字段仍未在页面上出现' : '本页没有这个字段';
      report.skipped.push({ key: item.key, label: item.label ?? item.key, reason });
    }
    if (batch.entries.length > 0 || batch.sitesAdded > 0) journal.push(batch);
    // Text never reveals fields, and every choice above was followed by a fresh read: this detection is current.
    report.needsUser = needsUser(detection.snapshot);
    return report;
  }

  function skipReason(field: DetectedField, value: FillItem['value'], mayReplace: boolean): string | null {
    if (sameValue(field.value, value, field.kind)) return '与页面现有内容一致';
    if (field.disabled) return '此项在页面上不可编辑';
    if (!isEmptyValue(field.value) && !mayReplace && !onlyAdds(field.value, value, field.kind)) {
      return '页面已有内容，未勾选“覆盖已填写的内容”';
    }
    const input = field.controls.querySelector('input,textarea');
    if (TEXT_KINDS.has(field.kind) && input && isComposing(input)) return '输入法正在输入，已跳过';
    return null;
  }

  async function undo(): Promise<UndoReport> {
    const report: UndoReport = { restored: [], notRestorable: [], failed: [] };
    const batch = journal.pop();
    if (!batch) return report;
    let detection = scan();
    for (const change of [...batch.entries].reverse()) {
      const field = detection.fields.find((f) => f.key === change.key);
      if (!field) {
        report.failed.push(entry(change, '字段已不在页面上'));
        continue;
      }
      if (sameValue(field.value, change.before, field.kind)) {
        report.restored.push(entry(change, '已恢复'));
        continue;
      }
      if (!sameValue(field.value, change.after, field.kind)) {
        report.notRestorable.push(entry(change, '填充后又被修改过，未恢复'));
        continue;
      }
      // null is "nothing chosen" (an empty select, no radio ticked); 非长期 with no date yet reads as ''.
      if (change.before === null && ONE_WAY_KINDS.has(field.kind)) {
        report.notRestorable.push(entry(change, '控制台不支持恢复为“未选择”，请手动检查此项'));
        continue;
      }
      const before = change.before ?? (field.kind === 'checkbox' ? false : field.kind === 'checkbox-group' ? [] : '');
      const result = await fillField(ctx, driverTarget(field), before);
      if (result.ok) report.restored.push(entry(change, '已恢复'));
      else if (isEmptyValue(change.before)) report.notRestorable.push(entry(change, '控制台不支持清空此项，请手动检查'));
      else report.failed.push(entry(change, result.reason));
      if (!TEXT_KINDS.has(field.kind)) detection = scan();
    }
    if (batch.sitesAdded > 0) {
      report.notRestorable.push({
        key: 'websites',
        label: '网站信息',
        reason: `填充时新增了 ${batch.sitesAdded} 个网站信息块，请在页面上手动删除`,
      });
    }
    return report;
  }

  /** The closest element holding every field, then its ancestors up to the root (the form root without fields). */
  function fieldScope(items: Element[]): Element[] {
    let holder: Element | null = items[0] ?? formRoot(doc);
    while (holder && !items.every((item) => holder!.contains(item))) holder = holder.parentElement;
    const chain: Element[] = [];
    for (let el = holder; el; el = el.parentElement) chain.push(el);
    return chain;
  }

  function observe(onChange: (reading: PageReading) => void): () => void {
    const view = doc.defaultView ?? globalThis;
    let href = doc.location?.href ?? '';
    let last = scan();
    const isWizard = () => last.snapshot.step !== null;
    /** The fingerprint at the last reading; null after a step change, which is read without taking one. */
    let seen: string | null = fingerprint(isWizard(), stepItemsOf(doc));
    let items = last.fields.map((f) => f.item);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timerAt = 0;
    let dueAt = 0;
    let firstUnhandled = 0;
    let valuesChanged = false;
    /** Nodes the page changed since the last reading; only noted here, looked at when the page settles. */
    const changedNodes = new Set<Node>();
    /** Text fields typed in since the last reading: when nothing else changed, only their entries are read again. */
    const typedIn = new Set<DetectedField>();
    /** The text fields of the last reading by their inputs, made when the first value changes after it. */
    let typedByInput: Map<Element, DetectedField> | null = null;
    /** The part of the page holding the step's fields, and its ancestors; changes in or around it matter, see below. */
    let scope = fieldScope(items);
    const onlyTyping = (url: string, nodes: Node[]) => {
      const holder = scope[0];
      return (
        typedIn.size > 0 &&
        !valuesChanged &&
        nodes.length <= TOUCHED_LIMIT &&
        url === href &&
        last.snapshot.step !== null &&
        !!holder?.isConnected &&
        // A typed field's own controls may re-render (an error text, a counter) and its item change class, and the page
        // may change things away from its fields (a clock, a saved-draft note); not a label, not another field.
        nodes.every((node) => !holder.contains(node) || [...typedIn].some((field) => field.controls.contains(node) || node === field.item))
      );
    };
    const settle = () => {
      timer = undefined;
      firstUnhandled = 0;
      const url = doc.location?.href ?? '';
      const nodes = [...changedNodes];
      changedNodes.clear();
      if (onlyTyping(url, nodes)) {
        for (const field of typedIn) field.value = readValue(field.controls, field.kind);
        typedIn.clear();
        onChange(readingOf(last));
        return;
      }
      // A new URL or fields gone is a step change whatever the fingerprint says: it is taken at the next reading instead,
      // and until then any change near the form is read as if it had moved the page.
      const stepChanged = url !== href || items.some((el) => !el.isConnected);
      // Looked up once, for the fingerprint and the reading that may follow it.
      const stepItems = stepChanged ? undefined : stepItemsOf(doc);
      const now = stepItems ? fingerprint(isWizard(), stepItems) : null;
      const moved = stepChanged || seen === null || now !== seen;
      // A pick in a Tea popup changes a field's shown value without an input event: a change inside a field counts.
      const inField = () => nodes.length > TOUCHED_LIMIT || nodes.some((node) => items.some((item) => item.contains(node)));
      if (!moved && !valuesChanged && typedIn.size === 0 && !inField()) return;
      href = url;
      seen = now;
      valuesChanged = false;
      typedIn.clear();
      last = scan(stepItems);
      typedByInput = null;
      items = last.fields.map((f) => f.item);
      scope = fieldScope(items);
      listenTo(items);
      onChange(readingOf(last));
    };
    /** Read once the page has been quiet for a moment, and at the latest MAX_WAIT after the first unhandled change. */
    const schedule = (quietMs: number = SETTLE_QUIET_MS) => {
      const now = Date.now();
      firstUnhandled ||= now;
      dueAt = Math.min(now + quietMs, firstUnhandled + SETTLE_MAX_WAIT_MS);
      // One timer per quiet moment, not one per keystroke: a timer that fires before the reading is due waits on
      // (wake); only a reading due sooner than the timer needs a new one.
      if (timer !== undefined && timerAt <= dueAt) return;
      if (timer !== undefined) view.clearTimeout(timer);
      arm(dueAt - now);
    };
    const arm = (ms: number) => {
      timerAt = Date.now() + ms;
      timer = view.setTimeout(wake, ms);
    };
    const wake = () => {
      const wait = dueAt - Date.now();
      if (wait > 0) arm(wait);
      else settle();
    };
    // A change in or around the form postpones the reading until the page is quiet; elsewhere (a clock ticking in the
    // header) it only makes sure a reading comes, without postponing one already due.
    const mo = new view.MutationObserver((records) => {
      // A step change replaces the fields' container: its nearest ancestor still in the page stands in.
      const form = scope.find((el) => el.isConnected) ?? doc.documentElement;
      let postpone = false;
      for (const { target } of records) {
        if (changedNodes.size <= TOUCHED_LIMIT) changedNodes.add(target);
        else if (postpone) break; // nothing more to learn from this batch
        postpone ||= form.contains(target) || target.contains(form);
      }
      if (postpone) schedule();
      else if (timer === undefined) schedule(SETTLE_MAX_WAIT_MS);
    });
    mo.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'disabled'],
    });
    // Typing changes values without structural changes; a click that changes nothing is not a reason to read.
    // Called for every input event in a field: once a full reading is due anyway, nothing more is looked up.
    const onValue = (e: Event) => {
      markTouched(e);
      if (!valuesChanged) {
        typedByInput ??= new Map(last.fields.filter((f) => TYPED_KINDS.has(f.kind)).flatMap((f) => textInputs(f.controls).map((input) => [input, f])));
        const field = typedByInput.get(e.target as Element);
        if (field) typedIn.add(field);
        else valuesChanged = true;
      }
      schedule();
    };
    // Value events and clicks are heard on the form items of the last reading, not on the whole page: a control that is
    // not one of them yet (a field just rendered) came with mutations, and the reading they bring reads its value.
    // (`change` never: every control that fires it fires `input` first.)
    let listened = new Set<Element>();
    const listenTo = (now: Element[]) => {
      const next = new Set(now);
      for (const item of listened) {
        if (next.has(item)) continue;
        item.removeEventListener('input', onValue, true);
        item.removeEventListener('click', markTouched, true);
      }
      for (const item of next) {
        if (listened.has(item)) continue;
        item.addEventListener('input', onValue, true);
        item.addEventListener('click', markTouched, true);
      }
      listened = next;
    };
    listenTo(items);
    const onPopState = () => schedule();
    view.addEventListener('popstate', onPopState);
    return () => {
      mo.disconnect();
      if (timer !== undefined) view.clearTimeout(timer);
      timer = undefined;
      listenTo([]);
      view.removeEventListener('popstate', onPopState);
    };
  }

  /** Wizard steps are not order pages, even when they show an order number. */
  let rowMemo = emptyRowMemo();
  const orderPage = (detection: Detection): OrderPage => {
    if (!detection.snapshot.step) return readOrderPage(doc, ignored, rowMemo);
    // The wizard is not a detour between list pages: what was remembered of a list is let go.
    rowMemo = emptyRowMemo();
    return { kind: 'other', orders: [] };
  };

  /** The snapshot and the order observations from one detection (detecting is the expensive part). */
  const readingOf = (detection: Detection): PageReading => {
    const page = orderPage(detection);
    const order = page.kind === 'order' ? page.orders[0] : undefined;
    const snapshot: PageSnapshot = {
      ...detection.snapshot,
      fields: detection.fields.map((f) => ({ ...toSnapshot(f), userChanged: userChanged(f) })),
      pageKind: detection.snapshot.step ? 'wizard' : page.kind,
      order: order ? { orderId: order.orderId, stage: order.stage, statusTexts: order.statusTexts } : null,
    };
    return { snapshot, orders: page.orders };
  };
  const read = () => readingOf(scan());

  return {
    snapshot: () => read().snapshot,
    read,
    fill,
    undo,
    exportStructure: () => {
      const detection = scan();
      const page = orderPage(detection);
      return exportStructure(doc, detection, { kind: detection.snapshot.step ? 'wizard' : page.kind, orders: page.orders });
    },
    observe,
    readOrders: () => orderPage(scan()).orders,
  };
}

