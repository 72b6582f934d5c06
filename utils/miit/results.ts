/**
 * The result messages of MIIT's SMS page (its front-end bundle, console-markup.md §7), classified by wording so that
 * punctuation, width and small rewordings do not matter. The codes are MIIT's own.
 */
export const MIIT_RESULT_CODES = [3, 31, 2, 4, 21, 20, 100, 101, 102] as const;
export type MiitResultCode = (typeof MIIT_RESULT_CODES)[number];

/** NFKC, no whitespace, no punctuation: "您的短信核验已完成，无需重复提交。" → "您的短信核验已完成无需重复提交". */
function bare(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[\p{P}\p{S}]/gu, '');
}

/**
 * Most specific first: 20 (已完成，无需重复提交) before 3 (全部完成); 31 (等待其他核验人) before 3; 4 (找不到记录或已完成验证)
 * before 20; the resend answers before everything that mentions 核验.
 */
const RULES: ReadonlyArray<readonly [RegExp, MiitResultCode]> = [
  [/重发.*(上限|已达|超过|过多)|(上限|次数过多).*重发|已达.*上限/, 102],
  [/重发成功|已重发|重新发送成功/, 101],
  [/暂无.*核验|无需重发|没有.*待.*核验/, 100],
  [/找不到.*记录|查无.*记录|无(此|该)?(条)?记录/, 4],
  [/无需重复|请勿重复|重复提交|已核验过/, 20],
  [/其他核验人|其他负责人|等待其他|其余核验人/, 31],
  [/全部完成|将提交管局|提交管局审核/, 3],
  [/联系接入商|联系您的接入商|联系服务商/, 21],
  [/核验失败|验证失败|校验失败|输入正确的信息|信息(有误|错误|不正确|不一致)|验证码(错误|有误|不正确)/, 2],
];

/** The result a message shows, or null for any other text. */
export function classifyMiitMessage(text: string): MiitResultCode | null {
  const normalized = bare(text);
  if (!normalized) return null;
  return RULES.find(([pattern]) => pattern.test(normalized))?.[1] ?? null;
}

export function isMiitResultCode(value: unknown): value is MiitResultCode {
  return (MIIT_RESULT_CODES as readonly unknown[]).includes(value);
}
