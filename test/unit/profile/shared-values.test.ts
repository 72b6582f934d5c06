import { describe, expect, it } from 'vitest';
import { sharedValueFindings, type Profile } from '@/utils/profile';
import { enterpriseProfile, personalProfile } from './fixtures';

/** A second client: the enterprise fixture with another company, id and 负责人, nothing else shared yet. */
function otherClient(): Profile {
  const profile = enterpriseProfile();
  profile.id = 'ent-other-0002';
  profile.label = '上海另一家 · 企业';
  profile.subject.certificateNumber = '91310000MA1FL0000X';
  profile.principal = { ...profile.principal, name: '赵六', certificateNumber: '110105194912310029', mobile: '13511112222', email: 'zl@other.cn' };
  profile.websites = profile.websites.map((site, index) => ({ ...site, domain: `other-${index}.cn`, principal: null }));
  return profile;
}

describe('values shared across clients', () => {
  it('finds nothing between different clients that share nothing', () => {
    const found = sharedValueFindings([enterpriseProfile(), otherClient(), personalProfile()]);
    for (const findings of found.values()) expect(findings).toEqual({ errors: [], warnings: [] });
  });

  it('makes a shared mobile an error on both profiles, naming the other one', () => {
    const first = enterpriseProfile();
    const second = otherClient();
    second.principal.mobile = ` ${first.principal.mobile.slice(0, 3)} ${first.principal.mobile.slice(3)} `;
    const found = sharedValueFindings([first, second]);
    const own = found.get(second.id)!;
    expect(own.errors.map((issue) => issue.path)).toEqual(['principal.mobile']);
    expect(own.errors[0]!.message).toContain('「北京示例科技 · 企业」');
    expect(own.errors[0]!.message).toContain('一个手机号码只能对应一个主体');
    const theirs = found.get(first.id)!;
    expect(theirs.errors.map((issue) => issue.path)).toEqual(['principal.mobile']);
    expect(theirs.errors[0]!.message).toContain('「上海另一家 · 企业」');
  });

  it('compares website principals and domains too', () => {
    const first = enterpriseProfile();
    const second = otherClient();
    second.principal.mobile = first.websites[1]!.principal!.mobile;
    second.websites[0]!.domain = 'https://www.EXAMPLE-tech.cn/about';
    const found = sharedValueFindings([first, second]);
    expect(found.get(second.id)!.errors.map((issue) => issue.path).sort()).toEqual(['principal.mobile', 'websites[0].domain']);
    expect(found.get(first.id)!.errors.map((issue) => issue.path).sort()).toEqual(['websites[0].domain', 'websites[1].principal.mobile']);
    expect(found.get(first.id)!.errors.find((issue) => issue.path === 'websites[0].domain')!.message).toContain('域名');
  });

  it('warns about a shared principal ID number or email and ignores a shared office phone', () => {
    const first = enterpriseProfile();
    const second = otherClient();
    second.principal.certificateNumber = first.principal.certificateNumber.toLowerCase();
    second.principal.email = first.principal.email.toUpperCase();
    second.principal.officePhone = first.principal.officePhone;
    const own = sharedValueFindings([first, second]).get(second.id)!;
    expect(own.errors).toEqual([]);
    expect(own.warnings.map((issue) => issue.path).sort()).toEqual(['principal.certificateNumber', 'principal.email']);
  });

  it('does not compare two profiles of the same client (same subject certificate number)', () => {
    const first = enterpriseProfile();
    const again = enterpriseProfile();
    again.id = 'ent-bjsl-0002';
    const found = sharedValueFindings([first, again]);
    expect(found.get(first.id)).toEqual({ errors: [], warnings: [] });
    expect(found.get(again.id)).toEqual({ errors: [], warnings: [] });
  });

  it('treats a copy whose certificate number is still empty as another client', () => {
    const first = enterpriseProfile();
    const copy = otherClient();
    copy.subject.certificateNumber = '';
    copy.principal.mobile = first.principal.mobile;
    expect(sharedValueFindings([first, copy]).get(first.id)!.errors).toHaveLength(1);
  });
});
