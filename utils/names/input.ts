/** Turning loosely typed records (JSON lines, CSV rows) into checker inputs, with Chinese error messages. */
import type { NameCheckInput, SubjectType } from './types';

const SUBJECT_WORDS: Record<string, SubjectType> = {
  personal: 'personal', 个人: 'personal',
  enterprise: 'enterprise', 企业: 'enterprise', 单位: 'enterprise',
};

function parseSubject(value: unknown): SubjectType | undefined {
  return typeof value === 'string' ? SUBJECT_WORDS[value.trim().toLowerCase()] : undefined;
}

/** An array, or one string with values separated by | or 、. */
function splitMulti(value: unknown): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[|、]/) : [];
  return items.filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean);
}

const optionalText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

type InputResult = { input: NameCheckInput } | { error: string };

export function toCheckInput(record: Record<string, unknown>, defaultSubject?: SubjectType): InputResult {
  if (typeof record.name !== 'string') return { error: '缺少网站名称（name 必须是字符串）' };
  const subjectGiven = record.subject !== undefined && record.subject !== '';
  const subject = subjectGiven ? parseSubject(record.subject) : defaultSubject;
  if (!subject) return { error: `主体类型（subject）必须是 personal 或 enterprise，收到：${JSON.stringify(record.subject ?? null)}` };
  const input: NameCheckInput = {
    name: record.name,
    subject,
    serviceContent: splitMulti(record.serviceContent),
    remark: typeof record.remark === 'string' ? record.remark : '',
    preApprovals: splitMulti(record.preApprovals),
  };
  const domain = optionalText(record.domain);
  const province = optionalText(record.province);
  if (domain) input.domain = domain;
  if (province) input.province = province;
  return { input };
}
