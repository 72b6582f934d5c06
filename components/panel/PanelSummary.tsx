import type { ReactNode } from 'react';
import type { PageSnapshot } from '@/utils/console/types';
import type { Profile } from '@/utils/profile';
import { planCounts, planFill } from '@/utils/console/plan';
import { formatChinaDateTime, HOUR_MS } from '@/utils/calendar/china-time';
import { openOrdersByDeadline, smsDeadline, URGENT_REMAINING_MS } from '@/utils/orders/countdown';
import type { Order } from '@/utils/orders/model';
import { stageProgress } from '@/utils/orders/overdue';
import { orderLabel } from '@/utils/orders/reducers';
import { STAGE_LABELS } from '@/utils/orders/stages';
import { useNow } from '@/components/orders/useNow';
import { useOrders } from '@/components/orders/useOrders';
import { useLiveNameFindings } from './LiveNameCheck';

export type SummaryTarget = 'fill' | 'orders' | 'filing' | 'names';

export interface PanelSummaryProps {
  snapshot: PageSnapshot | null;
  profile: Profile | null;
  onOpen(target: SummaryTarget): void;
}

/** One fact of the summary; a button when a tab (or the name check) holds its detail. */
function Part({ target, onOpen, className, testId, children }: { target?: SummaryTarget; onOpen: PanelSummaryProps['onOpen']; className?: string; testId?: string; children: ReactNode }) {
  const classes = ['bh-summary-part', className].filter(Boolean).join(' ');
  return target ? (
    <button type="button" className={`bh-link ${classes}`} data-testid={testId} onClick={() => onOpen(target)}>
      {children}
    </button>
  ) : (
    <span className={classes} data-testid={testId}>
      {children}
    </span>
  );
}

/** "剩余 5 小时" / "剩余 40 分钟", and the urgency in words next to the red, so colour is not the only signal. */
function hoursLeft(ms: number): { text: string; urgent: boolean } {
  const urgent = ms <= URGENT_REMAINING_MS;
  const text = ms >= HOUR_MS ? `剩余 ${Math.floor(ms / HOUR_MS)} 小时` : `剩余 ${Math.max(1, Math.floor(ms / 60_000))} 分钟`;
  return { text: urgent ? `${text}（紧急）` : text, urgent };
}

/** The order page's deadline: the running SMS window, else the current stage's expected end (marked 估算 if so). */
function orderDeadline(order: Order, now: number, province: string | undefined): { text: string; urgent: boolean } | null {
  const sms = smsDeadline(order);
  if (sms && sms.at > now) {
    const left = hoursLeft(sms.at - now);
    return { text: `短信核验截止 ${formatChinaDateTime(sms.at)} · ${left.text}`, urgent: left.urgent };
  }
  const current = stageProgress(order, now, province).at(-1);
  if (!current?.dueAt || current.dueAt <= now) return null;
  return { text: `预计 ${formatChinaDateTime(current.dueAt)} 前${current.estimate ? `（${current.estimate}）` : ''}`, urgent: false };
}

/**
 * The panel at a glance, always in view: on a wizard step the step, the profile, what the fill plan would do, the
 * name check's worst finding and the nearest SMS deadline; on an order page the order, its stage and its deadline.
 * Facts with nothing to say are left out; each one opens the place with its detail.
 */
export function PanelSummary({ snapshot, profile, onOpen }: PanelSummaryProps) {
  const now = useNow();
  const { orders } = useOrders();
  const names = useLiveNameFindings(snapshot, profile);

  if (snapshot?.pageKind === 'order' && snapshot.order) {
    const { orderId, stage } = snapshot.order;
    const tracked = orders?.find((o) => orderId && o.orderId === orderId);
    const due = tracked ? orderDeadline(tracked, now, profile?.subject.province) : null;
    return (
      <section className="bh-summary" aria-label="概要">
        <p>
          <Part target="orders" onOpen={onOpen} testId="summary-order">
            订单 {orderId ?? (tracked ? orderLabel(tracked) : '（未显示订单号）')}
          </Part>
          <Part target="orders" onOpen={onOpen} testId="summary-stage">
            {stage ? STAGE_LABELS[stage] : '状态未识别'}
          </Part>
          {due && (
            <Part target="orders" onOpen={onOpen} testId="summary-deadline" className={due.urgent ? 'bh-error' : undefined}>
              {due.text}
            </Part>
          )}
        </p>
      </section>
    );
  }

  const rows = snapshot && profile ? planFill(snapshot, profile, { overwrite: false }) : [];
  const counts = planCounts(rows);
  const findings = names.flatMap((s) => s.findings);
  const worst = findings.find((f) => f.severity === 'error') ?? findings[0];
  const nearest = orders ? openOrdersByDeadline(orders, now).find((o) => o.deadline && o.deadline.at > now) : undefined;
  const sms = nearest?.deadline ? hoursLeft(nearest.deadline.at - now) : null;

  return (
    <section className="bh-summary" aria-label="概要">
      <p>
        <Part onOpen={onOpen} testId="current-step" className="bh-summary-step">
          {snapshot?.stepTitle ?? '未识别到备案步骤'}
        </Part>
        {profile && (
          <Part target="fill" onOpen={onOpen} testId="summary-profile">
            {profile.label}
          </Part>
        )}
      </p>
      {(rows.length > 0 || worst || (nearest && sms)) && (
        <p>
          {rows.length > 0 && (
            <Part target="fill" onOpen={onOpen} testId="summary-plan">
              可填 {counts.fill} 项 · 需检查 {counts.check} 项
            </Part>
          )}
          {worst && (
            <Part target="names" onOpen={onOpen} testId="summary-name" className={worst.severity === 'error' ? 'bh-error' : 'bh-warning'}>
              {worst.severity === 'error' ? '名称错误' : '名称警告'}：{worst.message}
            </Part>
          )}
          {nearest && sms && (
            <Part target="orders" onOpen={onOpen} testId="summary-sms" className={sms.urgent ? 'bh-error' : undefined}>
              短信核验 {orderLabel(nearest.order)} {sms.text}
            </Part>
          )}
        </p>
      )}
    </section>
  );
}
