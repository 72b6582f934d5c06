import { useState } from 'react';
import type { Profile } from '@/utils/profile';
import type { OrderPageSummary, PageKind, PageStructure } from '@/utils/console/types';
import { openOrdersByDeadline } from '@/utils/orders/countdown';
import { verifierContacts } from '@/utils/orders/verifiers';
import { Countdown } from '@/components/orders/Countdown';
import { OrderList } from '@/components/orders/OrderList';
import { AddOrderForm, EditOrderForm, type ProfileChoice } from '@/components/orders/OrderForm';
import { TimeForm } from '@/components/orders/TimeForm';
import { Timeline } from '@/components/orders/Timeline';
import { useNow } from '@/components/orders/useNow';
import { useOrders, type OrderActions } from '@/components/orders/useOrders';
import { todayIso, useProfileListing } from '@/components/profiles/useProfiles';
import { saveStructureFile } from '@/components/fill/structure-file';
import { UnreadableNotice } from '@/components/data/UnreadableNotice';

/** The console page the panel is docked on, as the adapter read it. */
export interface OrdersPage {
  kind: PageKind;
  order: OrderPageSummary | null;
}

export interface OrdersTabProps {
  profile: Profile | null;
  page?: OrdersPage | null;
  /** Exports the open page's structure (only in the docked panel). */
  onExportStructure?: () => Promise<PageStructure>;
}

interface UnreadStageProps {
  order: OrderPageSummary;
  now: number;
  actions: Pick<OrderActions, 'addOrder'>;
  onExportStructure?: () => Promise<PageStructure>;
}

/** An order page whose stage could not be read: say so, show what was found, let the user say where the order is. */
function UnreadStage({ order, now, actions, onExportStructure }: UnreadStageProps) {
  const [askingTime, setAskingTime] = useState(false);
  const [exportError, setExportError] = useState<string | null>(null);
  const mark = (stage: 'smsVerification' | 'bureauReview', at: number) => {
    void actions.addOrder({ ...(order.orderId ? { orderId: order.orderId } : {}), stage, at });
    setAskingTime(false);
  };
  const exportStructure = async () => {
    try {
      saveStructureFile(await onExportStructure!(), 'order');
      setExportError(null);
    } catch (e) {
      setExportError(`导出失败：${(e as Error).message}`);
    }
  };
  return (
    <div className="bh-notice" role="alert" aria-label="订单状态未识别">
      <p>
        <strong>未能识别此订单的状态</strong>
        {order.orderId ? `（订单 ${order.orderId}）` : ''}。助手不会自动开始短信核验倒计时。
      </p>
      <p>
        {order.statusTexts.length > 0 ? `页面上的状态文字：${order.statusTexts.join('、')}` : '页面上没有找到状态文字。'}
      </p>
      <p>如果已收到工信部（12381）的验证码短信，请告诉助手，它会按 24 小时倒计时并提醒：</p>
      {askingTime ? (
        <TimeForm label="短信到达时间（北京时间）" initial={now} now={now} submitLabel="确认" onSubmit={(at) => mark('smsVerification', at)} onCancel={() => setAskingTime(false)} />
      ) : (
        <div className="bh-countdown-actions">
          <button type="button" className="bh-primary" onClick={() => mark('smsVerification', now)}>
            我已收到短信（现在）
          </button>
          <button type="button" onClick={() => setAskingTime(true)}>
            我已收到短信（填写时间）
          </button>
          <button type="button" onClick={() => mark('bureauReview', now)}>
            已完成核验
          </button>
        </div>
      )}
      {onExportStructure && (
        <p className="bh-weak">
          可以导出此页面的结构（只含字段名称、样式类名和状态文字，不含订单号、域名等内容）发给开发者用于适配：{' '}
          <button type="button" onClick={() => void exportStructure()}>
            导出页面结构
          </button>
          {exportError && <span className="bh-error"> {exportError}</span>}
        </p>
      )}
    </div>
  );
}

/** Tracked orders, the SMS countdown of the chosen one and its stage timeline; orders can be added by hand. */
export function OrdersTab({ profile, page, onExportStructure }: OrdersTabProps) {
  const { orders, ...actions } = useOrders();
  const now = useNow();
  const { listing } = useProfileListing(todayIso());
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [form, setForm] = useState<'add' | 'edit' | null>(null);
  if (!orders) return <p className="bh-weak">正在读取订单…</p>;

  const profiles: ProfileChoice[] = (listing?.profiles ?? []).map(({ profile: p }) => ({ id: p.id, label: p.label }));
  const pageOrder = page?.kind === 'order' ? page.order : null;
  const open = openOrdersByDeadline(orders, now);
  // The user's pick, else the order whose page is open, else the soonest deadline.
  const selected =
    orders.find((o) => o.key === selectedKey) ??
    orders.find((o) => pageOrder?.orderId && o.orderId === pageOrder.orderId) ??
    open[0]?.order ??
    orders[0];
  const verifiers =
    selected && profile && (!selected.profileId || selected.profileId === profile.id) ? verifierContacts(profile, selected.filingType) : [];

  return (
    <div className="bh-orders-tab">
      <UnreadableNotice stores={['orders']} />
      {pageOrder && pageOrder.stage === null && (
        <UnreadStage order={pageOrder} now={now} actions={actions} onExportStructure={onExportStructure} />
      )}
      {orders.length === 0 && (
        <p className="bh-weak">还没有记录到备案订单。打开控制台的订单列表或订单详情页，助手会自动记录订单所处阶段；在小程序或其他电脑上提交的订单可以手动添加。</p>
      )}
      {orders.length > 0 && (
        <OrderList orders={orders} selectedKey={selected?.key} onSelect={setSelectedKey} onRemove={actions.removeOrder} />
      )}
      {form === 'add' ? (
        <AddOrderForm
          profiles={profiles}
          now={now}
          onAdd={(input) => {
            void actions.addOrder(input);
            setForm(null);
          }}
          onCancel={() => setForm(null)}
        />
      ) : (
        <div className="bh-countdown-actions">
          <button type="button" onClick={() => setForm('add')}>
            手动添加订单
          </button>
          {selected && form === null && (
            <button type="button" onClick={() => setForm('edit')}>
              编辑订单信息
            </button>
          )}
        </div>
      )}
      {selected && form === 'edit' && (
        <EditOrderForm
          key={selected.key}
          order={selected}
          profiles={profiles}
          onSave={(details) => {
            void actions.editOrder(selected.key, details);
            setForm(null);
          }}
          onCancel={() => setForm(null)}
        />
      )}
      {selected && (
        <>
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
        </>
      )}
    </div>
  );
}
