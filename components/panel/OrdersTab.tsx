import { useState } from 'react';
import type { Profile } from '@/utils/profile';
import { openOrdersByDeadline } from '@/utils/orders/countdown';
import { verifierContacts } from '@/utils/orders/verifiers';
import { Countdown } from '@/components/orders/Countdown';
import { OrderList } from '@/components/orders/OrderList';
import { Timeline } from '@/components/orders/Timeline';
import { useOrders } from '@/components/orders/useOrders';

/** Orders seen in the console, the SMS countdown of the chosen one and its stage timeline. */
export function OrdersTab({ profile, pageOrderId }: { profile: Profile | null; pageOrderId?: string | null }) {
  const { orders, ...actions } = useOrders();
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  if (!orders) return <p className="bh-weak">正在读取订单…</p>;
  if (orders.length === 0) {
    return <p className="bh-weak">还没有记录到备案订单。打开控制台的订单列表或订单详情页，助手会自动记录订单所处阶段。</p>;
  }
  const open = openOrdersByDeadline(orders, Date.now());
  // The user's pick, else the order whose page is open, else the soonest deadline.
  const selected =
    orders.find((o) => o.key === selectedKey) ??
    orders.find((o) => pageOrderId && o.orderId === pageOrderId) ??
    open[0]?.order ??
    orders[0]!;
  const verifiers = profile && (!selected.profileId || selected.profileId === profile.id) ? verifierContacts(profile, selected.filingType) : [];

  return (
    <div className="bh-orders-tab">
      <OrderList orders={orders} selectedKey={selected.key} onSelect={setSelectedKey} onRemove={(key) => void actions.removeOrder(key)} />
      <Countdown
        order={selected}
        verifiers={verifiers}
        onSmsReceived={(at) => void actions.markSmsReceived(selected.key, at)}
        onVerified={(at) => void actions.markVerified(selected.key, at)}
      />
      <Timeline
        order={selected}
        province={profile?.subject.province}
        onCorrect={(index, correction) => void actions.correctStage(selected.key, index, correction)}
        onRemove={(index) => void actions.removeStageEntry(selected.key, index)}
      />
    </div>
  );
}
