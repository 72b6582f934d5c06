/**
 * The console's option lists for the editor's selects and checkbox groups (console-markup.md §3.6, icp-rules.md §3–§4).
 * They only offer choices: whether a choice is acceptable is decided by `validateProfile`.
 */
import type { Person, Profile, SubjectType, Website } from '@/utils/profile';
import { newProfileId } from '@/utils/profile';

export const SUBJECT_TYPE_LABELS: Record<SubjectType, string> = { personal: '个人', enterprise: '企业' };

export const PERSON_CERTIFICATE_TYPES = [
  '居民身份证',
  '护照',
  '台湾居民来往大陆通行证',
  '港澳居民来往内地通行证',
  '外国人永久居留身份证',
  '港澳居民居住证',
  '台湾居民居住证',
] as const;

export const ENTERPRISE_CERTIFICATE_TYPES = [
  '营业执照',
  '营业执照（个人或企业）',
  '统一社会信用代码证书',
  '事业单位法人证书',
  '社会团体法人登记证书',
  '民办非企业单位登记证书',
  '基金会法人登记证书',
] as const;

export const SERVICE_CONTENTS = [
  '其他',
  '单位门户网站',
  '博客/个人空间',
  '综合门户',
  '即时通信',
  '搜索引擎',
  '网上邮局',
  '网络新闻',
  '网络广告/信息',
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
] as const;

export const LANGUAGES = [
  '中文简体',
  '中文繁体',
  '英语',
  '维吾尔语',
  '哈萨克语',
  '柯尔克孜语',
  '蒙古语',
  '藏语',
  '壮语',
  '朝鲜语',
  '彝文',
  '苗语',
  '日语',
  '法语',
  '俄罗斯语',
  '西班牙语',
  '阿拉伯语',
] as const;

/** An empty list is the console's 「以上都不涉及」. */
export const PRE_APPROVALS = [
  '新闻',
  '出版',
  '教育',
  '医疗保健',
  '药品和医疗器械',
  '电子公告服务',
  '文化',
  '广播电影电视节目',
  '网络预约车',
  '互联网金融',
  '校外培训（高中及以下阶段）',
  '宗教',
] as const;
export const NO_PRE_APPROVAL_LABEL = '以上都不涉及';

/** A stored value the lists do not know (an older console wording, an import) stays selectable instead of vanishing. */
export function withCurrent(options: readonly string[], current: string): readonly string[] {
  return current === '' || options.includes(current) ? options : [current, ...options];
}

export function blankPerson(): Person {
  return {
    name: '',
    certificateType: PERSON_CERTIFICATE_TYPES[0],
    certificateNumber: '',
    certificateValidFrom: '',
    certificateValidTo: '',
    mobile: '',
    emergencyPhone: '',
    email: '',
    officePhone: '',
  };
}

/** Tencent's guidance: individuals usually choose 其他, enterprises 单位门户网站 (icp-rules.md §4.1). */
export function blankWebsite(type: SubjectType): Website {
  return {
    name: '',
    domain: '',
    homepageUrl: '',
    serviceContent: [type === 'enterprise' ? '单位门户网站' : '其他'],
    languages: ['中文简体'],
    preApprovals: [],
    remark: '',
    principal: null,
  };
}

export function blankProfile(type: SubjectType): Profile {
  return {
    id: newProfileId(),
    label: '',
    subject: {
      type,
      province: '',
      city: '',
      district: '',
      name: '',
      certificateType: type === 'enterprise' ? ENTERPRISE_CERTIFICATE_TYPES[0] : PERSON_CERTIFICATE_TYPES[0],
      certificateNumber: '',
      certificateAddress: '',
      mailingAddress: '',
      investor: '',
      remark: '',
      legalRepresentative: null,
    },
    principal: blankPerson(),
    websites: [blankWebsite(type)],
  };
}

export type DuplicateOptions = { copyAddresses: boolean };
export type Duplicate = { profile: Profile; /** Paths emptied for the new client, marked 需为新客户填写 in the editor. */ cleared: string[] };

/**
 * 「复制为新客户」: keeps what a client of the same agency usually shares (type, region, certificate type, each site's
 * services, languages and pre-approvals; the addresses only when asked) and empties every value that identifies the
 * first client, so no one's name, ID number, phone, email or domain is carried into another client's file.
 */
export function duplicateAsNewClient(profile: Profile, { copyAddresses }: DuplicateOptions): Duplicate {
  const { subject } = profile;
  const cleared = ['label', 'subject.name', 'subject.certificateNumber', 'subject.investor', 'subject.remark'];
  if (!copyAddresses) cleared.push('subject.certificateAddress', 'subject.mailingAddress');
  const representative = subject.legalRepresentative
    ? { name: '', certificateType: PERSON_CERTIFICATE_TYPES[0], certificateNumber: '' }
    : subject.legalRepresentative;
  if (representative) cleared.push('subject.legalRepresentative.name', 'subject.legalRepresentative.certificateNumber');
  const personPaths = (base: string) => PERSON_TEXT_KEYS.map((key) => `${base}.${key}`);
  cleared.push(...personPaths('principal'));
  const websites = profile.websites.map((website, index): Website => {
    const base = `websites[${index}]`;
    cleared.push(`${base}.name`, `${base}.domain`, `${base}.homepageUrl`, `${base}.remark`);
    if (website.principal) cleared.push(...personPaths(`${base}.principal`));
    return {
      ...blankWebsite(subject.type),
      serviceContent: [...website.serviceContent],
      languages: [...website.languages],
      preApprovals: [...website.preApprovals],
      principal: website.principal ? blankPerson() : null,
    };
  });
  const blank = blankProfile(subject.type);
  return {
    profile: {
      ...blank,
      subject: {
        ...blank.subject,
        province: subject.province,
        city: subject.city,
        district: subject.district,
        certificateType: subject.certificateType,
        certificateAddress: copyAddresses ? subject.certificateAddress : '',
        mailingAddress: copyAddresses ? subject.mailingAddress : '',
        legalRepresentative: representative,
      },
      websites,
    },
    cleared,
  };
}

/** The person fields a new client must fill (the certificate type keeps its default choice). */
const PERSON_TEXT_KEYS: (keyof Person)[] = [
  'name',
  'certificateNumber',
  'certificateValidFrom',
  'certificateValidTo',
  'mobile',
  'emergencyPhone',
  'email',
  'officePhone',
];
