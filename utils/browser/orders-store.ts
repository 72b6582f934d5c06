/**
 * Filing orders in `local:orders` (a list store, see `utils/storage/kept.ts`). Readers get the entries that validate;
 * an entry that does not (written by a newer version, or damaged) stays in the list on every write, a readable order
 * keeps the fields this build does not know, a non-list value is moved aside before a fresh list starts, and a list
 * written by a newer version is never written to. Writes are serialized within one extension context, so two quick
 * updates never lose each other.
 */
import { storage } from 'wxt/utils/storage';
import { ORDER_STORE, type Order } from '@/utils/orders/model';
import { recordStages, type StageObservation } from '@/utils/orders/reducers';
import { readList, writeList, type ListReading } from '@/utils/storage/kept';
import { defineKeptItem } from './kept-item';

/** The raw stored list (tests and the backup read and write it as it is). */
export const ordersItem = storage.defineItem<Order[]>('local:orders', { fallback: [] });
const keptOrders = defineKeptItem('orders', ORDER_STORE.version);

let pendingWrite: Promise<unknown> = Promise.resolve();

/** The readable orders, the unreadable entries with their reasons, and whether the list may be written. */
export async function readOrders(): Promise<ListReading<Order>> {
  const { raw, version } = await keptOrders.read();
  return readList(ORDER_STORE, raw, version);
}

export async function getOrders(): Promise<Order[]> {
  return (await readOrders()).items;
}

/**
 * Applies a pure change to the stored list; writes only when the change returns a new list. Throws
 * StoreReadOnlyError when the list was written by a newer version.
 */
export function updateOrders(change: (orders: Order[]) => Order[]): Promise<Order[]> {
  const run = pendingWrite.then(async () => {
    const reading = await readOrders();
    const next = change(reading.items);
    if (next === reading.items) return next;
    const value = writeList(ORDER_STORE, reading, next);
    await keptOrders.write(value, reading.aside);
    return next;
  });
  pendingWrite = run.catch(() => undefined);
  return run;
}

/** Records status observations read from console pages. */
export function recordObservations(observations: readonly StageObservation[]): Promise<Order[]> {
  return updateOrders((orders) => recordStages(orders, observations));
}

/** Applies a change to one order (for example `markSmsReceived`); resolves to the updated order, if it exists. */
export async function updateOrder(key: string, change: (order: Order) => Order): Promise<Order | undefined> {
  const orders = await updateOrders((current) =>
    current.some((order) => order.key === key)
      ? current.map((order) => (order.key === key ? change(order) : order))
      : current,
  );
  return orders.find((order) => order.key === key);
}

export function removeOrder(key: string): Promise<Order[]> {
  return updateOrders((orders) => (orders.some((order) => order.key === key) ? orders.filter((order) => order.key !== key) : orders));
}

/** Calls back whenever the stored list or its version changes (in any extension context). Returns unwatch. */
export function watchOrderStore(callback: () => void): () => void {
  return keptOrders.watch(callback);
}

/** Calls back with the valid orders whenever the stored list changes (in any extension context). Returns unwatch. */
export function watchOrders(callback: (orders: Order[]) => void): () => void {
  return watchOrderStore(() => void readOrders().then((reading) => callback(reading.items)));
}
