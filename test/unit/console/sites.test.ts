import { describe, expect, it } from 'vitest';
import type { Profile, Website } from '@/utils/profile';
import { normaliseDomain, sameRegistrableDomain } from '@/utils/profile/domain';
import { fillItemsOf, planFill } from '@/utils/console/plan';
import { filingTypeOnPage, matchSites, newBlocksHeldBack, orderIdOfPath, siteHeading, websitesPerOrder } from '@/utils/console/sites';
import type { FieldSnapshot, PageSnapshot } from '@/utils/console/types';

describe('normaliseDomain', () => {
  it('reads case, a leading www., a trailing dot and a scheme as the same domain', () => {
    for (const shown of ['Example.COM', 'www.example.com', 'example.com.', 'WWW.Example.com.', 'https://www.example.com/path']) {
      expect(normaliseDomain(shown), shown).toEqual({ hostname: 'example.com', registrable: 'example.com' });
    }
  });

  it('reads Unicode and punycode forms of an IDN as one domain, both ways', () => {
    const unicode = normaliseDomain('例子.中国');
    const ascii = normaliseDomain('xn--fsqu00a.xn--fiqs8s');
    expect(unicode).not.toBeNull();
    expect(unicode).toEqual(ascii);
    expect(sameRegistrableDomain('WWW.例子.中国.', 'xn--fsqu00a.xn--fiqs8s')).toBe(true);
    expect(sameRegistrableDomain('例子.中国', '样例.中国')).toBe(false);
  });

  it('takes the registrable domain of a subdomain, under multi-label suffixes too', () => {
    expect(normaliseDomain('docs.example-tech.com.cn')).toEqual({ hostname: 'docs.example-tech.com.cn', registrable: 'example-tech.com.cn' });
    expect(sameRegistrableDomain('blog.example.com', 'example.com')).toBe(true);
    expect(sameRegistrableDomain('example-tech.com.cn', 'example-tech.cn')).toBe(false);
  });

  it('has no domain for empty text, an IP or a bare suffix', () => {
    expect(normaliseDomain('')).toBeNull();
    expect(normaliseDomain('192.168.1.1')).toBeNull();
    expect(normaliseDomain('com.cn')).toBeNull();
    expect(sameRegistrableDomain('', '')).toBe(false);
  });
});

const site = (name: string, domain: string, own = false): Website => ({
  name,
  domain,
  serviceContent: ['单位门户网站'],
  languages: ['中文简体'],
  preApprovals: [],
  remark: `${name}的介绍，不提供交易功能。`,
  principal: own
    ? { name: '王五', certificateType: '居民身份证', certificateNumber: '120103198806018241', certificateValidFrom: '2018-06-01', certificateValidTo: '2038-06-01', mobile: '13600136000', emergencyPhone: '', email: 'w@example.com' }
    : null,
});

function profile(websites: Website[], type: 'personal' | 'enterprise' = 'enterprise', province = '北京市'): Profile {
  return {
    id: 'p',
    label: 'p',
    subject: { type, province, city: '北京市', name: '示例公司', certificateType: '营业执照', certificateNumber: 'x', certificateAddress: 'a', mailingAddress: 'a' },
    principal: { name: '李四', certificateType: '居民身份证', certificateNumber: '360426199101010071', certificateValidFrom: '', certificateValidTo: '长期', mobile: '13700137000', emergencyPhone: '', email: 'l@example.com' },
    websites,
  };
}

const THREE = [site('官网', 'example-tech.cn'), site('文档站', 'example-tech.com.cn', true), site('商城', '例子.中国')];

const field = (key: string, value: FieldSnapshot['value'], over: Partial<FieldSnapshot> = {}): FieldSnapshot => ({
  key,
  role: 'profile',
  label: key,
  section: null,
  kind: 'text',
  value,
  options: [],
  required: true,
  disabled: false,
  addon: null,
  ...over,
});

/** A website step whose blocks show these domains (null: the block shows none yet), on an order of this wording. */
function page(domains: Array<string | null>, canAddSite = true, title: string | null = '首次备案'): PageSnapshot {
  const fields = domains.flatMap((domain, i) => [
    field(`websites[${i}].name`, ''),
    field(`websites[${i}].domain`, domain ?? '', { disabled: domain !== null }),
    field(`websites[${i}].remark`, ''),
    field(`websites[${i}].sameAsPrincipal`, true, { kind: 'checkbox', userChanged: false }),
  ]);
  return {
    path: '/beian/manage/process/20260101000000123/website',
    pageKind: 'wizard',
    order: null,
    step: 'website',
    stepTitle: '填写网站信息',
    stepTitles: [],
    headings: title ? [title, '网站信息'] : ['网站信息'],
    fields,
    siteCount: domains.length,
    canAddSite,
    uploads: [],
    needsUser: [],
    diagnostics: { unknownLabels: [], missingExpected: [], drift: false },
  };
}

const pairs = (matches: ReturnType<typeof matchSites>) => matches.map((m) => [m.block, m.website, m.how]);

describe('matchSites', () => {
  it('matches a 新增网站 block to the website whose domain it shows, in any spelling, and adds nothing beyond it', () => {
    const p = profile(THREE);
    expect(pairs(matchSites(page(['XN--FSQU00A.XN--FIQS8S.'], false), p))).toEqual([[0, 2, 'domain']]);
    expect(pairs(matchSites(page(['www.example-tech.com.cn'], false), p))).toEqual([[0, 1, 'domain']]);
  });

  it('matches a block that shows a subdomain, or the other form of an IDN, to the website of that registrable domain', () => {
    const p = profile([site('官网', 'example-tech.cn'), site('商城', 'xn--fsqu00a.xn--fiqs8s')]);
    expect(pairs(matchSites(page(['shop.例子.中国', 'Docs.Example-Tech.CN.'], false), p))).toEqual([
      [0, 1, 'domain'],
      [1, 0, 'domain'],
    ]);
  });

  it('places only as many websites as the page has blocks when it cannot add any', () => {
    expect(pairs(matchSites(page(['例子.中国', null], false), profile(THREE)))).toEqual([
      [0, 2, 'domain'],
      [1, 0, 'position'],
    ]);
    expect(pairs(matchSites(page(['例子.中国', null], true), profile(THREE)))).toEqual([
      [0, 2, 'domain'],
      [1, 0, 'position'],
      [2, 1, 'new'],
    ]);
  });

  it('matches blocks in the reverse order of the profile by domain', () => {
    expect(pairs(matchSites(page(['example-tech.com.cn', 'example-tech.cn'], false), profile(THREE.slice(0, 2))))).toEqual([
      [0, 1, 'domain'],
      [1, 0, 'domain'],
    ]);
  });

  it('gives a block with an unknown domain no website, and adds blocks only for websites not on the page', () => {
    const matches = matchSites(page(['other.com', 'example-tech.cn']), profile(THREE));
    expect(pairs(matches)).toEqual([
      [0, null, 'unknown'],
      [1, 0, 'domain'],
      [2, 1, 'new'],
      [3, 2, 'new'],
    ]);
    expect(siteHeading(matches[0]!, profile(THREE))).toBe('网站 1 · 档案中没有此域名 · 未匹配');
    expect(siteHeading(matches[1]!, profile(THREE))).toBe('网站 2 · 官网（example-tech.cn） · 按域名');
  });

  it('falls back to position only for blocks that show no domain, after the domain matches', () => {
    expect(pairs(matchSites(page([null, 'example-tech.cn'], false), profile(THREE)))).toEqual([
      [0, 1, 'position'],
      [1, 0, 'domain'],
    ]);
  });

  it('handles more blocks than profile websites and more websites than the order may hold', () => {
    expect(pairs(matchSites(page([null, null], false), profile(THREE.slice(0, 1))))).toEqual([
      [0, 0, 'position'],
      [1, null, 'unknown'],
    ]);
    // Personal orders hold one website; 湖北 caps units at one as well (icp-rules.md §1.4).
    expect(matchSites(page([null]), profile(THREE, 'personal'))).toHaveLength(1);
    expect(matchSites(page([null]), profile(THREE, 'enterprise', '湖北省'))).toHaveLength(1);
    expect(websitesPerOrder(profile(THREE, 'enterprise', '山西省'))).toBe(3);
    expect(websitesPerOrder(profile(THREE))).toBe(10);
  });

  it('uses the website chosen by hand for a block, and flags the domain that differs', () => {
    const matches = matchSites(page(['other.com'], false), profile(THREE), { 0: 2 });
    expect(matches[0]).toMatchObject({ website: 2, how: 'manual', domainDiffers: true });
    expect(orderIdOfPath('/beian/manage/process/20260101000000123/website')).toBe('20260101000000123');
    expect(orderIdOfPath('/beian')).toBeNull();
  });
});

describe('planFill with matched blocks', () => {
  it('fills each block from the website whose domain it shows, its own 负责人 behind a default-ticked 同主体负责人', () => {
    const rows = planFill(page(['example-tech.com.cn', 'example-tech.cn'], false), profile(THREE.slice(0, 2)), { overwrite: false });
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('websites[0].name')).toMatchObject({ profileValue: '文档站', include: true });
    expect(row('websites[0].name').section).toBe('网站 1 · 文档站（example-tech.com.cn） · 按域名');
    expect(row('websites[1].name')).toMatchObject({ profileValue: '官网', include: true });
    // The console ticked 同主体负责人 on its own: the fill unticks it for the site with its own 负责人.
    expect(row('websites[0].sameAsPrincipal')).toMatchObject({ profileValue: false, include: true, reason: '页面默认值，按档案修改' });
    expect(row('websites[0].principal.name')).toMatchObject({ profileValue: '王五', include: true });
    expect(rows.some((r) => r.key === 'websites[1].principal.name')).toBe(false);
    expect(row('websites[0].domain')).toMatchObject({ include: false, reason: '与档案一致' });
  });

  it('fills nothing into a block whose domain the profile lacks, and shows a chosen website’s different domain in red', () => {
    const unknown = planFill(page(['other.com'], false), profile(THREE), { overwrite: false });
    expect(unknown.every((r) => !r.include && !r.editable)).toBe(true);
    expect(unknown[0]!.reason).toMatch(/「other.com」不在档案中/);
    const chosen = planFill(page(['other.com'], false), profile(THREE), { overwrite: false, choices: { 0: 0 } });
    expect(chosen.find((r) => r.key === 'websites[0].name')).toMatchObject({ profileValue: '官网', include: true });
    expect(chosen.find((r) => r.key === 'websites[0].domain')!.warning).toMatch(/other.com.*example-tech.cn/);
  });

  it('types the domain into a block matched by position', () => {
    const rows = planFill(page([null], false), profile(THREE), { overwrite: false });
    expect(rows.find((r) => r.key === 'websites[0].domain')).toMatchObject({ profileValue: 'example-tech.cn', include: true });
  });
});

describe('blocks for the profile’s other websites', () => {
  const p = profile([site('官网', 'example-tech.cn'), site('文档站', 'example-tech.com.cn', true)]);
  const newRows = (rows: ReturnType<typeof planFill>) => rows.filter((r) => r.key.startsWith('websites[1].'));

  it('reads the order type from the page’s own wording', () => {
    expect(filingTypeOnPage(page([null], true, '首次备案'))).toBe('first-filing');
    expect(filingTypeOnPage(page([null], true, '新增服务（原备案在腾讯云）'))).toBe('add-site-at-tencent');
    expect(filingTypeOnPage(page([null], true, '接入备案'))).toBe('access');
    expect(filingTypeOnPage(page([null], true, '变更服务'))).toBe('change-site');
    expect(filingTypeOnPage(page([null], true, null))).toBeNull();
  });

  it('are added and ticked on a first filing', () => {
    expect(newBlocksHeldBack(page([null], true, '首次备案'))).toBeNull();
    const rows = newRows(planFill(page(['example-tech.cn']), p, { overwrite: false }));
    expect(rows.find((r) => r.key === 'websites[1].name')).toMatchObject({ profileValue: '文档站', include: true, reason: '将新增网站信息块后填写' });
    // The new block's own 负责人 appears once the block is added.
    expect(rows.find((r) => r.key === 'websites[1].principal.name')).toMatchObject({ profileValue: '王五', include: true });
  });

  for (const [title, words] of [
    ['新增服务（原备案不在腾讯云）', /「新增网站（原备案不在腾讯云）」，不是首次备案/],
    ['接入备案（一键接入备案）', /「接入备案」，不是首次备案/],
    ['变更服务', /「变更网站」，不是首次备案/],
    [null, /看不出本订单是否为首次备案/],
  ] as const) {
    it(`are offered unticked, with the reason, on ${title ?? 'a page that does not say its order type'}`, () => {
      const rows = newRows(planFill(page(['example-tech.cn'], true, title), p, { overwrite: false }));
      const name = rows.find((r) => r.key === 'websites[1].name')!;
      expect(name).toMatchObject({ profileValue: '文档站', include: false, editable: true });
      expect(name.reason).toMatch(words);
      expect(name.reason).toMatch(/可能已经备案.*再勾选/);
      // Nothing of the new block is ticked, its own 负责人 included, so the fill adds no block unless the user asks.
      expect(rows.length).toBeGreaterThan(3);
      expect(rows.filter((r) => r.include)).toEqual([]);
      expect(rows.find((r) => r.key === 'websites[1].principal.name')).toMatchObject({ include: false, editable: true });
      expect(fillItemsOf(planFill(page(['example-tech.cn'], true, title), p, { overwrite: false })).some((i) => i.key.startsWith('websites[1].'))).toBe(false);
    });
  }

  it('do not hold back the blocks already on the page', () => {
    const rows = planFill(page(['example-tech.com.cn', null], false, '新增服务'), p, { overwrite: false });
    expect(rows.find((r) => r.key === 'websites[0].name')).toMatchObject({ profileValue: '文档站', include: true });
    expect(rows.find((r) => r.key === 'websites[1].name')).toMatchObject({ profileValue: '官网', include: true });
  });
});
