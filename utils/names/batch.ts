/**
 * Batch checking for the options page: pasted names or a CSV (name, subject, domain, serviceContent, remark,
 * preApprovals, province; multi-values separated by | or 、), and the results as CSV.
 * Kept out of index.ts so the console content script does not bundle papaparse.
 */
import Papa from 'papaparse';
import { checkSiteName, verdictOf } from './engine';
import { toCheckInput } from './input';
import type { NameCheckInput, NameFinding, SubjectType, Verdict } from './types';

export const CSV_COLUMNS = ['name', 'subject', 'domain', 'serviceContent', 'remark', 'preApprovals', 'province'] as const;

/** Chinese column titles accepted as well. */
const HEADER_ALIASES: Record<string, (typeof CSV_COLUMNS)[number]> = {
  名称: 'name', 网站名称: 'name', 主体: 'subject', 主体类型: 'subject', 域名: 'domain', 服务内容: 'serviceContent',
  备注: 'remark', 前置审批: 'preApprovals', 省份: 'province', 备案省份: 'province',
};

export const VERDICT_LABELS: Record<Verdict, string> = { block: '阻断', warn: '警告', pass: '通过' };
const SEVERITY_LABELS = { error: '错误', warning: '警告' } as const;

export interface BatchDefaults {
  subject: SubjectType;
  province?: string;
}

export interface BatchRow {
  /** 1-based line of the pasted text or CSV data row. */
  line: number;
  name: string;
  input?: NameCheckInput;
  error?: string;
}

export interface BatchResult {
  row: BatchRow;
  findings: NameFinding[];
  /** undefined when the row could not be read. */
  verdict?: Verdict;
}

function normaliseHeader(header: string): string {
  const trimmed = header.trim().replace(/^\uFEFF/, '');
  return HEADER_ALIASES[trimmed] ?? CSV_COLUMNS.find((column) => column.toLowerCase() === trimmed.toLowerCase()) ?? trimmed;
}

function looksLikeCsv(text: string): boolean {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  return firstLine.split(/[,，\t]/).map(normaliseHeader).includes('name');
}

/** A CSV with a header row that has a name column, or else one site name per line. */
export function parseBatch(text: string, defaults: BatchDefaults): BatchRow[] {
  if (!looksLikeCsv(text)) {
    return text
      .split(/\r?\n/)
      .map((line, index) => ({ line: index + 1, name: line.trim() }))
      .filter((row) => row.name !== '')
      .map((row) => ({ ...row, ...readRecord({ name: row.name }, defaults) }));
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: normaliseHeader,
  });
  return parsed.data.map((record, index) => ({ line: index + 1, name: record.name ?? '', ...readRecord(record, defaults) }));
}

function readRecord(record: Record<string, unknown>, defaults: BatchDefaults): Pick<BatchRow, 'input' | 'error'> {
  const withProvince = defaults.province && !record.province ? { ...record, province: defaults.province } : record;
  const result = toCheckInput(withProvince, defaults.subject);
  return 'error' in result ? { error: result.error } : { input: result.input };
}

export function checkBatch(rows: readonly BatchRow[]): BatchResult[] {
  return rows.map((row) => {
    if (!row.input) return { row, findings: [] };
    const findings = checkSiteName(row.input);
    return { row, findings, verdict: verdictOf(findings) };
  });
}

export function describeFindings(findings: readonly NameFinding[]): string {
  return findings.map((f) => `${SEVERITY_LABELS[f.severity]}：${f.message}${f.suggestion ? `（建议：${f.suggestion}）` : ''}`).join('\n');
}

export function resultsToCsv(results: readonly BatchResult[]): string {
  const rows = results.map(({ row, findings, verdict }) => ({
    name: row.name,
    subject: row.input?.subject ?? '',
    domain: row.input?.domain ?? '',
    serviceContent: row.input?.serviceContent?.join('|') ?? '',
    remark: row.input?.remark ?? '',
    preApprovals: row.input?.preApprovals?.join('|') ?? '',
    province: row.input?.province ?? '',
    verdict: verdict ? VERDICT_LABELS[verdict] : '输入有误',
    findings: row.error ?? describeFindings(findings),
  }));
  // escapeFormulae: a name like "=HYPERLINK(…)" must not run as a formula when the export is opened in a spreadsheet.
  return Papa.unparse(rows, { columns: [...CSV_COLUMNS, 'verdict', 'findings'], escapeFormulae: true });
}
