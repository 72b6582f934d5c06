import { describe, expect, it } from 'vitest';
import type { Profile } from '@/utils/profile';
import { detect } from '@/utils/console/detect';
import { detectionReport, fillItemsOf, planCounts, planFill, profileFromSnapshot, profileValueFor } from '@/utils/console/plan';
import type { FieldSnapshot, PageSnapshot } from '@/utils/console/types';
import { loadFixture } from './helpers/fixtures';
import { fieldSnapshot, pageSnapshot } from './helpers/snapshots';

function personalProfile(): Profile {
  return {
    id: 'p1',
    label: '张三 · 个人',
    subject: {
      type: 'personal',
      province: '广东省',
      city: '深圳市',
      district: '南山区',
      name: '张三',
      certificateType: '居民身份证',
      certificateNumber: '11010519491231002X',
      certificateAddress: '广东省深圳市南山区科技园路1号',
      mailingAddress: '广东省深圳市南山区科技园路1号2栋301室',
      investor: '',
      remark: '',
      legalRepresentative: null,
    },
    principal: {
      name: '张三',
      certificateType: '居民身份证',
      certificateNumber: '11010519491231002X',
      certificateValidFrom: '2020-01-01',
      certificateValidTo: '长期',
      mobile: '13800138000',
      emergencyPhone: '13900139000',
      email: 'zhangsan@example.com',
      officePhone: '',
    },
    websites: [
      {
        name: '山间小记',
        domain: 'example.com',
        homepageUrl: 'www.example.com',
        serviceContent: ['其他'],
        languages: ['中文简体'],
        preApprovals: [],
        remark: '记录徒步路线和沿途照片的个人笔记，不涉及经营性内容。',
        principal: null,
      },
    ],
  };
}

function enterpriseProfile(): Profile {
  const p = personalProfile();
  return {
    ...p,
    id: 'e1',
    subject: { ...p.subject, type: 'enterprise', name: '深圳山间科技有限公司', certificateType: '营业执照', investor: '李四', legalRepresentative: { name: '李四', certificateType: '居民身份证', certificateNumber: '440301199001011234' } },
    websites: [
      p.websites[0]!,
      { ...p.websites[0]!, name: '溪边小站', domain: 'example.net', principal: { ...p.principal, name: '王五', mobile: '13700137000' } },
      { ...p.websites[0]!, name: '第三站', domain: 'example.org' },
    ],
  };
}

const field = fieldSnapshot;
const snapshotOf = pageSnapshot;

describe('profile values in the console’s words', () => {
  it('converts type, region, validity, pre-approvals, same-as-principal and website principals', () => {
    const p = enterpriseProfile();
    expect(profileValueFor(p, 'subject.type')).toBe('企业');
    expect(profileValueFor(personalProfile(), 'subject.type')).toBe('个人');
    expect(profileValueFor(p, 'subject.region')).toEqual(['广东省', '深圳市', '南山区']);
    expect(profileValueFor(p, 'principal.certificateValidTo')).toBe('长期');
    expect(profileValueFor(p, 'websites[0].preApprovals')).toEqual(['以上都不涉及']);
    expect(profileValueFor(p, 'websites[0].sameAsPrincipal')).toBe(true);
    expect(profileValueFor(p, 'websites[1].sameAsPrincipal')).toBe(false);
    expect(profileValueFor(p, 'websites[0].principal.name')).toBe('张三');
    expect(profileValueFor(p, 'websites[1].principal.name')).toBe('王五');
    expect(profileValueFor(p, 'subject.legalRepresentative.certificateNumber')).toBe('440301199001011234');
    expect(profileValueFor(personalProfile(), 'subject.investor')).toBe('张三');
    expect(profileValueFor(p, 'principal.officePhone')).toBeNull();
    expect(profileValueFor(p, 'websites[7].name')).toBeNull();
  });
});

describe('planFill', () => {
  it('ticks empty page fields, leaves typed ones unless overwriting, and explains each row', () => {
    loadFixture('subject-personal.html');
    const snapshot = detect(document).snapshot;
    const rows = planFill(snapshot, personalProfile(), { overwrite: false });
    const row = (key: string) => rows.find((r) => r.key === key)!;
    expect(row('principal.mobile')).toMatchObject({ include: true, editable: true, reason: '页面为空', profileValue: '13800138000' });
    expect(row('principal.email')).toMatchObject({ include: false, editable: false, pageValue: 'typed-by-user@example.com' });
    expect(row('principal.email').reason).toMatch(/页面已有内容/);
    expect(row('subject.name')).toMatchObject({ include: false, reason: '与档案一致' });
    expect(row('subject.certificateType')).toMatchObject({ include: false, reason: '与档案一致' });
    expect(row('principal.officePhone')).toMatchObject({ include: false, reason: '档案中没有此项' });
    // The console shows 广东省 深圳市 南山区 in front of the input: only the rest is typed.
    expect(row('subject.mailingAddress').profileValue).toBe('科技园路1号2栋301室');
    expect(rows.some((r) => r.label === '手机验证码')).toBe(false);

    const overwriting = planFill(snapshot, personalProfile(), { overwrite: true });
    expect(overwriting.find((r) => r.key === 'principal.email')).toMatchObject({ include: true, reason: '将覆盖页面上已填写的内容' });
    expect(fillItemsOf(overwriting).map((i) => i.key)).toContain('principal.email');
    expect(fillItemsOf(rows).map((i) => i.key)).not.toContain('principal.email');

    // The status marks and the summary's counts follow the same reading.
    expect([row('principal.mobile'), row('principal.email'), row('subject.name'), row('principal.officePhone')].map((r) => r.status)).toEqual([
      'fill',
      'differs',
      'filled',
      'skip',
    ]);
    const counts = planCounts(rows);
    expect(counts.fill).toBe(rows.filter((r) => r.include).length);
    expect(counts.fill).toBeGreaterThan(0);
    expect(counts.check).toBe(rows.filter((r) => r.pageValue !== null && r.status === 'differs').length);
    expect(counts.check).toBeGreaterThanOrEqual(1);
  });

  it('does not offer read-only fields that differ from the profile', () => {
    const rows = planFill(snapshotOf([field({ key: 'subject.name', value: '李四', disabled: true })]), personalProfile(), { overwrite: true });
    expect(rows[0]).toMatchObject({ include: false, editable: false, reason: '页面上不可编辑' });
  });

  it('plans the websites the page has no block for yet, from the first block, on a first filing', () => {
    loadFixture('website-enterprise.html');
    const read = detect(document).snapshot;
    // The fixture's title says only 「ICP备案」; a first filing's page names itself.
    const snapshot = { ...read, headings: ['首次备案', ...read.headings] };
    const rows = planFill(snapshot, enterpriseProfile(), { overwrite: false });
    const third = rows.filter((r) => r.key.startsWith('websites[2].'));
    expect(third.map((r) => r.key)).toContain('websites[2].name');
    expect(third.find((r) => r.key === 'websites[2].name')).toMatchObject({ include: true, profileValue: '第三站', reason: '将新增网站信息块后填写' });
    expect(rows.find((r) => r.key === 'websites[1].sameAsPrincipal')).toMatchObject({ include: false, reason: '与档案一致' });
    expect(rows.find((r) => r.key === 'websites[1].principal.name')).toMatchObject({ include: true, profileValue: '王五' });
    expect(rows.find((r) => r.key === 'websites[0].preApprovals')).toMatchObject({ include: true, profileValue: ['以上都不涉及'] });
    // The page has 中文简体 ticked already, which is what the profile says.
    expect(rows.find((r) => r.key === 'websites[0].languages')!.reason).toBe('与档案一致');
    // The first block's domain is read-only; the new block's is not.
    expect(rows.find((r) => r.key === 'websites[2].domain')).toMatchObject({ include: true, profileValue: 'example.org' });
  });

  it('says 以上都不涉及 the way the page words it', () => {
    const page = snapshotOf([field({ key: 'websites[0].preApprovals', kind: 'checkbox-group', value: [], options: ['新闻', '以上均不涉及'] })]);
    expect(planFill(page, personalProfile(), { overwrite: false })[0]!.profileValue).toEqual(['以上均不涉及']);
    const back = profileFromSnapshot(snapshotOf([field({ key: 'websites[0].preApprovals', kind: 'checkbox-group', value: ['以上均不涉及'] })]), personalProfile());
    expect(back.profile.websites[0]!.preApprovals).toEqual([]);
  });

  it('adds ticks to a pre-ticked multi-choice without asking to overwrite, but never removes one', () => {
    const page = snapshotOf([
      field({ key: 'websites[0].languages', kind: 'checkbox-group', value: ['中文简体'] }),
      field({ key: 'websites[0].serviceContent', kind: 'select', value: '网站建设、其他' }),
    ]);
    const p = personalProfile();
    p.websites[0]!.languages = ['中文简体', '英语'];
    const rows = planFill(page, p, { overwrite: false });
    expect(rows[0]).toMatchObject({ include: true, reason: '补充勾选，不取消已选项' });
    expect(rows[1]!.include).toBe(false);
  });

  it('plans fields a choice on the step reveals (法定代表人, a website’s own 负责人)', () => {
    const enterprise = enterpriseProfile();
    const verify = planFill(snapshotOf([field({ key: 'subject.type', kind: 'select', value: null })], { step: 'verify' }), enterprise, { overwrite: false });
    expect(verify.find((r) => r.key === 'subject.legalRepresentative.name')).toMatchObject({ include: true, profileValue: '李四', pageValue: null });
    expect(verify.find((r) => r.key === 'subject.legalRepresentative.name')).toMatchObject({ label: '法定代表人姓名', section: '主体信息' });
    const personal = planFill(snapshotOf([], { step: 'verify' }), personalProfile(), { overwrite: false });
    expect(personal).toEqual([]);
    const website = planFill(snapshotOf([], { step: 'website', siteCount: 2 }), enterprise, { overwrite: false });
    expect(website.map((r) => r.key)).toContain('websites[1].principal.mobile');
    expect(website.some((r) => r.key.startsWith('websites[0].principal'))).toBe(false);
  });
});

describe('detectionReport', () => {
  it('names matched fields, fields without a profile value, profile values without a field, and drift', () => {
    loadFixture('drifted.html');
    const report = detectionReport(detect(document).snapshot, personalProfile());
    expect(report.matched).toEqual(['subject.certificateAddress', 'subject.mailingAddress', 'principal.name', 'principal.certificateNumber']);
    expect(report.withoutField).toEqual([
      'subject.investor',
      'principal.certificateType',
      'principal.certificateValidFrom',
      'principal.certificateValidTo',
      'principal.mobile',
      'principal.emergencyPhone',
      'principal.email',
    ]);
    expect(report.unknownLabels).toEqual(['单位统一编码方式', '负责人微信号', '联络渠道偏好']);
    expect(report.missingExpected).toEqual(['principal.mobile', 'principal.email']);
    expect(report.withoutProfileValue).toEqual([]);

    loadFixture('subject-personal.html');
    expect(detectionReport(detect(document).snapshot, personalProfile()).withoutProfileValue).toEqual(['备注', '办公室电话']);
  });
});

describe('profileFromSnapshot', () => {
  it('reads a step into a new profile and lists every value it took', () => {
    loadFixture('subject-enterprise.html');
    // Simulate what a user typed into the console.
    const inputs = document.querySelectorAll<HTMLInputElement>('input.tea-input');
    inputs[0]!.value = '深圳山间科技有限公司';
    const snapshot = detect(document).snapshot;
    const { profile, diff } = profileFromSnapshot(snapshot);
    expect(profile.subject).toMatchObject({ province: '浙江省', city: '杭州市', district: '西湖区', name: '深圳山间科技有限公司', certificateType: '营业执照（个人或企业）' });
    expect(profile.label.startsWith('深圳山间科技有限公司 · ')).toBe(true);
    expect(diff.map((d) => d.path)).toEqual(expect.arrayContaining(['subject.province', 'subject.city', 'subject.name', 'label']));
    expect(diff.find((d) => d.path === 'subject.name')).toMatchObject({ before: '', after: '深圳山间科技有限公司' });
    expect(profile.id).toMatch(/[0-9a-f-]{36}/);
  });

  it('merges into the active profile: only changed values appear in the diff', () => {
    loadFixture('subject-personal.html');
    const base = personalProfile();
    const { profile, diff } = profileFromSnapshot(detect(document).snapshot, base);
    // The page holds the typed e-mail; the address prefix shown in front of 通信地址 is kept in the profile.
    expect(diff).toEqual([{ path: 'principal.email', label: expect.any(String), before: 'zhangsan@example.com', after: 'typed-by-user@example.com' }]);
    expect(profile.subject.mailingAddress).toBe(base.subject.mailingAddress);
    expect(profile.id).toBe('p1');
    expect(base.principal.email).toBe('zhangsan@example.com');
  });

  it('maps 同主体负责人, 以上都不涉及, 长期 and the addon back', () => {
    const snapshot = snapshotOf([
      field({ key: 'websites[0].sameAsPrincipal', kind: 'checkbox', value: true }),
      field({ key: 'websites[0].principal.name', value: '不应写入' }),
      field({ key: 'websites[1].sameAsPrincipal', kind: 'checkbox', value: false }),
      field({ key: 'websites[1].principal.name', value: '王五' }),
      field({ key: 'websites[1].preApprovals', kind: 'checkbox-group', value: ['以上都不涉及'] }),
      field({ key: 'websites[1].languages', kind: 'checkbox-group', value: ['中文简体', '英语'] }),
      field({ key: 'principal.certificateValidTo', kind: 'validity', value: '长期' }),
      field({ key: 'subject.mailingAddress', value: '科技园路1号', addon: '广东省 深圳市' }),
      field({ key: 'subject.type', kind: 'select', value: '企业' }),
    ]);
    const { profile } = profileFromSnapshot(snapshot, personalProfile());
    expect(profile.websites[0]!.principal).toBeNull();
    expect(profile.websites[1]!.principal).toMatchObject({ name: '王五', mobile: '' });
    expect(profile.websites[1]!.preApprovals).toEqual([]);
    expect(profile.websites[1]!.languages).toEqual(['中文简体', '英语']);
    expect(profile.principal.certificateValidTo).toBe('长期');
    expect(profile.subject.mailingAddress).toBe('广东省深圳市科技园路1号');
    expect(profile.subject.type).toBe('enterprise');
  });
});
