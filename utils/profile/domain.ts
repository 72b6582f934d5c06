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

/** TLDs known not to be fileable (§9.1), and those with no evidence either way that are treated as not approved. */
const NOT_FILEABLE_TLDS = ['io', 'me', 'org', 'ai', 'hk', 'tw', 'jp', 'win', 'app', 'dev', 'so', 'gg'];

/** Province-specific TLD restrictions (§9.1): warnings, since they depend on the 管局. */
const PROVINCE_TLD_NOTES: { province: Province; tld: string; subjectType?: SubjectType; note: string }[] = [
  { province: '上海', tld: 'tv', subjectType: 'personal', note: '上海管局不允许个人使用 .tv 域名备案' },
  { province: '北京', tld: 'asia', note: '北京管局的可备案后缀列表中没有 .asia' },
];

function toAsciiHostname(hostname: string): string {
  return new URL(`http://${hostname}`).hostname;
}

const APPROVED_ASCII: ReadonlySet<string> = new Set(APPROVED_SUFFIXES.map(toAsciiHostname));
const NOT_FILEABLE: ReadonlySet<string> = new Set(NOT_FILEABLE_TLDS);

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^\/\//i;

export type TldStatus = 'approved' | 'not-fileable' | 'unlisted';

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
  const tldStatus: TldStatus = APPROVED_ASCII.has(suffix) ? 'approved' : NOT_FILEABLE.has(tld) ? 'not-fileable' : 'unlisted';
  return { kind: 'domain', hostname: parsed.hostname, registrable: parsed.domain, suffix: parsed.publicSuffix, tld, tldStatus };
}

export type DomainContext = { province?: string; subjectType?: SubjectType };

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

function tldFindings(analysis: Extract<DomainAnalysis, { kind: 'domain' }>, label: string, context: DomainContext): Finding[] {
  if (analysis.tldStatus === 'not-fileable') {
    return [{
      severity: 'error',
      message: `${label}的后缀「.${analysis.suffix}」不能用于 ICP 备案（控制台提示“该域名后缀不支持备案”），请换用 .cn、.com 等工信部批准的后缀的域名。`,
    }];
  }
  if (analysis.tldStatus === 'unlisted') {
    return [{
      severity: 'warning',
      message: `${label}的后缀「.${analysis.suffix}」不在已知的可备案后缀列表（2020 年版）中，请先在工信部“域名.信息”网站确认该后缀可以备案。`,
    }];
  }
  const province = provinceOf(context.province);
  return PROVINCE_TLD_NOTES.filter(
    (note) =>
      note.tld === analysis.tld &&
      note.province === province &&
      (note.subjectType === undefined || note.subjectType === context.subjectType),
  ).map((note) => ({ severity: 'warning' as const, message: `${label}使用 .${note.tld} 后缀：${note.note}，请换用其他后缀或先向管局确认。` }));
}

function subdomainFindings(analysis: Extract<DomainAnalysis, { kind: 'domain' }>, label: string): Finding[] {
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
