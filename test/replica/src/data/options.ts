/** Option lists of the filing wizard (MIIT code tables as the console shows them; console-markup.md §3.6). */

export type SubjectType = 'personal' | 'enterprise';

/** 主办单位性质, in MIIT code order (1–16). */
export const SUBJECT_NATURES = [
  '国防机构',
  '政府机关',
  '事业单位',
  '企业',
  '个人',
  '社会团体',
  '民办非企业单位',
  '基金会',
  '律师执业机构',
  '外国在华文化中心',
  '群众性团体组织',
  '司法鉴定机构',
  '宗教团体',
  '境外机构',
  '医疗机构',
  '公证机构',
];

export const PERSONAL_CERTIFICATE_TYPES = [
  '居民身份证',
  '护照',
  '台湾居民来往大陆通行证',
  '港澳居民来往内地通行证',
  '外国人永久居留身份证',
  '港澳居民居住证',
  '台湾居民居住证',
];

const UNIT_CERTIFICATE_TYPES_BY_NATURE: Record<string, string[]> = {
  企业: ['营业执照（个人或企业）', '组织机构代码证', '统一社会信用代码证书', '外国企业常驻代表机构登记证'],
  事业单位: ['事业单位法人证书', '统一社会信用代码证书', '组织机构代码证'],
  社会团体: ['社会团体法人登记证书', '统一社会信用代码证书'],
  民办非企业单位: ['民办非企业单位登记证书', '统一社会信用代码证书'],
  基金会: ['基金会法人登记证书', '统一社会信用代码证书'],
  律师执业机构: ['律师事务所执业许可证', '统一社会信用代码证书'],
  医疗机构: ['医疗机构执业许可证', '统一社会信用代码证书'],
  公证机构: ['公证机构执业证', '统一社会信用代码证书'],
};

const OTHER_UNIT_CERTIFICATE_TYPES = ['统一社会信用代码证书', '组织机构代码证'];

/** 证件类型 options follow 主办单位性质; nothing to choose before a nature is picked. */
export function certificateTypesFor(nature: string): string[] {
  if (!nature) return [];
  if (nature === '个人') return PERSONAL_CERTIFICATE_TYPES;
  return UNIT_CERTIFICATE_TYPES_BY_NATURE[nature] ?? OTHER_UNIT_CERTIFICATE_TYPES;
}

/** The profile format knows two subject types: 个人 is personal, every unit nature files like an enterprise. */
export function subjectTypeFor(nature: string): SubjectType | '' {
  if (!nature) return '';
  return nature === '个人' ? 'personal' : 'enterprise';
}

export const INFO_SOURCE_OPTION = '复用腾讯云账号信息填写';
export const SERVICE_TYPES = ['网站/域名', 'APP'];
export const CLOUD_RESOURCES = ['云服务器', '轻量应用服务器', '备案授权码'];
export const LONG_TERM = '长期';
export const VALIDITY_CHOICES = ['非长期', LONG_TERM];

/** 网站服务内容 (old MIIT list); long enough that the dropdown must scroll. */
export const SERVICE_CONTENTS = [
  '即时通信',
  '搜索引擎',
  '综合门户',
  '网上邮局',
  '网络新闻',
  '博客/个人空间',
  '网络广告/信息',
  '单位门户网站',
  '网络购物',
  '网上支付',
  '网上银行',
  '网上炒股/股票基金',
  '网络游戏',
  '网络音乐',
  '网络影视',
  '网络图片',
  '网络软件/下载',
  '网上求职',
  '网上交友/婚介',
  '网上房产',
  '网络教育',
  '网站建设',
  'WAP',
  '其他',
  '网络借贷信息中介',
  '互联网股权融资',
  '互联网保险',
];

export const WEBSITE_LANGUAGES = [
  '中文简体',
  '中文繁体',
  '维吾尔语',
  '哈萨克语',
  '柯尔克孜语',
  '蒙古语',
  '藏语',
  '壮语',
  '朝鲜语',
  '彝文',
  '苗语',
  '英语',
  '日语',
  '法语',
  '俄罗斯语',
  '西班牙语',
  '阿拉伯语',
];
export const DEFAULT_WEBSITE_LANGUAGE = '中文简体';

export const PRE_APPROVAL_TYPES = ['新闻', '出版', '教育', '医疗保健', '药品和医疗器械', '文化', '广播电影电视节目', '网络游戏'];
/** Exclusive choice; the profile format writes it as an empty preApprovals list. */
export const NO_PRE_APPROVAL = '以上都不涉及';

export const MAX_WEBSITES = 10;
