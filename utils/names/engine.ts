/** The name checker: runs every rule table over one input and never throws. */
import type { NameCheckInput, NameFinding, Verdict } from './types';
import { buildContext } from './context';
import { checkName } from './check-name';
import { checkApprovals, checkNameContentMismatch, checkServiceContent } from './check-content';
import { checkRemark } from './check-remark';
import { checkProvinceRules } from './check-province';
import { attachProposal, proposeName } from './suggest';

const sameFinding = (a: NameFinding, b: NameFinding) =>
  a.rule === b.rule && a.severity === b.severity && a.field === b.field && a.evidence === b.evidence;

/** Findings per check are few, so pairwise comparison beats building keys. */
function dedupe(findings: NameFinding[]): NameFinding[] {
  return findings.filter((finding, index) => !findings.some((other, earlier) => earlier < index && sameFinding(other, finding)));
}

/** Errors first, then warnings; rule order otherwise. */
export function checkSiteName(input: NameCheckInput): NameFinding[] {
  const findings = runRules(input);
  return attachProposal(findings, proposeName(input, findings, runRules));
}

function runRules(input: NameCheckInput): NameFinding[] {
  try {
    const ctx = buildContext(input);
    const analysis = checkName(ctx);
    checkServiceContent(ctx);
    checkNameContentMismatch(ctx, analysis);
    checkApprovals(ctx);
    checkRemark(ctx);
    checkProvinceRules(ctx);
    const findings = dedupe(ctx.findings);
    return [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  } catch (error) {
    // A bug must not take the console panel down with it; the user still sees that the check is incomplete.
    return [
      {
        rule: 'engine.internal', severity: 'warning', field: 'name', source: '—',
        evidence: error instanceof Error ? error.message : String(error),
        message: '名称检查遇到意外情况，没能完成全部检查，请人工核对。',
      },
    ];
  }
}

export function verdictOf(findings: NameFinding[]): Verdict {
  if (findings.some((f) => f.severity === 'error')) return 'block';
  return findings.length > 0 ? 'warn' : 'pass';
}
