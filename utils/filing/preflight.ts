/**
 * The `preflight` CLI's core: the pre-flight checklist (./checklist) run on one profile of an exchange file
 * (profile-format.md v1, read with the profile module's own reader), with the profile's optional `checklist` facts.
 */
import { readExchangeFile, type Profile } from '@/utils/profile';
import { blockersOf, runChecklist, type ChecklistGroup, type ChecklistStatus } from './checklist';
import { ChecklistFactsSchema, type ChecklistFacts } from './facts';
import type { IsoDate } from './dates';
import type { FilingType } from './filing-types';

export interface PreflightItem {
  id: string;
  group: ChecklistGroup;
  status: ChecklistStatus;
  message: string;
  source: string;
}

export interface PreflightReport {
  items: PreflightItem[];
  /** Ids of the failed rules (advice never blocks). */
  blockers: string[];
}

export type PreflightResult = { ok: true; report: PreflightReport } | { ok: false; errors: string[] };

/** The profile to check: the only one in the file, or the one whose id or label is `wanted`. */
function pickProfile(profiles: readonly Profile[], wanted: string | undefined): Profile | string {
  if (wanted !== undefined) {
    const found = profiles.filter((profile) => profile.id === wanted || profile.label === wanted);
    if (found.length === 1) return found[0]!;
    return found.length === 0 ? `文件里没有编号或名称为「${wanted}」的档案。` : `文件里有 ${found.length} 个名称为「${wanted}」的档案，请改用档案编号 id。`;
  }
  if (profiles.length === 1) return profiles[0]!;
  if (profiles.length === 0) return '文件里没有任何档案。';
  return `文件里有 ${profiles.length} 个档案，请用 --profile 指定其中一个的编号 id 或名称：${profiles.map((profile) => `「${profile.label}」`).join('、')}。`;
}

function factsOf(profile: Profile, index: number): ChecklistFacts | string[] {
  const parsed = ChecklistFactsSchema.safeParse(profile.checklist ?? {});
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((issue) => {
    const path = ['checklist', ...issue.path.map(String)].join('.');
    const what =
      issue.code === 'invalid_type' && issue.expected === 'boolean'
        ? '应为 true 或 false'
        : issue.code === 'invalid_format'
          ? '应为 YYYY-MM-DD 格式的日期'
          : issue.code === 'invalid_value'
            ? `只能是 ${issue.values.map(String).join('、')} 之一`
            : issue.code === 'too_small' || (issue.code === 'invalid_type' && issue.expected === 'int')
              ? '应为不小于 0 的整数'
              : `不符合格式要求（${issue.message}）`;
    return `profiles[${index}].${path} ${what}。`;
  });
}

export function preflight(text: string, options: { type: FilingType; today: IsoDate; profile?: string }): PreflightResult {
  const read = readExchangeFile(text);
  if (!read.ok) return { ok: false, errors: read.errors.map((issue) => (issue.path ? `${issue.path} ${issue.message}` : issue.message)) };
  const profile = pickProfile(read.profiles, options.profile);
  if (typeof profile === 'string') return { ok: false, errors: [profile] };
  const facts = factsOf(profile, read.profiles.indexOf(profile));
  if (Array.isArray(facts)) return { ok: false, errors: facts };
  const items = runChecklist({ profile, order: { filingType: options.type }, facts, today: options.today });
  return {
    ok: true,
    report: {
      items: items.map(({ id, group, status, reason, source }) => ({ id, group, status, message: reason, source })),
      blockers: blockersOf(items).map((item) => item.id),
    },
  };
}
