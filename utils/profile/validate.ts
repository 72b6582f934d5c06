/**
 * Whether a profile is good enough to file: the table of profile-format.md and icp-rules.md §9–§10.
 * Errors make it unusable for filing, warnings are risks; neither stops it from being stored or edited.
 */
import { checkSiteName } from '@/utils/names';
import { provinceOf } from '@/utils/filing/provinces';
import { checkCertificateNumber, type Finding } from './certificates';
import { checkEmail, checkEmergencyPhone, checkMobile, checkOfficePhone, checkValidity } from './contact';
import { checkDomain, checkHomepageUrl, registrableDomain } from './domain';
import { fieldLabel, formatPath, type PathSegment } from './labels';
import type { Findings, Person, Profile, SubjectType } from './schema';

export type ValidateOptions = { today: string };

class FindingsCollector {
  readonly errors: Findings['errors'] = [];
  readonly warnings: Findings['warnings'] = [];

  constructor(private readonly subjectType: SubjectType) {}

  label(path: readonly PathSegment[]): string {
    return fieldLabel(path, this.subjectType);
  }

  add(path: readonly PathSegment[], findings: readonly Finding[]): void {
    for (const finding of findings) {
      const issue = { path: formatPath(path), message: finding.message };
      (finding.severity === 'error' ? this.errors : this.warnings).push(issue);
    }
  }

  /** An empty required text is an error that says which field to fill. */
  requireText(path: readonly PathSegment[], value: string | undefined): void {
    if ((value ?? '').trim() === '') this.add(path, [{ severity: 'error', message: `请填写${this.label(path)}。` }]);
  }
}

export function validateProfile(profile: Profile, options: ValidateOptions): Findings {
  const { today } = options;
  const { subject } = profile;
  const out = new FindingsCollector(subject.type);

  if (profile.label.trim() === '') {
    out.add(['label'], [{ severity: 'warning', message: '档案名称为空，请起一个便于在列表中区分的名称（如「张三 · 个人」）。' }]);
  }

  out.requireText(['subject', 'province'], subject.province);
  if (subject.province.trim() !== '' && provinceOf(subject.province) === null) {
    out.add(['subject', 'province'], [{
      severity: 'error',
      message: `${out.label(['subject', 'province'])}「${subject.province}」不是中国大陆的省级行政区，请按控制台的选项填写（如「广东省」）。`,
    }]);
  }
  out.requireText(['subject', 'city'], subject.city);
  out.requireText(['subject', 'name'], subject.name);
  out.requireText(['subject', 'certificateType'], subject.certificateType);
  out.add(
    ['subject', 'certificateNumber'],
    checkCertificateNumber(subject.certificateType, subject.certificateNumber, out.label(['subject', 'certificateNumber']), today),
  );
  out.requireText(['subject', 'certificateAddress'], subject.certificateAddress);
  out.requireText(['subject', 'mailingAddress'], subject.mailingAddress);
  if (subject.type === 'enterprise') out.requireText(['subject', 'investor'], subject.investor);

  const representative = subject.legalRepresentative;
  if (representative) {
    const base = ['subject', 'legalRepresentative'] as const;
    out.requireText([...base, 'name'], representative.name);
    out.requireText([...base, 'certificateType'], representative.certificateType);
    out.add(
      [...base, 'certificateNumber'],
      checkCertificateNumber(representative.certificateType, representative.certificateNumber, out.label([...base, 'certificateNumber']), today),
    );
  }

  checkPerson(out, ['principal'], profile.principal, today);
  if (subject.type === 'personal') checkPersonalPrincipal(out, profile);

  const firstSiteWithDomain = new Map<string, number>();
  profile.websites.forEach((website, index) => {
    const base: PathSegment[] = ['websites', index];
    for (const finding of checkSiteName({
      name: website.name,
      subject: subject.type,
      domain: website.domain,
      serviceContent: website.serviceContent,
      remark: website.remark,
      preApprovals: website.preApprovals,
      province: subject.province,
    })) {
      const path = [...base, finding.field];
      const suggestion = finding.suggestion ? `建议：${finding.suggestion}` : '';
      out.add(path, [{ severity: finding.severity, message: `${out.label(path)}：${finding.message}${suggestion}` }]);
    }
    out.add(
      [...base, 'domain'],
      checkDomain(website.domain, out.label([...base, 'domain']), { province: subject.province, subjectType: subject.type }),
    );
    const domain = registrableDomain(website.domain);
    if (domain !== null) {
      const earlier = firstSiteWithDomain.get(domain);
      if (earlier === undefined) firstSiteWithDomain.set(domain, index);
      else {
        out.add([...base, 'domain'], [{
          severity: 'error',
          message: `${out.label([...base, 'domain'])}与第 ${earlier + 1} 个网站的域名「${domain}」相同，一个域名只能对应一个网站，请删除重复的网站或更换域名。`,
        }]);
      }
    }
    if (website.homepageUrl !== undefined) {
      out.add([...base, 'homepageUrl'], checkHomepageUrl(website.homepageUrl, website.domain, out.label([...base, 'homepageUrl'])));
    }
    if (website.serviceContent.length === 0) {
      out.add([...base, 'serviceContent'], [{ severity: 'error', message: `请至少选择一项${out.label([...base, 'serviceContent'])}。` }]);
    }
    if (website.languages.length === 0) {
      out.add([...base, 'languages'], [{ severity: 'error', message: `请至少选择一种${out.label([...base, 'languages'])}（通常为「中文简体」）。` }]);
    }
    if (website.principal) checkPerson(out, [...base, 'principal'], website.principal, today);
  });

  checkEmergencyPhonesAgainstOtherMobiles(out, profile);
  return { errors: out.errors, warnings: out.warnings };
}

function checkPerson(out: FindingsCollector, base: readonly PathSegment[], person: Person, today: string): void {
  const at = (field: keyof Person) => [...base, field];
  out.requireText(at('name'), person.name);
  out.requireText(at('certificateType'), person.certificateType);
  out.add(at('certificateNumber'), checkCertificateNumber(person.certificateType, person.certificateNumber, out.label(at('certificateNumber')), today));
  const validity = checkValidity(
    person.certificateValidFrom,
    person.certificateValidTo,
    { from: out.label(at('certificateValidFrom')), to: out.label(at('certificateValidTo')) },
    today,
  );
  out.add(at('certificateValidFrom'), validity.from);
  out.add(at('certificateValidTo'), validity.to);
  out.add(at('mobile'), checkMobile(person.mobile, out.label(at('mobile'))));
  out.add(at('emergencyPhone'), checkEmergencyPhone(person.emergencyPhone, person.mobile, out.label(at('emergencyPhone'))));
  out.add(at('email'), checkEmail(person.email, out.label(at('email'))));
  if (person.officePhone !== undefined) out.add(at('officePhone'), checkOfficePhone(person.officePhone, out.label(at('officePhone'))));
}

/** A personal filer is their own 主体负责人: the console does not ask again, so the two must agree. */
function checkPersonalPrincipal(out: FindingsCollector, profile: Profile): void {
  const { subject, principal } = profile;
  if (principal.name.trim() !== '' && subject.name.trim() !== '' && principal.name !== subject.name) {
    out.add(['principal', 'name'], [{
      severity: 'warning',
      message: `个人备案的主体负责人就是本人：${out.label(['principal', 'name'])}「${principal.name}」与主办者姓名「${subject.name}」不一致，请改为一致。`,
    }]);
  }
  if (principal.certificateNumber !== '' && subject.certificateNumber !== '' && principal.certificateNumber !== subject.certificateNumber) {
    out.add(['principal', 'certificateNumber'], [{
      severity: 'warning',
      message: `个人备案的主体负责人就是本人：${out.label(['principal', 'certificateNumber'])}与主体信息中的证件号码不一致，请核对。`,
    }]);
  }
}

/** icp-rules §10.3: an emergency number must not be any 负责人's mobile (the own-mobile case is an error above). */
function checkEmergencyPhonesAgainstOtherMobiles(out: FindingsCollector, profile: Profile): void {
  const people: { path: PathSegment[]; person: Person }[] = [{ path: ['principal'], person: profile.principal }];
  profile.websites.forEach((website, index) => {
    if (website.principal) people.push({ path: ['websites', index, 'principal'], person: website.principal });
  });
  for (const { path, person } of people) {
    const clash = people.find((other) => other.person !== person && other.person.mobile === person.emergencyPhone && person.emergencyPhone !== person.mobile);
    if (!clash) continue;
    out.add([...path, 'emergencyPhone'], [{
      severity: 'warning',
      message: `${out.label([...path, 'emergencyPhone'])}与${out.label([...clash.path, 'mobile'])}相同，应急联系电话不能与任何负责人的手机号码重复，请换一个号码。`,
    }]);
  }
}
