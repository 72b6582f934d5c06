/**
 * Filing types and who must do the MIIT SMS verification for each (icp-rules.md §5, "Who must verify").
 * Free of zod and browser APIs: the console content script may import this file.
 */
import { normalizeStatusText } from './stages';

export const FILING_TYPES = [
  'first',
  'access',
  'addSite',
  'change',
  'changeSubject',
  'changeSite',
  'cancelSubject',
  'cancelSite',
  'cancelAccess',
] as const;

export type FilingType = (typeof FILING_TYPES)[number];

export const FILING_TYPE_LABELS: Readonly<Record<FilingType, string>> = {
  first: '首次备案',
  access: '接入备案',
  addSite: '新增网站',
  change: '变更备案',
  changeSubject: '变更主体',
  changeSite: '变更网站',
  cancelSubject: '注销主体',
  cancelSite: '注销网站',
  cancelAccess: '取消接入',
};

/** Console wordings, most specific first (取消接入 before 接入; the 2023+ console says 服务 for 网站). */
const FILING_TYPE_RULES: ReadonlyArray<readonly [RegExp, FilingType]> = [
  [/取消接入/, 'cancelAccess'],
  [/注销主体/, 'cancelSubject'],
  [/注销(网站|服务|APP|小程序|快应用)/i, 'cancelSite'],
  [/变更主体/, 'changeSubject'],
  [/变更(网站|服务|APP|小程序|快应用)/i, 'changeSite'],
  [/变更/, 'change'],
  [/新增(网站|服务|APP|小程序|快应用)/i, 'addSite'],
  [/接入/, 'access'],
  [/首次/, 'first'],
];

export function isFilingType(value: unknown): value is FilingType {
  return typeof value === 'string' && (FILING_TYPES as readonly string[]).includes(value);
}

/** The filing type named by a console text ("新增服务（原备案不在腾讯云）"), or an already parsed value; null if none. */
export function parseFilingType(text: string): FilingType | null {
  if (isFilingType(text)) return text;
  const normalized = normalizeStatusText(text);
  return FILING_TYPE_RULES.find(([pattern]) => pattern.test(normalized))?.[1] ?? null;
}

export type VerifierRole = 'subject' | 'site';

export const VERIFIER_ROLE_LABELS: Readonly<Record<VerifierRole, string>> = {
  subject: '主体负责人',
  site: '网站负责人',
};

/**
 * The 负责人 who may receive the SMS. For a plain 变更 it depends on which part changed, and for an unknown type
 * it is not known, so both are listed there.
 */
export function verifierRoles(filingType?: FilingType | null): VerifierRole[] {
  switch (filingType) {
    case 'access':
    case 'changeSite':
    case 'cancelSite':
      return ['site'];
    case 'changeSubject':
    case 'cancelSubject':
      return ['subject'];
    case 'cancelAccess':
      return [];
    default:
      return ['subject', 'site'];
  }
}

/** Who must do the SMS verification for an order of this type, as a sentence for the user. */
export function whoMustVerify(filingType?: FilingType | null): string {
  switch (filingType) {
    case 'first':
    case 'addSite':
      return '主体负责人和网站负责人都要完成短信核验（同一人、同一手机号只需核验一次）。';
    case 'access':
    case 'changeSite':
    case 'cancelSite':
      return '由网站负责人完成短信核验。';
    case 'changeSubject':
    case 'cancelSubject':
      return '由主体负责人完成短信核验。';
    case 'change':
      return '变更了哪部分信息，就由那部分的负责人核验：主体信息变更由主体负责人核验，网站信息变更由网站负责人核验。';
    case 'cancelAccess':
      return '取消接入无需短信核验。';
    default:
      return '备案类型未知：首次备案和新增网站由主体负责人和网站负责人核验，接入备案由网站负责人核验，请以收到的短信为准。';
  }
}
