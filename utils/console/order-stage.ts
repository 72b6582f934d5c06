/**
 * The one table of order-stage wordings the console (and MIIT) may show, with where each comes from, and the one rule
 * that combines the signals read on an order page into a stage. Part of the console adapter: the content script
 * imports it, so it stays free of zod and browser APIs.
 */
import { normalizeStatusText, type Stage } from '@/utils/orders/stages';

export interface StageWording {
  pattern: RegExp;
  /** null: the text says there is nothing in that stage (您暂无待短信核验的备案申请). */
  stage: Stage | null;
}

/**
 * Matched against normalized text (NFKC, no spaces or punctuation), first match wins, so the order matters:
 * - "等待其他核验人" before "核验完成": the user's own SMS is done, the order still waits for another person;
 * - refusals before everything that mentions a review (管局审核驳回, 初审未通过);
 * - "核验完成" (done) before the pending patterns, which only take "完成" when not preceded by 已, so an alert asking
 *   to 完成短信核验 stays pending;
 * - returned-to-the-provider wordings before the plain 退回 and before the SMS words they contain;
 * - "待提交管局" before the plain 管局 patterns.
 * Where each wording comes from is said beside it (kept out of the data: page scripts ship this table): FAQ — qcloud FAQ
 * 备案审核.md (console-markup.md §7); SEEN — 2026 user notes (console-markup.md §7, §0.6); MIIT — MIIT front-end result
 * messages (§7); OTHERS — other providers: Volcengine 等待短信核验, Aliyun 短信核验中, WeChat sms_verify_status (§7);
 * ISSUE — issue #12 (plausible console wording, inferred); STRIP — product page flow 腾讯云初审 → 短信核验 → 管局审核 (§2.1).
 */
export const STAGE_WORDINGS: readonly StageWording[] = [
  { pattern: /暂无|无需重发/, stage: null }, // MIIT
  { pattern: /等待其他核验人/, stage: 'smsVerification' }, // MIIT
  { pattern: /驳回|未通过|不通过|审核失败/, stage: 'rejected' }, // FAQ: 初审未通过
  { pattern: /已撤销|撤销成功|已撤回|^撤销(备案)?$/, stage: 'withdrawn' }, // FAQ
  { pattern: /已放弃|放弃成功|^放弃(备案)?$/, stage: 'abandoned' }, // FAQ
  { pattern: /备案成功|管局审核已?通过|已备案|备案已?完成/, stage: 'approved' }, // SEEN: 备案成功 / 管局审核通过
  // MIIT; ISSUE: 已完成短信核验 / 短信核验已完成
  { pattern: /短信核验已?(全部)?完成|已完成(短信)?核验|核验已?完成|核验成功/, stage: 'bureauReview' },
  // FAQ: 自动退回至接入商; OTHERS: 核验超时
  { pattern: /核验超时|超时未核验|退回(至|到)?接入商/, stage: 'awaitingBureauSubmission' },
  { pattern: /已退回|被退回|退回修改/, stage: 'rejected' }, // ISSUE
  // OTHERS; STRIP; ISSUE: 待短信核验 / 短信核验中
  { pattern: /待短信核验|短信核验中|等待短信核验|短信核验|短信验证|短信重发|等待核验|待核验|12381/, stage: 'smsVerification' },
  // FAQ; ISSUE: 工信部已发送短信…, 请在24小时内…完成短信核验
  { pattern: /工信部.*(已|已经)?(发送|下发).*短信|短信.*24小时|24小时.*短信/, stage: 'smsVerification' },
  // FAQ: 等待提交管局审核
  { pattern: /待提交管局|等待提交管局|初审已?通过|腾讯云审核已?通过|平台审核已?通过|接入商审核已?通过/, stage: 'awaitingBureauSubmission' },
  { pattern: /管局/, stage: 'bureauReview' }, // SEEN: 等待管局审核 / 管局审核中
  { pattern: /腾讯云审核|(?<!提交)初审|平台审核|接入商审核|照片审核|审核中/, stage: 'tencentReview' }, // SEEN: 腾讯云审核中
  { pattern: /提交初审|待提交|草稿|已提交|提交成功|提交审核/, stage: 'submitted' }, // STRIP; ISSUE: 草稿 / 待提交 (not seen)
];

/**
 * Text that states a rule ("若您收到短信后未在24小时内完成核验…") rather than this order's state: FAQs and help
 * texts say this in general, so such a reading never decides a stage on its own.
 */
const GENERAL_RULE = /若|如果|如未|如您|未在24小时|逾期|一般|通常|请注意|温馨提示|常见问题/;

/** The stage a console status text describes, or null when it describes none. */
export function classifyStatus(text: string): Stage | null {
  const normalized = normalizeStatusText(text);
  if (!normalized) return null;
  return STAGE_WORDINGS.find((wording) => wording.pattern.test(normalized))?.stage ?? null;
}

/** Whether a text reads as a general rule rather than a statement about this order. */
export function isGeneralRule(text: string): boolean {
  return GENERAL_RULE.test(normalizeStatusText(text));
}

/** Where a signal was read on the page. */
export type SignalKind = 'status' | 'tag' | 'steps' | 'alert' | 'dialog' | 'table' | 'timeline' | 'time';

export interface StageSignal {
  kind: SignalKind;
  /** Class names of the element it was read from (empty for plain tags): where to look when a layout changes. */
  className: string;
  /** The words as shown (trimmed). */
  text: string;
  stage: Stage | null;
  /**
   * How strongly the signal speaks for the order: 3 = the order's own status (field, tag in its header, list cell);
   * 2 = attached to the order (its alert, current step, dialog); 1 = indirect (a website's status, the latest
   * timeline entry, a step told only by its position, a general rule); 0 = gives a time only, never votes.
   */
  confidence: number;
  /** The time the page shows with it (epoch ms), when it shows one. */
  at: number | null;
}

/** Statuses the console may keep showing while MIIT's SMS is pending: it has no stage of its own for it (§7). */
const SMS_HIDDEN_UNDER: ReadonlySet<Stage> = new Set<Stage>(['awaitingBureauSubmission', 'bureauReview']);

/** Below this an SMS reading never starts a countdown: it may be a general rule or a website's row. */
const SMS_MIN_CONFIDENCE = 2;

export interface CombinedStage {
  stage: Stage | null;
  /** When the page says the order reached the stage. */
  at: number | null;
}

/**
 * The conflict rule, written once: the stage with the strongest single reading wins, ties go to the stage with more
 * agreeing weight; except that an SMS reading attached to the order (alert, current step, dialog) wins over a
 * 等待提交管局 / 管局审核 status, which the console keeps showing while MIIT's SMS is pending. An SMS reading weaker
 * than that never decides, so a help text or a website row cannot start a countdown.
 */
export function combineSignals(signals: readonly StageSignal[]): CombinedStage {
  const voting = signals.filter((s) => s.stage !== null && s.confidence > 0);
  const scores = new Map<Stage, { best: number; total: number }>();
  for (const signal of voting) {
    if (signal.stage === 'smsVerification' && signal.confidence < SMS_MIN_CONFIDENCE) continue;
    const score = scores.get(signal.stage!) ?? { best: 0, total: 0 };
    scores.set(signal.stage!, { best: Math.max(score.best, signal.confidence), total: score.total + signal.confidence });
  }
  const ranked = [...scores].sort(([, a], [, b]) => b.best - a.best || b.total - a.total);
  let stage = ranked[0]?.[0] ?? null;
  const sms = scores.get('smsVerification');
  if (sms && ranked.every(([other, score]) => other === 'smsVerification' || SMS_HIDDEN_UNDER.has(other) || score.best < sms.best)) {
    stage = 'smsVerification';
  }
  const at = stage ? (signals.find((s) => s.stage === stage && s.at !== null)?.at ?? null) : null;
  return { stage, at };
}
