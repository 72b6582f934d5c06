import { describe, expect, it } from 'vitest';
import { profileKey, readLabel, resolveScope, sectionOfTitle, stepOfTitle, type Scope } from '@/utils/console/labels';
import { matchOption, normaliseLabel, sameValue } from '@/utils/console/text';

/** The key a label gets inside a card of the given kind (site index 0). */
function keyOf(label: string, section: Scope | null = null): string | null {
  const meaning = readLabel(label);
  if (meaning.role !== 'profile') return meaning.role;
  const scope = resolveScope(meaning, section);
  return scope ? profileKey(scope, meaning.leaf!, 0) : null;
}

describe('label synonyms, old and new wording', () => {
  it.each([
    ['网站名称', 'websites[0].name'],
    ['服务名称', 'websites[0].name'],
    ['服务名称（网站）', 'websites[0].name'],
    ['主办者名称', 'subject.name'],
    ['主办单位名称', 'subject.name'],
    ['单位名称', 'subject.name'],
    ['姓名', 'subject.name'],
    ['证件住所', 'subject.certificateAddress'],
    ['证件住址', 'subject.certificateAddress'],
    ['通信地址', 'subject.mailingAddress'],
    ['主办单位通信地址', 'subject.mailingAddress'],
    ['投资人或主管单位', 'subject.investor'],
    ['投资者或上级主管单位', 'subject.investor'],
    ['应急联系电话', 'principal.emergencyPhone'],
    ['应急联系方式', 'principal.emergencyPhone'],
    ['电子邮箱', 'principal.email'],
    ['电子邮箱地址', 'principal.email'],
    ['网站备注', 'websites[0].remark'],
    ['服务备注', 'websites[0].remark'],
    ['网站内容描述', 'websites[0].remark'],
    ['网站服务内容', 'websites[0].serviceContent'],
    ['服务内容', 'websites[0].serviceContent'],
    ['服务内容类型', 'websites[0].serviceContent'],
    ['网站语言', 'websites[0].languages'],
    ['服务语言', 'websites[0].languages'],
    ['前置或专项审批内容类型', 'websites[0].preApprovals'],
    ['备案区域', 'subject.region'],
    ['备案地域', 'subject.region'],
    ['主办单位所属区域', 'subject.region'],
    ['主办单位性质', 'subject.type'],
    ['主办者性质', 'subject.type'],
    ['法定代表人姓名', 'subject.legalRepresentative.name'],
    ['法定代表人证件号码', 'subject.legalRepresentative.certificateNumber'],
    ['网站首页URL', 'websites[0].homepageUrl'],
    ['手机号码', 'principal.mobile'],
    ['办公室电话', 'principal.officePhone'],
    ['证件有效期', 'principal.certificateValidTo'],
    ['主体信息备注', 'subject.remark'],
    ['同主体负责人', 'websites[0].sameAsPrincipal'],
    ['手机验证码', 'sms-code'],
    ['应用服务类型', 'console'],
    ['备案授权码', 'console'],
    ['公安联网备案同步', 'console'],
    ['单位负责人姓名', 'principal.name'],
    ['主办单位负责人手机号码', 'principal.mobile'],
    ['服务负责人证件号码', 'websites[0].principal.certificateNumber'],
    ['负责人电子邮箱', 'principal.email'],
    ['联络渠道偏好', 'unknown'],
  ])('%s → %s', (label, key) => {
    expect(keyOf(label)).toBe(key);
  });

  it('ignores colons, stars, whitespace and optional markers', () => {
    expect(normaliseLabel(' 电子 邮箱： ')).toBe('电子邮箱');
    expect(normaliseLabel('*网站名称:')).toBe('网站名称');
    expect(normaliseLabel('办公室电话（选填）')).toBe('办公室电话');
    expect(keyOf('* 通信地址 ：')).toBe('subject.mailingAddress');
  });

  it('lets the card decide ambiguous labels', () => {
    expect(keyOf('证件号码', 'subject')).toBe('subject.certificateNumber');
    expect(keyOf('证件号码', 'principal')).toBe('principal.certificateNumber');
    expect(keyOf('证件号码', 'sitePrincipal')).toBe('websites[0].principal.certificateNumber');
    expect(keyOf('证件号码', 'site')).toBe('websites[0].principal.certificateNumber');
    expect(keyOf('负责人姓名', 'principal')).toBe('principal.name');
    expect(keyOf('负责人姓名', 'site')).toBe('websites[0].principal.name');
    expect(keyOf('负责人姓名', 'sitePrincipal')).toBe('websites[0].principal.name');
    expect(keyOf('手机号码', 'sitePrincipal')).toBe('websites[0].principal.mobile');
    expect(keyOf('备注', 'subject')).toBe('subject.remark');
    expect(keyOf('备注', 'site')).toBe('websites[0].remark');
    expect(keyOf('姓名', 'principal')).toBe('principal.name');
    // A label that names its owner wins over the card.
    expect(keyOf('主办单位证件号码', 'principal')).toBe('subject.certificateNumber');
    expect(keyOf('网站负责人证件号码', 'principal')).toBe('websites[0].principal.certificateNumber');
  });

  it('classifies card and step titles', () => {
    expect(sectionOfTitle('主办单位信息')).toBe('subject');
    expect(sectionOfTitle('主体负责人信息')).toBe('principal');
    expect(sectionOfTitle('网站负责人')).toBe('sitePrincipal');
    expect(sectionOfTitle('服务负责人信息')).toBe('sitePrincipal');
    expect(sectionOfTitle('服务信息')).toBe('site');
    expect(sectionOfTitle('网站信息（2）')).toBe('site');
    expect(sectionOfTitle('温馨提示')).toBeNull();
    expect(stepOfTitle('验证备案信息')).toBe('verify');
    expect(stepOfTitle('验证备案类型')).toBe('verify');
    expect(stepOfTitle('填写主体信息')).toBe('subject');
    expect(stepOfTitle('填写服务信息')).toBe('website');
    expect(stepOfTitle('上传资料，提交初审')).toBe('material');
    expect(stepOfTitle('人脸核验')).toBe('material');
    expect(stepOfTitle('确认备案信息')).toBe('review');
    expect(stepOfTitle('ICP备案')).toBeNull();
  });
});

describe('label readings are remembered by text', () => {
  it('reads a label once however often a page shows it, and reads right past the memory’s bound', () => {
    expect(readLabel('证件号码')).toBe(readLabel('证件号码'));
    // More distinct labels than the memory keeps: the earlier ones are read afresh, with the same meaning.
    const before = readLabel('主办单位名称');
    for (let i = 0; i < 1500; i++) readLabel(`未知字段${i}`);
    const after = readLabel('主办单位名称');
    expect(after).toEqual(before);
    expect(keyOf('主办单位名称')).toBe('subject.name');
    expect(readLabel('未知字段1499').role).toBe('unknown');
  });
});

describe('option matching', () => {
  it('finds options by exact text, without qualifiers, or by a unique prefix', () => {
    const options = ['营业执照（个人或企业）', '组织机构代码证', '居民身份证'];
    expect(matchOption(options, '营业执照')).toBe(0);
    expect(matchOption(options, '居民身份证')).toBe(2);
    expect(matchOption(['中文简体', '中文繁体'], '中文')).toBe(-1);
    expect(matchOption(['广东省', '广西壮族自治区'], '广西')).toBe(1);
  });

  it('compares values by control kind', () => {
    expect(sameValue('张三', '张三丰', 'text')).toBe(false);
    expect(sameValue('营业执照（个人或企业）', '营业执照', 'select')).toBe(true);
    expect(sameValue(['英语', '中文简体'], ['中文简体', '英语'], 'checkbox-group')).toBe(true);
    expect(sameValue(['广东省', '深圳市'], ['深圳市', '广东省'], 'cascader')).toBe(false);
    expect(sameValue('', null, 'text')).toBe(true);
    expect(sameValue(false, true, 'checkbox')).toBe(false);
  });
});
