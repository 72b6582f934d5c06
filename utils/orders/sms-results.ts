/**
 * What MIIT's answers on its SMS page mean for an order (console-markup.md §7, icp-rules.md §5): failed tries,
 * per-verifier done state, closing the SMS step, and what to tell the user. Pure; imports only types from the model.
 */
import type { MiitResultCode } from '@/utils/miit/results';
import type { Order } from './model';
import { currentStage, markVerified } from './reducers';

/** MIIT allows five wrong entries in total; the sixth attempt, right or wrong, returns the order to the provider. */
export const MAX_FAILED_TRIES = 5;

export interface MiitAnswer {
  code: MiitResultCode;
  at: number;
  /** The verifier whose values were filled last (VerifierContact id), when known. */
  verifierId?: string;
}

/** Wrong entries still allowed in the running round (5 at the start, 0 once MIIT would return the order). */
export function triesLeft(order: Order): number {
  return Math.max(0, MAX_FAILED_TRIES - (order.sms?.failedTries ?? 0));
}

export function doneVerifiers(order: Order): readonly string[] {
  return order.sms?.doneVerifiers ?? [];
}

/** The newest answer of the running round, if any. */
export function lastAnswer(order: Order): { code: number; at: number } | undefined {
  return order.sms?.results?.at(-1);
}

const KEPT_RESULTS = 50;

/**
 * Records one of MIIT's answers for an order whose SMS step is running: 2 counts a failed try, 31 marks that
 * verifier done, 3 and 20 close the SMS step (countdown, reminders and badge follow the closed round) and move the
 * timeline to 管局审核. Every answer is kept with its time. Answers for an order not in the SMS step change nothing.
 */
export function recordMiitAnswer(order: Order, answer: MiitAnswer): Order {
  const round = order.sms;
  if (!round || round.closed || currentStage(order) !== 'smsVerification') return order;
  const results = [...(round.results ?? []), { code: answer.code, at: answer.at }].slice(-KEPT_RESULTS);
  let sms = { ...round, results };
  if (answer.code === 2) sms = { ...sms, failedTries: Math.min(99, (round.failedTries ?? 0) + 1) };
  if (answer.code === 31 && answer.verifierId && !doneVerifiers(order).includes(answer.verifierId)) {
    sms = { ...sms, doneVerifiers: [...doneVerifiers(order), answer.verifierId] };
  }
  const next: Order = { ...order, sms, lastObservedAt: Math.max(order.lastObservedAt, answer.at) };
  return answer.code === 3 || answer.code === 20 ? markVerified(next, answer.at) : next;
}

export interface AnswerAdvice {
  /** What MIIT said, in plain words. */
  title: string;
  /** What to do next. */
  next: string;
  tone: 'ok' | 'warning' | 'error' | 'info';
  /** The tab of MIIT's page the answer belongs to. */
  tab: 'verify' | 'resend';
}

export const MIIT_ANSWER_ADVICE: Readonly<Record<MiitResultCode, AnswerAdvice>> = {
  3: { title: '短信核验已全部完成', next: '订单将提交管局审核，倒计时和提醒已结束；管局审核通常需要 1–20 个工作日。', tone: 'ok', tab: 'verify' },
  31: { title: '这位核验人已完成核验', next: '还需要其他核验人用自己收到的验证码完成核验，倒计时继续。', tone: 'info', tab: 'verify' },
  2: { title: '核验失败：手机号、证件号后 6 位或验证码有误', next: '请核对后再提交；每输错一次都会计入 5 次上限。', tone: 'warning', tab: 'verify' },
  4: {
    title: '工信部找不到这条待核验记录（或已完成核验）',
    next: '可能是短信尚未生效或系统延迟：请确认手机号与收到短信的号码一致，稍等几分钟再试；不要反复提交，以免计入输错次数。若已完成核验，等待管局审核即可。',
    tone: 'warning',
    tab: 'verify',
  },
  21: { title: '工信部要求联系接入商', next: '请联系腾讯云备案客服（接入商）查询核验结果，不要在工信部页面反复提交。', tone: 'warning', tab: 'verify' },
  20: { title: '短信核验此前已完成', next: '无需重复提交，订单已进入管局审核；倒计时和提醒已结束。', tone: 'ok', tab: 'verify' },
  100: {
    title: '工信部没有待短信核验的备案申请',
    next: '订单可能尚未提交到管局、已完成核验或已被退回：请在腾讯云控制台查看订单状态，收到 12381 的短信后再核验。',
    tone: 'info',
    tab: 'resend',
  },
  101: { title: '验证码已重发', next: '请查看手机上 12381 发来的新验证码，并尽快在「短信核验」中完成核验。', tone: 'ok', tab: 'resend' },
  102: {
    title: '重发次数已到上限',
    next: '24 小时内最多手动重发 3 次；工信部会在次日 12:00 自动重发一次，也可联系腾讯云备案客服。',
    tone: 'warning',
    tab: 'resend',
  },
};

/** What the failed-try count means for the user: a plain count, a warning at 1, at 0 what to do instead. */
export function triesWarning(order: Order): { text: string; tone: 'info' | 'warning' | 'error' } {
  const left = triesLeft(order);
  if (left === 0) {
    return {
      text: '已输错 5 次：工信部规定第 6 次提交（无论对错）都会把订单退回接入商。请不要再在工信部页面提交；请联系腾讯云备案客服说明情况，订单退回后按客服指引重新提交，收到新短信后再核验。',
      tone: 'error',
    };
  }
  if (left === 1) return { text: '还可输错 1 次：请逐位核对手机号、证件号后 6 位和短信验证码后再提交，再错一次后任何提交都会退回订单。', tone: 'warning' };
  return { text: `还可输错 ${left} 次`, tone: 'info' };
}
