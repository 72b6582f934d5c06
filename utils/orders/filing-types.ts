/**
 * Reading an order's filing type from console text, and who must do the MIIT SMS verification for it. The types and
 * their SMS recipients come from the shared catalogue in `@/utils/filing/filing-types` (icp-rules.md §5).
 * Free of zod and browser APIs: the console content script may import this file.
 */
import { FILING_TYPES, FILING_TYPE_IDS, FILING_TYPE_WORDINGS, type FilingType, type SmsRecipients } from '@/utils/filing/filing-types';
import { normalizeStatusText } from './stages';

export type { FilingType };

export function isFilingType(value: unknown): value is FilingType {
  return typeof value === 'string' && (FILING_TYPE_IDS as readonly string[]).includes(value);
}

/** Every wording of every type, longest first, so "取消接入" wins over "接入" and "原备案不在腾讯云" over "新增服务". */
const WORDINGS: ReadonlyArray<readonly [string, FilingType]> = FILING_TYPE_IDS.flatMap((type) => {
  const { name, consoleWording, consoleSynonyms } = FILING_TYPE_WORDINGS[type];
  return [name, consoleWording, ...consoleSynonyms].map((wording) => [normalizeStatusText(wording), type] as const);
}).sort((a, b) => b[0].length - a[0].length);

/** The filing type named by a console text ("新增服务（原备案不在腾讯云）"), or an already parsed value; null if none. */
export function parseFilingType(text: string): FilingType | null {
  if (isFilingType(text)) return text;
  const normalized = normalizeStatusText(text);
  return WORDINGS.find(([wording]) => normalized.includes(wording))?.[1] ?? null;
}

export function filingTypeName(filingType: FilingType): string {
  return FILING_TYPES[filingType].name;
}

export type VerifierRole = 'subject' | 'site';

export const VERIFIER_ROLE_LABELS: Readonly<Record<VerifierRole, string>> = {
  subject: '主体负责人',
  site: '网站负责人',
};

const ROLES_BY_RECIPIENTS: Readonly<Record<SmsRecipients, VerifierRole[]>> = {
  'subject-and-site-principals': ['subject', 'site'],
  'site-principal': ['site'],
  'subject-principal': ['subject'],
  // Depends on which part changed, so either may get the SMS.
  'changed-side': ['subject', 'site'],
  none: [],
};

const SENTENCE_BY_RECIPIENTS: Readonly<Record<SmsRecipients, string>> = {
  'subject-and-site-principals': '主体负责人和网站负责人都要完成短信核验（同一人、同一手机号只需核验一次）。',
  'site-principal': '由网站负责人完成短信核验。',
  'subject-principal': '由主体负责人完成短信核验。',
  'changed-side': '变更了哪部分信息，就由那部分的负责人核验：主体信息变更由主体负责人核验，网站信息变更由网站负责人核验。',
  none: '这类备案无需短信核验。',
};

/** The 负责人 who may receive the SMS; both when the type is unknown. */
export function verifierRoles(filingType?: FilingType | null): VerifierRole[] {
  return filingType ? ROLES_BY_RECIPIENTS[FILING_TYPES[filingType].sms] : ['subject', 'site'];
}

/** Who must do the SMS verification for an order of this type, as a sentence for the user. */
export function whoMustVerify(filingType?: FilingType | null): string {
  if (!filingType) {
    return '备案类型未知：首次备案和新增网站由主体负责人和网站负责人核验，接入备案由网站负责人核验，请以收到的短信为准。';
  }
  return SENTENCE_BY_RECIPIENTS[FILING_TYPES[filingType].sms];
}
