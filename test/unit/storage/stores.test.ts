import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOUR_MS } from '@/utils/calendar/china-time';
import { DEFAULT_REMINDER_OFFSETS_MINUTES } from '@/utils/orders/countdown';
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';
import type { Order } from '@/utils/orders/model';
import { StoreReadOnlyError } from '@/utils/storage/kept';
import { getOrders, readOrders, recordObservations, removeOrder, updateOrder, watchOrders } from '@/utils/browser/orders-store';
import { getReminderOffsets, readReminderSettings, readShownReminders, setReminderOffsets, syncReminders } from '@/utils/browser/reminders';
import { DEFAULT_DOCK, readDock, updateDock } from '@/utils/browser/dock-store';

const T0 = Date.parse('2026-11-20T02:00:00Z');
const ID_A = '30179108639935234';
const ID_B = '30179108639935235';

function order(orderId: string): Order {
  return recordStage([], { orderId, domain: `${orderId.slice(-3)}.cn`, stage: 'tencentReview', seenAt: T0 })[0]!;
}

const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;
const store = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The ways a record gets damaged: crash mid-write, sync tool, downgrade after an update. */
const damagedOrders: [string, unknown][] = [
  ['cut-off JSON', '{"key":"30179108639935235","entries":[{"stage":"tencentRev'],
  ['wrong type', { ...order(ID_B), lastObservedAt: 'yesterday' }],
  ['missing field', (({ entries: _entries, ...rest }) => rest)(order(ID_B))],
  ['unknown enum', { ...order(ID_B), entries: [{ stage: 'quantumReview', at: T0, source: 'observed' }] }],
  ['not an object', 42],
];

beforeEach(() => fakeBrowser.reset());

describe('order store', () => {
  it.each(damagedOrders)('keeps an entry with %s through writes and reports it as damaged', async (_kind, damaged) => {
    await store({ orders: [order(ID_A), clone(damaged)] });
    expect(await getOrders()).toEqual([order(ID_A)]);
    await recordObservations([{ orderId: ID_A, stage: 'awaitingBureauSubmission', seenAt: T0 + HOUR_MS }]);
    await updateOrder(order(ID_A).key, (o) => markSmsReceived(o, T0 + 2 * HOUR_MS));
    await removeOrder(order(ID_A).key);
    const stored = (await local()).orders as unknown[];
    expect(stored).toEqual([damaged]);
    const reading = await readOrders();
    const key = typeof damaged === 'object' ? order(ID_B).key : null;
    expect(reading.kept).toEqual([{ key, reason: 'damaged', raw: damaged }]);
    expect(reading.readOnly).toBe(false);
  });

  it('names the unreadable entry by its key when that much is readable', async () => {
    await store({ orders: [damagedOrders[1]![1]] });
    expect((await readOrders()).kept[0]!.key).toBe(order(ID_B).key);
  });

  it('keeps unknown keys of a readable order, at any depth, through writes', async () => {
    const future = { ...order(ID_A), colour: 'green', entries: [{ ...order(ID_A).entries[0]!, note: 'from v9' }] };
    await store({ orders: [future] });
    await updateOrder(order(ID_A).key, (o) => markSmsReceived(o, T0 + HOUR_MS));
    const [stored] = (await local()).orders as Record<string, unknown>[];
    expect(stored).toMatchObject({ colour: 'green', sms: { receivedAt: T0 + HOUR_MS } });
    expect(stored!.entries).toEqual([future.entries[0], expect.not.objectContaining({ note: expect.anything() })]);
  });

  it('moves a value that is not a list aside before starting a fresh list', async () => {
    const notAList = { '0': order(ID_A), length: 1 };
    await store({ orders: notAList });
    expect(await getOrders()).toEqual([]);
    expect((await readOrders()).kept).toEqual([{ key: null, reason: 'damaged', raw: notAList }]);
    await recordObservations([{ orderId: ID_B, stage: 'tencentReview', seenAt: T0 }]);
    const all = await local();
    expect(all.orders).toHaveLength(1);
    expect(all['kept:orders']).toEqual([{ reason: 'damaged', movedAt: expect.any(Number), raw: notAList }]);
  });

  it('reads a list written by a newer version but never writes it', async () => {
    const unknownToUs = { ...order(ID_B), entries: [{ stage: 'quantumReview', at: T0, source: 'observed' }] };
    await store({ orders: [order(ID_A), unknownToUs], orders$: { v: 7 } });
    const reading = await readOrders();
    expect(reading.items).toEqual([order(ID_A)]);
    expect(reading.kept).toEqual([{ key: order(ID_B).key, reason: 'newer', raw: unknownToUs }]);
    expect(reading.readOnly).toBe(true);
    await expect(recordObservations([{ orderId: ID_A, stage: 'awaitingBureauSubmission', seenAt: T0 }])).rejects.toThrow(StoreReadOnlyError);
    expect(await local()).toEqual({ orders: [order(ID_A), unknownToUs], orders$: { v: 7 } });
  });
});

describe('order store watchers', () => {
  it('hear once per write, whether the list, its version or both changed', async () => {
    const heard: string[][] = [];
    const unwatch = watchOrders((orders) => heard.push(orders.map((o) => o.key)));
    await recordObservations([{ orderId: ID_A, stage: 'tencentReview', seenAt: T0 }]);
    await vi.waitFor(() => expect(heard).toEqual([[ID_A]]));
    await store({ orders$: { v: 2 } });
    await vi.waitFor(() => expect(heard).toHaveLength(2));
    await store({ unrelated: 1 });
    unwatch();
    await store({ orders: [order(ID_B)] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(heard).toEqual([[ID_A], [ID_A]]);
  });
});

describe('reminder settings', () => {
  it.each([
    ['cut-off JSON', '{"offsetsMinutes":[60,1'],
    ['wrong type', { offsetsMinutes: '60' }],
    ['missing field', {}],
    ['out of range', { offsetsMinutes: [99999] }],
  ])('with %s gives the defaults, reports it, and moves it aside when the user saves', async (_kind, damaged) => {
    await store({ reminderSettings: damaged });
    expect(await getReminderOffsets()).toEqual(DEFAULT_REMINDER_OFFSETS_MINUTES);
    expect((await readReminderSettings()).kept).toEqual([{ key: null, reason: 'damaged', raw: damaged }]);
    await setReminderOffsets([30]);
    expect(await getReminderOffsets()).toEqual([30]);
    expect((await local())['kept:reminderSettings']).toEqual([{ reason: 'damaged', movedAt: expect.any(Number), raw: damaged }]);
    expect((await readReminderSettings()).kept).toEqual([]);
  });

  it('keeps an unknown extra key through a save', async () => {
    await store({ reminderSettings: { offsetsMinutes: [60], quietHours: [22, 7] } });
    await setReminderOffsets([15, 60]);
    expect((await local()).reminderSettings).toEqual({ offsetsMinutes: [15, 60], quietHours: [22, 7] });
  });

  it('written by a newer version: readable values apply, saving is refused', async () => {
    await store({ reminderSettings: { offsetsMinutes: [45] }, reminderSettings$: { v: 2 } });
    expect(await getReminderOffsets()).toEqual([45]);
    await expect(setReminderOffsets([30])).rejects.toThrow(StoreReadOnlyError);
    expect((await local()).reminderSettings).toEqual({ offsetsMinutes: [45] });
  });
});

describe('shown-reminder marks', () => {
  const ROUND = `bh-sms-reminder:${order(ID_A).key}|${T0}`;

  it('keeps unreadable marks in place and a wrong-kind value aside', async () => {
    await store({ orders: [markSmsReceived(order(ID_A), T0)], shownReminders: { [`${ROUND}|60`]: 'soon', [`${ROUND}|0`]: T0 } });
    await syncReminders(T0 + 25 * HOUR_MS);
    const marks = await readShownReminders();
    expect(marks.kept).toEqual([{ key: `${ROUND}|60`, reason: 'damaged', raw: 'soon' }]);
    expect((await local()).shownReminders).toMatchObject({ [`${ROUND}|60`]: 'soon' });

    await store({ shownReminders: ['not', 'a', 'map'] });
    await syncReminders(T0 + 25 * HOUR_MS);
    const all = await local();
    expect(all['kept:shownReminders']).toEqual([{ reason: 'damaged', movedAt: expect.any(Number), raw: ['not', 'a', 'map'] }]);
    expect(Object.values(all.shownReminders as object).every((at) => typeof at === 'number')).toBe(true);
  });

  it('keeps the marks of an order that cannot be read', async () => {
    const unreadable = { ...markSmsReceived(order(ID_A), T0), lastObservedAt: 'later' };
    await store({ orders: [unreadable], shownReminders: { [`${ROUND}|60`]: T0 } });
    await syncReminders(T0 + HOUR_MS);
    expect((await local()).shownReminders).toEqual({ [`${ROUND}|60`]: T0 });
  });
});

describe('dock state', () => {
  it('a damaged value gives the default and is moved aside at the next change; extra keys stay', async () => {
    await store({ dock: '{"collapsed":tr' });
    expect(await readDock()).toEqual(DEFAULT_DOCK);
    await updateDock({ collapsed: true });
    expect((await local())['kept:dock']).toEqual([{ reason: 'damaged', movedAt: expect.any(Number), raw: '{"collapsed":tr' }]);
    await store({ dock: { collapsed: true, width: 500, side: 'left' } });
    await updateDock({ width: 520 });
    expect((await local()).dock).toEqual({ collapsed: true, width: 520, side: 'left' });
  });

  it('written by a newer version is left untouched', async () => {
    await store({ dock: { collapsed: true, width: 500 }, dock$: { v: 3 } });
    expect(await updateDock({ width: 600 })).toEqual({ collapsed: true, width: 600 });
    expect((await local()).dock).toEqual({ collapsed: true, width: 500 });
  });
});
