import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import {
  DEFAULT_REMINDER_OFFSETS_MINUTES,
  formatRemaining,
  formatRemainingLong,
  openOrdersByDeadline,
  reminderSchedule,
} from '@/utils/orders/countdown';
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';
import { stageDueAt, stageProgress, upcomingStages } from '@/utils/orders/overdue';
import type { Order } from '@/utils/orders/model';

const NOW = Date.parse('2026-11-20T04:00:00Z');

describe('reminderSchedule', () => {
  it('gives 12 h, 3 h, 1 h, 15 min before and the expiry, earliest first', () => {
    const deadline = NOW + 24 * HOUR_MS;
    expect(reminderSchedule(deadline, DEFAULT_REMINDER_OFFSETS_MINUTES)).toEqual([
      { minutesBefore: 720, at: deadline - 12 * HOUR_MS },
      { minutesBefore: 180, at: deadline - 3 * HOUR_MS },
      { minutesBefore: 60, at: deadline - HOUR_MS },
      { minutesBefore: 15, at: deadline - 15 * MINUTE_MS },
      { minutesBefore: 0, at: deadline },
    ]);
  });

  it('drops duplicate, non-positive and fractional offsets', () => {
    expect(reminderSchedule(NOW, [30, 30, 0, -5, 2.5]).map((r) => r.minutesBefore)).toEqual([30, 0]);
  });
});

describe('formatRemaining (badge)', () => {
  it.each([
    [24 * HOUR_MS, '24h'],
    [23 * HOUR_MS + 59 * MINUTE_MS, '23h'],
    [HOUR_MS, '1h'],
    [HOUR_MS - 1, '59m'],
    [45 * MINUTE_MS + 30_000, '45m'],
    [20_000, '1m'],
    [0, '0m'],
    [-5 * MINUTE_MS, '0m'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatRemaining(ms)).toBe(text);
  });

  it('always fits a badge (at most 4 characters) within the window', () => {
    fc.assert(
      fc.property(fc.integer({ min: -HOUR_MS, max: 48 * HOUR_MS }), (ms) => {
        expect(formatRemaining(ms).length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('formatRemainingLong speaks Chinese', () => {
    expect(formatRemainingLong(23 * HOUR_MS + 5 * MINUTE_MS + 10_000)).toBe('23 小时 5 分');
    expect(formatRemainingLong(45 * MINUTE_MS)).toBe('45 分钟');
    expect(formatRemainingLong(30_000)).toBe('不到 1 分钟');
    expect(formatRemainingLong(0)).toBe('已超时');
  });
});

function orderWithSms(id: string, smsAt: number): Order {
  const [order] = recordStage([], { orderId: id, domain: `${id.slice(-3)}.cn`, stage: 'awaitingBureauSubmission', seenAt: smsAt - HOUR_MS });
  return markSmsReceived(order!, smsAt);
}

describe('openOrdersByDeadline', () => {
  it('lists running deadlines soonest first, then expired ones, then orders without SMS; not finished orders', () => {
    const later = orderWithSms('30000000000000001', NOW - 2 * HOUR_MS);
    const sooner = orderWithSms('30000000000000002', NOW - 20 * HOUR_MS);
    const expired = orderWithSms('30000000000000003', NOW - 30 * HOUR_MS);
    const [reviewing] = recordStage([], { orderId: '30000000000000004', stage: 'tencentReview', seenAt: NOW - HOUR_MS });
    const approved = recordStage([reviewing!], { orderId: '30000000000000004', stage: 'approved', seenAt: NOW })[0]!;
    const [waiting] = recordStage([], { orderId: '30000000000000005', stage: 'bureauReview', seenAt: NOW - HOUR_MS });

    const list = openOrdersByDeadline([later, waiting!, expired, approved, sooner], NOW);
    expect(list.map((item) => item.order.orderId)).toEqual([
      '30000000000000002',
      '30000000000000001',
      '30000000000000003',
      '30000000000000005',
    ]);
    expect(list[0]!.deadline?.at).toBe(NOW + 4 * HOUR_MS);
  });
});

describe('stage due dates and overdue marks', () => {
  it('gives Tencent 2 working days and the 管局 20 (Zhejiang 30), to the end of the Beijing day', () => {
    const enteredAt = Date.parse('2026-09-30T02:00:00Z'); // Wednesday before National Day
    expect(stageDueAt('tencentReview', enteredAt)).toBe(Date.parse('2026-10-09T15:59:59.999Z'));
    expect(stageDueAt('smsVerification', enteredAt)).toBe(enteredAt + 24 * HOUR_MS);
    expect(stageDueAt('bureauReview', Date.parse('2026-11-10T02:00:00Z'))).toBe(Date.parse('2026-12-08T15:59:59.999Z'));
    expect(stageDueAt('bureauReview', Date.parse('2026-11-10T02:00:00Z'), '浙江')).toBe(Date.parse('2026-12-22T15:59:59.999Z'));
    expect(stageDueAt('approved', enteredAt)).toBeNull();
  });

  it('marks a stage overdue when it lasted or is lasting longer than expected', () => {
    const start = Date.parse('2026-11-09T02:00:00Z'); // Monday
    let orders = recordStage([], { orderId: '30000000000000009', stage: 'tencentReview', seenAt: start });
    orders = recordStage(orders, { orderId: '30000000000000009', stage: 'awaitingBureauSubmission', seenAt: start + 4 * 24 * HOUR_MS });
    const progress = stageProgress(orders[0]!, start + 5 * 24 * HOUR_MS);
    expect(progress.map((p) => p.overdue)).toEqual([true, false]);
    expect(progress[0]!.endedAt).toBe(start + 4 * 24 * HOUR_MS);
    const onTime = stageProgress(orders[0]!, start + 4 * 24 * HOUR_MS + HOUR_MS);
    expect(onTime[1]!.overdue).toBe(false);
    const late = stageProgress(orders[0]!, Date.parse('2026-11-20T02:00:00Z'));
    expect(late[1]!.overdue).toBe(true);
  });

  it('uses the corrected SMS time for the running SMS step', () => {
    const order = orderWithSms('30000000000000010', NOW - 10 * HOUR_MS);
    const progress = stageProgress(order, NOW).at(-1)!;
    expect(progress.dueAt).toBe(NOW + 14 * HOUR_MS);
    expect(progress.overdue).toBe(false);
    expect(stageProgress(order, NOW + 15 * HOUR_MS).at(-1)!.overdue).toBe(true);
  });
});

describe('upcoming stages', () => {
  const start = Date.parse('2026-11-09T02:00:00Z'); // Monday 10:00 Beijing

  it('chains each stage\'s full limit from the current stage\'s expected end', () => {
    const [order] = recordStage([], { orderId: '30000000000000012', stage: 'awaitingBureauSubmission', seenAt: start });
    const upcoming = upcomingStages(order!, start);
    expect(upcoming.map((step) => step.stage)).toEqual(['smsVerification', 'bureauReview', 'approved']);
    // Submission to the 管局 within 3 working days: by the end of Thursday 12 November.
    expect(upcoming[0]!.latestAt).toBe(Date.parse('2026-11-12T15:59:59.999Z'));
    // The SMS window is 24 calendar hours.
    expect(upcoming[1]!.latestAt).toBe(Date.parse('2026-11-13T15:59:59.999Z'));
    // 20 working days from Friday 13 November: Friday 11 December.
    expect(upcoming[2]!.latestAt).toBe(Date.parse('2026-12-11T15:59:59.999Z'));
    expect(upcoming.every((step) => step.estimate === null)).toBe(true);
  });

  it('starts from now when the current stage is already overdue, and from now for a fresh submission', () => {
    const [reviewing] = recordStage([], { orderId: '30000000000000013', stage: 'tencentReview', seenAt: start });
    const late = start + 10 * 24 * HOUR_MS;
    expect(upcomingStages(reviewing!, late)[0]!.latestAt).toBe(late);
    const [submitted] = recordStage([], { orderId: '30000000000000014', stage: 'submitted', seenAt: start });
    const fresh = upcomingStages(submitted!, start + HOUR_MS);
    expect(fresh[0]).toEqual({ stage: 'tencentReview', latestAt: start + HOUR_MS, estimate: null });
    expect(fresh).toHaveLength(5);
  });

  it('has nothing ahead for approved, rejected or abandoned orders', () => {
    for (const stage of ['approved', 'rejected', 'abandoned'] as const) {
      let orders = recordStage([], { orderId: '30000000000000015', stage: 'bureauReview', seenAt: start });
      orders = recordStage(orders, { orderId: '30000000000000015', stage, seenAt: start + HOUR_MS });
      expect(orders[0]!.entries.at(-1)!.stage).toBe(stage);
      expect(upcomingStages(orders[0]!, start + HOUR_MS)).toEqual([]);
    }
  });

  it('labels every date after a working-day count through a year without a known arrangement', () => {
    const december = Date.parse('2026-12-21T02:00:00Z'); // Monday
    const [order] = recordStage([], { orderId: '30000000000000016', stage: 'awaitingBureauSubmission', seenAt: december });
    const upcoming = upcomingStages(order!, december);
    expect(upcoming[0]!.estimate).toBeNull(); // 24 December 2026 is in a known year
    expect(upcoming[2]!.estimate).toBe('估算（2027年节假日安排未知，按周末计算）');
  });
});
