/**
 * Values one client's profile must not share with another client's (icp-rules.md §1.2 and §8, HIGH: one mobile number
 * backs only one 主体; §9: a domain is filed by the subject that holds it; §1.2/§10.3, MED: 负责人 ID numbers and emails
 * are per subject in several provinces). Profiles with the same subject certificate number are the same client filed
 * twice and are not compared; office phones are often a switchboard and are not compared either.
 */
import { registrableDomain } from './domain';
import { fieldLabel, formatPath, type PathSegment } from './labels';
import type { Findings, Person, Profile } from './schema';

/** How lists name a profile: its label, else the subject's name. */
export function profileTitle(profile: Profile): string {
  return profile.label.trim() || profile.subject.name.trim() || '未命名档案';
}

type Kind = 'mobile' | 'domain' | 'certificateNumber' | 'email';
type Occurrence = { profile: Profile; path: PathSegment[]; value: string };

const RULES: Record<Kind, { severity: 'error' | 'warning'; what: string; rule: string; fix: string }> = {
  mobile: {
    severity: 'error',
    what: '手机号码',
    rule: '备案规则：一个手机号码只能对应一个主体，已被其他主体使用的号码会被驳回',
    fix: '请为本客户填写其本人（或其单位负责人）的手机号码',
  },
  domain: {
    severity: 'error',
    what: '域名',
    rule: '备案规则：域名持有者必须与备案主体一致，一个域名只能由持有它的主体备案',
    fix: '请核对本客户要备案的域名',
  },
  certificateNumber: {
    severity: 'warning',
    what: '负责人证件号码',
    rule: '部分省份要求一个负责人证件只对应一个主体',
    fix: '请确认是否确为同一负责人',
  },
  email: {
    severity: 'warning',
    what: '电子邮箱',
    rule: '审核结果会发到这个邮箱，不同主体应使用各自的邮箱',
    fix: '请确认是否应换成本客户的邮箱',
  },
};

/** Digits only for phones, registrable domain, upper-case ID numbers, lower-case emails: so formatting hides nothing. */
function normalize(kind: Kind, raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  switch (kind) {
    case 'mobile':
      return value.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
    case 'domain':
      return registrableDomain(value) ?? value.toLowerCase();
    case 'certificateNumber':
      return value.toUpperCase();
    case 'email':
      return value.toLowerCase();
  }
}

function occurrences(profile: Profile): Record<Kind, Occurrence[]> {
  const found: Record<Kind, Occurrence[]> = { mobile: [], domain: [], certificateNumber: [], email: [] };
  const add = (kind: Kind, path: PathSegment[], raw: string) => {
    const value = normalize(kind, raw);
    if (value !== '') found[kind].push({ profile, path, value });
  };
  const addPerson = (base: PathSegment[], person: Person) => {
    add('mobile', [...base, 'mobile'], person.mobile);
    add('certificateNumber', [...base, 'certificateNumber'], person.certificateNumber);
    add('email', [...base, 'email'], person.email);
  };
  addPerson(['principal'], profile.principal);
  profile.websites.forEach((website, index) => {
    add('domain', ['websites', index, 'domain'], website.domain);
    if (website.principal) addPerson(['websites', index, 'principal'], website.principal);
  });
  return found;
}

function clientKey(profile: Profile): string {
  return profile.subject.certificateNumber.trim().toUpperCase();
}

/** Same non-empty subject certificate number: one client, so sharing is expected. */
function sameClient(a: Profile, b: Profile): boolean {
  return clientKey(a) !== '' && clientKey(a) === clientKey(b);
}

/**
 * Findings, by profile id, for values a profile shares with a profile of another client. Each side gets its own
 * finding naming the other profile and the field there, so the problem is seen from both.
 */
export function sharedValueFindings(profiles: readonly Profile[]): Map<string, Findings> {
  const result = new Map<string, Findings>(profiles.map((profile) => [profile.id, { errors: [], warnings: [] }]));
  const all = profiles.map(occurrences);
  for (const kind of Object.keys(RULES) as Kind[]) {
    const { severity, what, rule, fix } = RULES[kind];
    all.forEach((own, i) => {
      for (const mine of own[kind]) {
        const clash = all
          .flatMap((other, j) => (j === i ? [] : other[kind]))
          .find((theirs) => theirs.value === mine.value && !sameClient(mine.profile, theirs.profile));
        if (!clash) continue;
        const type = mine.profile.subject.type;
        const message =
          `${fieldLabel(mine.path, type)}与另一个客户的档案「${profileTitle(clash.profile)}」` +
          `（${fieldLabel(clash.path, clash.profile.subject.type)}）是同一个${what}，而两者的主体证件号码不同。` +
          `${rule}。${fix}。`;
        const findings = result.get(mine.profile.id)!;
        (severity === 'error' ? findings.errors : findings.warnings).push({ path: formatPath(mine.path), message });
      }
    });
  }
  return result;
}

/** Own findings plus cross-profile ones, errors and warnings kept apart. */
export function mergeFindings(own: Findings, more: Findings | undefined): Findings {
  if (!more) return own;
  return { errors: [...own.errors, ...more.errors], warnings: [...own.warnings, ...more.warnings] };
}
