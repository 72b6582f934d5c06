/**
 * Property: whatever damage a stored snapshot suffers, and whatever the user then does, reads never throw, every
 * record this build could not read is still stored deep-equal (in place or moved aside), and readable records keep
 * the keys this build does not know.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STAGES } from '@/utils/orders/stages';
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';
import type { Order } from '@/utils/orders/model';
import { StoreReadOnlyError, isPlainObject } from '@/utils/storage/kept';
import { getOrders, readOrders, recordObservations, removeOrder, updateOrder } from '@/utils/browser/orders-store';
import { getReminderOffsets, readReminderSettings, readShownReminders, setReminderOffsets, syncReminders } from '@/utils/browser/reminders';
import { readDock, updateDock } from '@/utils/browser/dock-store';

const T0 = Date.parse('2026-11-20T02:00:00Z');
const orderIds = fc.integer({ min: 0, max: 5 }).map((n) => `3017910863993520${n}`);

function order(orderId: string, smsAt?: number): Order {
  const [created] = recordStage([], { orderId, domain: `d${orderId.slice(-1)}.cn`, stage: 'awaitingBureauSubmission', seenAt: T0 });
  return smsAt === undefined ? created! : markSmsReceived(created!, smsAt);
}

/** The damage a crash, a downgrade or a sync tool leaves on one record. */
const damageOf = (record: Record<string, unknown>) =>
  fc.oneof(
    fc.constant(JSON.stringify(record).slice(0, 20)),
    fc.constant({ ...record, lastObservedAt: 'yesterday' }),
    fc.constant((({ entries: _entries, ...rest }) => rest)(record)),
    fc.constant({ ...record, entries: [{ stage: 'quantumReview', at: T0, source: 'observed' }] }),
    fc.constantFrom(null, 7, true, []),
  );

const storedOrder = fc
  .tuple(orderIds, fc.option(fc.integer({ min: -30, max: 30 }).map((h) => T0 + h * 3_600_000)), fc.boolean(), fc.boolean())
  .chain(([id, smsAt, damaged, extra]) => {
    const record = order(id, smsAt ?? undefined) as unknown as Record<string, unknown>;
    if (damaged) return damageOf(record).map((raw) => ({ raw, unreadable: true }));
    return fc.constant({ raw: extra ? { ...record, colour: 'green', sms: record.sms && { ...(record.sms as object), via: 'x' } } : record, unreadable: false });
  });

const snapshot = fc.record({
  orders: fc.oneof(
    { weight: 4, arbitrary: fc.array(storedOrder, { maxLength: 5 }) },
    fc.constantFrom('{"orders":[', { length: 2 }, 12),
  ),
  ordersVersion: fc.constantFrom(undefined, 1, 2),
  settings: fc.constantFrom(undefined, { offsetsMinutes: [60] }, { offsetsMinutes: [60], quietHours: true }, '{"offsetsM', { offsetsMinutes: 'x' }),
  marks: fc.constantFrom(undefined, {}, { 'bh-sms-reminder:x|1|60': 'bad' }, ['wrong', 'kind']),
  dock: fc.constantFrom(undefined, { collapsed: true, width: 500, side: 'left' }, '{"coll', { collapsed: 'maybe' }),
});

type Action =
  | { kind: 'observe'; orderId: string; stage: (typeof STAGES)[number]; hours: number }
  | { kind: 'sms'; orderId: string; hours: number }
  | { kind: 'remove'; orderId: string }
  | { kind: 'offsets'; offsets: number[] }
  | { kind: 'sync'; hours: number }
  | { kind: 'dock'; width: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('observe' as const), orderId: orderIds, stage: fc.constantFrom(...STAGES), hours: fc.integer({ min: 0, max: 48 }) }),
  fc.record({ kind: fc.constant('sms' as const), orderId: orderIds, hours: fc.integer({ min: 0, max: 48 }) }),
  fc.record({ kind: fc.constant('remove' as const), orderId: orderIds }),
  fc.record({ kind: fc.constant('offsets' as const), offsets: fc.uniqueArray(fc.integer({ min: 1, max: 1440 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('sync' as const), hours: fc.integer({ min: 0, max: 48 }) }),
  fc.record({ kind: fc.constant('dock' as const), width: fc.integer({ min: 0, max: 3000 }) }),
);

async function run(step: Action, removed: Set<string>): Promise<void> {
  const at = (hours: number) => T0 + hours * 3_600_000;
  switch (step.kind) {
    case 'observe':
      await recordObservations([{ orderId: step.orderId, stage: step.stage, seenAt: at(step.hours) }]);
      return;
    case 'sms':
      await updateOrder(step.orderId, (o) => markSmsReceived(o, at(step.hours)));
      return;
    case 'remove':
      // Removing is the user's choice: a readable order with this key may go, and its unknown keys with it.
      removed.add(step.orderId);
      await removeOrder(step.orderId);
      return;
    case 'offsets':
      await setReminderOffsets(step.offsets);
      return;
    case 'sync':
      await syncReminders(at(step.hours));
      return;
    case 'dock':
      await updateDock({ width: step.width });
  }
}

/** Every raw value stored under `key`, in place or moved aside. */
async function storedUnder(key: string): Promise<unknown[]> {
  const all = (await fakeBrowser.storage.local.get(null)) as Record<string, unknown>;
  const inPlace = all[key];
  const aside = Array.isArray(all[`kept:${key}`]) ? (all[`kept:${key}`] as { raw: unknown }[]).map((entry) => entry.raw) : [];
  return [inPlace, ...(Array.isArray(inPlace) ? inPlace : isPlainObject(inPlace) ? Object.values(inPlace) : []), ...aside];
}

describe('stores under random damage and random use', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never throw on read, never lose what they cannot read, keep unknown keys', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, fc.array(action, { maxLength: 8 }), async (damage, actions) => {
        fakeBrowser.reset();
        const orders = Array.isArray(damage.orders) ? damage.orders.map((entry) => entry.raw) : damage.orders;
        await fakeBrowser.storage.local.set({
          orders,
          ...(damage.ordersVersion ? { orders$: { v: damage.ordersVersion } } : {}),
          ...(damage.settings !== undefined ? { reminderSettings: damage.settings } : {}),
          ...(damage.marks !== undefined ? { shownReminders: damage.marks } : {}),
          ...(damage.dock !== undefined ? { dock: damage.dock } : {}),
        });
        const unreadableOrders = Array.isArray(damage.orders)
          ? (await readOrders()).kept.map((entry) => entry.raw)
          : [damage.orders];
        const unreadableSettings = (await readReminderSettings()).kept.map((entry) => entry.raw);
        const unreadableMarks = (await readShownReminders()).kept.map((entry) => entry.raw);
        const removed = new Set<string>();

        for (const step of actions) {
          try {
            await run(step, removed);
          } catch (error) {
            // The only refusal allowed: writing to a store a newer version wrote.
            expect(error).toBeInstanceOf(StoreReadOnlyError);
          }
          await getOrders();
          await getReminderOffsets();
          await readDock();
        }

        const ordersNow = await storedUnder('orders');
        for (const raw of unreadableOrders) expect(ordersNow).toContainEqual(raw);
        const settingsNow = await storedUnder('reminderSettings');
        for (const raw of unreadableSettings) expect(settingsNow).toContainEqual(raw);
        const marksNow = await storedUnder('shownReminders');
        for (const raw of unreadableMarks) expect(marksNow).toContainEqual(raw);

        const stored = (await fakeBrowser.storage.local.get('orders')).orders as Record<string, unknown>[];
        for (const entry of Array.isArray(damage.orders) ? damage.orders : []) {
          const raw = entry.raw as Record<string, unknown>;
          if (entry.unreadable || !('colour' in raw) || removed.has(raw.key as string)) continue;
          const kept = stored.filter((item) => isPlainObject(item) && item.key === raw.key && item.colour === 'green');
          expect(kept.length).toBeGreaterThan(0);
          if (raw.sms) expect(kept.some((item) => isPlainObject(item.sms) && item.sms.via === 'x')).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
