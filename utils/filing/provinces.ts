/**
 * Province names and the province rules the pre-flight checklist applies.
 * Every list cites its icp-rules.md section; the short names ("广东", "内蒙古") are the keys.
 */
import { PLEDGE_PROVINCES, PROVINCES as NAMED_PROVINCES, normaliseProvince } from '@/utils/names/provinces';

export const PROVINCES = [
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西',
  '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃',
  '青海', '宁夏', '新疆',
] as const;

export type Province = (typeof PROVINCES)[number];

/**
 * "广西壮族自治区", "广西" or "湖南省长沙市" → the short key ("广西", "湖南"); null for anything that is
 * not a mainland province. Normalisation itself is `normaliseProvince` from `@/utils/names`.
 */
export function provinceOf(name: string | undefined): Province | null {
  const fullName = normaliseProvince(name);
  const short = NAMED_PROVINCES.find((province) => province.name === fullName)?.short;
  return short && (PROVINCES as readonly string[]).includes(short) ? (short as Province) : null;
}

/** First two digits of a resident ID (GB/T 2260 address code) → province. */
const ID_PREFIX_PROVINCE: Readonly<Record<string, Province>> = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古', '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东', '41': '河南',
  '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南', '50': '重庆', '51': '四川', '52': '贵州',
  '53': '云南', '54': '西藏', '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆',
};

export function provinceOfResidentId(idNumber: string): Province | null {
  return ID_PREFIX_PROVINCE[idNumber.trim().slice(0, 2)] ?? null;
}

/** §10.1: personal filers need an ID issued in the filing province. */
export const LOCAL_ID_REQUIRED: ReadonlySet<Province> = new Set(['甘肃', '青海', '新疆', '河南', '云南', '内蒙古', '山西', '江西', '重庆']);

/** §10.3: the mobile number must be registered in the filing province. */
export const LOCAL_MOBILE_REQUIRED: ReadonlySet<Province> = new Set(['天津', '甘肃', '陕西', '山东', '广西', '江苏', '辽宁', '河南', '新疆', '黑龙江']);

/** §1.2, §10.3: enterprises must give a landline as office phone. */
export const LANDLINE_REQUIRED: ReadonlySet<Province> = new Set(['江苏']);

/** §2.4: personal remarks must contain the pledge (`PERSONAL_SITE_PLEDGE` in `@/utils/names`) verbatim. */
export const PLEDGE_REQUIRED: ReadonlySet<Province> = new Set(PLEDGE_PROVINCES.map(provinceOf).filter((province) => province !== null));

/** §1.2: the enterprise 主体负责人 must be the legal representative. */
export const LEGAL_REPRESENTATIVE_REQUIRED: ReadonlySet<Province> = new Set([
  '天津', '河北', '内蒙古', '黑龙江', '上海', '浙江', '福建', '江西', '山东', '河南', '湖南', '湖北', '广东', '广西',
  '重庆', '贵州', '云南', '西藏', '陕西', '青海', '宁夏', '新疆',
]);

/** §1.2: the enterprise 主体负责人 needs an authorisation letter. */
export const PRINCIPAL_AUTHORISATION_LETTER: ReadonlySet<Province> = new Set(['吉林', '安徽', '四川', '甘肃']);

/** §1.3: a 网站负责人 who is not the legal representative needs an authorisation letter. */
export const SITE_PRINCIPAL_AUTHORISATION_LETTER: ReadonlySet<Province> = new Set([
  '天津', '上海', '安徽', '福建', '江西', '湖南', '湖北', '重庆', '四川', '贵州',
]);

/** §1.4, §8: websites per order where the province caps it below the national 10 for enterprises. */
export const ORDER_WEBSITE_CAP: Readonly<Partial<Record<Province, number>>> = {
  河南: 5, 河北: 5, 甘肃: 5, 青海: 5, 贵州: 5, 湖北: 1, 湖南: 1, 山西: 3, 福建: 4,
};

/** §9: the domain must have more than this many months of registration left. */
export const DOMAIN_MIN_MONTHS_LEFT: Readonly<Partial<Record<Province, number>>> = { 安徽: 3, 河南: 3, 上海: 6 };

/** §13: documents a province wants for the domains of an order. */
export function provinceDocuments(province: Province, domainCount: number): string[] {
  const documents: string[] = [];
  if (province === '新疆' || province === '西藏') documents.push('新域名的《网站党建备案信息确认函》');
  if (['江苏', '重庆', '贵州', '湖南'].includes(province)) documents.push('每个域名的域名证书');
  if ((province === '陕西' || province === '河南') && domainCount >= 5) documents.push('每个域名的域名证书（5 个及以上域名时）');
  return documents;
}
