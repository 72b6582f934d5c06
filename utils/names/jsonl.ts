/** The JSON-lines contract of `check:names`: one input object per line, one result object per line. */
import { checkSiteName, verdictOf } from './engine';
import { toCheckInput } from './input';
import type { Severity, Verdict } from './types';

export interface CheckedLine {
  id: unknown;
  name: string;
  verdict: Verdict;
  findings: { rule: string; severity: Severity; message: string }[];
}
export interface FailedLine {
  id: unknown;
  error: string;
}

/** null for a blank line (skipped). */
export function checkJsonLine(line: string, lineNumber: number): CheckedLine | FailedLine | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `第 ${lineNumber} 行不是有效的 JSON：${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `第 ${lineNumber} 行应是一个 JSON 对象` };
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  const parsed = toCheckInput(record);
  if ('error' in parsed) return { id, error: `第 ${lineNumber} 行：${parsed.error}` };
  const findings = checkSiteName(parsed.input);
  return {
    id,
    name: parsed.input.name,
    verdict: verdictOf(findings),
    findings: findings.map(({ rule, severity, message }) => ({ rule, severity, message })),
  };
}

export function* checkJsonLines(text: string): Generator<CheckedLine | FailedLine> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const result = checkJsonLine(lines[i]!, i + 1);
    if (result) yield result;
  }
}
