import { describe, expect, it } from 'vitest';
import { validateProfile, type Profile } from '@/utils/profile';
import { TODAY, enterpriseProfile, personalProfile } from './fixtures';

function paths(findings: { path: string }[]) {
  return findings.map((issue) => issue.path);
}

function check(profile: Profile, today = TODAY) {
  return validateProfile(profile, { today });
}

describe('validateProfile', () => {
  it('finds nothing wrong with the format example and the two-site enterprise fixture', () => {
    expect(check(personalProfile())).toEqual({ errors: [], warnings: [] });
    expect(check(enterpriseProfile())).toEqual({ errors: [], warnings: [] });
  });

  it('judges dates against the given today', () => {
    expect(paths(check(personalProfile(), '2039-11-15').warnings)).toEqual(['principal.certificateValidTo']);
    expect(paths(check(personalProfile(), '2040-01-02').errors)).toEqual(['principal.certificateValidTo']);
  });

  it('reports every problem of a badly filled principal with relative paths and console labels', () => {
    const profile = personalProfile();
    profile.subject.certificateNumber = '360426199101010072';
    Object.assign(profile.principal, {
      certificateNumber: '360426199101010072',
      mobile: '1380013800',
      emergencyPhone: '1380013800',
      email: 'zhangsan-at-example.com',
      certificateValidTo: '2025-07-01',
      officePhone: '分机 8',
    });
    const { errors, warnings } = check(profile);
    expect(paths(errors)).toEqual([
      'subject.certificateNumber',
      'principal.certificateNumber',
      'principal.certificateValidTo',
      'principal.mobile',
      'principal.emergencyPhone',
      'principal.email',
    ]);
    expect(errors.find((issue) => issue.path === 'principal.mobile')?.message).toMatch(/^「主体负责人 · 手机号码」/);
    expect(paths(warnings)).toEqual(['principal.officePhone']);
  });

  it('requires the fields the console requires', () => {
    const profile = enterpriseProfile();
    profile.subject.investor = undefined;
    profile.subject.mailingAddress = ' ';
    profile.subject.city = '';
    profile.principal.name = '';
    profile.websites[0]!.serviceContent = [];
    profile.websites[0]!.languages = [];
    const { errors } = check(profile);
    expect(paths(errors)).toEqual([
      'subject.city',
      'subject.mailingAddress',
      'subject.investor',
      'principal.name',
      'websites[0].serviceContent',
      'websites[0].languages',
    ]);
    expect(errors[0]?.message).toBe('请填写「主体信息 · 备案地域（市）」。');
    expect(errors[2]?.message).toBe('请填写「主体信息 · 投资人或主管单位」。');
  });

  it('names the personal and enterprise holder field as the console does', () => {
    const personal = personalProfile();
    personal.subject.name = '';
    expect(check(personal).errors[0]?.message).toBe('请填写「主体信息 · 主办者姓名」。');
    const enterprise = enterpriseProfile();
    enterprise.subject.name = '';
    expect(check(enterprise).errors[0]?.message).toBe('请填写「主体信息 · 主办单位名称」。');
  });

  it('rejects a province that is not a mainland province', () => {
    const profile = personalProfile();
    profile.subject.province = '香港';
    expect(check(profile).errors).toEqual([{ path: 'subject.province', message: expect.stringContaining('不是中国大陆的省级行政区') }]);
  });

  it('checks the legal representative and the website principal like the subject principal', () => {
    const profile = enterpriseProfile();
    profile.subject.legalRepresentative!.certificateNumber = '360426199101010072';
    profile.websites[1]!.principal!.mobile = '23600136000';
    profile.websites[1]!.principal!.certificateValidTo = '2026-12-31';
    const { errors, warnings } = check(profile);
    expect(paths(errors)).toEqual(['subject.legalRepresentative.certificateNumber', 'websites[1].principal.mobile']);
    expect(errors[1]?.message).toMatch(/^「网站信息（第 2 个） · 网站负责人 · 手机号码」/);
    expect(paths(warnings)).toEqual(['websites[1].principal.certificateValidTo']);
  });

  it('warns when a personal principal differs from the holder', () => {
    const profile = personalProfile();
    profile.principal.name = '李四';
    profile.principal.certificateNumber = '360426199101010071';
    expect(paths(check(profile).warnings)).toEqual(['principal.name', 'principal.certificateNumber']);
  });

  it('warns when an emergency phone is another principal’s mobile', () => {
    const profile = enterpriseProfile();
    profile.websites[1]!.principal!.emergencyPhone = profile.principal.mobile;
    const { warnings } = check(profile);
    expect(warnings).toEqual([
      { path: 'websites[1].principal.emergencyPhone', message: expect.stringContaining('与「主体负责人 · 手机号码」相同') },
    ]);
  });

  it('checks domains per website, including the same domain twice', () => {
    const profile = enterpriseProfile();
    profile.websites[0]!.domain = 'www.example-tech.cn';
    profile.websites[1]!.domain = 'example-tech.cn';
    profile.websites[1]!.homepageUrl = 'https://docs.example-tech.cn';
    const { errors, warnings } = check(profile);
    expect(errors).toEqual([
      { path: 'websites[1].domain', message: expect.stringContaining('与第 1 个网站的域名「example-tech.cn」相同') },
      { path: 'websites[1].homepageUrl', message: expect.stringContaining('不要带「http://」') },
    ]);
    expect(warnings).toEqual([{ path: 'websites[0].domain', message: expect.stringContaining('「example-tech.cn」') }]);
  });

  it('gives the domain check the filing province and subject type (TLD levels of icp-rules.md §9.1)', () => {
    const domainIssues = (profile: Profile) => {
      const { errors, warnings } = check(profile);
      const at = (issues: { path: string }[]) => issues.filter((issue) => issue.path === 'websites[0].domain').length;
      return { errors: at(errors), warnings: at(warnings) };
    };
    const beijing = enterpriseProfile();
    expect(beijing.subject.province).toBe('北京市');
    beijing.websites[0]!.domain = 'example-tech.asia';
    expect(domainIssues(beijing)).toEqual({ errors: 1, warnings: 0 });
    beijing.subject.province = '天津市';
    expect(domainIssues(beijing)).toEqual({ errors: 0, warnings: 0 });

    const personal = personalProfile();
    personal.websites[0]!.domain = 'example.tv';
    expect(domainIssues(personal)).toEqual({ errors: 0, warnings: 0 });
    personal.subject.province = '上海市';
    expect(domainIssues(personal)).toEqual({ errors: 1, warnings: 0 });
    personal.websites[0]!.domain = 'example.app';
    expect(domainIssues(personal)).toEqual({ errors: 0, warnings: 1 });
    personal.websites[0]!.domain = 'example.org';
    expect(domainIssues(personal)).toEqual({ errors: 1, warnings: 0 });
  });

  it('passes website names through the name checker, labelled and located', () => {
    const profile = personalProfile();
    profile.websites[0]!.name = '中国茶文化笔记';
    const nameErrors = check(profile).errors.filter((issue) => issue.path === 'websites[0].name');
    expect(nameErrors.length).toBeGreaterThan(0);
    expect(nameErrors[0]?.message).toMatch(/^「网站信息（第 1 个） · 网站名称」：/);
  });

  it('reports the name checker’s remark findings under the remark field', () => {
    const profile = personalProfile();
    profile.websites[0]!.remark = '';
    expect(paths(check(profile).errors)).toContain('websites[0].remark');
  });

  it('warns about a lowercase x in an ID number instead of calling it wrong', () => {
    const profile = personalProfile();
    profile.subject.certificateNumber = '11010519491231002x';
    profile.principal.certificateNumber = '11010519491231002x';
    const { errors, warnings } = check(profile);
    expect(errors).toEqual([]);
    expect(paths(warnings)).toEqual(['subject.certificateNumber', 'principal.certificateNumber']);
  });
});
