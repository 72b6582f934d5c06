import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import { OrderSchema, type Order } from '@/utils/orders/model';
import {
  correctStage,
  currentStage,
  markSmsReceived,
  markVerified,
  recordStage,
  recordStages,
  removeStageEntry,
  type StageObservation,
} from '@/utils/orders/reducers';
import { smsDeadline, SMS_WINDOW_MS } from '@/utils/orders/countdown';

const T0 = Date.parse('2026-11-10T02:00:00Z');
const ORDER_ID = '30179108639935234';

function record(orders: Order[], stage: StageObservation['stage'], seenAt: number, extra: Partial<StageObservation> = {}) {
  return recordStage(orders, { orderId: ORDER_ID, domain: 'Example.COM', stage, seenAt, ...extra });
}

/** An order observed through the usual stages up to the SMS step, looked at every few minutes. */
function orderAtSms(lookGapMs = 5 * MINUTE_MS): Order {
  let orders = record([], 'tencentReview', T0, { filingType: '新增服务', profileId: 'p1' });
  orders = record(orders, 'awaitingBureauSubmission', T0 + 20 * HOUR_MS);
  const smsSeenAt = T0 + 20 * HOUR_MS + lookGapMs;
  orders = record(orders, 'smsVerification', smsSeenAt);
  return orders[0]!;
}

describe('recordStage', () => {
  it('creates an order with its details and a first entry', () => {
    const [order] = record([], 'tencentReview', T0, { filingType: '新增服务（原备案在腾讯云）', profileId: 'p1' });
    expect(order).toMatchObject({
      key: ORDER_ID,
      orderId: ORDER_ID,
      domain: 'example.com',
      filingType: 'add-site-at-tencent',
      profileId: 'p1',
      entries: [{ stage: 'tencentReview', at: T0, source: 'observed' }],
      lastObservedAt: T0,
    });
    expect(OrderSchema.safeParse(order).success).toBe(true);
  });

  it('keeps the first-seen time when the same stage is seen again', () => {
    let orders = record([], 'tencentReview', T0);
    orders = record(orders, 'tencentReview', T0 + HOUR_MS);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.entries).toEqual([{ stage: 'tencentReview', at: T0, source: 'observed' }]);
    expect(orders[0]!.lastObservedAt).toBe(T0 + HOUR_MS);
  });

  it('adds a new stage with the time it was first seen', () => {
    let orders = record([], 'tencentReview', T0);
    orders = record(orders, 'awaitingBureauSubmission', T0 + 2 * HOUR_MS);
    expect(orders[0]!.entries.map((entry) => [entry.stage, entry.at])).toEqual([
      ['tencentReview', T0],
      ['awaitingBureauSubmission', T0 + 2 * HOUR_MS],
    ]);
  });

  it('ignores stale observations older than the last look', () => {
    let orders = record([], 'awaitingBureauSubmission', T0 + HOUR_MS);
    orders = record(orders, 'tencentReview', T0);
    expect(currentStage(orders[0]!)).toBe('awaitingBureauSubmission');
    expect(orders[0]!.entries).toHaveLength(1);
  });

  it('files an observation without order number under the open order of that domain', () => {
    let orders = recordStage([], { domain: 'example.com', stage: 'tencentReview', seenAt: T0 });
    orders = record(orders, 'awaitingBureauSubmission', T0 + HOUR_MS);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.orderId).toBe(ORDER_ID);
    orders = recordStage(orders, { domain: 'EXAMPLE.com.', stage: 'smsVerification', seenAt: T0 + 2 * HOUR_MS });
    expect(orders).toHaveLength(1);
    expect(currentStage(orders[0]!)).toBe('smsVerification');
  });

  it('keeps orders with different numbers apart even for the same domain', () => {
    let orders = record([], 'tencentReview', T0);
    orders = recordStage(orders, { orderId: '30179108639935999', domain: 'example.com', stage: 'tencentReview', seenAt: T0 });
    expect(orders.map((order) => order.key)).toEqual([ORDER_ID, '30179108639935999']);
  });

  it('does nothing without an order number or domain, and does not start tracking finished orders', () => {
    const orders = record([], 'tencentReview', T0);
    expect(recordStage(orders, { stage: 'approved', seenAt: T0 + 1 })).toBe(orders);
    expect(recordStage(orders, { orderId: 'abc', stage: 'approved', seenAt: T0 + 1 })).toBe(orders);
    expect(recordStage([], { domain: 'old.cn', stage: 'approved', seenAt: T0 })).toEqual([]);
  });

  it('records a batch as it records the same observations one by one', () => {
    // Few numbers and domains, so a batch finds orders it added itself, by number and by domain.
    const observation = fc.record(
      {
        orderId: fc.constantFrom('30179108639935234', '30179108639935999', '3017910863993523', undefined),
        domain: fc.constantFrom('a.cn', 'B.cn.', 'c.cn', undefined),
        stage: fc.constantFrom('tencentReview', 'awaitingBureauSubmission', 'smsVerification', 'bureauReview', 'approved'),
        seenAt: fc.integer({ min: 0, max: 10 }).map((hours) => T0 + hours * HOUR_MS),
        shownAt: fc.option(fc.integer({ min: -5, max: 5 }).map((hours) => T0 + hours * HOUR_MS), { nil: undefined }),
      },
      { requiredKeys: ['stage', 'seenAt'] },
    );
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 4 }), fc.array(observation, { maxLength: 12 }), (before, batch) => {
        const start = recordStages([], before);
        const oneByOne = batch.reduce((orders, seen) => recordStage(orders, seen), start);
        expect(recordStages(start, batch)).toEqual(oneByOne);
      }),
    );
  });

  it('opens an SMS round with the detection time when the SMS stage is seen promptly', () => {
    const order = orderAtSms();
    expect(order.sms).toEqual({ startedAt: order.lastObservedAt, receivedAt: order.lastObservedAt, confirmed: false, mayBeLate: false });
    expect(smsDeadline(order)?.at).toBe(order.lastObservedAt + SMS_WINDOW_MS);
  });

  it('warns that the deadline may be earlier when the SMS stage is seen long after the previous look', () => {
    const order = orderAtSms(6 * HOUR_MS);
    const previousLook = T0 + 20 * HOUR_MS;
    expect(order.sms).toMatchObject({ mayBeLate: true, confirmed: false, earliestPossibleAt: previousLook });
    expect(smsDeadline(order)).toMatchObject({
      at: previousLook + 6 * HOUR_MS + SMS_WINDOW_MS,
      mayBeLate: true,
      earliestPossibleAt: previousLook + SMS_WINDOW_MS,
    });
  });

  it('treats an order first seen at the SMS step as possibly late, with no known earliest time', () => {
    const [order] = record([], 'smsVerification', T0);
    expect(order!.sms).toEqual({ startedAt: T0, receivedAt: T0, confirmed: false, mayBeLate: true });
  });

  it('closes the SMS round as verified when the 管局 review is seen, and as returned otherwise', () => {
    const order = orderAtSms();
    const verified = record([order], 'bureauReview', order.lastObservedAt + HOUR_MS)[0]!;
    expect(verified.sms?.closed).toEqual({ at: order.lastObservedAt + HOUR_MS, reason: 'verified' });
    expect(smsDeadline(verified)).toBeNull();
    const returned = record([order], 'awaitingBureauSubmission', order.lastObservedAt + 25 * HOUR_MS)[0]!;
    expect(returned.sms?.closed?.reason).toBe('stageChanged');
  });

  it('starts a new SMS round after the order was returned and resubmitted', () => {
    const order = orderAtSms();
    let orders = record([order], 'awaitingBureauSubmission', order.lastObservedAt + 25 * HOUR_MS);
    const resentAt = order.lastObservedAt + 49 * HOUR_MS;
    orders = record(orders, 'smsVerification', resentAt);
    expect(orders[0]!.sms).toMatchObject({ startedAt: resentAt, receivedAt: resentAt });
    expect(orders[0]!.sms?.closed).toBeUndefined();
  });
});

describe('the user marks the SMS', () => {
  it('markSmsReceived records the given time, confirms it and starts the countdown from it', () => {
    const order = orderAtSms(6 * HOUR_MS);
    const smsTime = order.lastObservedAt - 5 * HOUR_MS;
    const marked = markSmsReceived(order, smsTime);
    expect(marked.sms).toEqual({ startedAt: order.sms!.startedAt, receivedAt: smsTime, confirmed: true, mayBeLate: false });
    expect(smsDeadline(marked)?.at).toBe(smsTime + SMS_WINDOW_MS);
    expect(marked.entries).toHaveLength(order.entries.length);
  });

  it('markSmsReceived before the console shows the SMS step adds the step', () => {
    const [order] = record([], 'awaitingBureauSubmission', T0);
    const marked = markSmsReceived(order!, T0 + HOUR_MS);
    expect(currentStage(marked)).toBe('smsVerification');
    expect(marked.entries.at(-1)).toEqual({ stage: 'smsVerification', at: T0 + HOUR_MS, source: 'user' });
    expect(smsDeadline(marked)?.at).toBe(T0 + HOUR_MS + SMS_WINDOW_MS);
  });

  it('markVerified ends the countdown and moves the order to the 管局 review', () => {
    const order = orderAtSms();
    const doneAt = order.lastObservedAt + 2 * HOUR_MS;
    const done = markVerified(order, doneAt);
    expect(smsDeadline(done)).toBeNull();
    expect(done.sms?.closed).toEqual({ at: doneAt, reason: 'verified' });
    expect(currentStage(done)).toBe('bureauReview');
    expect(markVerified(done, doneAt + 1)).toBe(done);
  });

  it('ignores the console still showing the SMS step after the user finished it', () => {
    const done = markVerified(orderAtSms(), T0 + 22 * HOUR_MS);
    const [after] = record([done], 'smsVerification', T0 + 23 * HOUR_MS);
    expect(currentStage(after!)).toBe('bureauReview');
    expect(smsDeadline(after!)).toBeNull();
    expect(after!.lastObservedAt).toBe(T0 + 23 * HOUR_MS);
  });
});

describe('user corrections', () => {
  it('correctStage changes an entry in place and marks it as the user\'s', () => {
    let orders = record([], 'tencentReview', T0);
    orders = record(orders, 'awaitingBureauSubmission', T0 + 3 * HOUR_MS);
    const corrected = correctStage(orders[0]!, 0, { at: T0 - HOUR_MS, stage: 'submitted' });
    expect(corrected.entries).toEqual([
      { stage: 'submitted', at: T0 - HOUR_MS, source: 'user' },
      { stage: 'awaitingBureauSubmission', at: T0 + 3 * HOUR_MS, source: 'observed' },
    ]);
    expect(correctStage(orders[0]!, 5, { stage: 'approved' })).toBe(orders[0]);
  });

  it('correcting the time of the running SMS step moves the deadline', () => {
    const order = orderAtSms();
    const smsIndex = order.entries.length - 1;
    const corrected = correctStage(order, smsIndex, { at: order.lastObservedAt - 30 * MINUTE_MS });
    expect(smsDeadline(corrected)?.at).toBe(order.lastObservedAt - 30 * MINUTE_MS + SMS_WINDOW_MS);
    expect(smsDeadline(corrected)?.confirmed).toBe(true);
  });

  it('correcting the current SMS entry to another stage closes the round', () => {
    const order = orderAtSms();
    const corrected = correctStage(order, order.entries.length - 1, { stage: 'awaitingBureauSubmission' });
    expect(smsDeadline(corrected)).toBeNull();
  });

  it('removeStageEntry deletes a wrong entry but never the last one', () => {
    const order = orderAtSms();
    const removed = removeStageEntry(order, order.entries.length - 1);
    expect(currentStage(removed)).toBe('awaitingBureauSubmission');
    expect(smsDeadline(removed)).toBeNull();
    const [single] = record([], 'tencentReview', T0);
    expect(removeStageEntry(single!, 0)).toBe(single);
  });
});

