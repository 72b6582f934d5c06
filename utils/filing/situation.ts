/**
 * The situation format: everything a user knows about a filing case, stated at once, for the advisor
 * (`adviseSituation` in ./advisor). Every fact is optional here; the advisor asks for the ones its decision
 * tree needs. Unknown keys and values are refused, naming the key, so a typo never silently changes an answer.
 */
import { z } from 'zod';
import { provinceOf } from './provinces';

export const WANTS = [
  'new-site',
  'host-filed-site',
  'change-subject',
  'change-site',
  'change-site-principal',
  'remove-site',
  'remove-subject',
  'leave-tencent',
  'person-to-company',
] as const;

export type Want = (typeof WANTS)[number];

export const SUBJECT_KINDS = ['personal', 'enterprise'] as const;

const SubjectSchema = z.strictObject({
  kind: z.enum(SUBJECT_KINDS).optional(),
  hasRecord: z.boolean().optional(),
  recordAtTencent: z.boolean().optional(),
  shell: z.boolean().optional(),
  isLegalRepresentative: z.boolean().optional(),
  // No §11 branch depends on the province today; it is still checked so a typo is not silently accepted.
  province: z
    .string()
    .refine((name) => provinceOf(name) !== null, { message: 'province' })
    .optional(),
});

const DomainSchema = z.strictObject({
  hasIcpNumberElsewhere: z.boolean().optional(),
  staleRecordOfAnotherSubject: z.boolean().optional(),
});

export const SituationSchema = z.strictObject({
  serverInMainland: z.boolean().optional(),
  subject: SubjectSchema.optional(),
  domain: DomainSchema.optional(),
  want: z.enum(WANTS).optional(),
});

export type Situation = z.infer<typeof SituationSchema>;

export type SituationRead = { ok: true; situation: Situation } | { ok: false; errors: string[] };

const KEYS_AT: Readonly<Record<string, readonly string[]>> = {
  '': Object.keys(SituationSchema.shape),
  subject: Object.keys(SubjectSchema.shape),
  domain: Object.keys(DomainSchema.shape),
};

function describeValue(value: unknown): string {
  if (value === undefined) return '空';
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表';
  if (typeof value === 'object') return '对象';
  return JSON.stringify(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function describeIssue(issue: z.core.$ZodIssue, root: unknown): string[] {
  const key = issue.path.join('.');
  const value = valueAt(root, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map(
        (unknown) =>
          `不认识的字段「${key ? `${key}.` : ''}${unknown}」：这一层只能有 ${KEYS_AT[key]!.join('、')}，请检查拼写或删除它。`,
      );
    case 'invalid_value':
      return [`「${key}」的值 ${describeValue(value)} 不认识，只能是 ${issue.values.map((allowed) => String(allowed)).join('、')} 之一。`];
    case 'invalid_type':
      if (issue.expected === 'boolean') return [`「${key}」应为 true 或 false，当前是 ${describeValue(value)}。`];
      if (issue.expected === 'object') return [`「${key}」应为对象（以 { 开头），当前是 ${describeValue(value)}。`];
      return [`「${key}」应为文本，当前是 ${describeValue(value)}。`];
    case 'custom':
      return [`「${key}」的值 ${describeValue(value)} 不是中国大陆的省级行政区名称（如 "广东省"、"广西"）。`];
    default:
      return [`「${key}」不符合格式要求（${issue.message}）。`];
  }
}

/** A parsed JSON value as a situation, or every reason it is not one (in Chinese, naming the key). */
export function parseSituation(value: unknown): SituationRead {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, errors: ['情况应为一个 JSON 对象（以 { 开头）。'] };
  }
  const parsed = SituationSchema.safeParse(value);
  if (parsed.success) return { ok: true, situation: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((issue) => describeIssue(issue, value)) };
}

/** One situation from JSON text. */
export function readSituationText(text: string): SituationRead {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, errors: [`不是有效的 JSON：${(error as Error).message}`] };
  }
  return parseSituation(value);
}

export interface NumberedSituation {
  /** 1-based line number in a JSON-lines file; null for a single JSON file. */
  line: number | null;
  situation: Situation;
}

/** A JSON file holds one situation; a JSON-lines file one per non-blank line. Errors carry their line number. */
export function readSituations(text: string, jsonLines: boolean): { ok: true; situations: NumberedSituation[] } | { ok: false; errors: string[] } {
  const entries = jsonLines
    ? text.split(/\r?\n/).flatMap((line, index) => (line.trim() === '' ? [] : [{ line: index + 1, text: line }]))
    : [{ line: null, text }];
  if (entries.length === 0) return { ok: false, errors: ['文件里没有任何情况（每行一个 JSON 对象）。'] };
  const situations: NumberedSituation[] = [];
  const errors: string[] = [];
  for (const entry of entries) {
    const read = readSituationText(entry.text);
    if (read.ok) situations.push({ line: entry.line, situation: read.situation });
    else errors.push(...read.errors.map((message) => `${linePrefix(entry.line)}${message}`));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, situations };
}

export function linePrefix(line: number | null): string {
  return line === null ? '' : `第 ${line} 行：`;
}
