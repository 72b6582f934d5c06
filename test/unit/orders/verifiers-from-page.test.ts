import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseExchangeFile } from '@/utils/profile';
import { verifierContacts } from '@/utils/orders/verifiers';
import { sightingsOf, stageObservationsFromPage } from '@/utils/orders/from-page';
import type { OrderObservation } from '@/utils/console/types';

const fixture = (name: string) => {
  const parsed = parseExchangeFile(readFileSync(path.resolve('test/fixtures/profiles', name), 'utf8'), { today: '2026-11-29' });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.profiles[0]!;
};

describe('who verifies the SMS, with what to enter', () => {
  it('a first filing lists the 主体负责人 and each website 负责人 with mobile and last six ID characters', () => {
    const profile = fixture('enterprise-two-sites.json');
    const contacts = verifierContacts(profile, 'first-filing');
    expect(contacts[0]).toEqual({
      id: 'subject',
      role: '主体负责人',
      name: profile.principal.name,
      mobile: profile.principal.mobile,
      idLast6: profile.principal.certificateNumber.slice(-6),
    });
    const sitePeople = profile.websites.map((w) => w.principal ?? profile.principal);
    const distinct = new Set([profile.principal, ...sitePeople].map((p) => `${p.mobile}|${p.certificateNumber.slice(-6)}`));
    expect(contacts).toHaveLength(distinct.size);
  });

  it('an 接入备案 goes to the website 负责人 only; the same phone is listed once', () => {
    const profile = fixture('personal.json');
    const contacts = verifierContacts(profile, 'access');
    expect(contacts.map((c) => c.role)).toEqual(['网站负责人']);
    expect(verifierContacts(profile, 'first-filing')).toHaveLength(1);
  });
});

describe('order observations from the page', () => {
  const base = { labels: [], signals: [], statusTexts: [], filingType: null, domain: null, stageAt: null };
  const observations: OrderObservation[] = [
    { ...base, source: 'detail', orderId: '30179108639935234', domain: 'example.com', filingType: '首次备案', stage: 'smsVerification', stageAt: Date.UTC(2026, 10, 28) },
    { ...base, source: 'list', orderId: '30179108639935235', stage: 'tencentReview' },
    { ...base, source: 'list', orderId: null, domain: 'x.com', statusTexts: ['一段无关文字'], stage: null },
    { ...base, source: 'list', orderId: null, domain: null, statusTexts: ['管局审核中'], stage: 'bureauReview' },
  ];

  it('the page reports only orders whose stage it read and that can be filed, without signals, labels or status texts', () => {
    expect(sightingsOf(observations)).toEqual([
      { orderId: '30179108639935234', domain: 'example.com', filingType: '首次备案', stage: 'smsVerification', stageAt: Date.UTC(2026, 10, 28) },
      { orderId: '30179108639935235', domain: null, filingType: null, stage: 'tencentReview', stageAt: null },
    ]);
  });

  it('an observation read again (a row the list memo kept) gives the same sighting object, a new one an equal new object', () => {
    const first = sightingsOf(observations);
    expect(sightingsOf(observations)[1]).toBe(first[1]);
    const again = sightingsOf([{ ...observations[1]! }]);
    expect(again[0]).not.toBe(first[1]);
    expect(again[0]).toEqual(first[1]);
  });

  it('the background keeps each reported stage with its details and the time the page showed', () => {
    const seenAt = Date.UTC(2026, 10, 29);
    const shownAt = Date.UTC(2026, 10, 28);
    expect(stageObservationsFromPage(sightingsOf(observations), seenAt, 'profile-1')).toEqual([
      { stage: 'smsVerification', seenAt, shownAt, orderId: '30179108639935234', domain: 'example.com', filingType: '首次备案', profileId: 'profile-1' },
      { stage: 'tencentReview', seenAt, orderId: '30179108639935235', profileId: 'profile-1' },
    ]);
  });
});
