/** The sanitised input every rule reads, plus the helpers rules use to report findings. */
import type { FindingField, NameCheckInput, NameFinding, Severity, SubjectType } from './types';
import { sanitise, sanitiseList } from './text';
import { normaliseProvince } from './provinces';
import {
  APPROVAL_CATEGORIES, SERVICE_CONTENTS, type ApprovalCategory, type ApprovalCategoryDef, type ServiceContentDef,
} from './vocabulary';

/** 以上都不涉及 (console wording), also written 以上均不涉及. */
const NO_APPROVAL = /^以上[都均]不涉及$/;

export interface CheckContext {
  name: string;
  subject: SubjectType;
  domain: string;
  /** Declared labels as given (sanitised). */
  serviceContent: string[];
  /** The known service-content definitions among them. */
  contents: ServiceContentDef[];
  remark: string;
  /** Declared approvals other than 以上都不涉及. */
  approvalsDeclared: string[];
  approvals: Set<ApprovalCategory>;
  /** Full official name when recognised. */
  province: string | undefined;
  /** What the user typed, for the "unrecognised province" warning. */
  provinceGiven: string;
  findings: NameFinding[];
}

const compact = (label: string) => label.replace(/[\s/]/g, '');

const CONTENT_BY_LABEL = new Map<string, ServiceContentDef>();
for (const def of SERVICE_CONTENTS) {
  for (const key of [def.label, ...def.label.split('/'), ...(def.aliases ?? [])]) {
    CONTENT_BY_LABEL.set(key, def);
    CONTENT_BY_LABEL.set(compact(key).toLowerCase(), def);
  }
}

function findServiceContent(label: string): ServiceContentDef | undefined {
  return CONTENT_BY_LABEL.get(label) ?? CONTENT_BY_LABEL.get(compact(label).toLowerCase());
}

const CATEGORY_ENTRIES = Object.entries(APPROVAL_CATEGORIES) as [ApprovalCategory, ApprovalCategoryDef][];

function approvalCategoriesOf(declared: readonly string[]): Set<ApprovalCategory> {
  const categories = new Set<ApprovalCategory>();
  for (const text of declared) {
    for (const [category, def] of CATEGORY_ENTRIES) if (def.grantedBy.test(text)) categories.add(category);
  }
  return categories;
}

/** Reads any value defensively: the engine must never throw, whatever a caller or a CSV row hands it. */
export function buildContext(input: NameCheckInput): CheckContext {
  const raw: Partial<Record<keyof NameCheckInput, unknown>> = typeof input === 'object' && input !== null ? input : {};
  const serviceContent = sanitiseList(raw.serviceContent);
  const approvalsDeclared = sanitiseList(raw.preApprovals).filter((item) => !NO_APPROVAL.test(item));
  const provinceGiven = sanitise(raw.province);
  return {
    name: sanitise(raw.name),
    subject: raw.subject === 'enterprise' ? 'enterprise' : 'personal',
    domain: sanitise(raw.domain).toLowerCase(),
    serviceContent,
    contents: serviceContent.map(findServiceContent).filter((def): def is ServiceContentDef => def !== undefined),
    remark: sanitise(raw.remark),
    approvalsDeclared,
    approvals: approvalCategoriesOf(approvalsDeclared),
    province: normaliseProvince(provinceGiven),
    provinceGiven,
    findings: [],
  };
}

interface FindingDraft {
  rule: string;
  severity: Severity;
  message: string;
  evidence: string;
  source: string;
  suggestion?: string;
  field: FindingField;
}

export function report(ctx: CheckContext, draft: FindingDraft): void {
  const { rule, severity, message, evidence, source, field, suggestion } = draft;
  const finding: NameFinding = { rule, severity, message, evidence, source, field };
  if (suggestion) finding.suggestion = suggestion;
  ctx.findings.push(finding);
}

/** Province short name for messages: 湖南省 → 湖南. */
export function provinceLabel(province: string): string {
  return province.replace(/(壮族|回族|维吾尔)?自治区$|特别行政区$|[省市]$/, '');
}

/**
 * How a province rule applies (icp-rules.md §2.4 rows are HIGH): an error in a listed province, nothing in
 * another known province, and — for prohibitions only — a warning when the province is unknown. Requirements
 * (a pledge, a minimum remark length) are skipped when the province is unknown: otherwise every filing
 * would carry warnings for rules of provinces it is not in.
 */
export function provinceSeverity(
  ctx: CheckContext,
  provinces: readonly string[],
  kind: 'prohibition' | 'requirement',
): Severity | null {
  if (ctx.province) return provinces.includes(ctx.province) ? 'error' : null;
  return kind === 'prohibition' ? 'warning' : null;
}

/** A national warning that a listed province rejects outright becomes an error there. */
export function escalate(
  ctx: CheckContext,
  severity: Severity,
  provinces: readonly string[] | undefined,
  source: string,
): { severity: Severity; source: string; escalatedIn?: string } {
  if (severity === 'warning' && ctx.province && provinces?.includes(ctx.province)) {
    return { severity: 'error', source: `${source}（${provinceLabel(ctx.province)}）`, escalatedIn: ctx.province };
  }
  return { severity, source };
}
