import { describe, expect, it } from 'vitest';
import { analyzeDomain, checkDomain, checkHomepageUrl, registrableDomain } from '@/utils/profile/domain';

const LABEL = '「网站信息（第 1 个） · 网站域名」';

function severities(domain: string, context = {}) {
  return checkDomain(domain, LABEL, context).map((finding) => finding.severity);
}

describe('analyzeDomain', () => {
  it.each([
    ['example.com', 'approved'],
    ['example.com.cn', 'approved'],
    ['example.org.cn', 'approved'],
    ['example.gs.cn', 'approved'],
    ['例子.中国', 'approved'],
    ['xn--fsqu00a.xn--fiqs8s', 'approved'],
    ['例子.公司', 'approved'],
    ['example.top', 'approved'],
    ['example.io', 'not-fileable'],
    ['example.me', 'not-fileable'],
    ['example.org', 'not-fileable'],
    ['example.com.hk', 'not-fileable'],
    ['example.co.jp', 'not-fileable'],
    ['example.tw', 'not-fileable'],
    ['example.win', 'not-fileable'],
    ['example.co', 'contested'],
    ['example.com.co', 'contested'],
    ['example.ai', 'unlisted'],
    ['example.app', 'unlisted'],
    ['example.dev', 'unlisted'],
    ['example.so', 'unlisted'],
    ['example.gg', 'unlisted'],
    ['example.tw.cn', 'approved'],
    ['example.asia', 'approved'],
    ['example.tv', 'approved'],
    ['example.studio', 'unlisted'],
    ['example.de', 'unlisted'],
  ] as const)('%s → %s', (domain, status) => {
    const analysis = analyzeDomain(domain);
    expect(analysis.kind).toBe('domain');
    if (analysis.kind === 'domain') expect(analysis.tldStatus).toBe(status);
  });

  it('uses the registrable domain without private suffixes', () => {
    const analysis = analyzeDomain('blog.example.github.io');
    expect(analysis).toMatchObject({ kind: 'domain', registrable: 'github.io', tldStatus: 'not-fileable' });
    expect(registrableDomain('https://a.b.example.com.cn/x')).toBe('example.com.cn');
  });

  it('classifies inputs that are not bare domains', () => {
    expect(analyzeDomain('')).toEqual({ kind: 'empty' });
    expect(analyzeDomain('https://www.example.com/blog')).toEqual({ kind: 'not-bare', hostname: 'www.example.com', hasScheme: true });
    expect(analyzeDomain('example.com/blog')).toMatchObject({ kind: 'not-bare', hasScheme: false });
    expect(analyzeDomain('example.com:8080')).toMatchObject({ kind: 'not-bare' });
    expect(analyzeDomain('1.2.3.4')).toEqual({ kind: 'ip' });
    expect(analyzeDomain('exa mple.com')).toEqual({ kind: 'invalid' });
    expect(analyzeDomain('localhost')).toEqual({ kind: 'invalid' });
    expect(analyzeDomain('example.notatld')).toEqual({ kind: 'unknown-suffix', suffix: 'notatld' });
  });
});

describe('checkDomain', () => {
  it('passes an approved registrable domain silently', () => {
    expect(checkDomain('example.com', LABEL)).toEqual([]);
    expect(checkDomain('例子.中国', LABEL)).toEqual([]);
  });

  it('makes a scheme or path an error that tells what to remove and the domain to use', () => {
    const [finding] = checkDomain('https://www.example.com/blog', LABEL);
    expect(finding?.severity).toBe('error');
    expect(finding?.message).toContain('https://');
    expect(finding?.message).toContain('「example.com」');
    expect(finding?.message).toContain(LABEL);
  });

  it('also reports a refused TLD inside a URL, so one edit fixes both', () => {
    const findings = checkDomain('https://www.qianqi.io/blog', LABEL);
    expect(findings.map((finding) => finding.severity)).toEqual(['error', 'error']);
    expect(findings[0]?.message).toContain('「qianqi.io」');
    expect(findings[1]?.message).toContain('.io');
  });

  it.each(['io', 'me', 'hk', 'tw', 'jp', 'win', 'org'])('makes .%s an error for every applicant and province', (tld) => {
    for (const context of [{}, { province: '广东省', subjectType: 'enterprise' }, { province: '北京市', subjectType: 'personal' }] as const) {
      const findings = checkDomain(`example.${tld}`, LABEL, context);
      expect(findings.map((finding) => finding.severity)).toEqual(['error']);
      expect(findings[0]?.message).toContain(`「.${tld}」`);
      expect(findings[0]?.message).toContain('不支持备案');
    }
  });

  it('tells that .org is refused for new filings only, and warns for a site already filed', () => {
    expect(checkDomain('example.org', LABEL)[0]?.message).toContain('2018');
    const filed = checkDomain('example.org', LABEL, { newFiling: false });
    expect(filed.map((finding) => finding.severity)).toEqual(['warning']);
    expect(filed[0]?.message).toContain('已经备案');
  });

  it.each(['ai', 'app', 'dev', 'so', 'gg', 'studio', 'de'])('makes the unlisted .%s a warning that points to 域名.信息', (tld) => {
    const findings = checkDomain(`example.${tld}`, LABEL, { province: '北京市', subjectType: 'personal' });
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain(`「.${tld}」`);
    expect(findings[0]?.message).toContain('域名.信息');
    expect(findings[0]?.message).toContain(LABEL);
  });

  it('makes .co a warning that names the contradiction and points to 域名.信息', () => {
    const findings = checkDomain('example.co', LABEL, { province: '上海市', subjectType: 'enterprise' });
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('矛盾');
    expect(findings[0]?.message).toContain('域名.信息');
  });

  it('warns about a subdomain and names the registrable domain', () => {
    const findings = checkDomain('www.example.com.cn', LABEL);
    expect(findings.map((finding) => finding.severity)).toEqual(['warning']);
    expect(findings[0]?.message).toContain('「example.com.cn」');
  });

  it('reports both a refused TLD and a subdomain', () => {
    expect(severities('blog.example.io')).toEqual(['error', 'warning']);
  });

  it('refuses .asia in Beijing only, for every subject type', () => {
    expect(severities('example.asia', { province: '北京市', subjectType: 'enterprise' })).toEqual(['error']);
    expect(severities('example.asia', { province: '北京', subjectType: 'personal' })).toEqual(['error']);
    expect(checkDomain('example.asia', LABEL, { province: '北京市' })[0]?.message).toContain('北京');
    expect(severities('example.asia', { province: '上海市', subjectType: 'personal' })).toEqual([]);
    expect(severities('example.asia', { province: '广东省', subjectType: 'enterprise' })).toEqual([]);
  });

  it('refuses .tv for personal filers in Shanghai only', () => {
    expect(severities('example.tv', { province: '上海市', subjectType: 'personal' })).toEqual(['error']);
    expect(checkDomain('example.tv', LABEL, { province: '上海市', subjectType: 'personal' })[0]?.message).toContain('上海');
    expect(severities('example.tv', { province: '上海市', subjectType: 'enterprise' })).toEqual([]);
    expect(severities('example.tv', { province: '广东省', subjectType: 'personal' })).toEqual([]);
  });

  it('warns about a provincial refusal while the province or subject type is not known', () => {
    expect(severities('example.asia')).toEqual(['warning']);
    expect(severities('example.tv', { subjectType: 'personal' })).toEqual(['warning']);
    expect(severities('example.tv', { province: '上海市' })).toEqual(['warning']);
    expect(severities('example.tv', { subjectType: 'enterprise' })).toEqual([]);
    expect(severities('example.tv', { province: '广东省' })).toEqual([]);
  });

  it('errors on empty, IP, invalid and unknown-suffix input', () => {
    for (const input of ['', '1.2.3.4', 'exa mple.com', 'example.notatld']) expect(severities(input)).toEqual(['error']);
  });
});

describe('checkHomepageUrl', () => {
  const label = '「网站信息（第 1 个） · 网站首页 URL」';

  it('accepts a host under the site domain and an empty value', () => {
    expect(checkHomepageUrl('www.example.com', 'example.com', label)).toEqual([]);
    expect(checkHomepageUrl('', 'example.com', label)).toEqual([]);
  });

  it('errors on a scheme and warns about another domain', () => {
    expect(checkHomepageUrl('https://www.example.com', 'example.com', label)[0]?.severity).toBe('error');
    expect(checkHomepageUrl('www.other.com', 'example.com', label)[0]?.severity).toBe('warning');
  });
});
