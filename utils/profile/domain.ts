/**
 * 网站域名 checks (icp-rules.md §9, §9.1): only the registrable domain is filed, without scheme or path, under a
 * TLD that MIIT approves. Suffixes are compared in their ASCII (punycode) form so that `.中国` and `.xn--fiqs8s` agree.
 */
import { parse } from 'tldts';
import { provinceOf, type Province } from '@/utils/filing/provinces';
import type { Finding } from './certificates';
import type { SubjectType } from './schema';

/** Tencent's list "更新于2020年7月24日" (T-域名), plus .gs.cn which the copied list lacks (a province like the others). */
const APPROVED_SUFFIXES = [
  '中国', 'cn', '政务.cn', '公益.cn', 'gov.cn', 'org.cn', 'ac.cn', 'mil.cn', 'net.cn', 'edu.cn', 'com.cn',
  'bj.cn', 'tj.cn', 'he.cn', 'sx.cn', 'nm.cn', 'ln.cn', 'jl.cn', 'hl.cn', 'sh.cn', 'js.cn', 'zj.cn', 'ah.cn',
  'fj.cn', 'jx.cn', 'sd.cn', 'ha.cn', 'hb.cn', 'hn.cn', 'gd.cn', 'gx.cn', 'hi.cn', 'cq.cn', 'sc.cn', 'gz.cn',
  'yn.cn', 'xz.cn', 'sn.cn', 'gs.cn', 'qh.cn', 'nx.cn', 'xj.cn', 'tw.cn', 'hk.cn', 'mo.cn',
  '政务', '公益', '公司', '网络', '网址', '商城', '网店', '中信', '商标', '广东', '佛山', '信息', '手机', '在线',
  '中文网', '集团', '我爱你', '商店', '企业', '娱乐', '游戏', '购物', '餐厅', '招聘', '时尚', '移动', '网站',
  'ren', 'wang', 'citic', 'top', 'sohu', 'xin', 'com', 'net', 'club', 'xyz', 'vip', 'site', 'shop', 'ink',
  'info', 'mobi', 'red', 'pro', 'kim', 'ltd', 'group', 'biz', 'auto', 'link', 'work', 'law', 'beer', 'store',
  'tech', 'fun', 'online', 'art', 'design', 'wiki', 'love', 'center', 'video', 'social', 'team', 'show', 'cool',
  'zone', 'world', 'today', 'city', 'chat', 'company', 'live', 'fund', 'gold', 'plus', 'guru', 'run', 'pub',
  'email', 'life', 'co', 'fashion', 'fit', 'luxe', 'yoga', 'baidu', 'cloud', 'host', 'space', 'press', 'website',
  'archi', 'asia', 'bio', 'black', 'blue', 'green', 'lotto', 'organic', 'pet', 'pink', 'poker', 'promo', 'ski',
  'vote', 'voto', 'icu', 'fans', 'tv', 'cc',
];

/**
 * Refused for every applicant (§9.1, HIGH): a source says they cannot be filed and no approved list has them.
 * .org: no new filings since 2018-01-01; sites filed before stay valid.
 */
const REFUSED_BY_SOURCE = '北京管局明确列为不能备案，任何可备案后缀列表中都没有它';
const REFUSED_TLDS: ReadonlyMap<string, string> = new Map([
  ...['io', 'me', 'hk', 'tw', 'jp', 'win'].map((tld) => [tld, REFUSED_BY_SOURCE] as const),
  ['org', '自 2018 年 1 月 1 日起不再受理新的备案（此前已备案的网站仍有效）'],
]);

/** On the 2020 list, but another Tencent document refuses it (§9.1, LOW): only 域名.信息 can settle it. */
const CONTESTED_TLDS: ReadonlyMap<string, string> = new Map([
  ['co', '腾讯云 2020 年的可备案后缀列表和北京 2019 年的可备案列表中都有 .co，但腾讯云“各省管局要求”的北京部分又把 .co 列为不能备案，文档互相矛盾'],
]);

/** Refused only where the source is provincial (§9.1): an error there, fine elsewhere, a warning while the province is unknown. */
const PROVINCE_REFUSED_TLDS: readonly { province: Province; tld: string; subjectType?: SubjectType; rule: string }[] = [
  { province: '北京', tld: 'asia', rule: '北京管局不允许 .asia 域名备案（全国列表中有 .asia，其他省份可以）' },
  { province: '上海', tld: 'tv', subjectType: 'personal', rule: '上海管局不允许个人使用 .tv 域名备案（企业和其他省份可以）' },
];

const MIIT_LOOKUP = '工信部“域名.信息”网站（domain.miit.gov.cn）';

function toAsciiHostname(hostname: string): string {
  return new URL(`http://${hostname}`).hostname;
}

const APPROVED_ASCII: ReadonlySet<string> = new Set(APPROVED_SUFFIXES.map(toAsciiHostname));

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^\/\//i;

/** Where the TLD stands nationally; province rules are applied on top by `tldVerdict`. */
export type TldStatus = 'approved' | 'not-fileable' | 'contested' | 'unlisted';

export type DomainAnalysis =
  | { kind: 'empty' }
  | { kind: 'not-bare'; hostname: string | null; hasScheme: boolean }
  | { kind: 'invalid' }
  | { kind: 'ip' }
  | { kind: 'unknown-suffix'; suffix: string }
  | { kind: 'domain'; hostname: string; registrable: string; suffix: string; tld: string; tldStatus: TldStatus };

export function analyzeDomain(input: string): DomainAnalysis {
  const value = input.trim();
  if (value === '') return { kind: 'empty' };
  const hasScheme = SCHEME.test(value);
  if (hasScheme || /[/?#]/.test(value) || /:\d*$/.test(value)) {
    return { kind: 'not-bare', hostname: parse(value, { allowPrivateDomains: false }).hostname, hasScheme };
  }
  if (/\s/.test(value)) return { kind: 'invalid' };
  const parsed = parse(value, { allowPrivateDomains: false });
  if (parsed.isIp) return { kind: 'ip' };
  if (parsed.hostname === null || parsed.domain === null || parsed.publicSuffix === null) return { kind: 'invalid' };
  if (!parsed.isIcann) return { kind: 'unknown-suffix', suffix: parsed.publicSuffix };
  const suffix = toAsciiHostname(parsed.publicSuffix);
  const tld = suffix.slice(suffix.lastIndexOf('.') + 1);
  const tldStatus: TldStatus =
    REFUSED_TLDS.has(tld) ? 'not-fileable' : CONTESTED_TLDS.has(tld) ? 'contested' : APPROVED_ASCII.has(suffix) ? 'approved' : 'unlisted';
  return { kind: 'domain', hostname: parsed.hostname, registrable: parsed.domain, suffix: parsed.publicSuffix, tld, tldStatus };
}

export type DomainContext = {
  province?: string;
  subjectType?: SubjectType;
  /** False when the site is already filed (接入, 变更, 注销): a .org filed before 2018 stays valid. Default true. */
  newFiling?: boolean;
};

type DomainResult = Extract<DomainAnalysis, { kind: 'domain' }>;

/**
 * What the TLD means for this filing: `severity` null when it is fine; `confirmAtMiit` when only the MIIT list can
 * settle it (the user may check and answer). `why` is a Chinese sentence starting with 后缀「.x」, so it reads after a field label + 的.
 */
export type TldVerdict = { severity: 'error' | 'warning' | null; why: string; confirmAtMiit: boolean };

export function tldVerdict(analysis: DomainResult, context: DomainContext = {}): TldVerdict {
  const { suffix, tld } = analysis;
  const replace = '请换用 .cn、.com 等工信部批准的后缀的域名。';
  switch (analysis.tldStatus) {
    case 'not-fileable': {
      if (tld === 'org' && context.newFiling === false) {
        return { severity: 'warning', why: `后缀「.${suffix}」${REFUSED_TLDS.get('org')}；新的 .org 域名不能再备案，请确认该网站已经备案过。`, confirmAtMiit: false };
      }
      return { severity: 'error', why: `后缀「.${suffix}」不能用于 ICP 备案：${REFUSED_TLDS.get(tld)}（控制台提示“该域名后缀不支持备案”），${replace}`, confirmAtMiit: false };
    }
    case 'contested':
      return { severity: 'warning', why: `后缀「.${suffix}」是否可以备案没有定论：${CONTESTED_TLDS.get(tld)}。请先在${MIIT_LOOKUP}确认该后缀可以备案。`, confirmAtMiit: true };
    case 'unlisted':
      return {
        severity: 'warning',
        why: `后缀「.${suffix}」不在已知的可备案后缀列表（腾讯云 2020 年版）中，但也没有来源说它不能备案（列表在增加）。请先在${MIIT_LOOKUP}确认该后缀可以备案。`,
        confirmAtMiit: true,
      };
    case 'approved':
      return provinceVerdict(analysis, context);
  }
}

function provinceVerdict({ suffix, tld }: DomainResult, context: DomainContext): TldVerdict {
  const province = provinceOf(context.province);
  for (const rule of PROVINCE_REFUSED_TLDS) {
    if (rule.tld !== tld || (province !== null && province !== rule.province)) continue;
    const subjectKnown = context.subjectType !== undefined;
    if (subjectKnown && rule.subjectType !== undefined && rule.subjectType !== context.subjectType) continue;
    // A known province and subject the rule names: the 管局 refuses it. Otherwise it depends on what is not known yet.
    return province !== null && (subjectKnown || rule.subjectType === undefined)
      ? { severity: 'error', why: `后缀「.${suffix}」不能在这里备案：${rule.rule}，请换用其他后缀的域名。`, confirmAtMiit: false }
      : { severity: 'warning', why: `后缀「.${suffix}」在全国可备案列表中，但${rule.rule}；请按备案地域和主体核对。`, confirmAtMiit: false };
  }
  return { severity: null, why: `后缀「.${suffix}」在工信部批准的域名后缀列表中。`, confirmAtMiit: false };
}

export function checkDomain(input: string, label: string, context: DomainContext = {}): Finding[] {
  const analysis = analyzeDomain(input);
  switch (analysis.kind) {
    case 'empty':
      return [{ severity: 'error', message: `请填写${label}。` }];
    case 'not-bare': {
      const removal = analysis.hasScheme ? '「http://」「https://」等协议头和端口、路径' : '端口、路径和参数';
      const inner = analysis.hostname === null ? null : analyzeDomain(analysis.hostname);
      const suggestion = inner?.kind === 'domain' ? `，改为「${inner.registrable}」` : '';
      const bare: Finding = { severity: 'error', message: `${label}只填写域名本身，请去掉${removal}${suggestion}。` };
      // The domain inside may have its own problem (a refused TLD): say so now rather than after the next edit.
      return inner?.kind === 'domain' ? [bare, ...tldFindings(inner, label, context)] : [bare];
    }
    case 'invalid':
      return [{ severity: 'error', message: `${label}「${input}」不是有效的域名，请填写形如 example.com 的域名，不要含空格或特殊字符。` }];
    case 'ip':
      return [{ severity: 'error', message: `${label}不能填写 IP 地址，请填写已实名认证的域名（如 example.com）。` }];
    case 'unknown-suffix':
      return [{
        severity: 'error',
        message: `${label}的后缀「.${analysis.suffix}」不是已知的顶级域名，请检查拼写，填写形如 example.com 的域名。`,
      }];
    case 'domain':
      return [...tldFindings(analysis, label, context), ...subdomainFindings(analysis, label)];
  }
}

function tldFindings(analysis: DomainResult, label: string, context: DomainContext): Finding[] {
  const { severity, why } = tldVerdict(analysis, context);
  return severity === null ? [] : [{ severity, message: `${label}的${why}` }];
}

function subdomainFindings(analysis: DomainResult, label: string): Finding[] {
  if (analysis.hostname === analysis.registrable) return [];
  return [{
    severity: 'warning',
    message: `${label}「${analysis.hostname}」是子域名，备案只填写主域名「${analysis.registrable}」，其下所有子域名随主域名一并备案，请改为「${analysis.registrable}」。`,
  }];
}

/** The registrable domain of a host or URL, or null when there is none. */
export function registrableDomain(input: string): string | null {
  return parse(input.trim(), { allowPrivateDomains: false }).domain;
}

/** 网站首页 URL: no scheme, and within the site's own domain (icp-rules.md §1.3). */
export function checkHomepageUrl(homepageUrl: string, domain: string, label: string): Finding[] {
  const value = homepageUrl.trim();
  if (value === '') return [];
  if (SCHEME.test(value)) {
    return [{ severity: 'error', message: `${label}不要带「http://」或「https://」，请去掉协议头，例如填写「www.${registrableDomain(domain) ?? 'example.com'}」。` }];
  }
  const homepageDomain = registrableDomain(value);
  const siteDomain = registrableDomain(domain);
  if (homepageDomain !== null && siteDomain !== null && homepageDomain !== siteDomain) {
    return [{ severity: 'warning', message: `${label}「${value}」不在本网站的域名「${siteDomain}」之下，首页地址必须包含所备案的域名，请核对。` }];
  }
  return [];
}

export interface NormalisedDomain {
  /** The host as written, in ASCII (punycode) form, lower case, without a trailing dot or a leading `www.`. */
  hostname: string;
  /** Its registrable domain in ASCII form: what a filing is for, and what a website block is matched by. */
  registrable: string;
}

/**
 * One spelling for every way a domain may be shown: case, a leading `www.`, a trailing dot, Unicode or punycode IDN,
 * a scheme or path around it, a subdomain instead of the registrable domain. Null when there is no domain in it.
 */
export function normaliseDomain(input: string): NormalisedDomain | null {
  const value = input.trim();
  if (!value) return null;
  let hostname: string;
  try {
    // The URL API lower-cases and converts Unicode labels to punycode (UTS #46), as browsers do.
    hostname = new URL(SCHEME.test(value) ? value : `http://${value}`).hostname;
  } catch {
    return null;
  }
  hostname = hostname.replace(/\.+$/, '').replace(/^www\./, '');
  const parsed = parse(hostname, { allowPrivateDomains: false });
  if (parsed.isIp || !parsed.domain) return null;
  return { hostname, registrable: parsed.domain };
}

/** Whether two spellings name the same registrable domain (`WWW.例子.中国.` and `xn--fsqu00a.xn--fiqs8s`). */
export function sameRegistrableDomain(a: string, b: string): boolean {
  const x = normaliseDomain(a);
  return x !== null && x.registrable === normaliseDomain(b)?.registrable;
}
