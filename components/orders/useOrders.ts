import { useEffect, useMemo, useState } from 'react';
import { getOrders, removeOrder, updateOrder, updateOrders, watchOrders } from '@/utils/browser/orders-store';
import type { Order } from '@/utils/orders/model';
import type { Stage } from '@/utils/orders/stages';
import {
  addOrderByHand,
  correctStage,
  editOrderDetails,
  markSmsReceived,
  markVerified,
  removeStageEntry,
  setStageByHand,
  type HandOrderDetails,
  type HandOrderInput,
  type StageCorrection,
} from '@/utils/orders/reducers';

export interface OrderActions {
  markSmsReceived(key: string, at: number): Promise<unknown>;
  markVerified(key: string, at: number): Promise<unknown>;
  correctStage(key: string, index: number, correction: StageCorrection): Promise<unknown>;
  removeStageEntry(key: string, index: number): Promise<unknown>;
  removeOrder(key: string): Promise<unknown>;
  /** Adds an order by hand (merged into a tracked order with the same number). */
  addOrder(input: HandOrderInput): Promise<unknown>;
  editOrder(key: string, details: HandOrderDetails): Promise<unknown>;
  setStage(key: string, stage: Stage, at: number): Promise<unknown>;
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
      addOrder: (input) => updateOrders((orders) => addOrderByHand(orders, input, Date.now())),
      editOrder: (key, details) => updateOrder(key, (order) => editOrderDetails(order, details)),
      setStage: (key, stage, at) => updateOrder(key, (order) => setStageByHand(order, stage, at)),
    }),
    [],
  );
  return { orders, ...actions };
}
