import { describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import { ORDER_STORE, OrderSchema, type Order } from '@/utils/orders/model';
import { readList } from '@/utils/storage/kept';
import { currentStage, recordStage } from '@/utils/orders/reducers';
import { openOrdersByDeadline, smsDeadline } from '@/utils/orders/countdown';
import { doneVerifiers, lastAnswer, recordMiitAnswer, triesLeft, triesWarning, type MiitAnswer } from '@/utils/orders/sms-results';

const T0 = Date.parse('2026-11-10T02:00:00Z');
const ORDER_ID = '30179108639935234';

function orderAtSms(): Order {
  let orders = recordStage([], { orderId: ORDER_ID, domain: 'example.com', filingType: '首次备案', stage: 'tencentReview', seenAt: T0 });
  orders = recordStage(orders, { orderId: ORDER_ID, stage: 'smsVerification', seenAt: T0 + HOUR_MS });
  return orders[0]!;
}

const answer = (code: MiitAnswer['code'], minutes: number, verifierId?: string): MiitAnswer => ({
  code,
  at: T0 + HOUR_MS + minutes * MINUTE_MS,
  ...(verifierId ? { verifierId } : {}),
});

describe('failed tries', () => {
  it('starts at 5 and counts each wrong-data answer down to 0, surviving a storage round trip', () => {
    let order = orderAtSms();
    expect(triesLeft(order)).toBe(5);
    order = recordMiitAnswer(order, answer(2, 1));
    expect(triesLeft(order)).toBe(4);
    expect(triesWarning(order)).toEqual({ text: '还可输错 4 次', tone: 'info' });
    for (let i = 2; i <= 4; i++) order = recordMiitAnswer(order, answer(2, i));
    expect(triesLeft(order)).toBe(1);
    expect(triesWarning(order).tone).toBe('warning');
    order = recordMiitAnswer(order, answer(2, 5));
    const [reloaded] = readList(ORDER_STORE, JSON.parse(JSON.stringify([OrderSchema.parse(order)])), 1).items;
    expect(triesLeft(reloaded!)).toBe(0);
    expect(triesWarning(reloaded!)).toMatchObject({ tone: 'error' });
    expect(triesWarning(reloaded!).text).toMatch(/第 6 次.*退回/);
    // Still counted past zero, never negative.
    expect(triesLeft(recordMiitAnswer(reloaded!, answer(2, 6)))).toBe(0);
  });

  it('answers that are not wrong data do not count', () => {
    let order = orderAtSms();
    for (const code of [4, 21, 100, 101, 102, 31] as const) order = recordMiitAnswer(order, answer(code, 1, 'subject'));
    expect(triesLeft(order)).toBe(5);
    expect(order.sms!.results!.map((r) => r.code)).toEqual([4, 21, 100, 101, 102, 31]);
    expect(lastAnswer(order)).toEqual({ code: 31, at: T0 + HOUR_MS + MINUTE_MS });
  });
});

describe('closing the SMS step', () => {
  it.each([3, 20] as const)('result %i ends the countdown, records the time and moves the timeline to 管局审核', (code) => {
    const at = T0 + 2 * HOUR_MS;
    const order = recordMiitAnswer(orderAtSms(), { code, at });
    expect(smsDeadline(order)).toBeNull();
    expect(order.sms!.closed).toEqual({ at, reason: 'verified' });
    expect(currentStage(order)).toBe('bureauReview');
    expect(order.entries.at(-1)).toEqual({ stage: 'bureauReview', at, source: 'user' });
    expect(openOrdersByDeadline([order], at)[0]!.deadline).toBeNull();
  });

  it('result 31 marks that verifier done and keeps the countdown for the others', () => {
    const order = recordMiitAnswer(orderAtSms(), answer(31, 5, 'subject'));
    expect(doneVerifiers(order)).toEqual(['subject']);
    expect(smsDeadline(order)).not.toBeNull();
    expect(currentStage(order)).toBe('smsVerification');
    expect(doneVerifiers(recordMiitAnswer(order, answer(31, 6, 'subject')))).toEqual(['subject']);
  });

  it('answers for an order not in the SMS step change nothing', () => {
    const closed = recordMiitAnswer(orderAtSms(), answer(3, 5));
    expect(recordMiitAnswer(closed, answer(2, 6))).toBe(closed);
  });
});
