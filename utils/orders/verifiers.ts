import type { Profile } from '@/utils/profile';
import type { FilingType } from '@/utils/filing/filing-types';
import { VERIFIER_ROLE_LABELS, verifierRoles } from './filing-types';

export interface VerifierContact {
  /** Stable within a profile: `subject`, or `site:<index>`; what a verifier's done state is stored under. */
  id: string;
  /** 主体负责人 / 网站负责人 (with the site's name when several sites have their own). */
  role: string;
  name?: string;
  mobile?: string;
  /** Last six characters of the ID number: what MIIT's verification page asks for. */
  idLast6?: string;
}

type Person = Profile['principal'];

function contact(id: string, role: string, person: Person): VerifierContact {
  return {
    id,
    role,
    name: person.name || undefined,
    mobile: person.mobile || undefined,
    idLast6: person.certificateNumber ? person.certificateNumber.slice(-6) : undefined,
  };
}

/**
 * Who receives MIIT's SMS for this filing type, with the mobile number and the last six ID characters to enter.
 * A website without its own 负责人 is answered by the 主体负责人; the same phone is listed once.
 */
export function verifierContacts(profile: Profile, filingType?: FilingType | null): VerifierContact[] {
  const contacts: VerifierContact[] = [];
  for (const role of verifierRoles(filingType)) {
    if (role === 'subject') contacts.push(contact('subject', VERIFIER_ROLE_LABELS.subject, profile.principal));
    else {
      profile.websites.forEach((site, index) => {
        const label = profile.websites.length > 1 ? `${VERIFIER_ROLE_LABELS.site}（${site.name || site.domain}）` : VERIFIER_ROLE_LABELS.site;
        contacts.push(contact(`site:${index}`, label, site.principal ?? profile.principal));
      });
    }
  }
  const seen = new Set<string>();
  return contacts.filter((c) => {
    const key = `${c.mobile}|${c.idLast6}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
