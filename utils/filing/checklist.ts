/**
 * Pre-flight checklist: the rules of icp-rules.md §1, §5, §7–§10 applied to one profile and
 * one planned order. Facts the extension cannot see come from the user (`ChecklistFacts`);
 * an item whose facts are missing is 'unknown' and its reason asks for them.
 */
import { addCalendarDays, weekdayOf } from '@/utils/calendar/china-time';
import { addWorkingDays, isWorkingDay } from '@/utils/calendar/working-days';
import { isLandline, isMainlandMobile } from '@/utils/profile/contact';
import { PERSONAL_SITE_PLEDGE } from '@/utils/names/provinces';
import type { Person, Subject, Website } from '@/utils/profile/schema';
import { analyzeDomain, checkDomain, tldVerdict } from '@/utils/profile/domain';
import { addMonths, daysBetween, toIsoDate, type IsoDate } from './dates';
import { getFact, type ChecklistFacts, type FactKey, type FactRef } from './facts';
import { FILING_TYPES, type FilingType } from './filing-types';
import {
  DOMAIN_MIN_MONTHS_LEFT,
  LANDLINE_REQUIRED,
  LEGAL_REPRESENTATIVE_REQUIRED,
  LOCAL_ID_REQUIRED,
  LOCAL_MOBILE_REQUIRED,
  ORDER_WEBSITE_CAP,
  PLEDGE_REQUIRED,
  PRINCIPAL_AUTHORISATION_LETTER,
  SITE_PRINCIPAL_AUTHORISATION_LETTER,
  provinceDocuments,
  provinceOf,
  provinceOfResidentId,
  type Province,
} from './provinces';

/** The parts of a person (profile-format.md v1) the checklist reads. */
export type ChecklistPerson = Pick<Person, 'name' | 'certificateType' | 'certificateNumber' | 'mobile'>;

/** The parts of a `Profile` (`@/utils/profile`) the checklist reads; a whole `Profile` fits. */
export interface ChecklistProfile {
  subject: Pick<Subject, 'type' | 'province' | 'name' | 'certificateType' | 'certificateNumber' | 'remark' | 'legalRepresentative'>;
  principal: ChecklistPerson & Pick<Person, 'officePhone'>;
  websites: readonly (Pick<Website, 'name' | 'domain' | 'remark'> & { principal: ChecklistPerson | null })[];
}

export interface PlannedOrder {
  filingType: FilingType;
  /** Defaults to the number of domains, or to all websites of the profile. */
  websiteCount?: number;
  /** The registrable domains in this order; defaults to every website of the profile. */
  domains?: readonly string[];
}

export type ChecklistStatus = 'pass' | 'fail' | 'unknown';

export type ChecklistGroup = 'cloud' | 'domain' | 'account' | 'order' | 'site' | 'province' | 'sms' | 'tip';

export const CHECKLIST_GROUP_TITLES: Readonly<Record<ChecklistGroup, string>> = {
  cloud: '云资源',
  domain: '域名',
  account: '账号',
  order: '订单规模',
  site: '网站访问与备案号',
  province: '省管局要求',
  sms: '短信核验',
  tip: '建议',
};

export interface ChecklistItem {
  id: string;
  group: ChecklistGroup;
  title: string;
  status: ChecklistStatus;
  /** Why it passes or fails; for 'unknown', the question telling what to enter. */
  reason: string;
  /** icp-rules.md section (or the seed notes for advice). */
  source: string;
  /** Practical advice (建议), not a rule: never a blocker. */
  advice?: boolean;
  /** Facts that decide this item, for the facts form. */
  asks?: FactRef[];
}

export interface ChecklistInput {
  profile: ChecklistProfile;
  order: PlannedOrder;
  facts?: ChecklistFacts;
  today: Date | IsoDate;
}

/** Failed rules; advice never blocks. */
export function blockersOf(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.status === 'fail' && !item.advice);
}

const RESIDENT_ID = '居民身份证';
const MAX_SITES_PER_SERVER = 5;
const ENTERPRISE_ORDER_CAP = 10;

/** Types whose order brings new domains before the 管局 (domain rules, documents, footer duty). */
const NEW_DOMAIN_TYPES: ReadonlySet<FilingType> = new Set(['first-filing', 'add-site-at-tencent', 'add-site-elsewhere']);

/** Types where the 管局 re-examines the subject's already filed sites. */
const RECHECKS_EXISTING_SITES: ReadonlySet<FilingType> = new Set([
  'access',
  'add-site-at-tencent',
  'add-site-elsewhere',
  'change-subject',
  'change-site',
]);

interface Context {
  profile: ChecklistProfile;
  type: FilingType;
  facts: ChecklistFacts;
  today: IsoDate;
  province: Province | null;
  personal: boolean;
  domains: readonly string[];
  websites: ChecklistProfile['websites'];
  websiteCount: number;
}

type ItemDraft = Omit<ChecklistItem, 'group'>;

function fact<T extends string | number | boolean>(context: Context, key: FactKey, domain?: string): T | undefined {
  return getFact(context.facts, { key, domain }) as T | undefined;
}

/** An item decided by one yes/no fact; `passWhen` is the answer that passes (yes, unless the question asks about a problem). */
function yesNoItem(
  context: Context,
  draft: { id: string; title: string; source: string; key: FactKey; domain?: string; passWhen?: boolean },
  texts: { pass: string; fail: string; ask: string },
): ItemDraft {
  const answer = fact<boolean>(context, draft.key, draft.domain);
  const { key, domain, passWhen = true, ...rest } = draft;
  const asks = [{ key, domain }];
  if (answer === undefined) return { ...rest, status: 'unknown', reason: texts.ask, asks };
  return answer === passWhen ? { ...rest, status: 'pass', reason: texts.pass, asks } : { ...rest, status: 'fail', reason: texts.fail, asks };
}

function cloudItems(context: Context): ItemDraft[] {
  const source = 'icp-rules.md §7';
  const server = context.facts.server ?? {};
  const items: ItemDraft[] = [];

  items.push(resourceOwnershipItem(context));
  items.push(
    yesNoItem(
      context,
      { id: 'cloud.mainland', title: '服务器在中国大陆地域', source, key: 'server.mainland' },
      {
        pass: '服务器在中国大陆地域。',
        fail: '中国香港、澳门、台湾及境外地域的服务器不能用于备案，请换用中国大陆地域的服务器。',
        ask: '请确认备案用的服务器是否在中国大陆地域。',
      },
    ),
    yesNoItem(
      context,
      { id: 'cloud.prepaid', title: '服务器为包年包月', source, key: 'server.prepaid' },
      {
        pass: '服务器为包年包月计费。',
        fail: '按量计费的服务器不能用于备案，请改为包年包月。',
        ask: '请确认备案用的服务器是否为包年包月计费。',
      },
    ),
  );

  const purchaseAsks: FactRef[] = [{ key: 'server.purchasedOn' }, { key: 'server.expiresOn' }];
  if (!server.purchasedOn || !server.expiresOn) {
    items.push({
      id: 'cloud.purchase-length',
      title: '服务器购买时长不少于 3 个月（含续费）',
      status: 'unknown',
      reason: '请填写服务器的购买日期和到期日期（含续费）。',
      source,
      asks: purchaseAsks,
    });
  } else {
    const enough = addMonths(server.purchasedOn, 3) <= server.expiresOn;
    items.push({
      id: 'cloud.purchase-length',
      title: '服务器购买时长不少于 3 个月（含续费）',
      status: enough ? 'pass' : 'fail',
      reason: enough
        ? `购买日期 ${server.purchasedOn} 至到期日期 ${server.expiresOn}，满 3 个月。`
        : `购买日期 ${server.purchasedOn} 至到期日期 ${server.expiresOn}，不足 3 个月，请续费到 ${addMonths(server.purchasedOn, 3)} 或以后。`,
      source,
      asks: purchaseAsks,
    });
  }

  const remainingAsks: FactRef[] = [{ key: 'server.expiresOn' }];
  if (!server.expiresOn) {
    items.push({
      id: 'cloud.remaining',
      title: '备案期间服务器剩余有效期不少于 1 个月',
      status: 'unknown',
      reason: '请填写服务器的到期日期（含续费）。',
      source,
      asks: remainingAsks,
    });
  } else {
    const enough = addMonths(context.today, 1) <= server.expiresOn;
    items.push({
      id: 'cloud.remaining',
      title: '备案期间服务器剩余有效期不少于 1 个月',
      status: enough ? 'pass' : 'fail',
      reason: enough
        ? `服务器 ${server.expiresOn} 到期，还剩 ${daysBetween(context.today, server.expiresOn)} 天；管局审核最长约 20 个工作日，审核期间请勿让它到期。`
        : `服务器 ${server.expiresOn} 到期，剩余不足 1 个月，请先续费到 ${addMonths(context.today, 1)} 以后。`,
      source,
      asks: remainingAsks,
    });
  }

  if (server.source !== 'auth-code') items.push(sitesPerServerItem(context));
  return items;
}

function resourceOwnershipItem(context: Context): ItemDraft {
  const server = context.facts.server ?? {};
  const base = { id: 'cloud.resource', title: '备案云资源在本账号，或有企业账号提供的授权码', source: 'icp-rules.md §7' };
  const asks: FactRef[] = [{ key: 'server.source' }];
  if (server.source === undefined) {
    return { ...base, status: 'unknown', reason: '请选择备案云资源来源：本账号的云服务器，还是他人提供的备案授权码。', asks };
  }
  if (server.source === 'own') return { ...base, status: 'pass', reason: '使用本账号下的云服务器。', asks };

  asks.push({ key: 'server.authCodeFromEnterprise' }, { key: 'server.authCodeCount' });
  if (server.authCodeFromEnterprise === false) {
    return { ...base, status: 'fail', reason: '备案授权码只能由企业认证的腾讯云账号生成，个人账号生成不了。', asks };
  }
  if (server.authCodeFromEnterprise === undefined || server.authCodeCount === undefined) {
    return { ...base, status: 'unknown', reason: '请确认授权码是否由企业认证账号生成，并填写手上可用的授权码个数。', asks };
  }
  if (server.authCodeCount < context.websiteCount) {
    return {
      ...base,
      status: 'fail',
      reason: `一个授权码只能用于一个网站：本次 ${context.websiteCount} 个网站，只有 ${server.authCodeCount} 个授权码。`,
      asks,
    };
  }
  return { ...base, status: 'pass', reason: `授权码由企业账号生成，${server.authCodeCount} 个授权码够本次 ${context.websiteCount} 个网站使用。`, asks };
}

function sitesPerServerItem(context: Context): ItemDraft {
  const already = context.facts.server?.websitesAlreadyFiled;
  const base = { id: 'cloud.sites-per-server', title: '每台服务器最多 5 个网站', source: 'icp-rules.md §7', asks: [{ key: 'server.websitesAlreadyFiled' } as FactRef] };
  if (already === undefined) return { ...base, status: 'unknown', reason: '请填写该服务器上已备案的网站个数（不含本次）。' };
  const total = already + context.websiteCount;
  return total <= MAX_SITES_PER_SERVER
    ? { ...base, status: 'pass', reason: `已有 ${already} 个，加上本次 ${context.websiteCount} 个，共 ${total} 个。` }
    : {
        ...base,
        status: 'fail',
        reason: `已有 ${already} 个，加上本次 ${context.websiteCount} 个共 ${total} 个，超过 5 个；超出的网站需要另一台符合条件的服务器。`,
      };
}

function domainItems(context: Context): ItemDraft[] {
  return context.domains.flatMap((domain) => [
    tldItem(context, domain),
    realNameItem(context, domain),
    yesNoItem(
      context,
      { id: `domain.holder:${domain}`, title: `${domain}：域名持有者与备案主体一致`, source: 'icp-rules.md §9', key: 'domain.holderMatchesSubject', domain },
      {
        pass: '域名持有者与备案主体一致。',
        fail: context.personal
          ? '个人备案要求域名持有者的姓名、证件类型、证件号码与备案人一致，请先把域名过户到备案人名下。'
          : '企业备案要求域名持有者为该单位（或其法定代表人），请先把域名过户。',
        ask: `请确认 ${domain} 的持有者是否就是备案主体“${context.profile.subject.name}”。`,
      },
    ),
    domainValidityItem(context, domain),
  ]);
}

function tldItem(context: Context, domain: string): ItemDraft {
  const base = { id: `domain.tld:${domain}`, title: `${domain}：域名后缀可以备案`, source: 'icp-rules.md §9, §9.1' };
  const analysis = analyzeDomain(domain);
  if (analysis.kind !== 'domain') {
    const [problem] = checkDomain(domain, `域名“${domain}”`);
    return { ...base, status: 'fail', reason: problem?.message ?? `域名“${domain}”格式有误，请在档案中修改。` };
  }
  // Domain items exist only for types that bring new domains, so .org counts as a new filing here.
  const verdict = tldVerdict(analysis, { province: context.province ?? undefined, subjectType: context.personal ? 'personal' : 'enterprise' });
  if (verdict.severity === null) return { ...base, status: 'pass', reason: verdict.why };
  if (verdict.severity === 'error') return { ...base, status: 'fail', reason: verdict.why };
  if (!verdict.confirmAtMiit) return { ...base, status: 'unknown', reason: verdict.why };
  const suffix = analysis.suffix;
  const asks: FactRef[] = [{ key: 'domain.tldConfirmedFileable', domain }];
  const confirmed = fact<boolean>(context, 'domain.tldConfirmedFileable', domain);
  if (confirmed === undefined) {
    return { ...base, status: 'unknown', reason: `${verdict.why}查询后请在下方填写结果。`, asks };
  }
  return confirmed
    ? { ...base, status: 'pass', reason: `已在 域名.信息 核实 .${suffix} 可以备案。`, asks }
    : { ...base, status: 'fail', reason: `域名.信息 显示 .${suffix} 不能备案，请换用 .cn、.com 等可备案后缀。`, asks };
}

function realNameItem(context: Context, domain: string): ItemDraft {
  const registrar = fact<'tencent' | 'other'>(context, 'domain.registrar', domain);
  const verifiedOn = fact<IsoDate>(context, 'domain.realNameVerifiedOn', domain);
  const base = {
    id: `domain.real-name:${domain}`,
    title: `${domain}：域名实名认证已满等待期`,
    source: 'icp-rules.md §1.1, §9',
    asks: [
      { key: 'domain.registrar', domain },
      { key: 'domain.realNameVerifiedOn', domain },
    ] as FactRef[],
  };
  if (!registrar || !verifiedOn) {
    return { ...base, status: 'unknown', reason: `请填写 ${domain} 的注册商和域名实名认证完成日期。` };
  }
  const [earliest, wait] =
    registrar === 'tencent' ? [addCalendarDays(verifiedOn, 3), '3 个自然日（腾讯云注册的域名）'] : [addWorkingDays(verifiedOn, 3), '3 个工作日（其他注册商的域名）'];
  return earliest <= context.today
    ? { ...base, status: 'pass', reason: `${verifiedOn} 完成实名认证，已满 ${wait}。` }
    : { ...base, status: 'fail', reason: `${verifiedOn} 完成实名认证，需等待 ${wait}，实名信息同步到工信部后才能提交，最早 ${earliest}。` };
}

function domainValidityItem(context: Context, domain: string): ItemDraft {
  const expiresOn = fact<IsoDate>(context, 'domain.expiresOn', domain);
  const monthsRequired = context.province ? DOMAIN_MIN_MONTHS_LEFT[context.province] : undefined;
  const base = {
    id: `domain.validity:${domain}`,
    title: monthsRequired ? `${domain}：域名剩余有效期超过 ${monthsRequired} 个月（${context.province}）` : `${domain}：域名在注册有效期内`,
    source: 'icp-rules.md §9',
    asks: [{ key: 'domain.expiresOn', domain }] as FactRef[],
  };
  if (!expiresOn) return { ...base, status: 'unknown', reason: `请填写 ${domain} 的到期日期。` };
  if (expiresOn < context.today) return { ...base, status: 'fail', reason: `域名已于 ${expiresOn} 到期，请先续费。` };
  if (monthsRequired && expiresOn <= addMonths(context.today, monthsRequired)) {
    return {
      ...base,
      status: 'fail',
      reason: `${context.province}管局要求域名剩余有效期超过 ${monthsRequired} 个月；域名 ${expiresOn} 到期，请续费到 ${addMonths(context.today, monthsRequired)} 以后。`,
    };
  }
  return { ...base, status: 'pass', reason: `域名 ${expiresOn} 到期。` };
}

function accountItems(context: Context): ItemDraft[] {
  const items: ItemDraft[] = [];
  if (context.personal && !FILING_TYPES[context.type].recordAtTencent) items.push(accountAgeItem(context));
  items.push(
    yesNoItem(
      context,
      { id: 'account.one-order', title: '账号没有其他进行中的备案订单', source: 'icp-rules.md §1.1, §1.4', key: 'account.orderInFlight', passWhen: false },
      {
        pass: '账号没有进行中的备案订单。',
        fail: '账号已有进行中的备案订单；同一账号同一时间只能有一个订单，请等它完成或撤销后再提交。',
        ask: '请确认该腾讯云账号现在是否有进行中（未完成）的备案订单。',
      },
    ),
  );
  return items;
}

function accountAgeItem(context: Context): ItemDraft {
  const verifiedOn = context.facts.account?.realNameVerifiedOn;
  const base = {
    id: 'account.real-name-48h',
    title: '个人账号实名认证满 48 小时',
    source: 'icp-rules.md §1.1',
    asks: [{ key: 'account.realNameVerifiedOn' }] as FactRef[],
  };
  if (!verifiedOn) return { ...base, status: 'unknown', reason: '请填写腾讯云账号完成个人实名认证的日期。' };
  const days = daysBetween(verifiedOn, context.today);
  if (days >= 3) return { ...base, status: 'pass', reason: `${verifiedOn} 完成实名认证，已满 48 小时。` };
  if (days === 2) {
    return { ...base, status: 'unknown', reason: `${verifiedOn} 完成实名认证，今天是否满 48 小时取决于认证的具体时刻；请过了当时的时刻再提交，或 ${addCalendarDays(verifiedOn, 3)} 提交。` };
  }
  return { ...base, status: 'fail', reason: `${verifiedOn} 完成实名认证，个人账号需满 48 小时才能提交备案，请在 ${addCalendarDays(verifiedOn, 2)} 认证时刻之后提交。` };
}

function orderItems(context: Context): ItemDraft[] {
  const source = 'icp-rules.md §1.4, §8';
  const cap = context.personal
    ? { limit: 1, why: '个人备案每个订单只能提交 1 个网站。' }
    : provinceCap(context);
  const items: ItemDraft[] = [
    {
      id: 'order.website-count',
      title: `本次订单网站数不超过 ${cap.limit} 个`,
      status: context.websiteCount <= cap.limit ? 'pass' : 'fail',
      reason:
        context.websiteCount <= cap.limit
          ? `本次 ${context.websiteCount} 个网站。${cap.why}`
          : `本次 ${context.websiteCount} 个网站，超过上限。${cap.why}请分成多个订单，一个完成后再提交下一个。`,
      source,
    },
  ];
  const { domains } = context;
  if (domains.length > context.websiteCount) {
    items.push({
      id: 'order.one-domain-per-site',
      title: '每个网站只填 1 个域名',
      status: 'fail',
      reason: `本次 ${domains.length} 个域名、${context.websiteCount} 个网站；每个网站只能填写 1 个域名，请为每个域名各建一个网站。`,
      source,
    });
  }
  return items;
}

function provinceCap(context: Context): { limit: number; why: string } {
  const provinceLimit = context.province ? ORDER_WEBSITE_CAP[context.province] : undefined;
  return provinceLimit === undefined
    ? { limit: ENTERPRISE_ORDER_CAP, why: '企业备案每个订单最多 10 个网站，每个网站 1 个域名。' }
    : { limit: provinceLimit, why: `${context.province}管局规定企业每个订单最多 ${provinceLimit} 个网站（全国为 10 个）。` };
}

function siteItems(context: Context): ItemDraft[] {
  const source = 'icp-rules.md §1.1';
  const items: ItemDraft[] = [];
  if (FILING_TYPES[context.type].reachability === 'must-be-offline') {
    items.push(
      yesNoItem(
        context,
        { id: 'site.offline', title: '备案通过前网站不能被访问', source, key: 'site.offline' },
        {
          pass: '网站目前无法访问。',
          fail: '首次备案和新增网站在备案通过前网站不能被访问（常见驳回原因）：请暂停域名解析、关闭访问或只显示“建设中”页面。',
          ask: '请确认要备案的网站目前是否无法访问（已暂停解析、关闭访问或只显示“建设中”页面）。',
        },
      ),
    );
  }
  if (RECHECKS_EXISTING_SITES.has(context.type)) {
    items.push(
      yesNoItem(
        context,
        { id: 'site.existing-sites', title: '已备案网站可访问并展示备案号', source: 'icp-rules.md §13, §2.3', key: 'site.existingShowIcpNumber' },
        {
          pass: '已备案的网站能访问，首页底部展示了备案号。',
          fail: '管局会重新核查已备案网站：网站打不开或首页底部没有备案号会导致本次订单被驳回，请先整改。',
          ask: '请确认该主体下已备案的网站都能访问，且首页底部展示了备案号并链接到 beian.miit.gov.cn。',
        },
      ),
    );
  }
  if (NEW_DOMAIN_TYPES.has(context.type)) {
    items.push(
      yesNoItem(
        context,
        { id: 'site.footer-duty', title: '备案通过后在首页底部展示备案号', source: 'icp-rules.md §1.1, §13', key: 'site.footerDutyAcknowledged' },
        {
          pass: '已知晓：备案通过后在首页底部展示备案号，并链接到 https://beian.miit.gov.cn 。',
          fail: '备案通过后必须在首页底部展示备案号并链接到 https://beian.miit.gov.cn ，否则以后的订单会被驳回，还可能被罚款。',
          ask: '备案通过后须在网站首页底部展示备案号并链接到 https://beian.miit.gov.cn ，请确认已知晓。',
        },
      ),
    );
  }
  return items;
}

function sameCertificate(a: { certificateNumber: string }, b: { certificateNumber: string }): boolean {
  return a.certificateNumber.trim().toUpperCase() === b.certificateNumber.trim().toUpperCase();
}

/** true/false when the profile or the facts tell; undefined when nobody said. */
function isLegalRepresentative(context: Context, person: ChecklistPerson): boolean | undefined {
  const { legalRepresentative } = context.profile.subject;
  if (legalRepresentative) return sameCertificate(person, legalRepresentative);
  if (sameCertificate(person, context.profile.principal)) return context.facts.province?.principalIsLegalRepresentative;
  return undefined;
}

function provinceItems(context: Context): ItemDraft[] {
  const { province, personal, profile } = context;
  if (!province) {
    return [
      {
        id: 'province.known',
        title: '备案省份',
        status: 'unknown',
        reason: `无法识别档案中的备案地域“${profile.subject.province}”，请在档案中填写省份（如“广东省”）后再检查省管局要求。`,
        source: 'icp-rules.md §1.2',
      },
    ];
  }
  const items: ItemDraft[] = [];
  const filesWebsites = FILING_TYPES[context.type].filesWebsites;

  if (personal) items.push(...residentIdItems(context, province));
  if (LOCAL_MOBILE_REQUIRED.has(province)) {
    items.push(
      yesNoItem(
        context,
        { id: 'province.local-mobile', title: `手机号归属地为${province}`, source: 'icp-rules.md §10.3, §2.4', key: 'province.mobileRegisteredInProvince' },
        {
          pass: `负责人手机号是${province}归属地的号码。`,
          fail: `${province}管局要求负责人手机号在本省登记（归属地为${province}），请换用本省号码。`,
          ask: `${province}管局要求负责人手机号归属地为本省，请确认 ${profile.principal.mobile} 的归属地。`,
        },
      ),
    );
  }
  if (!personal && LANDLINE_REQUIRED.has(province)) items.push(landlineItem(context, province));
  if (personal && filesWebsites && PLEDGE_REQUIRED.has(province)) items.push(pledgeItem(context, province));
  if (!personal && LEGAL_REPRESENTATIVE_REQUIRED.has(province)) items.push(legalRepresentativeItem(context, province));
  if (!personal && PRINCIPAL_AUTHORISATION_LETTER.has(province)) items.push(principalLetterItem(context, province));
  if (!personal && filesWebsites && SITE_PRINCIPAL_AUTHORISATION_LETTER.has(province)) {
    const item = sitePrincipalLetterItem(context, province);
    if (item) items.push(item);
  }
  const documents = NEW_DOMAIN_TYPES.has(context.type) ? provinceDocuments(province, context.domains.length) : [];
  if (documents.length > 0) {
    items.push(
      yesNoItem(
        context,
        { id: 'province.documents', title: `${province}管局要求的材料`, source: 'icp-rules.md §13', key: 'province.documentsReady' },
        {
          pass: `已准备：${documents.join('、')}。`,
          fail: `${province}管局要求提供：${documents.join('、')}，请准备好再提交。`,
          ask: `${province}管局要求提供：${documents.join('、')}，请确认是否已准备。`,
        },
      ),
    );
  }
  return items;
}

function residentIdItems(context: Context, province: Province): ItemDraft[] {
  const { subject } = context.profile;
  const source = 'icp-rules.md §10.1, §1.2';
  if (subject.certificateType !== RESIDENT_ID) {
    return LOCAL_ID_REQUIRED.has(province)
      ? [
          {
            id: 'province.local-id',
            title: `个人备案需使用${province}身份证`,
            status: 'unknown',
            reason: `${province}管局要求个人使用本省身份证；证件为${subject.certificateType}时，请先向腾讯云或管局确认能否备案。`,
            source,
          },
        ]
      : [];
  }
  const idProvince = provinceOfResidentId(subject.certificateNumber);
  if (idProvince === province) {
    return [{ id: 'province.local-id', title: `身份证签发地为${province}`, status: 'pass', reason: `身份证号前两位表明签发地为${province}。`, source }];
  }
  const issuedIn = idProvince ? `身份证签发地为${idProvince}` : '无法从身份证号识别签发省份';
  if (LOCAL_ID_REQUIRED.has(province)) {
    return [
      {
        id: 'province.local-id',
        title: `个人备案需使用${province}身份证`,
        status: 'fail',
        reason: `${province}管局要求个人备案使用本省身份证，${issuedIn}；外省身份证不能在${province}备案。`,
        source,
      },
    ];
  }
  return [
    yesNoItem(
      context,
      { id: 'province.residence-proof', title: `外省身份证需提供${province}居住证明`, source, key: 'province.residenceProofReady' },
      {
        pass: `${issuedIn}，已准备${province}的居住证或其他居住证明。`,
        fail: `${issuedIn}；用外省身份证在${province}备案时，需要上传居住证或其他居住证明。`,
        ask: `${issuedIn}；用外省身份证在${province}备案，请确认是否已准备居住证或其他居住证明。`,
      },
    ),
  ];
}

function landlineItem(context: Context, province: Province): ItemDraft {
  const phone = context.profile.principal.officePhone?.trim() ?? '';
  const ok = isLandline(phone);
  return {
    id: 'province.landline',
    title: `${province}企业需填写固定电话`,
    status: ok ? 'pass' : 'fail',
    reason: ok
      ? `办公室电话 ${phone} 为固定电话。`
      : `${province}管局要求企业填写带区号的固定电话作为办公室电话（如 025-12345678），档案中${phone ? `的“${phone}”不是固定电话` : '没有填写'}，请在档案中补充。`,
    source: 'icp-rules.md §1.2, §10.3',
  };
}

function pledgeItem(context: Context, province: Province): ItemDraft {
  const compact = (text: string) => text.replace(/\s+/g, '');
  const pledge = compact(PERSONAL_SITE_PLEDGE);
  const missing = context.websites.filter((website) => !compact(website.remark).includes(pledge));
  return {
    id: 'province.pledge',
    title: `${province}个人备案备注需含承诺书原文`,
    status: missing.length === 0 ? 'pass' : 'fail',
    reason:
      missing.length === 0
        ? '网站备注已包含承诺原文。'
        : `${province}管局要求个人备案的网站备注逐字包含：“${PERSONAL_SITE_PLEDGE}”；${missing.map((website) => `“${website.name}”`).join('、')}的备注还没有。`,
    source: 'icp-rules.md §2.4',
  };
}

function legalRepresentativeItem(context: Context, province: Province): ItemDraft {
  const answer = isLegalRepresentative(context, context.profile.principal);
  const base = {
    id: 'province.legal-representative',
    title: `${province}企业主体负责人须为法定代表人`,
    source: 'icp-rules.md §1.2',
    asks: context.profile.subject.legalRepresentative ? undefined : ([{ key: 'province.principalIsLegalRepresentative' }] as FactRef[]),
  };
  if (answer === undefined) {
    return { ...base, status: 'unknown', reason: `${province}管局要求主体负责人是法定代表人，请确认 ${context.profile.principal.name} 是否为法定代表人。` };
  }
  return answer
    ? { ...base, status: 'pass', reason: `主体负责人 ${context.profile.principal.name} 是法定代表人。` }
    : { ...base, status: 'fail', reason: `${province}管局要求主体负责人是法定代表人，${context.profile.principal.name} 不是，请在档案中改为法定代表人。` };
}

function principalLetterItem(context: Context, province: Province): ItemDraft {
  const isRepresentative = isLegalRepresentative(context, context.profile.principal);
  const letterReady = context.facts.province?.principalAuthorisationLetterReady;
  const base = {
    id: 'province.principal-letter',
    title: `${province}主体负责人授权书`,
    source: 'icp-rules.md §1.2',
    asks: [
      ...(context.profile.subject.legalRepresentative ? [] : [{ key: 'province.principalIsLegalRepresentative' } as FactRef]),
      { key: 'province.principalAuthorisationLetterReady' } as FactRef,
    ],
  };
  if (isRepresentative) return { ...base, status: 'pass', reason: '主体负责人是法定代表人，无需授权书。' };
  if (letterReady) return { ...base, status: 'pass', reason: '主体负责人不是法定代表人，已准备授权书。' };
  if (isRepresentative === false && letterReady === false) {
    return { ...base, status: 'fail', reason: `${province}管局要求非法定代表人的主体负责人提供授权书，请准备好再提交。` };
  }
  return { ...base, status: 'unknown', reason: `${province}管局要求非法定代表人的主体负责人提供授权书：请确认主体负责人是否为法定代表人；如不是，是否已准备授权书。` };
}

function sitePrincipalLetterItem(context: Context, province: Province): ItemDraft | null {
  const principals = context.websites.map((website) => website.principal ?? context.profile.principal);
  const answers = principals.map((person) => isLegalRepresentative(context, person));
  if (answers.every((answer) => answer === true)) return null;
  const letterReady = context.facts.province?.sitePrincipalAuthorisationLetterReady;
  const base = {
    id: 'province.site-principal-letter',
    title: `${province}网站负责人授权书`,
    source: 'icp-rules.md §1.3',
    asks: [{ key: 'province.sitePrincipalAuthorisationLetterReady' }] as FactRef[],
  };
  if (letterReady) return { ...base, status: 'pass', reason: '已准备非法定代表人网站负责人的授权书。' };
  const named = principals.filter((_, index) => answers[index] !== true).map((person) => person.name);
  const who = [...new Set(named)].join('、');
  if (answers.includes(false) && letterReady === false) {
    return { ...base, status: 'fail', reason: `${province}管局要求非法定代表人的网站负责人（${who}）提供授权书，请准备好再提交。` };
  }
  return {
    ...base,
    status: 'unknown',
    reason: `${province}管局要求非法定代表人的网站负责人提供授权书；${who} 如不是法定代表人，请确认是否已准备授权书。`,
  };
}

function smsItem(context: Context): ItemDraft {
  const { principal } = context.profile;
  const base = { id: 'sms.recipients', title: '短信核验接收人', source: 'icp-rules.md §5' };
  const sitePrincipals = context.websites.map((website) => website.principal ?? principal);
  const roles: { role: string; person: ChecklistPerson }[] = [];
  switch (FILING_TYPES[context.type].sms) {
    case 'none':
      return { ...base, status: 'pass', reason: '取消接入不需要短信核验。' };
    case 'subject-principal':
      roles.push({ role: '主体负责人', person: principal });
      break;
    case 'site-principal':
      roles.push(...sitePrincipals.map((person) => ({ role: '网站负责人', person })));
      break;
    case 'subject-and-site-principals':
      roles.push({ role: '主体负责人', person: principal }, ...sitePrincipals.map((person) => ({ role: '网站负责人', person })));
      break;
    case 'changed-side':
      roles.push({ role: '主体负责人（变更主体信息时）', person: principal }, ...sitePrincipals.map((person) => ({ role: '网站负责人（变更网站信息时）', person })));
      break;
  }
  // One SMS per phone: the same person in two roles gets one code.
  const byMobile = new Map<string, { names: Set<string>; roles: Set<string> }>();
  for (const { role, person } of roles) {
    const mobile = person.mobile.trim();
    const entry = byMobile.get(mobile) ?? { names: new Set(), roles: new Set() };
    entry.names.add(person.name);
    entry.roles.add(role);
    byMobile.set(mobile, entry);
  }
  const invalid = [...byMobile].filter(([mobile]) => !isMainlandMobile(mobile));
  if (invalid.length > 0) {
    const who = invalid.map(([mobile, entry]) => `${[...entry.names].join('、')}（${mobile || '未填写'}）`).join('；');
    return { ...base, status: 'fail', reason: `短信核验要发到负责人的中国大陆手机号，以下手机号无效：${who}，请在档案中修改。` };
  }
  const list = [...byMobile].map(([mobile, entry]) => `${[...entry.roles].join('、')} ${[...entry.names].join('、')}（${mobile}）`).join('；');
  return {
    ...base,
    status: 'pass',
    reason: `提交管局后，工信部会从 12381 发送验证码给：${list}。请在 24 小时内到 beian.miit.gov.cn 完成核验（需手机号和证件号后 6 位）。`,
  };
}

function tipItems(context: Context): ItemDraft[] {
  const items: ItemDraft[] = [];
  const seed = 'seed-tencent-filing-notes.txt（经验）';
  if (NEW_DOMAIN_TYPES.has(context.type) && context.domains.length > 0) {
    const allTencent = context.domains.every((domain) => fact(context, 'domain.registrar', domain) === 'tencent');
    items.push({
      id: 'tip.tencent-domain',
      title: '建议：域名也在腾讯云注册',
      status: allTencent ? 'pass' : 'unknown',
      reason: allTencent
        ? '域名都在腾讯云注册。'
        : '建议把域名注册或转入腾讯云：实名信息同步只需等 3 个自然日（其他注册商需 3 个工作日），经验上审核也更顺利。',
      source: `${seed}, icp-rules.md §1.1`,
      advice: true,
    });
  }
  if (FILING_TYPES[context.type].filesWebsites) {
    items.push({
      id: 'tip.plan-domains',
      title: '建议：一次想好所有要备案的域名',
      status: 'unknown',
      reason: '建议一开始就想好今后要备案的所有域名和网站：每次新增或变更，管局都会重新核查已备案的网站，而且每个账号同一时间只能有一个订单。',
      source: `${seed}, icp-rules.md §2.3, §1.1`,
      advice: true,
    });
  }
  if (FILING_TYPES[context.type].sms !== 'none') {
    const earlyInWeek = isWorkingDay(context.today) && [1, 2, 3].includes(weekdayOf(context.today));
    items.push({
      id: 'tip.submit-early-week',
      title: '建议：在一周的前几个工作日提交',
      status: earlyInWeek ? 'pass' : 'unknown',
      reason: `${earlyInWeek ? '今天是周初的工作日。' : '今天不是周一至周三的工作日。'}建议在周初提交：审核只在工作日进行，而短信核验的 24 小时期限包括周末，周初提交更容易及时收到并处理短信。`,
      source: `${seed}, icp-rules.md §6`,
      advice: true,
    });
  }
  return items;
}

export function runChecklist(input: ChecklistInput): ChecklistItem[] {
  const { profile, order } = input;
  const domains = order.domains ?? profile.websites.map((website) => website.domain);
  const websites = order.domains ? profile.websites.filter((website) => order.domains!.includes(website.domain)) : profile.websites;
  const context: Context = {
    profile,
    type: order.filingType,
    facts: input.facts ?? {},
    today: toIsoDate(input.today),
    province: provinceOf(profile.subject.province),
    personal: profile.subject.type === 'personal',
    domains,
    websites,
    websiteCount: order.websiteCount ?? domains.length,
  };
  const info = FILING_TYPES[context.type];
  const groups: [ChecklistGroup, ItemDraft[]][] = [
    ['cloud', info.filesWebsites ? cloudItems(context) : []],
    ['domain', NEW_DOMAIN_TYPES.has(context.type) ? domainItems(context) : []],
    ['account', accountItems(context)],
    ['order', info.filesWebsites ? orderItems(context) : []],
    ['site', siteItems(context)],
    ['province', info.filesWebsites || context.type === 'change-subject' ? provinceItems(context) : []],
    ['sms', [smsItem(context)]],
    ['tip', tipItems(context)],
  ];
  return groups.flatMap(([group, drafts]) => drafts.map((draft) => ({ ...draft, group })));
}
