import { describe, expect, it } from 'vitest';
import { diffProfiles, fieldLabel, formatPath } from '@/utils/profile';
import { enterpriseProfile, personalProfile } from './fixtures';

describe('formatPath and fieldLabel', () => {
  it('writes paths in the exchange notation', () => {
    expect(formatPath(['profiles', 1, 'principal', 'mobile'])).toBe('profiles[1].principal.mobile');
    expect(formatPath(['websites', 0, 'principal', 'email'])).toBe('websites[0].principal.email');
    expect(formatPath([])).toBe('');
  });

  it('names fields as the console labels them', () => {
    expect(fieldLabel(['principal', 'mobile'])).toBe('「主体负责人 · 手机号码」');
    expect(fieldLabel(['subject', 'name'], 'personal')).toBe('「主体信息 · 主办者姓名」');
    expect(fieldLabel(['subject', 'name'], 'enterprise')).toBe('「主体信息 · 主办单位名称」');
    expect(fieldLabel(['subject', 'legalRepresentative', 'certificateNumber'])).toBe('「主体信息 · 法定代表人证件号码」');
    expect(fieldLabel(['websites', 1, 'name'])).toBe('「网站信息（第 2 个） · 网站名称」');
    expect(fieldLabel(['websites', 0, 'principal', 'emergencyPhone'])).toBe('「网站信息（第 1 个） · 网站负责人 · 应急联系电话」');
    expect(fieldLabel(['websites'])).toBe('「网站信息」');
  });

  it('falls back to the raw key for unknown fields rather than losing the location', () => {
    expect(fieldLabel(['principal', 'wechat'])).toBe('「主体负责人 · wechat」');
  });
});

describe('diffProfiles', () => {
  it('is empty for identical profiles, whatever the id', () => {
    expect(diffProfiles(personalProfile(), { ...personalProfile(), id: 'other' })).toEqual([]);
  });

  it('lists changed leaf fields with labels, lists joined, and a website principal appearing', () => {
    const after = enterpriseProfile();
    after.websites[0]!.languages = ['中文简体'];
    after.websites[0]!.principal = { ...after.principal, name: '周八' };
    after.principal.email = 'boss@example-tech.cn';
    const changes = diffProfiles(enterpriseProfile(), after);
    expect(changes).toContainEqual({
      path: 'principal.email',
      label: '「主体负责人 · 电子邮箱」',
      before: 'lisi@example-tech.cn',
      after: 'boss@example-tech.cn',
    });
    expect(changes).toContainEqual({ path: 'websites[0].languages', label: '「网站信息（第 1 个） · 网站语言」', before: '中文简体、英语', after: '中文简体' });
    expect(changes).toContainEqual({ path: 'websites[0].principal.name', label: '「网站信息（第 1 个） · 网站负责人 · 负责人姓名」', before: '', after: '周八' });
    expect(changes.map((change) => change.path)).not.toContain('principal.mobile');
  });

  it('shows added and removed websites, and a changed checklist as one field', () => {
    const before = enterpriseProfile();
    const after = enterpriseProfile();
    after.websites.pop();
    after.checklist = { serverPurchasedOn: '2026-11-01' };
    const changes = diffProfiles(before, after);
    expect(changes).toContainEqual(expect.objectContaining({ path: 'websites[1].domain', before: 'example-tech.com.cn', after: '' }));
    expect(changes).toContainEqual(expect.objectContaining({ path: 'checklist', label: '「备案前检查清单」', after: '{"serverPurchasedOn":"2026-11-01"}' }));
  });
});
