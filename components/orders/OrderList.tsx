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
        return (
          <li key={order.key} className={classes}>
            <button type="button" className="bh-order-main" onClick={() => onSelect?.(order.key)} disabled={!onSelect}>
              <span className="bh-order-label">{orderLabel(order)}</span>
              <span className="bh-order-stage">{STAGE_LABELS[currentStage(order)]}</span>
              <span className="bh-order-countdown">
                {remaining === null
                  ? `更新于 ${formatChinaDateTime(order.lastObservedAt)}`
                  : expired
                    ? '短信核验已超时'
                    : `短信核验剩余 ${formatRemainingLong(remaining)}`}
              </span>
            </button>
            {onRemove && (
              <button type="button" className="bh-order-remove" onClick={() => onRemove(order.key)} aria-label={`不再跟踪 ${orderLabel(order)}`}>
                移除
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
