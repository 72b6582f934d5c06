import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import { smsDeadline, SMS_WINDOW_MS } from '@/utils/orders/countdown';
import type { Order } from '@/utils/orders/model';
import { addOrderByHand, currentStage, editOrderDetails, recordStage, setStageByHand } from '@/utils/orders/reducers';
import { getOrders, ordersItem, recordObservations, updateOrders } from '@/utils/browser/orders-store';

const T0 = Date.parse('2026-11-10T02:00:00Z');
const ORDER_ID = '30179108639935234';

describe('times the page shows', () => {
  it('a new SMS stage starts at the page’s time, not when it was noticed, and is not flagged as maybe late', () => {
    const shownAt = T0 - 3 * HOUR_MS;
    const [order] = recordStage([], { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0, shownAt });
    expect(order!.entries).toEqual([{ stage: 'smsVerification', at: shownAt, source: 'page' }]);
    expect(smsDeadline(order!)).toMatchObject({ at: shownAt + SMS_WINDOW_MS, mayBeLate: false, confirmed: false });
  });

  it('a time shown later replaces the first-seen estimate, never a time the user gave', () => {
    let orders = recordStage([], { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0 });
    const shownAt = T0 - 2 * HOUR_MS;
    orders = recordStage(orders, { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0 + MINUTE_MS, shownAt });
    expect(smsDeadline(orders[0]!)?.at).toBe(shownAt + SMS_WINDOW_MS);

    const byUser = setStageByHand(orders[0]!, 'smsVerification', T0 - HOUR_MS);
    const after = recordStage([byUser], { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0 + 2 * MINUTE_MS, shownAt });
    expect(smsDeadline(after[0]!)).toMatchObject({ at: T0 - HOUR_MS + SMS_WINDOW_MS, confirmed: true });
  });

  it('ignores a page time in the future', () => {
    const [order] = recordStage([], { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0, shownAt: T0 + HOUR_MS });
    expect(order!.entries[0]).toEqual({ stage: 'smsVerification', at: T0, source: 'observed' });
  });
});

describe('orders added by hand', () => {
  it('adds an order in the SMS stage with the user’s time: confirmed, with a deadline', () => {
    const [order] = addOrderByHand([], { name: '山涧笔记', filingType: 'first-filing', stage: 'smsVerification', at: T0 }, T0 + MINUTE_MS);
    expect(order).toMatchObject({ addedByHand: true, name: '山涧笔记', filingType: 'first-filing', key: `hand:${T0 + MINUTE_MS}` });
    expect(order!.domain).toBeUndefined();
    expect(smsDeadline(order!)).toMatchObject({ at: T0 + SMS_WINDOW_MS, confirmed: true, mayBeLate: false });
  });

  it('keeps a name that is a domain as the domain, so the console’s pages find the order later', () => {
    const [order] = addOrderByHand([], { name: 'Shanjian-Notes.CN', stage: 'bureauReview', at: T0 }, T0);
    expect(order).toMatchObject({ domain: 'shanjian-notes.cn' });
    const merged = recordStage([order!], { domain: 'shanjian-notes.cn', orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0 + HOUR_MS });
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({ orderId: ORDER_ID, addedByHand: true });
    expect(merged[0]!.entries.map((e) => [e.stage, e.source])).toEqual([
      ['bureauReview', 'user'],
      ['smsVerification', 'observed'],
    ]);
  });

  it('merges with a detected order of the same number without losing the user’s SMS time', () => {
    const [hand] = addOrderByHand([], { orderId: ORDER_ID, name: '山涧笔记', stage: 'smsVerification', at: T0 }, T0);
    const seen = recordStage([hand!], { orderId: ORDER_ID, domain: 'example.com', stage: 'smsVerification', seenAt: T0 + 3 * HOUR_MS, shownAt: T0 + HOUR_MS });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ domain: 'example.com', name: '山涧笔记' });
    expect(smsDeadline(seen[0]!)).toMatchObject({ at: T0 + SMS_WINDOW_MS, confirmed: true });
  });

  it('adding by hand an order already tracked adds the user’s stage to it and keeps what it knew', () => {
    const detected = recordStage([], { orderId: ORDER_ID, domain: 'example.com', filingType: '首次备案', profileId: 'p1', stage: 'bureauReview', seenAt: T0 });
    const orders = addOrderByHand(detected, { orderId: ORDER_ID, stage: 'smsVerification', at: T0 + HOUR_MS }, T0 + 2 * HOUR_MS);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ domain: 'example.com', filingType: 'first-filing', profileId: 'p1' });
    expect(orders[0]!.entries.map((e) => e.stage)).toEqual(['bureauReview', 'smsVerification']);
    expect(smsDeadline(orders[0]!)?.at).toBe(T0 + HOUR_MS + SMS_WINDOW_MS);
  });

  it('edits details: sets, clears, and keeps an invalid order number out', () => {
    const [order] = addOrderByHand([], { name: '山涧笔记', profileId: 'p1', filingType: 'access', stage: 'tencentReview', at: T0 }, T0);
    const edited = editOrderDetails(order!, { orderId: '123', name: 'example.org', profileId: '', filingType: '' });
    expect(edited.orderId).toBeUndefined();
    expect(edited).toMatchObject({ domain: 'example.org' });
    expect(edited.name).toBeUndefined();
    expect(edited.profileId).toBeUndefined();
    expect(edited.filingType).toBeUndefined();
    expect(editOrderDetails(edited, { orderId: ORDER_ID }).orderId).toBe(ORDER_ID);
  });

  it('moves a hand-added order through stages; leaving SMS for the 管局 closes the round', () => {
    const [order] = addOrderByHand([], { name: '山涧笔记', stage: 'smsVerification', at: T0 }, T0);
    const next = setStageByHand(order!, 'bureauReview', T0 + HOUR_MS);
    expect(currentStage(next)).toBe('bureauReview');
    expect(next.sms?.closed).toEqual({ at: T0 + HOUR_MS, reason: 'verified' });
    expect(smsDeadline(next)).toBeNull();
  });
});

describe('the store keeps orders it cannot read', () => {
  beforeEach(() => fakeBrowser.reset());

  it('writes unreadable entries back unchanged on every update', async () => {
    const future = { key: 'x', entries: [{ stage: 'someNewStage', at: T0, source: 'observed' }], lastObservedAt: T0 };
    await ordersItem.setValue([future as unknown as Order]);
    await recordObservations([{ orderId: ORDER_ID, stage: 'tencentReview', seenAt: T0 }]);
    expect((await getOrders()).map((o) => o.orderId)).toEqual([ORDER_ID]);
    expect(await ordersItem.getValue()).toContainEqual(future);
    await updateOrders(() => []);
    expect(await ordersItem.getValue()).toEqual([future]);
  });
});
