import { useState } from 'react';
import { formatChinaDateTime, formatLocalDateTimeIfDifferent } from '@/utils/calendar/china-time';
import { SMS_WINDOW_NOTE } from '@/utils/calendar/timeline';
import {
  MIIT_VERIFY_URL,
  MISSED_WINDOW_CONSEQUENCE,
  SMS_WINDOW_MS,
  URGENT_REMAINING_MS,
  formatRemainingLong,
  smsDeadline,
} from '@/utils/orders/countdown';
import { whoMustVerify } from '@/utils/orders/filing-types';
import type { Order } from '@/utils/orders/model';
import { currentEntry, currentStage, orderLabel } from '@/utils/orders/reducers';
import { STAGE_LABELS } from '@/utils/orders/stages';
import type { VerifierContact } from '@/utils/orders/verifiers';
import { TimeForm } from './TimeForm';
import { useNow } from './useNow';
import './orders.css';

export interface CountdownProps {
  order: Order;
  verifiers?: readonly VerifierContact[];
  /** Fixed clock for tests and screenshots; the countdown ticks by itself when absent. */
  now?: number;
  onSmsReceived: (at: number) => void;
  onVerified: (at: number) => void;
}

const RESEND_NOTE =
  '验证码与手机号、证件号后 6 位一起在工信部备案系统「短信核验」中填写，输错 5 次后第 6 次会被退回。工信部会在次日 12:00 自动重发一次，也可在「短信重发」中手动重发（24 小时内最多 3 次）。';

function CopyButton({ label, value }: { label: string; value: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      {state === 'copied' && <span className="bh-ok"> 已复制</span>}
      {state === 'failed' && <span className="bh-error"> 复制失败，请手动选中复制</span>}
    </>
  );
}

/** Urgency in words, so colour is never the only signal; it changes rarely, so screen readers hear it when it does. */
function urgencyText(expired: boolean, urgent: boolean): string {
  if (expired) return '已超时';
  return urgent ? '紧急：不足 3 小时' : '时间充足';
}

/**
 * The 24 hours as a bar: the filled part is the time left, ticks every 6 hours. Decorative: the timer beside it
 * says the same in words.
 */
function DeadlineBar({ remaining }: { remaining: number }) {
  const left = Math.min(1, Math.max(0, remaining / SMS_WINDOW_MS));
  return (
    <div className="bh-countdown-bar" aria-hidden="true">
      <span className="bh-countdown-bar-left" style={{ width: `${(left * 100).toFixed(1)}%` }} />
      {[6, 12, 18].map((h) => (
        <span key={h} className="bh-countdown-bar-tick" style={{ left: `${(h / 24) * 100}%` }} />
      ))}
    </div>
  );
}

/** SMS countdown for one order: time left, the time on the SMS, who verifies, copy helpers and the 24-hour rules. */
export function Countdown({ order, verifiers = [], now: fixedNow, onSmsReceived, onVerified }: CountdownProps) {
  const now = useNow(fixedNow);
  const deadline = smsDeadline(order);
  const [editing, setEditing] = useState(false);
  const remaining = deadline ? deadline.at - now : null;
  const expired = remaining !== null && remaining <= 0;
  const urgent = remaining !== null && !expired && remaining <= URGENT_REMAINING_MS;
  const localDeadline = deadline ? formatLocalDateTimeIfDifferent(deadline.at) : null;
  const askForSmsTime = deadline !== null && deadline.mayBeLate && !deadline.confirmed;

  const stateClass = expired ? ' bh-countdown-expired' : urgent ? ' bh-countdown-urgent' : '';
  const save = (at: number) => {
    onSmsReceived(at);
    setEditing(false);
  };

  return (
    <section className={`bh-countdown${stateClass}`} aria-label="短信核验倒计时">
      <header className="bh-countdown-header">
        <strong>{orderLabel(order)}</strong>
        <span className="bh-weak">当前阶段：{STAGE_LABELS[currentStage(order)]}</span>
      </header>

      {deadline ? (
        <>
          <p className="bh-countdown-remaining">
            <span role="timer" aria-label="短信核验剩余时间" data-testid="sms-remaining">
              {expired ? '短信核验已超时' : `剩余 ${formatRemainingLong(remaining!)}`}
            </span>
            <span className="bh-countdown-urgency" role="status">
              {urgencyText(expired, urgent)}
            </span>
          </p>
          <DeadlineBar remaining={remaining!} />
          <p className="bh-countdown-times">
            截止：<strong>{formatChinaDateTime(deadline.at)}</strong>（北京时间）
            {localDeadline && <>，即您电脑时间 {localDeadline}</>}
            <br />
            短信到达：{formatChinaDateTime(deadline.receivedAt)}
            {deadline.confirmed ? '' : currentEntry(order).source === 'page' ? '（页面显示）' : '（按首次看到的时间估算）'}
          </p>
          {expired && <p className="bh-error">{MISSED_WINDOW_CONSEQUENCE}</p>}
          {askForSmsTime && (
            <div className="bh-notice" role="alert">
              <p>
                {deadline.earliestPossibleAt !== undefined
                  ? `上次查看本订单是在 ${formatChinaDateTime(deadline.earliestPossibleAt - SMS_WINDOW_MS)}，短信可能在那之后任何时间到达，实际截止时间可能更早（最早 ${formatChinaDateTime(deadline.earliestPossibleAt)}）。`
                  : '本订单第一次被看到时已在短信核验阶段，短信可能更早到达，实际截止时间可能更早。'}
                请按手机上这条短信的接收时间填写：
              </p>
              <TimeForm label="短信到达时间（北京时间）" initial={deadline.receivedAt} now={now} submitLabel="确认短信时间" onSubmit={save} />
            </div>
          )}
        </>
      ) : (
        <p className="bh-weak">尚未记录短信。收到工信部（12381）发来的验证码短信后，请点「已收到短信」。</p>
      )}

      {editing ? (
        <TimeForm
          label="短信到达时间（北京时间）"
          initial={deadline?.receivedAt ?? now}
          now={now}
          submitLabel="确认"
          onSubmit={save}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="bh-countdown-actions">
          <button type="button" onClick={() => setEditing(true)}>
            {deadline ? '修改短信时间' : '已收到短信'}
          </button>
          {deadline && (
            <button type="button" className="bh-primary" onClick={() => onVerified(now)}>
              已完成核验
            </button>
          )}
          <a href={MIIT_VERIFY_URL} target="_blank" rel="noreferrer">
            打开工信部短信核验页面
          </a>
        </div>
      )}

      <p className="bh-countdown-who">{whoMustVerify(order.filingType)}</p>
      {verifiers.length > 0 && (
        <ul className="bh-verifiers">
          {verifiers.map((verifier) => (
            <li key={`${verifier.role}-${verifier.mobile ?? ''}`}>
              <span className="bh-verifier-role">
                {verifier.role}
                {verifier.name ? `（${verifier.name}）` : ''}
              </span>
              {verifier.mobile && (
                <span className="bh-verifier-field">
                  手机号 {verifier.mobile} <CopyButton label="复制手机号" value={verifier.mobile} />
                </span>
              )}
              {verifier.idLast6 && (
                <span className="bh-verifier-field">
                  证件号后 6 位 {verifier.idLast6} <CopyButton label="复制证件号后 6 位" value={verifier.idLast6} />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="bh-weak bh-countdown-note">{SMS_WINDOW_NOTE}</p>
      <p className="bh-weak bh-countdown-note">{RESEND_NOTE}</p>
    </section>
  );
}
