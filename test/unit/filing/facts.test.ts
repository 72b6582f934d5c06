import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ChecklistFactsSchema, FACT_FIELDS, factRefId, getFact, setFact, type ChecklistFacts } from '@/utils/filing/facts';
import { goodFacts } from './fixtures';

describe('ChecklistFactsSchema', () => {
  it('accepts the facts the checklist reads', () => {
    expect(ChecklistFactsSchema.safeParse(goodFacts()).success).toBe(true);
    expect(ChecklistFactsSchema.safeParse({}).success).toBe(true);
  });

  it.each([
    ['an impossible date', { server: { expiresOn: '2026-02-30' } }],
    ['a date with a time', { account: { realNameVerifiedOn: '2026-01-01T08:00' } }],
    ['a negative count', { server: { websitesAlreadyFiled: -1 } }],
    ['a fractional count', { server: { authCodeCount: 1.5 } }],
    ['an unknown registrar kind', { domains: { 'example.com': { registrar: 'aliyun' } } }],
    ['a yes/no given as text', { site: { offline: 'yes' } }],
  ])('rejects %s', (_name, value) => {
    expect(ChecklistFactsSchema.safeParse(value).success).toBe(false);
  });

  it('nests inside a classic zod profile schema, as the importer uses it', () => {
    const profile = z.object({ label: z.string(), checklist: ChecklistFactsSchema });
    expect(profile.safeParse({ label: '张三', checklist: goodFacts() }).success).toBe(true);
    expect(profile.safeParse({ label: '张三', checklist: { server: { prepaid: 1 } } }).success).toBe(false);
  });
});

describe('getFact / setFact', () => {
  it('reads and writes group facts without touching the original', () => {
    const facts: ChecklistFacts = { server: { mainland: true } };
    const next = setFact(facts, { key: 'server.expiresOn' }, '2027-01-01');
    expect(getFact(next, { key: 'server.expiresOn' })).toBe('2027-01-01');
    expect(getFact(next, { key: 'server.mainland' })).toBe(true);
    expect(facts.server).toEqual({ mainland: true });
  });

  it('keeps domain facts per domain', () => {
    let facts = setFact({}, { key: 'domain.registrar', domain: 'a.com' }, 'tencent');
    facts = setFact(facts, { key: 'domain.registrar', domain: 'b.cn' }, 'other');
    expect(getFact(facts, { key: 'domain.registrar', domain: 'a.com' })).toBe('tencent');
    expect(getFact(facts, { key: 'domain.registrar', domain: 'b.cn' })).toBe('other');
    expect(getFact(facts, { key: 'domain.registrar', domain: 'c.com' })).toBeUndefined();
  });

  it('removes a fact when set to undefined, and the result still parses', () => {
    const facts = setFact(goodFacts(), { key: 'site.offline' }, undefined);
    expect(getFact(facts, { key: 'site.offline' })).toBeUndefined();
    expect('offline' in facts.site!).toBe(false);
    expect(ChecklistFactsSchema.safeParse(facts).success).toBe(true);
  });

  it('gives every fact a Chinese label and distinct ids per domain', () => {
    for (const field of Object.values(FACT_FIELDS)) expect(field.label).toMatch(/[\u4e00-\u9fff]/);
    expect(factRefId({ key: 'domain.expiresOn', domain: 'a.com' })).not.toBe(factRefId({ key: 'domain.expiresOn', domain: 'b.com' }));
  });
});
