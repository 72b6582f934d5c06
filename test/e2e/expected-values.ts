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
  const person = (base: string, who: typeof p): Values => ({
    [`${base}.name`]: who.name,
    [`${base}.certificateType`]: who.certificateType,
    [`${base}.certificateNumber`]: who.certificateNumber,
    [`${base}.certificateValidFrom`]: who.certificateValidFrom,
    [`${base}.certificateValidTo`]: who.certificateValidTo,
    [`${base}.mobile`]: who.mobile,
    [`${base}.emergencyPhone`]: who.emergencyPhone,
    [`${base}.email`]: who.email,
    ...(s.type === 'enterprise' || base !== 'principal' ? { [`${base}.officePhone`]: who.officePhone ?? '' } : {}),
  });
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
  return Object.assign(
    {},
    ...profile.websites.map((w, i) => ({
      [`websites[${i}].name`]: w.name,
      [`websites[${i}].domain`]: w.domain,
      [`websites[${i}].homepageUrl`]: w.homepageUrl ?? '',
      [`websites[${i}].serviceContent`]: w.serviceContent,
      [`websites[${i}].languages`]: w.languages,
      [`websites[${i}].preApprovals`]: w.preApprovals,
      [`extra.websites[${i}].noPreApproval`]: w.preApprovals.length === 0,
      [`websites[${i}].remark`]: w.remark,
      [`websites[${i}].sameAsPrincipal`]: w.principal === null,
      ...(w.principal ? person(`websites[${i}].principal`, w.principal) : {}),
    })),
  );
}

const sorted = (v: unknown) => (Array.isArray(v) ? [...v].sort() : v);

export function expectState(actual: Values, expected: Values, skip: string[] = []): void {
  for (const [key, value] of Object.entries(expected)) {
    if (skip.includes(key)) continue;
    expect(sorted(actual[key]), key).toEqual(sorted(value));
  }
}
