/**
 * Filing-order stages and the classifier that maps console status texts to them (icp-rules.md §12,
 * console-markup.md §7). Free of zod and browser APIs: the console content script imports this file.
 */

export const STAGES = [
  'submitted',
  'tencentReview',
  'awaitingBureauSubmission',
  'smsVerification',
  'bureauReview',
  'approved',
  'rejected',
  'withdrawn',
  'abandoned',
] as const;

export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  submitted: '提交初审',
  tencentReview: '腾讯云审核',
  awaitingBureauSubmission: '等待提交管局',
  smsVerification: '短信核验',
  bureauReview: '管局审核',
  approved: '备案成功',
  rejected: '驳回',
  withdrawn: '撤销',
  abandoned: '放弃',
};

/** The normal path of an order, in order. */
export const PROGRESS_STAGES: readonly Stage[] = STAGES.slice(0, 6);

/** Stages after which nothing more happens to the order. A rejected or withdrawn order can be edited and resubmitted. */
export const CLOSED_STAGES: ReadonlySet<Stage> = new Set<Stage>(['approved', 'abandoned']);

/** Stages an order passes before (re)entering SMS verification. */
export const BEFORE_SMS_STAGES: ReadonlySet<Stage> = new Set<Stage>([
  'submitted',
  'tencentReview',
  'awaitingBureauSubmission',
  'rejected',
  'withdrawn',
]);

export function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

/**
 * Status texts vary with console version and page (list, detail, progress strip, alerts), so they are matched by
 * meaning, most specific first. The order of this list matters:
 * - "等待其他核验人" comes before "核验完成": the user's own SMS is done but the order still waits for another person.
 * - refusals come before everything that mentions a review (管局审核驳回, 初审未通过).
 * - "核验完成" (done) comes before the SMS-pending patterns, and those only match "完成" when not preceded by 已, so an
 *   alert asking to 完成短信核验 stays pending.
 * - "待提交管局" comes before the plain 管局 patterns.
 */
const STATUS_RULES: ReadonlyArray<readonly [RegExp, Stage]> = [
  [/等待其他核验人/, 'smsVerification'],
  [/驳回|未通过|不通过|审核失败/, 'rejected'],
  [/已撤销|撤销成功|已撤回|^撤销(备案)?$/, 'withdrawn'],
  [/已放弃|放弃成功|^放弃(备案)?$/, 'abandoned'],
  [/备案成功|管局审核已?通过|已备案|备案已?完成/, 'approved'],
  [/短信核验已?(全部)?完成|已完成(短信)?核验|核验已?完成|核验成功/, 'bureauReview'],
  [/核验超时|超时未核验|退回(至|到)?接入商/, 'awaitingBureauSubmission'],
  [/短信核验|短信验证|短信重发|等待核验|待核验|12381|短信.*24小时|24小时.*短信/, 'smsVerification'],
  [/待提交管局|等待提交管局|初审已?通过|腾讯云审核已?通过|平台审核已?通过|接入商审核已?通过/, 'awaitingBureauSubmission'],
  [/管局/, 'bureauReview'],
  [/腾讯云审核|(?<!提交)初审|平台审核|接入商审核|照片审核|审核中/, 'tencentReview'],
  [/提交初审|待提交|草稿|已提交|提交成功|提交审核/, 'submitted'],
];

/** Folds width variants (NFKC), drops whitespace and punctuation, so wording and spacing differences do not matter. */
export function normalizeStatusText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0]+/g, '')
    .replace(/[「」『』“”"'‘’【】[\]()（）<>《》:：,，.。;；!！?？、·\-—–_/|]/g, '');
}

/** Texts that mention SMS verification only to say there is none pending (MIIT: 您暂无待短信核验的备案申请). */
const NOTHING_PENDING = /暂无|无需重发/;

/** The stage a console status text describes, or null when it describes none. */
export function classifyStatus(text: string): Stage | null {
  const normalized = normalizeStatusText(text);
  if (!normalized || NOTHING_PENDING.test(normalized)) return null;
  for (const [pattern, stage] of STATUS_RULES) {
    if (pattern.test(normalized)) return stage;
  }
  return null;
}

/** Statuses the console may keep showing while MIIT's SMS is pending (it does not show a stage of its own for it). */
const SMS_ALERT_OVERRIDES: ReadonlySet<Stage | null> = new Set<Stage | null>([null, 'awaitingBureauSubmission', 'bureauReview']);

/**
 * The stage of an order from its status text and the alert texts around it. An alert saying an SMS code was sent
 * wins over a 等待提交管局 / 管局审核 status (console-markup.md §7); otherwise the status decides, then the alerts.
 */
export function classifyOrderTexts(statusText: string | null, alertTexts: readonly string[] = []): Stage | null {
  const statusStage = statusText ? classifyStatus(statusText) : null;
  const alertStages = alertTexts.map(classifyStatus).filter((stage) => stage !== null);
  if (alertStages.includes('smsVerification') && SMS_ALERT_OVERRIDES.has(statusStage)) return 'smsVerification';
  return statusStage ?? alertStages[0] ?? null;
}
