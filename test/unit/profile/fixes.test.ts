import { describe, expect, it } from 'vitest';
import { formattingFix, validateProfile } from '@/utils/profile';
import { TODAY, personalProfile } from './fixtures';

describe('formattingFix', () => {
  it.each([
    ['principal.mobile', '+86 138-1234-5678', '13812345678'],
    ['principal.mobile', '0086 13812345678', '13812345678'],
    ['principal.mobile', '１３８１２３４５６７８', '13812345678'],
    ['websites[0].principal.mobile', '(138) 1234 5678', '13812345678'],
    ['principal.certificateNumber', '11010519491231002x', '11010519491231002X'],
    ['subject.certificateNumber', '110105 19491231 002X', '11010519491231002X'],
    ['websites[0].domain', 'https://www.Example.com/about?x=1', 'example.com'],
    ['websites[0].domain', 'blog.example.com.cn', 'example.com.cn'],
    ['websites[0].domain', 'www.example.cn:8080', 'example.cn'],
    ['websites[0].homepageUrl', 'http://www.example.com', 'www.example.com'],
    ['subject.name', '  北京示例科技有限公司 ', '北京示例科技有限公司'],
  ])('%s: %s → %s', (path, value, fixed) => {
    expect(formattingFix(path, value)).toBe(fixed);
  });

  it.each([
    ['principal.mobile', '13812345678'],
    ['principal.mobile', '1381234567'],
    ['principal.mobile', '+1 415 555 0100'],
    ['principal.certificateNumber', '11010519491231002X'],
    ['websites[0].domain', 'example.com'],
    ['subject.name', ''],
  ])('offers nothing for %s「%s」', (path, value) => {
    expect(formattingFix(path, value)).toBeNull();
  });

  it('turns a finding the messages describe into a value that no longer has it', () => {
    const profile = personalProfile();
    profile.principal.mobile = '+86 138 0013 8000';
    profile.websites[0]!.domain = `https://www.${profile.websites[0]!.domain}/index.html`;
    const before = validateProfile(profile, { today: TODAY }).errors.map((issue) => issue.path);
    expect(before).toEqual(expect.arrayContaining(['principal.mobile', 'websites[0].domain']));
    profile.principal.mobile = formattingFix('principal.mobile', profile.principal.mobile)!;
    profile.websites[0]!.domain = formattingFix('websites[0].domain', profile.websites[0]!.domain)!;
    const after = validateProfile(profile, { today: TODAY }).errors.map((issue) => issue.path);
    expect(after).not.toContain('principal.mobile');
    expect(after).not.toContain('websites[0].domain');
  });
});
