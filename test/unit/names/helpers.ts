import { checkSiteName, type NameCheckInput, type NameFinding } from '@/utils/names';

/** A clean personal filing that passes every rule; tests change one thing at a time. */
export function personal(overrides: Partial<NameCheckInput> = {}): NameCheckInput {
  return { name: '山间徒步手记', subject: 'personal', serviceContent: ['其他'], remark: '记录周末徒步路线和照片', preApprovals: [], ...overrides };
}

export function enterprise(overrides: Partial<NameCheckInput> = {}): NameCheckInput {
  return { name: '云朵工厂科技有限公司', subject: 'enterprise', serviceContent: ['单位门户网站'], remark: '公司官网', preApprovals: [], ...overrides };
}

export function findingsOf(input: NameCheckInput, rule: string): NameFinding[] {
  return checkSiteName(input).filter((finding) => finding.rule === rule);
}

/** The severity the rule reported, or null when it stayed silent. */
export function severityOf(input: NameCheckInput, rule: string): 'error' | 'warning' | null {
  const found = findingsOf(input, rule);
  if (found.some((f) => f.severity === 'error')) return 'error';
  return found.length > 0 ? 'warning' : null;
}
