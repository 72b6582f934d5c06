/**
 * The Tencent filing (备案) order types, with the wording the console uses today
 * (2023+ it says 服务 where the documentation says 网站) and the per-type facts the
 * advisor and the checklist share. Source: icp-rules.md §1.1, §5, §11.
 */

export const FILING_TYPE_IDS = [
  'first-filing',
  'access',
  'add-site-at-tencent',
  'add-site-elsewhere',
  'change-subject',
  'change-site',
  'cancel-subject',
  'cancel-site',
  'cancel-access',
] as const;

export type FilingType = (typeof FILING_TYPE_IDS)[number];

/** Who must answer the MIIT verification SMS (icp-rules.md §5). */
export type SmsRecipients = 'subject-and-site-principals' | 'site-principal' | 'changed-side' | 'subject-principal' | 'none';

/** Whether the site may be reachable while the order is under review (icp-rules.md §1.1). */
export type SiteReachability = 'must-be-offline' | 'after-initial-review' | 'unaffected';

/** How Tencent's documentation and the console name a type: all the console adapter reads (it ships in the page). */
export interface FilingTypeWording {
  /** The name in Tencent's documentation. */
  name: string;
  /** The label the current console shows; match loosely, together with `consoleSynonyms`. */
  consoleWording: string;
  consoleSynonyms: readonly string[];
}

export interface FilingTypeInfo extends FilingTypeWording {
  sms: SmsRecipients;
  reachability: SiteReachability;
  /** The order puts websites (and their domains) in front of the 管局, so server, domain and order-size rules apply. */
  filesWebsites: boolean;
  /** The subject already has a record at Tencent, so the Tencent account has filed before. */
  recordAtTencent: boolean;
}

export const FILING_TYPE_WORDINGS: Readonly<Record<FilingType, FilingTypeWording>> = {
  'first-filing': {
    name: '首次备案',
    consoleWording: '首次备案',
    consoleSynonyms: ['首次备案', '新增备案'],
  },
  access: {
    name: '接入备案',
    consoleWording: '接入备案（一键接入备案）',
    consoleSynonyms: ['接入备案', '一键接入备案', '接入服务'],
  },
  'add-site-at-tencent': {
    name: '新增网站（原备案在腾讯云）',
    consoleWording: '新增服务（原备案在腾讯云）',
    consoleSynonyms: ['新增服务', '新增网站', '原备案在腾讯云'],
  },
  'add-site-elsewhere': {
    name: '新增网站（原备案不在腾讯云）',
    consoleWording: '新增服务（原备案不在腾讯云）',
    consoleSynonyms: ['新增服务', '新增网站', '原备案不在腾讯云'],
  },
  'change-subject': {
    name: '变更备案',
    consoleWording: '变更备案（变更主体）',
    consoleSynonyms: ['变更备案', '变更主体'],
  },
  'change-site': {
    name: '变更网站',
    consoleWording: '变更服务',
    consoleSynonyms: ['变更服务', '变更网站'],
  },
  'cancel-subject': {
    name: '注销主体',
    consoleWording: '注销主体',
    consoleSynonyms: ['注销主体'],
  },
  'cancel-site': {
    name: '注销网站',
    consoleWording: '注销服务',
    consoleSynonyms: ['注销服务', '注销网站'],
  },
  'cancel-access': {
    name: '取消接入网站',
    consoleWording: '取消接入',
    consoleSynonyms: ['取消接入', '取消接入网站', '取消接入服务'],
  },
};

/** Who gets the SMS, whether the site may stay online, and which rules apply, per type (icp-rules.md §1.1, §5, §11). */
const FACTS: Readonly<Record<FilingType, Omit<FilingTypeInfo, keyof FilingTypeWording>>> = {
  'first-filing': {
    sms: 'subject-and-site-principals',
    reachability: 'must-be-offline',
    filesWebsites: true,
    recordAtTencent: false,
  },
  access: {
    sms: 'site-principal',
    reachability: 'after-initial-review',
    filesWebsites: true,
    recordAtTencent: false,
  },
  'add-site-at-tencent': {
    sms: 'subject-and-site-principals',
    reachability: 'must-be-offline',
    filesWebsites: true,
    recordAtTencent: true,
  },
  'add-site-elsewhere': {
    sms: 'subject-and-site-principals',
    reachability: 'must-be-offline',
    filesWebsites: true,
    recordAtTencent: false,
  },
  'change-subject': {
    sms: 'changed-side',
    reachability: 'unaffected',
    filesWebsites: false,
    recordAtTencent: true,
  },
  'change-site': {
    sms: 'changed-side',
    reachability: 'unaffected',
    filesWebsites: false,
    recordAtTencent: true,
  },
  'cancel-subject': {
    sms: 'subject-principal',
    reachability: 'unaffected',
    filesWebsites: false,
    recordAtTencent: true,
  },
  'cancel-site': {
    sms: 'site-principal',
    reachability: 'unaffected',
    filesWebsites: false,
    recordAtTencent: true,
  },
  'cancel-access': {
    sms: 'none',
    reachability: 'unaffected',
    filesWebsites: false,
    recordAtTencent: true,
  },
};

function withFacts(): Readonly<Record<FilingType, FilingTypeInfo>> {
  const info = FILING_TYPE_IDS.map((type) => [type, { ...FILING_TYPE_WORDINGS[type], ...FACTS[type] }]);
  return Object.fromEntries(info) as Record<FilingType, FilingTypeInfo>;
}

/** Every type with its wording and facts (pure: a bundle that reads only the wordings leaves the facts out). */
export const FILING_TYPES: Readonly<Record<FilingType, FilingTypeInfo>> = /* @__PURE__ */ withFacts();

/** "首次备案（控制台：首次备案）"-style label for lists and result cards. */
export function filingTypeLabel(type: FilingType): string {
  const { name, consoleWording } = FILING_TYPES[type];
  return name === consoleWording ? name : `${name}（控制台：${consoleWording}）`;
}
