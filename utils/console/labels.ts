/**
 * What the console's words mean: field labels (old and new wording), card titles, step titles and the semantic
 * classes some inputs carry. Pure; the DOM side lives in dom.ts / detect.ts.
 */
import { normaliseLabel, squash, withoutQualifiers } from './text';
import type { FieldRole, StepId } from './types';

/** Whose field it is. `legal` is the enterprise's 法定代表人; `sitePrincipal` is a website's 负责人. */
export type Scope = 'subject' | 'legal' | 'principal' | 'site' | 'sitePrincipal';

/** The fields of a person block (主体负责人, 网站负责人), as profile path leaves. */
export const PERSON_LEAVES = [
  'name',
  'certificateType',
  'certificateNumber',
  'certificateValidFrom',
  'certificateValidTo',
  'mobile',
  'emergencyPhone',
  'email',
  'officePhone',
];
const LEAVES_OF: Record<Scope, readonly string[]> = {
  subject: ['region', 'type', 'name', 'certificateType', 'certificateNumber', 'certificateAddress', 'mailingAddress', 'investor', 'remark'],
  legal: ['name', 'certificateType', 'certificateNumber'],
  principal: PERSON_LEAVES,
  sitePrincipal: PERSON_LEAVES,
  site: ['name', 'domain', 'homepageUrl', 'serviceContent', 'languages', 'preApprovals', 'remark', 'sameAsPrincipal'],
};

/** Known console fields the profile has nothing for. */
const CONSOLE_ONLY =
  /填写方式|^(应用)?服务类型$|接入方式|云资源|云服务|实例|公网IP|IP地址|授权码|备案号|公安|协议|承诺|核验|备案类型|特征|包名|公钥|bundle|sha-?1|md5|人脸|同意|订单|状态|时间$/i;
const SMS_CODE = /验证码|校验码/;
const SAME_AS_PRINCIPAL = /同主体负责人|与主体负责人(一致|相同)|同主办(单位|者)负责人|同主体/;

/** Label prefixes that say whose field it is; the rest of the label names the field. */
const PREFIXES: [RegExp, Scope][] = [
  [/^(网站|服务|APP|应用)负责人/i, 'sitePrincipal'],
  [/^(主体|主办单位|主办者|单位)?负责人/, 'principal'],
  [/^(法定代表人|法人代表|法人)/, 'legal'],
  [/^(主办单位|主办者|主办人|单位|主体信息|主体)/, 'subject'],
  [/^(网站|服务|APP|应用)/i, 'site'],
];

/** Field names after the prefix. The scope is where the field lives when the label alone does not say. */
const LEAVES: [RegExp, string, Scope | null][] = [
  [/^(名称|)$/, 'name', null],
  [/^姓名$/, 'person:name', null],
  [/^(有效)?证件(类型|种类)$/, 'certificateType', null],
  [/^((有效)?证件(号码?|编号)|身份证号码?|(统一社会)?信用代码(证)?号?)$/, 'certificateNumber', null],
  // 证件有效期起止 is a range (start and end); 有效期起始日期 / 有效期开始日期 the start alone.
  [/有效期(起止|起讫)/, 'certificateValidTo', 'principal'],
  [/有效期(起|自|开始|起始)/, 'certificateValidFrom', 'principal'],
  [/有效期/, 'certificateValidTo', 'principal'],
  [/^(信息)?(备注|描述|内容描述|说明)$/, 'remark', null],
  [/区域|地域|省份|地区|所在地|省市/, 'region', 'subject'],
  [/性质$|^类型$|^备案主体(类型)?$/, 'type', 'subject'],
  [/^(证件)?(住所|住址)$|^证件地址$|^注册地址$/, 'certificateAddress', 'subject'],
  [/(通信|通讯|联系|办公|居住)地址/, 'mailingAddress', 'subject'],
  [/投资(人|者)|主管单位/, 'investor', 'subject'],
  [/(办公(室)?|固定)(电话|号码)|^座机|^联系方式(2|二)$/, 'officePhone', 'principal'],
  [/应急|紧急/, 'emergencyPhone', 'principal'],
  [/^(手机|移动电话)(号码?)?$|^联系电话$|^联系方式(1|一)?$/, 'mobile', 'principal'],
  [/邮箱|电子邮件|^e-?mail$/i, 'email', 'principal'],
  [/域名/, 'domain', 'site'],
  [/首页/, 'homepageUrl', 'site'],
  [/语言|语种/, 'languages', 'site'],
  [/前置|专项审批/, 'preApprovals', 'site'],
  [/^(服务)?内容(类型|分类)?$|^服务内容/, 'serviceContent', 'site'],
];

/** A date field that asks for a start and an end at once (证件有效期起止). */
export function isRangeLabel(label: string): boolean {
  return /起止|起讫|~|～/.test(label);
}

/** Classes the filing app puts on some inputs; they win over the label. */
const SEMANTIC_CLASSES: Record<string, [Scope, string]> = {
  'org-name': ['subject', 'name'],
  'org-certificate-number': ['subject', 'certificateNumber'],
  legalPerson: ['legal', 'name'],
  legalPersonCerNumber: ['legal', 'certificateNumber'],
  domain: ['site', 'domain'],
};

export interface LabelMeaning {
  role: FieldRole;
  leaf: string | null;
  /** Scope named by the label itself (a prefix such as 负责人 / 网站 / 主办单位). */
  stated: Scope | null;
  /** Scope the field belongs to when nothing else says. */
  natural: Scope | null;
  /** 姓名 (a person's name) rather than 名称. */
  person: boolean;
}

const UNKNOWN: LabelMeaning = { role: 'unknown', leaf: null, stated: null, natural: null, person: false };

function readPart(part: string): LabelMeaning | null {
  if (SAME_AS_PRINCIPAL.test(part)) return { role: 'profile', leaf: 'sameAsPrincipal', stated: 'site', natural: 'site', person: false };
  if (SMS_CODE.test(part)) return { ...UNKNOWN, role: 'sms-code' };
  if (CONSOLE_ONLY.test(part)) return { ...UNKNOWN, role: 'console' };
  const [prefix, stated] = PREFIXES.find(([re]) => re.test(part)) ?? [null, null];
  const rest = prefix ? part.replace(prefix, '') : part;
  // A prefix alone ("负责人", "法定代表人") names the person; "网站"/"主办单位" alone names nothing.
  if (rest === '' && stated !== 'principal' && stated !== 'sitePrincipal' && stated !== 'legal') return null;
  for (const [re, leaf, natural] of LEAVES) {
    if (!re.test(rest)) continue;
    const person = leaf === 'person:name' || (rest === '' && stated !== null);
    return { role: 'profile', leaf: person ? 'name' : leaf, stated, natural, person };
  }
  return null;
}

/** Label readings by their text: a step repeats its labels (证件号码 in every person block) and every reading asks again. */
const meanings = new Map<string, LabelMeaning>();
const MAX_REMEMBERED = 1000;

/** What a label asks for. Alternatives written as "单位名称/姓名" are tried in turn. The result is shared: never mutate it. */
export function readLabel(label: string): LabelMeaning {
  let meaning = meanings.get(label);
  if (!meaning) {
    if (meanings.size >= MAX_REMEMBERED) meanings.clear();
    meaning = readLabelText(label);
    meanings.set(label, meaning);
  }
  return meaning;
}

function readLabelText(label: string): LabelMeaning {
  const text = withoutQualifiers(normaliseLabel(label));
  if (!text) return UNKNOWN;
  for (const part of [text, ...text.split(/[/／、|]/)]) {
    const meaning = part && readPart(part);
    if (meaning) return meaning;
  }
  return UNKNOWN;
}

/** The meaning carried by a semantic class on the control, if any. */
export function readSemanticClass(classNames: Iterable<string>): LabelMeaning | null {
  for (const name of classNames) {
    const hit = SEMANTIC_CLASSES[name];
    if (hit) return { role: 'profile', leaf: hit[1], stated: hit[0], natural: hit[0], person: false };
  }
  return null;
}

export function isSemanticClass(name: string): boolean {
  return name in SEMANTIC_CLASSES;
}

/** Which part of the form a card or section title introduces. */
export function sectionOfTitle(title: string): Scope | null {
  const t = squash(title);
  const aboutSite = /网站|服务|APP|应用/i.test(t);
  if (/负责人|联系人/.test(t)) return aboutSite ? 'sitePrincipal' : 'principal';
  if (/法定代表人|法人/.test(t)) return 'legal';
  if (aboutSite && !/主办|主体/.test(t)) return 'site';
  if (/主办|主体|单位|基础信息|备案信息|证件信息/.test(t)) return 'subject';
  return null;
}

export function stepOfTitle(title: string): StepId | null {
  const t = squash(title);
  if (/验证|校验|基础信息|备案类型|开始备案/.test(t)) return 'verify';
  if (/主体|主办/.test(t)) return 'subject';
  if (/网站|服务|APP|互联网信息/i.test(t)) return 'website';
  if (/上传|资料|材料|人脸|视频|拍照/.test(t)) return 'material';
  if (/确认|提交|审核|预览|核对/.test(t)) return 'review';
  return null;
}

/**
 * The scope a field resolves to, given its label and the section it sits in. Contact fields under a website card
 * belong to that website's 负责人; a bare 证件号码 belongs to whichever card it is in.
 */
export function resolveScope(meaning: LabelMeaning, section: Scope | null): Scope | null {
  const leaf = meaning.leaf;
  if (!leaf) return null;
  const inSite = section === 'site' || section === 'sitePrincipal';
  let scope: Scope | null = meaning.stated;
  if (scope === 'principal' && inSite) scope = 'sitePrincipal';
  if (!scope) {
    if (meaning.natural === 'principal') scope = inSite ? 'sitePrincipal' : 'principal';
    else scope = meaning.natural ?? section ?? 'subject';
  }
  if (scope === 'site' && (meaning.person || !LEAVES_OF.site.includes(leaf))) scope = 'sitePrincipal';
  if (scope === 'sitePrincipal' && leaf === 'remark') scope = 'site';
  if (scope === 'subject' && !LEAVES_OF.subject.includes(leaf)) scope = 'principal';
  return LEAVES_OF[scope].includes(leaf) ? scope : null;
}

/** Profile path for a field: `subject.name`, `subject.legalRepresentative.name`, `websites[1].principal.mobile`. */
export function profileKey(scope: Scope, leaf: string, siteIndex: number): string {
  switch (scope) {
    case 'subject':
      return `subject.${leaf}`;
    case 'legal':
      return `subject.legalRepresentative.${leaf}`;
    case 'principal':
      return `principal.${leaf}`;
    case 'site':
      return `websites[${siteIndex}].${leaf}`;
    case 'sitePrincipal':
      return `websites[${siteIndex}].principal.${leaf}`;
  }
}

/** Fields each step normally asks for; missing ones are reported as likely markup drift. */
export const EXPECTED_KEYS: Record<StepId, readonly string[]> = {
  verify: ['subject.region', 'subject.type', 'websites[0].domain'],
  subject: ['subject.mailingAddress', 'principal.name', 'principal.certificateNumber', 'principal.mobile', 'principal.email'],
  website: ['websites[0].name', 'websites[0].remark'],
  material: [],
  review: [],
};

/** Buttons that add another website (服务) block. */
export const ADD_SITE_BUTTON = /继续添加(网站|服务)|(保存并|新增|添加)(网站|服务)|添加一个(网站|服务)/;
