/** Findings of the name checker as a list: severity, message, the matched text and the suggested fix. */
import type { NameFinding } from '@/utils/names';
import { ruleSourceTitle } from '@/utils/reference/rule-titles';

const SEVERITY_VIEW = {
  error: { icon: '✖', label: '错误', className: 'bh-error' },
  warning: { icon: '⚠', label: '警告', className: 'bh-warning' },
} as const;


export interface NameFindingsProps {
  findings: readonly NameFinding[];
  /** Shown instead of the list when there is nothing to report. */
  emptyText?: string;
}

export function NameFindings({ findings, emptyText = '名称检查通过，未发现问题。' }: NameFindingsProps) {
  if (findings.length === 0) {
    return (
      <p className="bh-ok" role="status">
        <span aria-hidden="true">✔ </span>
        {emptyText}
      </p>
    );
  }
  return (
    <ul role="list" aria-label="名称检查结果" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {findings.map((finding, index) => {
        const view = SEVERITY_VIEW[finding.severity];
        return (
          <li key={`${finding.rule}-${index}`} className={finding.severity === 'error' ? 'bh-notice bh-error' : 'bh-notice'}>
            <div>
              <strong className={view.className}>
                <span aria-hidden="true">{view.icon} </span>
                {view.label}
              </strong>{' '}
              <span style={{ color: 'initial' }}>{finding.message}</span>
            </div>
            {finding.evidence && <div className="bh-weak">命中：{finding.evidence}</div>}
            {finding.suggestion && <div>建议：{finding.suggestion}</div>}
            <div className="bh-weak">依据：{ruleSourceTitle(finding.source)}</div>
          </li>
        );
      })}
    </ul>
  );
}
