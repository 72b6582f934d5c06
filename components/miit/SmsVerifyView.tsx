import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { Profile } from '@/utils/profile';
import { sendMessage } from '@/utils/browser/messaging';
import { updateOrder } from '@/utils/browser/orders-store';
import { formatChinaDateTime } from '@/utils/calendar/china-time';
import type { MiitFillReport } from '@/utils/miit/page';
import { isMiitResultCode } from '@/utils/miit/results';
import { formatRemainingLong, openOrdersByDeadline } from '@/utils/orders/countdown';
import { whoMustVerify } from '@/utils/orders/filing-types';
import type { Order } from '@/utils/orders/model';
import { currentStage, linkProfile, orderLabel } from '@/utils/orders/reducers';
import { STAGE_LABELS } from '@/utils/orders/stages';
import { doneVerifiers, lastAnswer, MIIT_ANSWER_ADVICE, triesLeft, triesWarning } from '@/utils/orders/sms-results';
import { verifierContacts, type VerifierContact } from '@/utils/orders/verifiers';
import { useNow } from '@/components/orders/useNow';
import { useOrders } from '@/components/orders/useOrders';
import { profileTitle } from '@/components/profiles/format';
import { useActiveProfile } from '@/components/profiles/useProfiles';
import '@/components/orders/orders.css';

const ORDERS_URL = 'https://console.cloud.tencent.com/beian/manage/orders';

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The last answer MIIT gave for the order, explained, under the tab it belongs to. */
function LastAnswer({ order }: { order: Order }) {
  const answer = lastAnswer(order);
  if (!answer || !isMiitResultCode(answer.code)) return null;
  const advice = MIIT_ANSWER_ADVICE[answer.code];
  const tab = advice.tab === 'resend' ? '短信重发' : '短信核验';
  const className = advice.tone === 'ok' ? 'bh-ok' : advice.tone === 'info' ? 'bh-weak' : advice.tone === 'error' ? 'bh-error' : 'bh-warning';
  return (
    <section className="bh-notice" aria-label={`${tab}结果`} data-testid="miit-answer">
      <p className={className}>
        <strong>
          【{tab}】{advice.title}
        </strong>
        <span className="bh-weak">（{formatChinaDateTime(answer.at)}）</span>
      </p>
      <p>{advice.next}</p>
    </section>
  );
}

function VerifierRow({ verifier, done, onFill }: { verifier: VerifierContact; done: boolean; onFill: () => void }) {
  const missing = !verifier.mobile || !verifier.idLast6;
  return (
    <li>
      <span className="bh-verifier-role">
        {verifier.role}
        {verifier.name ? `（${verifier.name}）` : ''}
      </span>
      {done ? (
        <span className="bh-ok"> 已完成核验</span>
      ) : missing ? (
        <span className="bh-error"> 档案中缺少此人的手机号或证件号码，请先在档案中补全。</span>
      ) : (
        <button type="button" className="bh-primary" onClick={onFill}>
          填入{verifier.role}
        </button>
      )}
    </li>
  );
}

/** The chosen order: time left, failed tries, who received a code and the 填入 buttons, MIIT's last answer. */
function OrderVerification({ order, profiles, locked }: { order: Order; profiles: Profile[]; locked: boolean }) {
  const now = useNow();
  const [report, setReport] = useState<{ ok: boolean; text: string } | null>(null);
  const deadline = openOrdersByDeadline([order], now)[0]?.deadline ?? null;
  const profile = profiles.find((p) => p.id === order.profileId) ?? null;
  const tries = triesWarning(order);
  const done = doneVerifiers(order);
  const verifiers = profile ? verifierContacts(profile, order.filingType) : [];

  const fill = async (verifier: VerifierContact) => {
    try {
      const result: MiitFillReport = await sendMessage('panel:miitFill', {
        orderKey: order.key,
        verifierId: verifier.id,
        mobile: verifier.mobile!,
        idLast6: verifier.idLast6!,
      });
      setReport(
        result.problems.length === 0
          ? { ok: true, text: `已填入${result.filled.join('、')}。请输入手机收到的短信验证码后提交。` }
          : { ok: false, text: `${result.filled.length > 0 ? `已填入${result.filled.join('、')}；` : ''}${result.problems.join('；')}` },
      );
    } catch (error) {
      setReport({ ok: false, text: `填入失败：${errorText(error)}` });
    }
  };

  return (
    <section className="bh-countdown" aria-label="短信核验订单">
      <header className="bh-countdown-header">
        <strong>{orderLabel(order)}</strong>
        <span className="bh-weak">当前阶段：{STAGE_LABELS[currentStage(order)]}</span>
      </header>
      {deadline ? (
        <p className="bh-countdown-remaining" data-testid="miit-remaining">
          {deadline.at > now ? `剩余 ${formatRemainingLong(deadline.at - now)}` : '短信核验已超时'}
          <span className="bh-weak">（截止 {formatChinaDateTime(deadline.at)}）</span>
        </p>
      ) : (
        <p className="bh-ok" data-testid="miit-remaining">
          短信核验已完成{order.sms?.closed ? `（${formatChinaDateTime(order.sms.closed.at)}）` : ''}，订单进入管局审核。
        </p>
      )}
      {deadline && (
        <p className={`bh-${tries.tone === 'info' ? 'weak' : tries.tone}`} role={tries.tone === 'info' ? undefined : 'alert'} data-testid="miit-tries">
          {tries.text}
        </p>
      )}
      <LastAnswer order={order} />
      {deadline && (
        <>
          <p className="bh-countdown-who">{whoMustVerify(order.filingType)}</p>
          {locked ? (
            <p className="bh-notice">
              档案已加密锁定，无法填入。
              <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
                去设置页解锁
              </a>
            </p>
          ) : !profile ? (
            <ProfileLink order={order} profiles={profiles} />
          ) : (
            <>
              <ul className="bh-verifiers" aria-label="收到验证码的人">
                {verifiers.map((v) => (
                  <VerifierRow key={v.id} verifier={v} done={done.includes(v.id)} onFill={() => void fill(v)} />
                ))}
              </ul>
              {triesLeft(order) === 0 && <p className="bh-error">仍可填入，但请先看上面的提示：现在提交会让订单被退回。</p>}
              <p className="bh-weak">填入只写手机号码和证件号码后 6 位；短信验证码请自己输入。</p>
            </>
          )}
          {report && (
            <p className={report.ok ? 'bh-ok' : 'bh-error'} role="status" data-testid="miit-fill-report">
              {report.text}
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** An order without a linked profile: the user says which profile it was filed with. */
function ProfileLink({ order, profiles }: { order: Order; profiles: Profile[] }) {
  const [error, setError] = useState<string | null>(null);
  if (profiles.length === 0) {
    return (
      <p className="bh-notice">
        这个订单没有关联申请人档案，也还没有保存任何档案。
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          去设置页添加档案
        </a>
      </p>
    );
  }
  const link = (id: string) =>
    void updateOrder(order.key, (o) => linkProfile(o, id)).catch((e) => setError(`关联档案失败：${errorText(e)}`));
  return (
    <div className="bh-notice">
      <label>
        这个订单没有关联申请人档案，请选择备案时使用的档案：
        <select value="" onChange={(e) => e.target.value && link(e.target.value)}>
          <option value="">请选择档案</option>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {profileTitle(p)}
            </option>
          ))}
        </select>
      </label>
      {error && <p className="bh-error">{error}</p>}
    </div>
  );
}

/**
 * The 短信核验 view on MIIT's page: the orders now in the SMS step, one chosen automatically when it is the only one,
 * and for the chosen order everything needed to fill the page. MIIT's answers are counted for the chosen order.
 */
export function SmsVerifyView() {
  const { orders } = useOrders();
  const { profiles, locked, loading } = useActiveProfile();
  const now = useNow();
  const [pickedKey, setPickedKey] = useState<string | null>(null);
  const waiting = (orders ? openOrdersByDeadline(orders, now) : []).filter((o) => o.deadline !== null).map((o) => o.order);
  // The user's pick, else the only waiting order; an order that just finished its SMS step stays shown (its result).
  const chosen =
    orders?.find((o) => o.key === pickedKey) ?? (waiting.length === 1 ? waiting[0]! : null);
  const chosenKey = chosen?.key ?? null;

  useEffect(() => {
    if (chosenKey) setPickedKey(chosenKey);
    void sendMessage('panel:miitChoose', { orderKey: chosenKey }).catch(() => undefined);
  }, [chosenKey]);

  if (!orders || loading) return <p className="bh-weak">正在读取订单…</p>;
  if (waiting.length === 0 && !chosen) {
    return (
      <div className="bh-notice" data-testid="miit-no-order">
        <p>目前没有处于短信核验阶段的订单。</p>
        {orders.length > 0 && (
          <ul className="bh-order-list" aria-label="已记录的订单">
            {orders.map((o) => (
              <li key={o.key}>
                {orderLabel(o)} · {STAGE_LABELS[currentStage(o)]}
              </li>
            ))}
          </ul>
        )}
        <p>
          收到 12381 的短信后，请在腾讯云控制台打开订单，助手会记录短信核验阶段：
          <a href={ORDERS_URL} target="_blank" rel="noreferrer">
            打开订单列表
          </a>
        </p>
      </div>
    );
  }
  return (
    <div className="bh-miit-view">
      {waiting.length > 1 && (
        <label className="bh-field">
          有 {waiting.length} 个订单在等待短信核验，请选择要核验的订单：
          <select value={chosen?.key ?? ''} onChange={(e) => setPickedKey(e.target.value || null)}>
            <option value="">请选择订单</option>
            {waiting.map((o) => (
              <option key={o.key} value={o.key}>
                {orderLabel(o)}
              </option>
            ))}
          </select>
        </label>
      )}
      {chosen && <OrderVerification order={chosen} profiles={profiles} locked={locked} />}
    </div>
  );
}
