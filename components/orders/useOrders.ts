import { useEffect, useMemo, useState } from 'react';
import { getOrders, removeOrder, updateOrder, watchOrders } from '@/utils/browser/orders-store';
import type { Order } from '@/utils/orders/model';
import {
  correctStage,
  markSmsReceived,
  markVerified,
  removeStageEntry,
  type StageCorrection,
} from '@/utils/orders/reducers';

export interface OrderActions {
  markSmsReceived(key: string, at: number): Promise<unknown>;
  markVerified(key: string, at: number): Promise<unknown>;
  correctStage(key: string, index: number, correction: StageCorrection): Promise<unknown>;
  removeStageEntry(key: string, index: number): Promise<unknown>;
  removeOrder(key: string): Promise<unknown>;
}

/** The stored orders (null while loading), kept current across extension pages, and the user's actions on them. */
export function useOrders(): { orders: Order[] | null } & OrderActions {
  const [orders, setOrders] = useState<Order[] | null>(null);
  useEffect(() => {
    let active = true;
    void getOrders().then((loaded) => active && setOrders(loaded));
    const unwatch = watchOrders((changed) => setOrders(changed));
    return () => {
      active = false;
      unwatch();
    };
  }, []);

  const actions = useMemo<OrderActions>(
    () => ({
      markSmsReceived: (key, at) => updateOrder(key, (order) => markSmsReceived(order, at)),
      markVerified: (key, at) => updateOrder(key, (order) => markVerified(order, at)),
      correctStage: (key, index, correction) => updateOrder(key, (order) => correctStage(order, index, correction)),
      removeStageEntry: (key, index) => updateOrder(key, (order) => removeStageEntry(order, index)),
      removeOrder,
    }),
    [],
  );
  return { orders, ...actions };
}
