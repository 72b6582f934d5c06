/**
 * Filing-order stages (icp-rules.md §12, console-markup.md §7); the console's wordings of them are in the console
 * adapter (utils/console/order-stage.ts). Free of zod and browser APIs: the console content script imports this file.
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
// Marked pure so that bundles importing only the stage names (the page script) drop it.
export const PROGRESS_STAGES: readonly Stage[] = /* @__PURE__ */ STAGES.slice(0, 6);

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

/** Folds width variants (NFKC), drops whitespace and punctuation, so wording and spacing differences do not matter. */
export function normalizeStatusText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u200b\u00a0]+/g, '')
    .replace(/[「」『』“”"'‘’【】[\]()（）<>《》:：,，.。;；!！?？、·\-—–_/|]/g, '');
}
