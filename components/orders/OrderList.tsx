import { memo } from 'react';
import { formatChinaDateTime } from '@/utils/calendar/china-time';
import { URGENT_REMAINING_MS, formatRemainingLong, openOrdersByDeadline } from '@/utils/orders/countdown';
import type { Order } from '@/utils/orders/model';
import { currentStage, orderLabel } from '@/utils/orders/reducers';
import { STAGE_LABELS } from '@/utils/orders/stages';
import { useNow } from './useNow';
import './orders.css';

export interface OrderListProps {
  orders: readonly Order[];
  /** Fixed clock for tests and screenshots; the list ticks by itself when absent. */
  now?: number;
  selectedKey?: string;
  onSelect?: (key: string) => void;
  onRemove?: (key: string) => void;
}

/** Every open order with its stage and SMS countdown, soonest deadline first (popup). */
export function OrderList({ orders, now: fixedNow, selectedKey, onSelect, onRemove }: OrderListProps) {
  const now = useNow(fixedNow);
  const open = openOrdersByDeadline(orders, now);
  if (open.length === 0) return <p className="bh-weak bh-order-list-empty">暂无进行中的备案订单。</p>;

  return (
    <ul className="bh-order-list" aria-label="进行中的备案订单">
      {open.map(({ order, deadline }) => {
        const remaining = deadline ? deadline.at - now : null;
        const expired = remaining !== null && remaining <= 0;
        const urgent = remaining !== null && !expired && remaining <= URGENT_REMAINING_MS;
        const classes = ['bh-order-item', urgent && 'bh-countdown-urgent', expired && 'bh-countdown-expired', order.key === selectedKey && 'bh-order-selected']
          .filter(Boolean)
          .join(' ');
        const status =
          remaining === null
            ? `更新于 ${formatChinaDateTime(order.lastObservedAt)}`
            : expired
              ? '短信核验已超时'
              : `短信核验剩余 ${formatRemainingLong(remaining)}`;
        return (
          <OrderRow
            key={order.key}
            orderKey={order.key}
            label={orderLabel(order)}
            stage={STAGE_LABELS[currentStage(order)]}
            status={status}
            classes={classes}
            onSelect={onSelect}
            onRemove={onRemove}
          />
        );
      })}
    </ul>
  );
}

interface OrderRowProps {
  orderKey: string;
  label: string;
  stage: string;
  status: string;
  classes: string;
  onSelect?: (key: string) => void;
  onRemove?: (key: string) => void;
}

/**
 * One order, from display texts only: an agency may track hundreds of orders, and every stored change re-reads all of
 * them as new objects, so only the rows whose texts changed render again.
 */
const OrderRow = memo(function OrderRow({ orderKey, label, stage, status, classes, onSelect, onRemove }: OrderRowProps) {
  return (
    <li className={classes}>
      <button type="button" className="bh-order-main" onClick={() => onSelect?.(orderKey)} disabled={!onSelect}>
        <span className="bh-order-label">{label}</span>
        <span className="bh-order-stage">{stage}</span>
        <span className="bh-order-countdown">{status}</span>
      </button>
      {onRemove && (
        <button type="button" className="bh-order-remove" onClick={() => onRemove(orderKey)} aria-label={`不再跟踪 ${label}`}>
          移除
        </button>
      )}
    </li>
  );
});
