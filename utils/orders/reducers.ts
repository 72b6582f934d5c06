/**
 * Pure updates of the order list: observations from console pages, the user's SMS marks and corrections.
 * Imports only types from the zod model, so the console content script can use it without bundling zod.
 */
import { MINUTE_MS } from '@/utils/calendar/china-time';
import { parseFilingType, type FilingType } from './filing-types';
import type { Order, SmsRound, StageEntry } from './model';
import { BEFORE_SMS_STAGES, CLOSED_STAGES, type Stage } from './stages';

/**
 * MIIT sends the SMS about 5 minutes after Tencent submits to the 管局. When the SMS stage is first seen more than
 * this long after the previous look at the order, the SMS may have come well before it was noticed.
 */
export const LATE_DETECTION_MS = 30 * MINUTE_MS;

const PAGE_CLOCK_SKEW_MS = 5 * MINUTE_MS;

const ORDER_ID_PATTERN = /^\d{17}$/;

export interface StageObservation {
  /** The 17-digit order number when the page shows it. */
  orderId?: string;
  domain?: string;
  /** A FilingType or the console's wording of it ("新增服务"). */
  filingType?: FilingType | string;
  stage: Stage;
  seenAt: number;
  /** When the page says the order reached the stage (a time next to it, a timeline entry). */
  shownAt?: number;
  profileId?: string;
}

export interface StageCorrection {
  stage?: Stage;
  at?: number;
}

export function currentEntry(order: Order): StageEntry {
  // The schema guarantees at least one entry.
  return order.entries[order.entries.length - 1]!;
}

export function currentStage(order: Order): Stage {
  return currentEntry(order).stage;
}

/** Open = still in progress or waiting for the user (a rejected or withdrawn order can be resubmitted). */
export function isOrderOpen(order: Order): boolean {
  return !CLOSED_STAGES.has(currentStage(order));
}

/** "example.com · 订单 30179108639935234" for lists and notifications. */
export function orderLabel(order: Order): string {
  const parts = [order.domain ?? order.name ?? '（域名未知）'];
  if (order.orderId) parts.push(`订单 ${order.orderId}`);
  return parts.join(' · ');
}

export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}

function isSmsRoundOpen(round: SmsRound | undefined): round is SmsRound {
  return round !== undefined && round.closed === undefined;
}

/** Appends a stage entry at `at`, or at the current entry's time if that is later, so the new stage stays current. */
function appendEntry(entries: StageEntry[], stage: Stage, at: number, source: StageEntry['source']): StageEntry[] {
  const last = entries[entries.length - 1];
  return [...entries, { stage, at: Math.max(at, last?.at ?? at), source }];
}

/**
 * Brings the SMS round in line with the current stage: entering SMS verification opens a round, leaving it closes
 * the open one (as verified when the order moved on to the 管局, otherwise as returned).
 * `previousLookAt` is when the order was seen before the entry that opened the stage (undefined: never).
 */
function reconcileSmsRound(order: Order, previousLookAt?: number): Order {
  const entry = currentEntry(order);
  const round = order.sms;
  if (entry.stage === 'smsVerification') {
    if (isSmsRoundOpen(round)) return order;
    const userGaveTime = entry.source === 'user';
    // A time the page showed is when the SMS stage began, not a guess from when it was noticed.
    const mayBeLate = entry.source === 'observed' && (previousLookAt === undefined || entry.at - previousLookAt > LATE_DETECTION_MS);
    return {
      ...order,
      sms: {
        startedAt: entry.at,
        receivedAt: entry.at,
        confirmed: userGaveTime,
        mayBeLate,
        ...(mayBeLate && previousLookAt !== undefined ? { earliestPossibleAt: previousLookAt } : {}),
      },
    };
  }
  if (!isSmsRoundOpen(round)) return order;
  const verified = entry.stage === 'bureauReview' || entry.stage === 'approved';
  return { ...order, sms: { ...round, closed: { at: entry.at, reason: verified ? 'verified' : 'stageChanged' } } };
}

/**
 * After the user marked the SMS done, the console may keep showing the SMS step for a while. Only a return to an
 * earlier stage (resubmission) starts a new round.
 */
function isStaleSmsObservation(order: Order, stage: Stage): boolean {
  const closed = order.sms?.closed;
  if (stage !== 'smsVerification' || closed?.reason !== 'verified') return false;
  return !order.entries.some((entry) => entry.at >= closed.at && BEFORE_SMS_STAGES.has(entry.stage));
}

function applyDetails(order: Order, details: Pick<Order, 'orderId' | 'domain' | 'filingType' | 'profileId'>): Order {
  const next = { ...order };
  if (details.orderId) next.orderId = details.orderId;
  if (details.domain) next.domain = details.domain;
  if (details.filingType) next.filingType = details.filingType;
  if (details.profileId) next.profileId = details.profileId;
  return next;
}

/** Index of the order an observation belongs to: by order number, else the latest open order of the domain. */
function findOrderIndex(orders: readonly Order[], indexById: ReadonlyMap<string, number>, orderId: string | undefined, domain: string | undefined): number {
  if (orderId) {
    const byId = indexById.get(orderId) ?? -1;
    if (byId >= 0 || !domain) return byId;
  }
  let best = -1;
  orders.forEach((order, index) => {
    const sameDomain = order.domain === domain && isOrderOpen(order);
    // An order already known under another number is a different order of the same domain.
    const compatible = !orderId || !order.orderId;
    if (sameDomain && compatible && (best < 0 || order.lastObservedAt > orders[best]!.lastObservedAt)) best = index;
  });
  return best;
}

/**
 * Records that an order was seen in a stage. A new stage is added to the timeline with its first-seen time; seeing
 * the current stage again only refreshes the last-seen time. Observations older than the last look are stale: they
 * update the order number, domain, type and profile but not the stage. Without an order number or a domain there is nothing to file it under, so nothing changes;
 * a finished order (备案成功, 放弃) that was never tracked is not added.
 */
export function recordStage(orders: Order[], observation: StageObservation): Order[] {
  return recordStages(orders, [observation]);
}

/**
 * `recordStage` for each observation in turn, with the list copied once and orders found by number through an index:
 * a page's reading of a long list is hundreds of observations at once.
 */
export function recordStages(orders: Order[], observations: readonly StageObservation[]): Order[] {
  let result = orders;
  const indexById = new Map<string, number>();
  orders.forEach((order, index) => {
    if (order.orderId && !indexById.has(order.orderId)) indexById.set(order.orderId, index);
  });
  for (const observation of observations) {
    const change = observe(result, observation, indexById);
    if (!change) continue;
    if (result === orders) result = [...orders];
    result[change.index] = change.order;
    if (change.order.orderId && !indexById.has(change.order.orderId)) indexById.set(change.order.orderId, change.index);
  }
  return result;
}

/** What one observation does: the order it updates (at its index) or adds (at the end), or null for no change. */
function observe(orders: readonly Order[], observation: StageObservation, indexById: ReadonlyMap<string, number>): { index: number; order: Order } | null {
  const orderId = observation.orderId?.trim();
  const details = {
    orderId: orderId && ORDER_ID_PATTERN.test(orderId) ? orderId : undefined,
    domain: observation.domain ? normalizeDomain(observation.domain) || undefined : undefined,
    filingType: observation.filingType ? (parseFilingType(observation.filingType) ?? undefined) : undefined,
    profileId: observation.profileId || undefined,
  };
  const { stage, seenAt } = observation;
  if (!details.orderId && !details.domain) return null;
  const shownAt = pageTime(observation);
  const at = shownAt ?? seenAt;
  const source: StageEntry['source'] = shownAt === undefined ? 'observed' : 'page';

  const index = findOrderIndex(orders, indexById, details.orderId, details.domain);
  if (index < 0) {
    if (CLOSED_STAGES.has(stage)) return null;
    const created: Order = applyDetails(
      {
        key: details.orderId ?? `${details.domain}@${seenAt}`,
        entries: [{ stage, at, source }],
        lastObservedAt: seenAt,
      },
      details,
    );
    return { index: orders.length, order: reconcileSmsRound(created) };
  }

  const order = orders[index]!;
  let next = applyDetails(order, details);
  if (seenAt >= order.lastObservedAt) {
    if (stage !== currentStage(order) && !isStaleSmsObservation(order, stage)) {
      next = reconcileSmsRound({ ...next, entries: appendEntry(next.entries, stage, at, source) }, order.lastObservedAt);
    } else if (stage === currentStage(order) && shownAt !== undefined) {
      next = withPageTime(next, shownAt);
    }
    next.lastObservedAt = seenAt;
  }
  return { index, order: next };
}

/** A time shown by the page counts unless it is later than the look itself (clocks differ a little). */
function pageTime(observation: StageObservation): number | undefined {
  const { shownAt, seenAt } = observation;
  return shownAt !== undefined && shownAt <= seenAt + PAGE_CLOCK_SKEW_MS ? shownAt : undefined;
}

/**
 * The page now shows when the current stage began: it replaces the first-seen estimate, never a time the user gave.
 * For a running SMS round that is when the SMS was sent.
 */
function withPageTime(order: Order, shownAt: number): Order {
  const entry = currentEntry(order);
  if (entry.source !== 'observed' || entry.at === shownAt) return order;
  const entries = [...order.entries.slice(0, -1), { ...entry, at: shownAt, source: 'page' as const }];
  const round = order.sms;
  if (entry.stage !== 'smsVerification' || !isSmsRoundOpen(round) || round.confirmed) return { ...order, entries };
  return { ...order, entries, sms: { startedAt: round.startedAt, receivedAt: shownAt, confirmed: false, mayBeLate: false } };
}

/** The user says the SMS came at `at` (pressed 已收到短信, or edited the time). */
export function markSmsReceived(order: Order, at: number): Order {
  const withStage =
    currentStage(order) === 'smsVerification'
      ? order
      : reconcileSmsRound({ ...order, entries: appendEntry(order.entries, 'smsVerification', at, 'user') });
  const startedAt = isSmsRoundOpen(withStage.sms) ? withStage.sms.startedAt : at;
  return {
    ...withStage,
    sms: { startedAt, receivedAt: at, confirmed: true, mayBeLate: false },
    lastObservedAt: Math.max(order.lastObservedAt, at),
  };
}

/** The user finished the SMS verification: the round ends and the order moves on to the 管局 review. */
export function markVerified(order: Order, at: number): Order {
  if (currentStage(order) !== 'smsVerification' && !isSmsRoundOpen(order.sms)) return order;
  const moved =
    currentStage(order) === 'smsVerification'
      ? { ...order, entries: appendEntry(order.entries, 'bureauReview', at, 'user') }
      : order;
  const round = moved.sms;
  return {
    ...moved,
    sms: round && isSmsRoundOpen(round) ? { ...round, closed: { at, reason: 'verified' } } : round,
    lastObservedAt: Math.max(order.lastObservedAt, at),
  };
}

/**
 * The user corrects the stage and/or time of one timeline entry. Entries keep their place: the sequence is what was
 * observed, and the last entry stays the current stage.
 */
export function correctStage(order: Order, index: number, correction: StageCorrection): Order {
  const old = order.entries[index];
  if (!old) return order;
  const corrected: StageEntry = { stage: correction.stage ?? old.stage, at: correction.at ?? old.at, source: 'user' };
  const entries = order.entries.map((entry, i) => (i === index ? corrected : entry));
  let next = reconcileSmsRound({ ...order, entries });
  // Correcting the time of the SMS step that is running sets the time the SMS came.
  const isRunningSmsEntry = corrected.stage === 'smsVerification' && index === entries.length - 1;
  if (correction.at !== undefined && isRunningSmsEntry && isSmsRoundOpen(next.sms)) {
    next = markSmsReceived(next, correction.at);
  }
  return next;
}

/** The user links the applicant profile an order was filed with (for an order seen before any profile was chosen). */
export function linkProfile(order: Order, profileId: string): Order {
  return order.profileId === profileId ? order : { ...order, profileId };
}

/** The user deletes a wrongly recorded timeline entry (the last remaining one cannot be deleted). */
export function removeStageEntry(order: Order, index: number): Order {
  if (order.entries.length <= 1 || !order.entries[index]) return order;
  return reconcileSmsRound({ ...order, entries: order.entries.filter((_, i) => i !== index) });
}

/** What the user tells about an order the extension never saw (filed in the mini program or on another computer). */
export interface HandOrderDetails {
  orderId?: string;
  /** Site or subject name; a domain is kept as the order's domain, so the console's pages find the order. */
  name?: string;
  filingType?: FilingType | '';
  profileId?: string;
}

export interface HandOrderInput extends HandOrderDetails {
  stage: Stage;
  /** When the stage began; for 短信核验 the time the SMS arrived. */
  at: number;
}

const DOMAIN_NAME = /^(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff][a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff]$/i;

/**
 * Sets the details the user edits by hand: an undefined field stays as it is, an empty one is cleared (the order
 * number only changes to a valid one). A name that is a domain is kept as the order's domain, so the console's pages
 * find the order.
 */
export function editOrderDetails(order: Order, details: HandOrderDetails): Order {
  const next: Order = { ...order };
  const orderId = details.orderId?.trim();
  if (orderId && ORDER_ID_PATTERN.test(orderId)) next.orderId = orderId;
  const name = details.name?.trim();
  if (name !== undefined) {
    delete next.name;
    if (DOMAIN_NAME.test(name)) next.domain = normalizeDomain(name);
    else if (name) next.name = name;
    // A hand-added order is named by what the user says; a detected domain stays.
    if (!DOMAIN_NAME.test(name) && order.addedByHand) delete next.domain;
  }
  if (details.filingType !== undefined) {
    if (details.filingType) next.filingType = details.filingType;
    else delete next.filingType;
  }
  if (details.profileId !== undefined) {
    if (details.profileId) next.profileId = details.profileId;
    else delete next.profileId;
  }
  return next;
}

/** The user says the order is now in `stage`, since `at` (a new timeline entry, or the current one's time). */
export function setStageByHand(order: Order, stage: Stage, at: number): Order {
  if (stage === 'smsVerification') return markSmsReceived(order, at);
  if (stage === currentStage(order)) return correctStage(order, order.entries.length - 1, { at });
  const next = reconcileSmsRound({ ...order, entries: appendEntry(order.entries, stage, at, 'user') });
  return { ...next, lastObservedAt: Math.max(order.lastObservedAt, at) };
}

/** Merging keeps what the tracked order knows where the user left a field empty. */
function withoutEmpty(details: HandOrderDetails): HandOrderDetails {
  return Object.fromEntries(Object.entries(details).filter(([, value]) => value)) as HandOrderDetails;
}

/**
 * Adds an order by hand. One with the number of an order already tracked is merged into it: the user's stage and
 * time are added to its timeline, nothing recorded before is lost.
 */
export function addOrderByHand(orders: Order[], input: HandOrderInput, now: number): Order[] {
  const orderId = input.orderId?.trim();
  const index = orderId ? orders.findIndex((order) => order.orderId === orderId) : -1;
  if (index >= 0) {
    return orders.map((order, i) => (i === index ? setStageByHand(editOrderDetails(order, withoutEmpty(input)), input.stage, input.at) : order));
  }
  const base: Order = {
    key: orderId && ORDER_ID_PATTERN.test(orderId) ? orderId : `hand:${now}`,
    addedByHand: true,
    entries: [{ stage: input.stage, at: input.at, source: 'user' }],
    lastObservedAt: Math.max(now, input.at),
  };
  return [...orders, reconcileSmsRound(editOrderDetails(base, input))];
}
