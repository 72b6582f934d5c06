/** Public data shapes of the site-name checker. */

export type SubjectType = 'personal' | 'enterprise';

export interface NameCheckInput {
  name: string;
  subject: SubjectType;
  domain?: string;
  /** 网站服务内容 labels as the console shows them. */
  serviceContent?: string[];
  /** 网站备注. */
  remark?: string;
  /** 前置审批 categories; [] or ['以上都不涉及'] means none. */
  preApprovals?: string[];
  /** 备案地域 province, with or without the 省/市/自治区 suffix. */
  province?: string;
}

export type Severity = 'error' | 'warning';
export type FindingField = 'name' | 'remark' | 'serviceContent' | 'preApprovals';

export interface NameFinding {
  rule: string;
  severity: Severity;
  /** What is wrong and how to fix it, in Chinese. */
  message: string;
  /** The text that triggered the finding. */
  evidence: string;
  /** Section of icp-rules.md the rule comes from, e.g. 'icp-rules.md §2.1'. */
  source: string;
  /** A concrete way out, in Chinese. */
  suggestion?: string;
  /** The one site name proposed for all of the name's problems, already re-checked; on one finding only. */
  suggestedName?: string;
  field: FindingField;
}

export type Verdict = 'block' | 'warn' | 'pass';
