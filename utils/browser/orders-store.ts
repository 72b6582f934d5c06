/**
 * Filing orders in `local:` storage (versioned WXT item). Readers get the entries that validate; an entry that does not
 * (written by a newer version, or damaged) is kept as it is on every write, never dropped. Writes are validated and
 * serialized within one extension context, so two quick updates never lose each other.
 */
import { storage } from 'wxt/utils/storage';
import { OrderSchema, parseStoredOrders, type Order } from '@/utils/orders/model';
import { recordStage, type StageObservation } from '@/utils/orders/reducers';

export const ordersItem = storage.defineItem<Order[]>('local:orders', { fallback: [], version: 1 });

const OrderListSchema = OrderSchema.array();

let pendingWrite: Promise<unknown> = Promise.resolve();

export async function getOrders(): Promise<Order[]> {
  return parseStoredOrders(await ordersItem.getValue());
}

/** Stored entries this version cannot read. */
function unreadable(raw: unknown): unknown[] {
  return Array.isArray(raw) ? raw.filter((item) => !OrderSchema.safeParse(item).success) : [];
}

/** Applies a pure change to the stored list; writes only when the change returns a new list. */
export function updateOrders(change: (orders: Order[]) => Order[]): Promise<Order[]> {
  const run = pendingWrite.then(async () => {
    const raw: unknown = await ordersItem.getValue();
    const current = parseStoredOrders(raw);
    const next = change(current);
    if (next !== current) await ordersItem.setValue([...OrderListSchema.parse(next), ...unreadable(raw)] as Order[]);
    return next;
  });
  pendingWrite = run.catch(() => undefined);
  return run;
}

/** Records status observations read from console pages. */
export function recordObservations(observations: readonly StageObservation[]): Promise<Order[]> {
  return updateOrders((orders) => observations.reduce(recordStage, orders));
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

/** Calls back with the valid orders whenever the stored list changes (in any extension context). Returns unwatch. */
export function watchOrders(callback: (orders: Order[]) => void): () => void {
  return ordersItem.watch((value) => callback(parseStoredOrders(value)));
}
