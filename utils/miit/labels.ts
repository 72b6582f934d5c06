/**
 * What MIIT's ICP system calls things on its SMS verification page (https://beian.miit.gov.cn/#/Integrated/index,
 * console-markup.md §7): the three fields, with the wordings seen or likely after small redesigns, and its two tabs.
 */
import { squash } from '@/utils/page/text';

export type MiitField = 'mobile' | 'idLast6' | 'code';

export const MIIT_FIELD_LABELS: Readonly<Record<MiitField, string>> = {
  mobile: '手机号码',
  idLast6: '证件号码后6位',
  code: '验证码',
};

/**
 * Label patterns, matched against the squashed label (NFKC, no spaces, no colon or star). 证件号码后6位 is also
 * written 后六位, 身份证号后6位 or 证件号后6位; the code field is 验证码 or 短信验证码 (never 图形验证码, a captcha).
 */
const FIELD_PATTERNS: ReadonlyArray<readonly [RegExp, MiitField]> = [
  [/^(负责人)?(有效)?(证件|身份证)(号码|号)?(的)?后(6|六)位$/, 'idLast6'],
  [/^(负责人)?(手机|移动电话)(号码|号)?$/, 'mobile'],
  [/^(短信)?验证码$/, 'code'],
];

/** The field a label (or placeholder such as 请输入手机号码) names, or null. */
export function fieldOfLabel(label: string): MiitField | null {
  const text = squash(label).replace(/^\*|[:：]$/g, '').replace(/^请(输入|填写)/, '');
  return FIELD_PATTERNS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}

export type MiitTab = 'verify' | 'resend';

export const MIIT_TAB_LABELS: Readonly<Record<MiitTab, string>> = { verify: '短信核验', resend: '短信重发' };

/** The tab a tab header names (短信核验 / 短信验证, 短信重发 / 重发短信), or null. */
export function tabOfLabel(label: string): MiitTab | null {
  const text = squash(label);
  if (/短信重发|重发(短信|验证码)/.test(text)) return 'resend';
  if (/短信(核验|验证)/.test(text)) return 'verify';
  return null;
}
