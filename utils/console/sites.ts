/**
 * Which profile website each website block of the page is for (panel side, pure). A block is matched by the
 * registrable domain it shows; a block that shows no domain yet takes the next unmatched website in the profile's
 * order; a block whose domain the profile does not have gets nothing unless the user chooses a website for it.
 */
import type { Profile } from '@/utils/profile';
import { sameRegistrableDomain } from '@/utils/profile/domain';
import { ORDER_WEBSITE_CAP, provinceOf } from '@/utils/filing/provinces';
import { filingTypeName, parseFilingType, type FilingType } from '@/utils/orders/filing-types';
import type { StepSnapshot } from './types';

export type SiteMatchHow = 'domain' | 'position' | 'manual' | 'unknown' | 'new';

export interface SiteMatch {
  /** Index of the block on the page (new blocks follow the existing ones). */
  block: number;
  /** Index of the profile website filled into it; null for a block with a domain the profile does not have. */
  website: number | null;
  how: SiteMatchHow;
  /** The domain the block shows (null when it shows none). */
  pageDomain: string | null;
  /** The block shows a domain of another registrable domain than its website's (only possible when chosen by hand). */
  domainDiffers: boolean;
}

/** Block index → profile website index, chosen by the user for one order. */
export type SiteChoices = Readonly<Record<number, number>>;

const HOW_WORDS: Record<SiteMatchHow, string> = {
  domain: '按域名',
  position: '按顺序',
  manual: '手动选择',
  unknown: '未匹配',
  new: '将新增',
};

/** §1.4: websites one order may hold. */
export function websitesPerOrder(profile: Profile): number {
  if (profile.subject.type === 'personal') return 1;
  const province = provinceOf(profile.subject.province);
  return Math.min(10, (province && ORDER_WEBSITE_CAP[province]) || 10);
}

/** The order a wizard page is for, from its path (`/beian/manage/process/<order>/website`). */
export function orderIdOfPath(path: string): string | null {
  return /\/process\/(\d+)(?:\/|$)/.exec(path)?.[1] ?? null;
}

/** The order's filing type as the page words it (its title, the current step); null when the page does not say. */
export function filingTypeOnPage(snapshot: StepSnapshot): FilingType | null {
  for (const text of [snapshot.stepTitle, ...snapshot.headings]) {
    const type = text ? parseFilingType(text) : null;
    if (type) return type;
  }
  return null;
}

/**
 * Why blocks for the profile's other websites are only offered, not ticked: outside a first filing (新增网站, 接入,
 * 变更网站) they are most likely filed already, and filing them again is a rejection. Null on a first filing.
 */
export function newBlocksHeldBack(snapshot: StepSnapshot): string | null {
  const type = filingTypeOnPage(snapshot);
  if (type === 'first-filing') return null;
  const what = type ? `本订单是「${filingTypeName(type)}」，不是首次备案` : '页面上看不出本订单是否为首次备案';
  return `${what}：档案中的其他网站可能已经备案，默认不为它们新增网站信息块；确需在本订单中一并备案时再勾选`;
}

function blockDomains(snapshot: StepSnapshot): Array<string | null> {
  const domains: Array<string | null> = Array.from({ length: snapshot.siteCount }, () => null);
  for (const field of snapshot.fields) {
    const match = /^websites\[(\d+)\]\.domain$/.exec(field.key ?? '');
    if (match && typeof field.value === 'string' && field.value.trim()) domains[Number(match[1])] = field.value.trim();
  }
  return domains;
}

/**
 * Matches every website block of the page to a profile website, and lists the blocks the fill adds for the profile's
 * websites not on the page yet (never beyond the order's limit).
 */
export function matchSites(snapshot: StepSnapshot, profile: Profile, choices: SiteChoices = {}): SiteMatch[] {
  // Other steps show at most the first website's domain, typed by the user: it is filled as it is.
  if (snapshot.step !== 'website') return [];
  const domains = blockDomains(snapshot);
  const taken = new Set<number>();
  const matches: SiteMatch[] = domains.map((pageDomain, block) => ({ block, website: null, how: 'unknown', pageDomain, domainDiffers: false }));
  const claim = (m: SiteMatch, website: number, how: SiteMatchHow) => {
    Object.assign(m, { website, how });
    taken.add(website);
  };
  for (const m of matches) {
    const chosen = choices[m.block];
    if (chosen !== undefined && profile.websites[chosen] && !taken.has(chosen)) claim(m, chosen, 'manual');
  }
  for (const m of matches) {
    if (m.website !== null || m.pageDomain === null) continue;
    const website = profile.websites.findIndex((w, i) => !taken.has(i) && sameRegistrableDomain(w.domain, m.pageDomain!));
    if (website >= 0) claim(m, website, 'domain');
  }
  const free = () => profile.websites.findIndex((_, i) => !taken.has(i));
  for (const m of matches) {
    if (m.website !== null || m.pageDomain !== null) continue;
    const website = free();
    if (website >= 0) claim(m, website, 'position');
  }
  for (const m of matches) {
    if (m.website !== null && m.pageDomain !== null) m.domainDiffers = !sameRegistrableDomain(profile.websites[m.website]!.domain, m.pageDomain);
  }
  if (snapshot.canAddSite) {
    const limit = websitesPerOrder(profile);
    for (let website = free(); website >= 0 && matches.length < limit; website = free()) {
      matches.push({ block: matches.length, website, how: 'new', pageDomain: null, domainDiffers: false });
      taken.add(website);
    }
  }
  return matches;
}

/** The plan's heading of a block: 「网站 2 · 示例科技技术文档（example-tech.com.cn）· 按域名」. */
export function siteHeading(match: SiteMatch, profile: Profile): string {
  const site = match.website === null ? null : profile.websites[match.website];
  const what = site ? `${site.name || `档案网站 ${match.website! + 1}`}（${site.domain}）` : '档案中没有此域名';
  return `网站 ${match.block + 1} · ${what} · ${HOW_WORDS[match.how]}`;
}
