/**
 * Panel side of filling (pure): which profile value goes into which console field, what the page already holds,
 * and the reverse direction — reading the current step back into a profile. Imported by the panel only.
 */
import type { Person, Profile, Website } from '@/utils/profile';
import { diffProfiles } from '@/utils/profile/diff';
import { fieldLabel } from '@/utils/profile/labels';
import { PERSON_LEAVES } from './labels';
import { sameRegistrableDomain } from '@/utils/profile/domain';
import { matchSites, newBlocksHeldBack, siteHeading, type SiteChoices, type SiteMatch } from './sites';
import { isEmptyValue, onlyAdds, sameValue, squash } from './text';
import type { ControlKind, FieldSnapshot, FieldValue, FillItem, StepId, StepSnapshot } from './types';

export interface FillPlanRow {
  key: string;
  label: string;
  section: string | null;
  kind: ControlKind;
  pageValue: FieldValue;
  /** The value in the console's words (个人, [省, 市, 区], 以上都不涉及 …); null when the profile has none. */
  profileValue: FillItem['value'] | null;
  /** Ticked by default: the page is empty (or overwriting was asked for) and the profile has a different value. */
  include: boolean;
  /** Whether the user may tick it at all (the page field is editable and the profile has a value). */
  editable: boolean;
  /** What the plan does with the field, for the status mark and the panel's summary. */
  status: PlanStatus;
  reason: string;
  /** A red line: the page shows something that contradicts the profile (a block's domain that is not its website's). */
  warning?: string;
  /** The fill adds the website block this row is in (a profile website not on the page yet). */
  addsBlock?: true;
}

export interface PlanOptions {
  overwrite: boolean;
  /** Profile websites the user chose for blocks whose domain the profile does not have (block → website). */
  choices?: SiteChoices;
}

/** fill: will be filled · filled: the page already holds the profile's value · differs: the page holds something else · skip: cannot or need not be filled. */
export type PlanStatus = 'fill' | 'filled' | 'differs' | 'skip';

/** Nothing on the console means "no pre-approval" except this explicit choice. */
const NO_PRE_APPROVAL = '以上都不涉及';
/** The console's wordings of that choice (以上都不涉及 / 以上均不涉及 / 不涉及). */
const NO_PRE_APPROVAL_WORDING = /^(以上)?(都|均)?不涉及$|^无$/;
const SUBJECT_TYPE_WORDS: Record<Profile['subject']['type'], string> = { personal: '个人', enterprise: '企业' };

const KEY = /^(subject|principal|websites\[(\d+)\])\.(.+)$/;

interface ParsedKey {
  area: 'subject' | 'principal' | 'website';
  site: number;
  path: string[];
}

function parseKey(key: string): ParsedKey | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const area = match[1]!.startsWith('websites') ? 'website' : (match[1] as 'subject' | 'principal');
  return { area, site: Number(match[2] ?? 0), path: match[3]!.split('.') };
}

const text = (value: string | null | undefined) => (value && value.trim() ? value.trim() : null);

function personValue(person: Person, leaf: string): string | null {
  return text((person as Record<string, string | undefined>)[leaf]);
}

/** The profile's answer to a console field, in the console's words. */
export function profileValueFor(profile: Profile, key: string): FillItem['value'] | null {
  const parsed = parseKey(key);
  if (!parsed) return null;
  const [leaf, sub] = parsed.path as [string, string | undefined];
  if (parsed.area === 'principal') return personValue(profile.principal, leaf);
  if (parsed.area === 'subject') {
    const s = profile.subject;
    switch (leaf) {
      case 'region': {
        const path = [s.province, s.city, s.district ?? ''].map((p) => p.trim()).filter(Boolean);
        return path.length > 0 ? path : null;
      }
      case 'type':
        return SUBJECT_TYPE_WORDS[s.type];
      case 'legalRepresentative':
        return sub && s.legalRepresentative ? text((s.legalRepresentative as Record<string, string>)[sub]) : null;
      case 'investor':
        return text(s.investor) ?? (s.type === 'personal' ? text(s.name) : null);
      default:
        return text((s as Record<string, unknown>)[leaf] as string | undefined);
    }
  }
  const site = profile.websites[parsed.site];
  if (!site) return null;
  switch (leaf) {
    case 'sameAsPrincipal':
      return site.principal === null;
    case 'principal':
      return sub ? personValue(site.principal ?? profile.principal, sub) : null;
    case 'preApprovals':
      return site.preApprovals.length > 0 ? site.preApprovals : [NO_PRE_APPROVAL];
    case 'serviceContent':
    case 'languages':
      return site[leaf].length > 0 ? site[leaf] : null;
    default:
      return text((site as Record<string, unknown>)[leaf] as string | undefined);
  }
}

/** Drops the fixed text the console shows in front of an input (省 市 before 通信地址) from the profile's value. */
function withoutAddon(value: FillItem['value'] | null, addon: string | null): FillItem['value'] | null {
  if (typeof value !== 'string' || !addon) return value;
  let rest = value;
  for (const part of addon.split(/[\s/／]+/).filter(Boolean)) if (rest.startsWith(part)) rest = rest.slice(part.length);
  return rest || value;
}

/** Says "no pre-approval" the way this page's options do. */
function inPageWording(value: FillItem['value'] | null, options: string[]): FillItem['value'] | null {
  const none = options.find((o) => NO_PRE_APPROVAL_WORDING.test(o));
  return Array.isArray(value) && value.length === 1 && value[0] === NO_PRE_APPROVAL && none ? [none] : value;
}

/** `websites[<block>].x` of the page → `websites[<website>].x` of the profile. */
const SITE_KEY = /^websites\[(\d+)\]/;
const blockOf = (key: string): number | null => {
  const m = SITE_KEY.exec(key);
  return m ? Number(m[1]) : null;
};
const inWebsite = (key: string, website: number) => key.replace(SITE_KEY, `websites[${website}]`);

/**
 * `key` is the page's field; `source` the profile path answering it (another website's when blocks and websites are
 * not in the same order).
 */
function planRow(field: FieldSnapshot, key: string, source: string, profile: Profile, overwrite: boolean): FillPlanRow {
  const pageValue = field.value;
  const profileValue = inPageWording(withoutAddon(profileValueFor(profile, source), field.addon), field.options);
  const row = { key, label: field.label, section: field.section, kind: field.kind, pageValue, profileValue };
  if (profileValue === null || (typeof profileValue !== 'boolean' && isEmptyValue(profileValue))) {
    return { ...row, include: false, editable: false, status: 'skip', reason: '档案中没有此项' };
  }
  if (sameValue(pageValue, profileValue, field.kind)) return { ...row, include: false, editable: false, status: 'filled', reason: '与档案一致' };
  // The console may show the filed domain as `www.Example.com` or in its punycode form.
  if (key.endsWith('.domain') && typeof pageValue === 'string' && pageValue.trim() && typeof profileValue === 'string') {
    if (sameRegistrableDomain(pageValue, profileValue)) return { ...row, include: false, editable: false, status: 'filled', reason: '与档案一致' };
  }
  if (field.disabled) return { ...row, include: false, editable: false, status: 'skip', reason: '页面上不可编辑' };
  if (isEmptyValue(pageValue)) return { ...row, include: true, editable: true, status: 'fill', reason: '页面为空' };
  if (onlyAdds(pageValue, profileValue, field.kind)) return { ...row, include: true, editable: true, status: 'fill', reason: '补充勾选，不取消已选项' };
  if (field.userChanged === false) return { ...row, include: true, editable: true, status: 'fill', reason: '页面默认值，按档案修改' };
  if (overwrite) return { ...row, include: true, editable: true, status: 'differs', reason: '将覆盖页面上已填写的内容' };
  return { ...row, include: false, editable: false, status: 'differs', reason: '页面已有内容（勾选“覆盖已填写的内容”可替换）' };
}

function siteRow(field: FieldSnapshot, key: string, match: SiteMatch | undefined, profile: Profile, overwrite: boolean): FillPlanRow {
  if (!match) return planRow(field, key, key, profile, overwrite);
  const section = siteHeading(match, profile);
  if (match.website === null) {
    return {
      key,
      label: field.label,
      section,
      kind: field.kind,
      pageValue: field.value,
      profileValue: null,
      include: false,
      editable: false,
      status: 'skip',
      reason: `页面上的域名「${match.pageDomain}」不在档案中，此网站不填写；可在上方为它选择档案中的网站`,
    };
  }
  const row = { ...planRow(field, key, inWebsite(key, match.website), profile, overwrite), section };
  if (key.endsWith('.domain') && match.domainDiffers) {
    return { ...row, warning: `页面上的域名「${match.pageDomain}」与所选网站的域名「${profile.websites[match.website]!.domain}」不同，请核对` };
  }
  return row;
}

export function planFill(snapshot: StepSnapshot, profile: Profile, opts: PlanOptions): FillPlanRow[] {
  const fields = snapshot.fields.filter((f): f is FieldSnapshot & { key: string } => f.role === 'profile' && f.key !== null);
  const matches = matchSites(snapshot, profile, opts.choices);
  const matchOf = (key: string) => {
    const block = blockOf(key);
    return block === null ? undefined : matches[block];
  };
  // Where the page offers 同主体负责人 and the block's website has no 负责人 of its own, ticking it is the whole answer.
  const coveredBySameAs = (key: string) => {
    const match = /^websites\[\d+\]\.principal\./.test(key) ? matchOf(key) : undefined;
    return (
      match?.website != null &&
      profile.websites[match.website]!.principal === null &&
      fields.some((f) => f.key === `websites[${match.block}].sameAsPrincipal`)
    );
  };
  const rows = fields.map((f) => {
    const row = siteRow(f, f.key, matchOf(f.key), profile, opts.overwrite);
    return coveredBySameAs(f.key) ? { ...row, include: false, editable: false, status: 'skip' as const, reason: '同主体负责人，无需填写' } : row;
  });
  // Websites not on the page yet: the fill adds blocks, and each new block asks what the first one asks. Only a
  // first filing adds them by default; elsewhere they stay unticked for the user to choose.
  const heldBack = newBlocksHeldBack(snapshot);
  const offer = (row: FillPlanRow, reason: string): FillPlanRow => {
    const adds = matchOf(row.key)?.how === 'new' ? { addsBlock: true as const } : {};
    if (!row.include) return { ...row, ...adds };
    return adds.addsBlock && heldBack ? { ...row, ...adds, include: false, reason: heldBack } : { ...row, ...adds, reason };
  };
  const template = fields.filter((f) => f.key.startsWith('websites[0].'));
  for (const match of matches.filter((m) => m.how === 'new')) {
    for (const field of template) {
      // A new block starts empty and editable, whatever the first block shows now.
      const blank = { ...field, value: null, disabled: false };
      rows.push(offer(siteRow(blank, inWebsite(field.key, match.block), match, profile, opts.overwrite), '将新增网站信息块后填写'));
    }
  }
  // Fields a choice on this step may reveal: they are filled if they appear while filling.
  const planned = new Set(rows.map((r) => r.key));
  for (const key of revealable(snapshot, profile, matches)) {
    if (planned.has(key)) continue;
    const row = siteRow(hiddenField(key, profile), key, matchOf(key), profile, opts.overwrite);
    if (row.include) rows.push(offer(row, '页面上暂未出现：做出相应选择后出现时填写'));
  }
  return rows;
}

/**
 * 法定代表人 appears once 主办单位性质 is a unit; a website's own 负责人 once 同主体负责人 is unticked (or its block is
 * added); the validity's start and end dates once 非长期 is chosen.
 */
function revealable(snapshot: StepSnapshot, profile: Profile, matches: SiteMatch[]): string[] {
  if (snapshot.step === 'verify') return ['subject.legalRepresentative.name', 'subject.legalRepresentative.certificateNumber'];
  // The validity's dates may sit in items of their own that only 非长期 renders.
  if (snapshot.step === 'subject') return ['principal.certificateValidFrom', 'principal.certificateValidTo'];
  if (snapshot.step !== 'website') return [];
  return matches.flatMap((m) =>
    m.website !== null && profile.websites[m.website]!.principal ? PERSON_LEAVES.map((k) => `websites[${m.block}].principal.${k}`) : [],
  );
}

const HIDDEN_KINDS: Record<string, ControlKind> = { certificateType: 'select', certificateValidTo: 'validity', certificateValidFrom: 'date' };

/** Console-only paths have no profile label of their own. */
const CONSOLE_KEY_LABELS: Record<string, string> = { region: '备案区域', type: '主办单位性质', sameAsPrincipal: '同主体负责人' };

/** How to name a field path to the user: 「主体负责人 · 手机号码」, 「备案区域」. */
export function keyLabel(key: string, subjectType?: Profile['subject']['type']): string {
  const path = key.split(/\.|\[(\d+)\]/).flatMap((s) => (s ? [/^\d+$/.test(s) ? Number(s) : s] : []));
  const leaf = path.at(-1);
  return typeof leaf === 'string' && CONSOLE_KEY_LABELS[leaf] ? `「${CONSOLE_KEY_LABELS[leaf]}」` : fieldLabel(path, subjectType);
}

function hiddenField(key: string, profile: Profile): FieldSnapshot {
  const leaf = key.slice(key.lastIndexOf('.') + 1);
  // 「网站信息（第 2 个） · 网站负责人 · 证件号码」: the last part names the field, the rest is its section.
  const parts = keyLabel(key, profile.subject.type).replace(/^「|」$/g, '').split(' · ');
  return {
    key,
    role: 'profile',
    label: parts.at(-1)!,
    section: parts.length > 1 ? parts.slice(0, -1).join(' · ') : null,
    kind: HIDDEN_KINDS[leaf] ?? 'text',
    value: null,
    options: [],
    required: false,
    disabled: false,
    addon: null,
  };
}

/** For the panel's summary: how many fields the plan fills as it stands, and how many hold something else to look at. */
export function planCounts(rows: readonly FillPlanRow[]): { fill: number; check: number } {
  return { fill: rows.filter((r) => r.include).length, check: rows.filter((r) => r.status === 'differs').length };
}

/** The fill request for the rows the user kept ticked. */
export function fillItemsOf(rows: readonly FillPlanRow[], ticked: (row: FillPlanRow) => boolean = (r) => r.include): FillItem[] {
  return rows.filter((r) => r.editable && r.profileValue !== null && ticked(r)).map((r) => ({ key: r.key, value: r.profileValue!, label: r.section ? `${r.section} · ${r.label}` : r.label }));
}

const SITE_KEYS = ['name', 'domain', 'homepageUrl', 'serviceContent', 'languages', 'preApprovals', 'remark'];

/** Profile paths a step of the console asks about (used to list profile values this page has no field for). */
function stepKeys(step: StepId, profile: Profile): string[] {
  switch (step) {
    case 'verify':
      return ['subject.region', 'subject.type', 'subject.certificateType', 'subject.name', 'subject.certificateNumber', 'websites[0].domain'];
    case 'subject':
      return [
        'subject.certificateAddress',
        'subject.mailingAddress',
        'subject.investor',
        'subject.remark',
        ...PERSON_LEAVES.map((k) => `principal.${k}`),
      ];
    case 'website':
      return profile.websites.flatMap((site, i) => [
        ...SITE_KEYS.map((k) => `websites[${i}].${k}`),
        ...(site.principal ? PERSON_LEAVES.map((k) => `websites[${i}].principal.${k}`) : []),
      ]);
    default:
      return [];
  }
}

export interface DetectionReport {
  /** Fields found on the page that the profile answers. */
  matched: string[];
  /** Console fields the profile has no value for (labels). */
  withoutProfileValue: string[];
  /** Profile values this step normally asks for that have no field on the page (paths). */
  withoutField: string[];
  unknownLabels: string[];
  missingExpected: string[];
}

export function detectionReport(snapshot: StepSnapshot, profile: Profile): DetectionReport {
  const keyed = snapshot.fields.filter((f) => f.role === 'profile' && f.key);
  const onPage = new Set(keyed.map((f) => f.key!));
  const answered = (key: string) => {
    const value = profileValueFor(profile, key);
    return value !== null && (typeof value === 'boolean' || !isEmptyValue(value));
  };
  return {
    matched: keyed.filter((f) => answered(f.key!)).map((f) => f.key!),
    withoutProfileValue: snapshot.fields.filter((f) => f.role === 'console' || (f.key && !answered(f.key))).map((f) => f.label),
    withoutField: snapshot.step ? stepKeys(snapshot.step, profile).filter((k) => !onPage.has(k) && answered(k)) : [],
    unknownLabels: snapshot.diagnostics.unknownLabels,
    missingExpected: snapshot.diagnostics.missingExpected,
  };
}

// ---- Reading a step back into a profile ----

const emptyPerson = (): Person => ({
  name: '',
  certificateType: '',
  certificateNumber: '',
  certificateValidFrom: '',
  certificateValidTo: '',
  mobile: '',
  emergencyPhone: '',
  email: '',
});

const emptyWebsite = (): Website => ({
  name: '',
  domain: '',
  serviceContent: [],
  languages: [],
  preApprovals: [],
  remark: '',
  principal: null,
});

function emptyProfile(): Profile {
  return {
    id: crypto.randomUUID(),
    label: '',
    subject: {
      type: 'personal',
      province: '',
      city: '',
      name: '',
      certificateType: '',
      certificateNumber: '',
      certificateAddress: '',
      mailingAddress: '',
    },
    principal: emptyPerson(),
    websites: [emptyWebsite()],
  };
}

const asList = (value: FieldValue): string[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*[/／、,，]\s*/).filter(Boolean) : [];
const asText = (value: FieldValue): string => (Array.isArray(value) ? value.join('') : String(value ?? '')).trim();

function writeField(profile: Profile, field: FieldSnapshot & { key: string }): void {
  const parsed = parseKey(field.key)!;
  const [leaf, sub] = parsed.path as [string, string | undefined];
  const value = field.value;
  if (parsed.area === 'principal') {
    (profile.principal as Record<string, string>)[leaf] = asText(value);
    return;
  }
  if (parsed.area === 'subject') {
    const s = profile.subject;
    if (leaf === 'region') {
      const [province = '', city = '', district] = asList(value);
      Object.assign(s, { province, city, district });
    } else if (leaf === 'type') s.type = /个人/.test(asText(value)) ? 'personal' : 'enterprise';
    else if (leaf === 'legalRepresentative' && sub) {
      s.legalRepresentative ??= { name: '', certificateType: '', certificateNumber: '' };
      (s.legalRepresentative as Record<string, string>)[sub] = asText(value);
    } else if (leaf === 'mailingAddress' && field.addon) {
      const addon = squash(field.addon).replace(/[/]/g, '');
      const address = asText(value);
      s.mailingAddress = address.startsWith(addon) ? address : addon + address;
    } else (s as Record<string, unknown>)[leaf] = asText(value);
    return;
  }
  while (profile.websites.length <= parsed.site) profile.websites.push(emptyWebsite());
  const site = profile.websites[parsed.site]!;
  if (leaf === 'sameAsPrincipal') site.principal = value === true ? null : (site.principal ?? emptyPerson());
  else if (leaf === 'principal' && sub) {
    site.principal ??= emptyPerson();
    (site.principal as Record<string, string>)[sub] = asText(value);
  } else if (leaf === 'preApprovals') site.preApprovals = asList(value).filter((v) => !NO_PRE_APPROVAL_WORDING.test(v));
  else if (leaf === 'serviceContent' || leaf === 'languages') site[leaf] = asList(value);
  else (site as Record<string, unknown>)[leaf] = asText(value);
}

/**
 * Reads the current step's values into a copy of `base` (or a new profile) and lists what changed, so the panel can
 * show the changes before saving. Website 负责人 fields are ignored while 同主体负责人 is ticked.
 */
export function profileFromSnapshot(
  snapshot: StepSnapshot,
  base?: Profile,
): { profile: Profile; diff: { path: string; label: string; before: unknown; after: unknown }[] } {
  const start = base ?? emptyProfile();
  const profile = structuredClone(start);
  const filled = snapshot.fields.filter(
    (f): f is FieldSnapshot & { key: string } =>
      f.role === 'profile' && f.key !== null && (f.kind === 'checkbox' || !isEmptyValue(f.value)),
  );
  const sameAs = new Set(filled.filter((f) => f.key.endsWith('.sameAsPrincipal') && f.value === true).map((f) => parseKey(f.key)!.site));
  // 同主体负责人 first, so the site's own 负责人 fields land in the object it leaves (or not at all).
  const ordered = [...filled].sort((a, b) => Number(b.key.endsWith('.sameAsPrincipal')) - Number(a.key.endsWith('.sameAsPrincipal')));
  for (const field of ordered) {
    const parsed = parseKey(field.key)!;
    if (parsed.area === 'website' && parsed.path[0] === 'principal' && sameAs.has(parsed.site)) continue;
    writeField(profile, field);
  }
  if (!base) profile.label = [profile.subject.name, SUBJECT_TYPE_WORDS[profile.subject.type]].filter(Boolean).join(' · ');
  const diff = diffProfiles(start, profile).map(({ path, label, before, after }) => ({ path, label, before, after }));
  return { profile, diff };
}
