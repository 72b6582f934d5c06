/**
 * Paths and the console's names for them: messages name a field the way the filing form labels it
 * (「主体负责人 · 手机号码」), paths use the exchange format's notation (`profiles[0].principal.mobile`).
 */
import type { SubjectType } from './schema';

export type PathSegment = string | number;

export function formatPath(segments: readonly PathSegment[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? segment : `.${segment}`;
  }
  return path;
}

export function joinPath(prefix: string, relative: string): string {
  if (prefix === '') return relative;
  if (relative === '') return prefix;
  return relative.startsWith('[') ? `${prefix}${relative}` : `${prefix}.${relative}`;
}

const PERSON_FIELDS: Record<string, string> = {
  name: '负责人姓名',
  certificateType: '证件类型',
  certificateNumber: '证件号码',
  certificateValidFrom: '证件有效期（起始日期）',
  certificateValidTo: '证件有效期（截止日期）',
  mobile: '手机号码',
  emergencyPhone: '应急联系电话',
  email: '电子邮箱',
  officePhone: '办公室电话',
};

const SUBJECT_FIELDS: Record<string, string> = {
  type: '主办单位性质',
  province: '备案地域（省）',
  city: '备案地域（市）',
  district: '备案地域（区县）',
  certificateType: '证件类型',
  certificateNumber: '证件号码',
  certificateAddress: '证件住所',
  mailingAddress: '通信地址',
  investor: '投资人或主管单位',
  remark: '主体信息备注',
  legalRepresentative: '法定代表人',
};

const LEGAL_REPRESENTATIVE_FIELDS: Record<string, string> = {
  name: '法定代表人姓名',
  certificateType: '法定代表人证件类型',
  certificateNumber: '法定代表人证件号码',
};

const WEBSITE_FIELDS: Record<string, string> = {
  name: '网站名称',
  domain: '网站域名',
  homepageUrl: '网站首页 URL',
  serviceContent: '网站服务内容',
  languages: '网站语言',
  preApprovals: '前置或专项审批内容类型',
  remark: '网站备注',
  principal: '网站负责人',
};

const PROFILE_FIELDS: Record<string, string> = {
  id: '档案编号（id）',
  label: '档案名称',
  subject: '主体信息',
  principal: '主体负责人',
  websites: '网站信息',
  checklist: '备案前检查清单',
};

function websiteSection(index: PathSegment | undefined): string {
  return typeof index === 'number' ? `网站信息（第 ${index + 1} 个）` : '网站信息';
}

/**
 * The console label of a field inside one profile, e.g. `['principal', 'mobile']` → 「主体负责人 · 手机号码」.
 * Unknown paths fall back to their dotted form so that a message never loses the location.
 */
export function fieldLabel(relative: readonly PathSegment[], subjectType?: SubjectType): string {
  const [head, second, third, fourth] = relative;
  const parts: string[] = [];
  if (head === 'subject') {
    parts.push('主体信息');
    if (second === 'name') parts.push(subjectType === 'personal' ? '主办者姓名' : '主办单位名称');
    else if (second === 'legalRepresentative' && typeof third === 'string') parts.push(LEGAL_REPRESENTATIVE_FIELDS[third] ?? third);
    else if (typeof second === 'string') parts.push(SUBJECT_FIELDS[second] ?? second);
  } else if (head === 'principal') {
    parts.push('主体负责人');
    if (typeof second === 'string') parts.push(PERSON_FIELDS[second] ?? second);
  } else if (head === 'websites') {
    parts.push(websiteSection(second));
    if (third === 'principal') {
      parts.push('网站负责人');
      if (typeof fourth === 'string') parts.push(PERSON_FIELDS[fourth] ?? fourth);
    } else if (typeof third === 'string') parts.push(WEBSITE_FIELDS[third] ?? third);
  } else if (typeof head === 'string') {
    parts.push(PROFILE_FIELDS[head] ?? formatPath(relative));
  }
  return `「${parts.join(' · ')}」`;
}
