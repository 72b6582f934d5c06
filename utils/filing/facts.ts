/**
 * Facts the extension cannot see (server dates, registrar, real-name dates, what the user
 * has prepared) and asks of the user. They are kept with the profile as its optional
 * `checklist` object (profile-format.md), so the schema uses zod/mini: the console panel imports it.
 */
import * as z from 'zod/mini';

const yesNo = z.optional(z.boolean());
const date = z.optional(z.iso.date());
const count = z.optional(z.int().check(z.nonnegative()));

export const ServerFactsSchema = z.object({
  /** The cloud resource is in this account ('own') or comes as 备案授权码 from another account. */
  source: z.optional(z.enum(['own', 'auth-code'])),
  mainland: yesNo,
  /** 包年包月 */
  prepaid: yesNo,
  purchasedOn: date,
  /** Renewals included. */
  expiresOn: date,
  /** Websites already filed on this server, not counting this order. */
  websitesAlreadyFiled: count,
  authCodeFromEnterprise: yesNo,
  authCodeCount: count,
});

export const DomainFactsSchema = z.object({
  registrar: z.optional(z.enum(['tencent', 'other'])),
  realNameVerifiedOn: date,
  holderMatchesSubject: yesNo,
  expiresOn: date,
  /** The user looked the TLD up on 域名.信息 and it is fileable. */
  tldConfirmedFileable: yesNo,
});

export const AccountFactsSchema = z.object({
  realNameVerifiedOn: date,
  orderInFlight: yesNo,
});

export const SiteFactsSchema = z.object({
  /** The sites of this order are not reachable (DNS paused, closed, or a 建设中 page). */
  offline: yesNo,
  /** Already filed sites are online and show their ICP number in the footer. */
  existingShowIcpNumber: yesNo,
  footerDutyAcknowledged: yesNo,
});

export const ProvinceFactsSchema = z.object({
  mobileRegisteredInProvince: yesNo,
  principalIsLegalRepresentative: yesNo,
  residenceProofReady: yesNo,
  principalAuthorisationLetterReady: yesNo,
  sitePrincipalAuthorisationLetterReady: yesNo,
  documentsReady: yesNo,
});

export const ChecklistFactsSchema = z.object({
  server: z.optional(ServerFactsSchema),
  /** Keyed by the registrable domain as written in the profile. */
  domains: z.optional(z.record(z.string(), DomainFactsSchema)),
  account: z.optional(AccountFactsSchema),
  site: z.optional(SiteFactsSchema),
  province: z.optional(ProvinceFactsSchema),
});

export type ChecklistFacts = z.infer<typeof ChecklistFactsSchema>;
export type DomainFacts = z.infer<typeof DomainFactsSchema>;

type FieldsOf<Group extends string, Shape> = `${Group}.${Extract<keyof Shape, string>}`;

/** Every fact the user can enter, as 'group.field'; 'domain.*' facts also name their domain. */
export type FactKey =
  | FieldsOf<'server', z.infer<typeof ServerFactsSchema>>
  | FieldsOf<'domain', DomainFacts>
  | FieldsOf<'account', z.infer<typeof AccountFactsSchema>>
  | FieldsOf<'site', z.infer<typeof SiteFactsSchema>>
  | FieldsOf<'province', z.infer<typeof ProvinceFactsSchema>>;

export type FactValue = string | number | boolean;

export type FactInput =
  | { kind: 'date' }
  | { kind: 'yes-no' }
  | { kind: 'count' }
  | { kind: 'choice'; choices: readonly { value: string; label: string }[] };

export interface FactField {
  label: string;
  input: FactInput;
}

const YES_NO: FactInput = { kind: 'yes-no' };
const DATE: FactInput = { kind: 'date' };
const COUNT: FactInput = { kind: 'count' };

export const FACT_FIELDS: Readonly<Record<FactKey, FactField>> = {
  'server.source': {
    label: '备案云资源来源',
    input: { kind: 'choice', choices: [{ value: 'own', label: '本账号的云服务器' }, { value: 'auth-code', label: '他人提供的备案授权码' }] },
  },
  'server.mainland': { label: '服务器在中国大陆地域', input: YES_NO },
  'server.prepaid': { label: '服务器为包年包月计费', input: YES_NO },
  'server.purchasedOn': { label: '服务器购买日期', input: DATE },
  'server.expiresOn': { label: '服务器到期日期（含续费）', input: DATE },
  'server.websitesAlreadyFiled': { label: '该服务器上已备案的网站数', input: COUNT },
  'server.authCodeFromEnterprise': { label: '授权码由企业认证账号生成', input: YES_NO },
  'server.authCodeCount': { label: '手上可用的授权码个数', input: COUNT },
  'domain.registrar': {
    label: '域名注册商',
    input: { kind: 'choice', choices: [{ value: 'tencent', label: '腾讯云' }, { value: 'other', label: '其他注册商' }] },
  },
  'domain.realNameVerifiedOn': { label: '域名实名认证完成日期', input: DATE },
  'domain.holderMatchesSubject': { label: '域名持有者与备案主体一致', input: YES_NO },
  'domain.expiresOn': { label: '域名到期日期', input: DATE },
  'domain.tldConfirmedFileable': { label: '已在 域名.信息 查到该后缀可以备案', input: YES_NO },
  'account.realNameVerifiedOn': { label: '腾讯云账号个人实名认证日期', input: DATE },
  'account.orderInFlight': { label: '该账号现在有进行中的备案订单', input: YES_NO },
  'site.offline': { label: '要备案的网站目前无法访问（已暂停解析、关闭或只显示建设中）', input: YES_NO },
  'site.existingShowIcpNumber': { label: '已备案的网站都能访问，并在首页底部展示了备案号', input: YES_NO },
  'site.footerDutyAcknowledged': { label: '已知晓备案通过后须在首页底部展示备案号', input: YES_NO },
  'province.mobileRegisteredInProvince': { label: '负责人手机号是备案省份归属地的号码', input: YES_NO },
  'province.principalIsLegalRepresentative': { label: '主体负责人是法定代表人', input: YES_NO },
  'province.residenceProofReady': { label: '已准备居住证或其他居住证明', input: YES_NO },
  'province.principalAuthorisationLetterReady': { label: '已准备主体负责人授权书', input: YES_NO },
  'province.sitePrincipalAuthorisationLetterReady': { label: '已准备网站负责人授权书', input: YES_NO },
  'province.documentsReady': { label: '已准备省管局要求的材料', input: YES_NO },
};

/** One fact a checklist item asks for; `domain` is set for 'domain.*' keys. */
export interface FactRef {
  key: FactKey;
  domain?: string;
}

export function factRefId(ref: FactRef): string {
  return ref.domain === undefined ? ref.key : `${ref.key}@${ref.domain}`;
}

type FactRecord = Record<string, FactValue | undefined>;

function splitKey(key: FactKey): [group: string, field: string] {
  const [group = '', field = ''] = key.split('.');
  return [group, field];
}

export function getFact(facts: ChecklistFacts, ref: FactRef): FactValue | undefined {
  const [group, field] = splitKey(ref.key);
  const record =
    group === 'domain'
      ? facts.domains?.[ref.domain ?? '']
      : (facts[group as Exclude<keyof ChecklistFacts, 'domains'>] as FactRecord | undefined);
  return (record as FactRecord | undefined)?.[field];
}

/** A copy of `facts` with one fact set, or removed when `value` is undefined. */
export function setFact(facts: ChecklistFacts, ref: FactRef, value: FactValue | undefined): ChecklistFacts {
  const [group, field] = splitKey(ref.key);
  const withField = (record: FactRecord | undefined): FactRecord => {
    const next: FactRecord = { ...record };
    if (value === undefined) delete next[field];
    else next[field] = value;
    return next;
  };
  if (group === 'domain') {
    const domain = ref.domain ?? '';
    return { ...facts, domains: { ...facts.domains, [domain]: withField(facts.domains?.[domain] as FactRecord | undefined) } };
  }
  return { ...facts, [group]: withField(facts[group as keyof ChecklistFacts] as FactRecord | undefined) };
}
