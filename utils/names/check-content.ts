/** Declared service content and pre-approvals against the subject type and the name (icp-rules.md §2.3, §3, §4.1). */
import { report, type CheckContext } from './context';
import type { NameAnalysis } from './check-name';
import { APPROVAL_CATEGORIES, type Purpose } from './vocabulary';

export function checkServiceContent(ctx: CheckContext): void {
  for (const def of ctx.contents) {
    if (ctx.subject === 'personal' && def.personal) {
      const forbidden = def.personal === 'error';
      report(ctx, {
        rule: forbidden ? 'content.personal-forbidden' : 'content.personal-discouraged',
        severity: def.personal, field: 'serviceContent', evidence: def.label,
        source: def.category ? 'icp-rules.md §3.2, §4.1' : 'icp-rules.md §2.3, §4.1',
        message: forbidden
          ? `个人备案不能选择服务内容“${def.label}”：${def.why}。`
          : `个人备案选择“${def.label}”可能被驳回：${def.why}。`,
        suggestion: '个人网站一般选择“其他”，并在备注中写清网站内容和用途。',
      });
    }
    if (ctx.subject === 'enterprise' && def.category && def.enterpriseWithoutApproval && !ctx.approvals.has(def.category)) {
      const label = APPROVAL_CATEGORIES[def.category].label;
      report(ctx, {
        rule: 'content.needs-approval', severity: def.enterpriseWithoutApproval, field: 'serviceContent',
        source: 'icp-rules.md §3.1, §4.1', evidence: def.label,
        message: `服务内容“${def.label}”需要「${label}」前置审批，但前置审批中没有声明。`,
        suggestion: `取得「${label}」相关许可后在“前置审批”中选择并上传；没有许可就不要选择“${def.label}”。`,
      });
    }
  }
}

/** A diary-style name used for selling, news or finance is the mismatch §2.3 names as a rejection reason. */
const RECORD_MISMATCH: ReadonlySet<Purpose> = new Set(['shop', 'news', 'finance']);

export function checkNameContentMismatch(ctx: CheckContext, analysis: NameAnalysis): void {
  const declared = ctx.contents.filter((def) => def.purpose && def.purpose !== 'record');
  if (declared.length === 0) return;
  const alreadyReported = (label: string) =>
    ctx.findings.some((f) => f.field === 'serviceContent' && f.severity === 'error' && f.evidence === label);

  if (analysis.purposes.has('record')) {
    for (const def of declared) {
      if (!RECORD_MISMATCH.has(def.purpose!) || alreadyReported(def.label)) continue;
      report(ctx, {
        rule: 'mismatch.name-content', severity: 'error', field: 'serviceContent', source: 'icp-rules.md §2.3',
        evidence: `${ctx.name} / ${def.label}`,
        message: `名称“${ctx.name}”是个人记录类，服务内容却是“${def.label}”：名称与内容不符会被驳回或在抽查中注销。`,
        suggestion: '让名称与实际内容一致：只是记录就去掉该服务内容；确要经营，请换成反映业务的名称并办理相应许可。',
      });
    }
  }

  const namePurposes: Purpose[] = [...analysis.purposes].filter((purpose) => purpose !== 'record');
  if (namePurposes.length === 0 || declared.some((def) => namePurposes.includes(def.purpose!))) return;
  report(ctx, {
    // Purposes are our reading of the words, so a plain mismatch warns.
    rule: 'mismatch.name-content', severity: 'warning', field: 'serviceContent', source: 'icp-rules.md §2.3',
    evidence: `${ctx.name} / ${declared.map((def) => def.label).join('、')}`,
    message: `名称“${ctx.name}”与所选服务内容“${declared.map((def) => def.label).join('、')}”看起来不一致；网站名称要反映网站内容。`,
    suggestion: '调整名称或服务内容，让两者说的是同一件事。',
  });
}

export function checkApprovals(ctx: CheckContext): void {
  if (ctx.subject !== 'personal' || ctx.approvalsDeclared.length === 0) return;
  report(ctx, {
    rule: 'approval.personal-declared', severity: 'error', field: 'preApprovals', source: 'icp-rules.md §3.2',
    evidence: ctx.approvalsDeclared.join('、'),
    message: `个人无法办理前置审批，但声明了“${ctx.approvalsDeclared.join('、')}”。`,
    suggestion: '前置审批选择“以上都不涉及”，并去掉网站中相关内容；确需此类业务，请用企业主体备案。',
  });
}
