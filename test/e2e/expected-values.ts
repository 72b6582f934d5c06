/**
 * What the replica's state must hold after a fill, derived from the profile (not from the adapter). Shared by the
 * Chromium and Firefox e2e suites so that both browsers are held to the same assertions.
 */
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Profile } from '@/utils/profile';

export type Values = Record<string, unknown>;

function profileFrom(file: string): Profile {
  const parsed = JSON.parse(readFileSync(path.resolve('test/fixtures/profiles', file), 'utf8')) as { profiles: Profile[] };
  return parsed.profiles[0]!;
}

export const PERSONAL = profileFrom('personal.json');
export const ENTERPRISE = profileFrom('enterprise-two-sites.json');

/** The fixture's enterprise with a third website, the one the issue #20 specs' 新增网站 order is for. */
export const THREE_SITES: Profile = {
  ...structuredClone(ENTERPRISE),
  id: 'ent-bjsl-0003',
  label: '北京示例科技 · 三个网站',
  websites: [
    ...structuredClone(ENTERPRISE.websites),
    {
      name: '示例科技商城',
      domain: 'example-shop.cn',
      homepageUrl: 'www.example-shop.cn',
      serviceContent: ['单位门户网站'],
      languages: ['中文简体'],
      preApprovals: [],
      remark: '公司自有产品的展示与在线订购，不提供第三方入驻。',
      principal: null,
    },
  ],
};

/** The replica's store keys a profile path ends up under. */
export function replicaKeys(key: string): string[] {
  if (key === 'subject.region') return ['subject.province', 'subject.city', 'subject.district'];
  if (key === 'subject.type') return ['subject.type', 'extra.subjectNature', 'subject.certificateType'];
  const site = /^websites\[(\d+)\]\.preApprovals$/.exec(key);
  if (site) return [key, `extra.websites[${site[1]}].noPreApproval`];
  return [key];
}

/** What the replica's store must hold after the step's fill, derived from the profile (not from the adapter). */
export function expectedValues(profile: Profile, step: 'verify' | 'subject' | 'website'): Values {
  const s = profile.subject;
  const p = profile.principal;
  const person = (base: string, who: typeof p) => personValues(profile, base, who);
  if (step === 'verify') {
    return {
      'subject.province': s.province,
      'subject.city': s.city,
      'subject.district': s.district ?? '',
      'subject.type': s.type,
      'extra.subjectNature': s.type === 'personal' ? '个人' : '企业',
      'subject.certificateType': s.certificateType,
      'subject.name': s.name,
      'subject.certificateNumber': s.certificateNumber,
      'websites[0].domain': profile.websites[0]!.domain,
      ...(s.legalRepresentative
        ? {
            'subject.legalRepresentative.name': s.legalRepresentative.name,
            'subject.legalRepresentative.certificateNumber': s.legalRepresentative.certificateNumber,
          }
        : {}),
    };
  }
  if (step === 'subject') {
    return {
      'subject.certificateAddress': s.certificateAddress,
      'subject.mailingAddress': s.mailingAddress,
      ...(s.type === 'enterprise' ? { 'subject.investor': s.investor } : {}),
      ...person('principal', p),
    };
  }
  return Object.assign({}, ...profile.websites.map((_, i) => expectedBlock(profile, i, i)));
}

function personValues(profile: Profile, base: string, who: Profile['principal']): Values {
  return {
    [`${base}.name`]: who.name,
    [`${base}.certificateType`]: who.certificateType,
    [`${base}.certificateNumber`]: who.certificateNumber,
    [`${base}.certificateValidFrom`]: who.certificateValidFrom,
    [`${base}.certificateValidTo`]: who.certificateValidTo,
    [`${base}.mobile`]: who.mobile,
    [`${base}.emergencyPhone`]: who.emergencyPhone,
    [`${base}.email`]: who.email,
    ...(profile.subject.type === 'enterprise' || base !== 'principal' ? { [`${base}.officePhone`]: who.officePhone ?? '' } : {}),
  };
}

/** What website block `block` of the page must hold once filled from the profile's website `website`. */
export function expectedBlock(profile: Profile, website: number, block: number): Values {
  const w = profile.websites[website]!;
  const at = (field: string) => `websites[${block}].${field}`;
  return {
    [at('name')]: w.name,
    [at('domain')]: w.domain,
    [at('homepageUrl')]: w.homepageUrl ?? '',
    [at('serviceContent')]: w.serviceContent,
    [at('languages')]: w.languages,
    [at('preApprovals')]: w.preApprovals,
    [`extra.${at('noPreApproval')}`]: w.preApprovals.length === 0,
    [at('remark')]: w.remark,
    [at('sameAsPrincipal')]: w.principal === null,
    ...(w.principal ? personValues(profile, at('principal'), w.principal) : {}),
  };
}

const sorted = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);

export function expectState(actual: Values, expected: Values, skip: string[] = []): void {
  for (const [key, value] of Object.entries(expected)) {
    if (skip.includes(key)) continue;
    expect(sorted(actual[key]), key).toEqual(sorted(value));
  }
}
