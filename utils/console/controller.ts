/**
 * The console adapter the content script drives: snapshots of the current step, filling with a journal for undo,
 * structure export, order observations, and change notifications coalesced per animation frame.
 */
import { closestItem, itemParts } from './dom';
import { detect, ignoredBy, type DetectedField, type Detection, type ParsedItem } from './detect';
import { fillField, flash, isComposing, trackComposition, type DriverContext } from './drivers';
import { readOrders } from './orders';
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
  ReportEntry,
  UndoReport,
} from './types';
import { waitFor } from './wait';

export interface ConsoleController {
  snapshot(): PageSnapshot;
  fill(items: FillItem[], opts: FillOptions): Promise<FillReport>;
  undo(): Promise<UndoReport>;
  exportStructure(): PageStructure;
  /** Calls `onChange` at most once per animation frame after the form, the step or the URL changed. */
  observe(onChange: () => void): () => void;
  readOrders(): OrderObservation[];
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
/** Choices a tea control cannot take back to "nothing chosen". */
const ONE_WAY_KINDS = new Set<ControlKind>(['select', 'radio', 'cascader', 'validity']);

const SITE_INDEX = /^websites\[(\d+)\]/;

/** Added nodes that can change what the adapter sees: labelled items, titles, the stepper, checkboxes, buttons. */
const RELEVANT =
  '[class*="form__label"],[class*="form-item-label"],h1,h2,h3,h4,legend,[class*="__title"],[class*="-step"],input,textarea,select,button';

export function createConsoleController(doc: Document, opts: ConsoleControllerOptions = {}): ConsoleController {
  const ignoreSelector = opts.ignoreSelector ?? 'beian-helper-dock';
  const ignored = ignoredBy(ignoreSelector);
  const ctx: DriverContext = { doc, timeoutMs: opts.timeoutMs ?? 2000 };
  const journal: JournalBatch[] = [];
  trackComposition(doc);

  // Parsed items are cached only while a MutationObserver can tell which of them changed.
  let cache: WeakMap<Element, ParsedItem> | undefined;
  let observer: MutationObserver | null = null;
  let pending = false;

  const labelled = (item: Element) => itemParts(item).label !== null;
  const touches = (node: Node): boolean =>
    node instanceof Element && !ignored(node) && (node.matches(RELEVANT) || (node.firstElementChild !== null && node.querySelector(RELEVANT) !== null));

  /** Drops cached items the records touched; true when anything the adapter reads changed. */
  function absorb(records: MutationRecord[]): boolean {
    let relevant = false;
    const seen = new Set<Node>();
    for (const record of records) {
      const target = record.target;
      if (seen.has(target)) continue;
      seen.add(target);
      const el = target instanceof Element ? target : target.parentElement;
      if (!el || ignored(el)) continue;
      const item = closestItem(el);
      if (item && labelled(item)) {
        cache?.delete(item);
        relevant = true;
      } else if (el.closest('[class*="-step"]') || (record.type === 'characterData' && el.matches(RELEVANT))) {
        relevant = true;
      } else if (record.type === 'childList') {
        relevant ||= [...record.addedNodes].some(touches) || [...record.removedNodes].some(touches);
      }
    }
    return relevant;
  }

  let changed = false;
  const flushRecords = () => {
    if (observer && absorb(observer.takeRecords())) changed = true;
  };

  const scan = (): Detection => {
    flushRecords();
    return detect(doc, { ignoreSelector, cache });
  };

  function needsUser(snapshot: PageSnapshot): FillReport['needsUser'] {
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

    // Page order, re-reading the page after every choice: a choice may re-render or reveal the fields after it.
    let restart = true;
    while (restart) {
      restart = false;
      for (const field of detection.fields) {
        if (!field.key || done.has(field.key) || !values.has(field.key)) continue;
        done.add(field.key);
        const value = values.get(field.key)!;
        const skip = skipReason(field, value, overwrite);
        if (skip) {
          report.skipped.push(entry(field, skip));
          continue;
        }
        const result = await fillField(ctx, field, value);
        if (!result.ok) {
          report.failed.push(entry(field, result.reason));
          if (TEXT_KINDS.has(field.kind)) continue;
        } else {
          report.filled.push(entry(field, '已填充'));
          batch.entries.push({ key: field.key, label: field.label, kind: field.kind, before: field.value, after: value });
          flash(field.item, opts.flashMs);
          if (TEXT_KINDS.has(field.kind)) continue;
        }
        detection = scan();
        restart = true;
        break;
      }
    }
    for (const item of items) {
      if (!done.has(item.key)) report.skipped.push({ key: item.key, label: item.key, reason: '本页没有这个字段' });
    }
    if (batch.entries.length > 0 || batch.sitesAdded > 0) journal.push(batch);
    // Text never reveals fields, and every choice above was followed by a fresh read: this detection is current.
    report.needsUser = needsUser(detection.snapshot);
    return report;
  }

  function skipReason(field: DetectedField, value: FillItem['value'], overwrite: boolean): string | null {
    if (sameValue(field.value, value, field.kind)) return '与页面现有内容一致';
    if (field.disabled) return '此项在页面上不可编辑';
    if (!isEmptyValue(field.value) && !overwrite && !onlyAdds(field.value, value, field.kind)) return '页面已有内容，未勾选“覆盖已填写的内容”';
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
      const result = await fillField(ctx, field, before);
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

  function observe(onChange: () => void): () => void {
    const view = doc.defaultView ?? globalThis;
    let href = doc.location?.href ?? '';
    let frame = 0;
    cache = new WeakMap();
    const tick = () => {
      frame = 0;
      pending = false;
      flushRecords();
      const url = doc.location?.href ?? '';
      if (url !== href) {
        href = url;
        changed = true;
      }
      if (!changed) return;
      changed = false;
      onChange();
    };
    const schedule = () => {
      if (pending) return;
      pending = true;
      frame = view.requestAnimationFrame(tick);
    };
    const mo = new view.MutationObserver((records) => {
      // A client-side navigation may only touch parts of the page the adapter does not read: compare the URL too.
      if (absorb(records) || (doc.location?.href ?? '') !== href) changed = true;
      if (changed) schedule();
    });
    observer = mo;
    mo.observe(doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'hidden', 'disabled', 'style', 'aria-checked', 'aria-current'],
    });
    // Typing changes values without changing the DOM.
    const onInput = (e: Event) => {
      if (e.target instanceof Element && !ignored(e.target)) {
        changed = true;
        schedule();
      }
    };
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('change', onInput, true);
    view.addEventListener('popstate', schedule);
    return () => {
      mo.disconnect();
      if (observer === mo) {
        observer = null;
        cache = undefined;
      }
      if (frame) view.cancelAnimationFrame(frame);
      pending = false;
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('change', onInput, true);
      view.removeEventListener('popstate', schedule);
    };
  }

  return {
    snapshot: () => scan().snapshot,
    fill,
    undo,
    exportStructure: () => exportStructure(doc, scan()),
    observe,
    readOrders: () => readOrders(doc, ignored),
  };
}

