/**
 * What a tea test page (test/tea-pages) must hold after filling a profile, derived from the profile and the layout,
 * not from the adapter. Shared by the Chromium and Firefox validity specs.
 */
import type { Profile } from '@/utils/profile';
import type { Layout } from '../tea-pages/main';
import { PERSONAL } from './expected-values';

export const LAYOUTS: Layout[] = ['radio-item', 'own-end', 'own-both', 'own-both-alt', 'range'];

/** The personal profile with a permanent ID (长期). */
export const LONG_TERM: Profile = { ...PERSONAL, principal: { ...PERSONAL.principal, certificateValidTo: '长期' } };

const FROM = 'principal.certificateValidFrom';
const TO = 'principal.certificateValidTo';

export function expectedTeaState(profile: Profile, layout: Layout): { values: Record<string, string | null>; expected: string[]; absent: string[] } {
  const p = profile.principal;
  const longTerm = p.certificateValidTo === '长期';
  // Where the page has a start date: always, except own-end (none) and the range (only with 非长期).
  const hasFrom = layout === 'radio-item' || layout === 'own-both' || layout === 'own-both-alt' || (layout === 'range' && !longTerm);
  const values = {
    mailing: profile.subject.mailingAddress,
    name: p.name,
    certNumber: p.certificateNumber,
    mobile: p.mobile,
    email: p.email,
    validity: longTerm ? '长期' : '非长期',
    from: hasFrom ? p.certificateValidFrom : null,
    to: longTerm ? null : p.certificateValidTo,
  };
  const expected = ['subject.mailingAddress', 'principal.name', 'principal.certificateNumber', 'principal.mobile', 'principal.email', TO];
  if (hasFrom) expected.push(FROM);
  return { values, expected, absent: hasFrom ? [] : [FROM] };
}
