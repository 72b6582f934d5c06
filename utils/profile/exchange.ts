/**
 * The exchange file (profile-format.md, version 1): reading it with every problem located by an absolute path
 * (`profiles[1].principal.mobile`), and writing it.
 *
 * Reading has two levels. `readExchangeFile` checks structure only: what a file must be for its profiles to be
 * taken at all. `parseExchangeFile` adds the filing rules of `validateProfile`, so a file is accepted only when no
 * profile has an error; `checkExchangeFile` reports everything at once (the CLI).
 */
import { z } from 'zod';
import { fieldLabel, formatPath, joinPath, type PathSegment } from './labels';
import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  ExchangeProfileSchema,
  PROFILE_ID_PATTERN,
  strictSchemas,
  type Findings,
  type Issue,
  type Profile,
} from './schema';
import { validateProfile } from './validate';

/** Format string of an encrypted export (see encrypted-exchange.ts); recognised here to say what to do with it. */
export const ENCRYPTED_EXCHANGE_FORMAT = 'beian-helper.profiles.encrypted';

/** A spreadsheet export: not JSON, and its first line is comma- or tab-separated headers. */
function looksLikeCsv(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/, 1)[0] ?? '';
  return !/^[{[]/.test(first) && /^[^,\t]+([,\t][^,\t]*)+$/.test(first);
}

export function newProfileId(): string {
  return crypto.randomUUID();
}

type Inspection = {
  profiles: Profile[];
  /** Structure: the file cannot be taken while any of these exist. */
  errors: Issue[];
  warnings: Issue[];
  /** Filing rules, per profile that passed the structure check. */
  filing: Findings;
};

export type ReadResult = { ok: true; profiles: Profile[]; warnings: Issue[] } | { ok: false; errors: Issue[] };

/** Structure only: the profiles a file holds, or every reason it cannot be taken. */
export function readExchangeFile(text: string): ReadResult {
  const inspection = inspect(text, null);
  return inspection.errors.length > 0
    ? { ok: false, errors: inspection.errors }
    : { ok: true, profiles: inspection.profiles, warnings: inspection.warnings };
}

/** Structure and filing rules: accepted only when no profile has an error; warnings come along. */
export function parseExchangeFile(text: string, options: { today: string }): ReadResult {
  const inspection = inspect(text, options.today);
  const errors = [...inspection.errors, ...inspection.filing.errors];
  return errors.length > 0
    ? { ok: false, errors: sortByPath(errors) }
    : { ok: true, profiles: inspection.profiles, warnings: sortByPath([...inspection.warnings, ...inspection.filing.warnings]) };
}

/** Every error and warning of a file, whether or not it could be imported. */
export function checkExchangeFile(text: string, options: { today: string }): Findings {
  const inspection = inspect(text, options.today);
  return {
    errors: sortByPath([...inspection.errors, ...inspection.filing.errors]),
    warnings: sortByPath([...inspection.warnings, ...inspection.filing.warnings]),
  };
}

/** Keeps profiles in file order (profiles[2] before profiles[10]) and issues of one profile in the order found. */
function sortByPath(issues: Issue[]): Issue[] {
  const profileIndex = (issue: Issue) => Number(/^profiles\[(\d+)\]/.exec(issue.path)?.[1] ?? -1);
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => profileIndex(a.issue) - profileIndex(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}

function inspect(text: string, today: string | null): Inspection {
  const result: Inspection = { profiles: [], errors: [], warnings: [], filing: { errors: [], warnings: [] } };
  const fail = (path: string, message: string) => {
    result.errors.push({ path, message });
    return result;
  };

  let root: unknown;
  if (looksLikeCsv(text)) {
    return fail('', '这是一个 CSV（表格）文件。备案助手只能导入它自己导出的 JSON 档案文件（格式见“导出全部”生成的文件）；请先新建档案或按导出文件的格式整理后再导入。');
  }
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return fail('', `文件不是有效的 JSON${jsonErrorLocation(text, error)}，请确认文件完整、没有被截断或手工改坏。`);
  }
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return fail('', '文件内容应为一个 JSON 对象（以 { 开头），这不是备案助手的档案文件。');
  }
  const file = root as Record<string, unknown>;

  if (file.format === ENCRYPTED_EXCHANGE_FORMAT) {
    return fail('format', '这是加密导出的档案文件：请在备案助手的档案页面导入并输入导出时设置的口令；命令行检查不能打开加密文件。');
  }
  if (file.format !== EXCHANGE_FORMAT) {
    const found = file.format === undefined ? '缺少格式标识（format 字段）' : `格式标识为 ${JSON.stringify(file.format)}`;
    return fail('format', `${found}，应为 "${EXCHANGE_FORMAT}"：这不是备案助手的档案导出文件。`);
  }
  if (typeof file.version !== 'number' || !Number.isInteger(file.version) || file.version < 1) {
    return fail('version', `version 应为正整数（当前支持 ${EXCHANGE_VERSION}），当前为 ${JSON.stringify(file.version) ?? '空'}。`);
  }
  if (file.version > EXCHANGE_VERSION) {
    return fail(
      'version',
      `文件格式版本为 ${file.version}，由更新版本的备案助手导出；当前版本只支持到版本 ${EXCHANGE_VERSION}，请先升级备案助手再导入。`,
    );
  }

  for (const key of Object.keys(file)) {
    if (!['format', 'version', 'exportedAt', 'profiles'].includes(key)) result.warnings.push(unknownKeyWarning(key, []));
  }
  if (file.exportedAt !== undefined && !isOffsetDateTime(file.exportedAt)) {
    result.errors.push({ path: 'exportedAt', message: 'exportedAt 应为带时区的 ISO 8601 日期时间（如 2026-11-29T08:00:00+08:00），可以删除这一项。' });
  }
  if (!Array.isArray(file.profiles)) {
    return fail('profiles', file.profiles === undefined ? '缺少 profiles 列表。' : 'profiles 应为列表（数组）。');
  }

  const seenIds = new Map<string, number>();
  file.profiles.forEach((entry: unknown, index) => {
    const prefix = formatPath(['profiles', index]);
    const profile = readProfile(entry, prefix, result);
    if (!profile) return;
    const earlier = seenIds.get(profile.id);
    if (earlier !== undefined) {
      result.errors.push({ path: `${prefix}.id`, message: `档案编号 id 与 profiles[${earlier}] 重复，请删除其中一个的 id（导入时会生成新编号）。` });
      return;
    }
    seenIds.set(profile.id, index);
    result.profiles.push(profile);
    if (today !== null) {
      const findings = validateProfile(profile, { today });
      result.filing.errors.push(...findings.errors.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })));
      result.filing.warnings.push(...findings.warnings.map((issue) => ({ ...issue, path: joinPath(prefix, issue.path) })));
    }
  });
  return result;
}

function readProfile(entry: unknown, prefix: string, result: Inspection): Profile | null {
  const strict = strictSchemas.exchangeProfile.safeParse(entry);
  if (!strict.success) {
    let structural = false;
    for (const issue of strict.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) result.warnings.push(unknownKeyWarning(key, issue.path, prefix));
      } else {
        structural = true;
        result.errors.push({ path: joinPath(prefix, formatPath(issue.path as PathSegment[])), message: describeIssue(issue, entry) });
      }
    }
    if (structural) return null;
  }
  // Only unknown keys (or nothing) were wrong: the stripping schema gives the data without them.
  const { id, ...fields } = ExchangeProfileSchema.parse(entry);
  if (id !== undefined && PROFILE_ID_PATTERN.test(id)) return { id, ...fields };
  if (id !== undefined) {
    result.warnings.push({
      path: `${prefix}.id`,
      message: `档案编号 id「${id}」只能由字母、数字、- 和 _ 组成（最多 64 位），导入时将改用新生成的编号。`,
    });
  }
  return { id: newProfileId(), ...fields };
}

function unknownKeyWarning(key: string, within: readonly PropertyKey[], prefix = ''): Issue {
  const path = joinPath(prefix, formatPath([...(within as PathSegment[]), key]));
  return { path, message: `未知字段「${key}」已忽略：格式版本 ${EXCHANGE_VERSION} 中没有这个字段，请检查拼写或删除它。` };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是/否（true 或 false）',
  array: '列表（数组）',
  object: '对象',
  record: '对象',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return '列表（数组）';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** A structural problem in Chinese, naming the field by its console label (`entry` is the profile as found). */
function describeIssue(issue: z.core.$ZodIssue, entry: unknown): string {
  const path = issue.path as PathSegment[];
  const label = fieldLabel(path, subjectTypeOf(entry));
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(entry, path);
      if (value === undefined) return `缺少必填项${label}，请补上（没有内容时可以填空文本 ""）。`;
      const expected = issue.expected === 'object' && path.at(-1) === 'principal' ? '对象或 null' : TYPE_NAMES[issue.expected] ?? issue.expected;
      return `${label}应为${expected}，当前是${describeValue(value)}。`;
    }
    case 'invalid_value':
      if (path.length === 2 && path[0] === 'subject' && path[1] === 'type') {
        return `${label}只能是 "personal"（个人）或 "enterprise"（企业），当前为 ${JSON.stringify(valueAt(entry, path))}。`;
      }
      return `${label}只能是 ${issue.values.map((value) => JSON.stringify(value)).join('、')} 之一。`;
    case 'too_small':
      return path.length === 1 && path[0] === 'websites' ? `${label}至少需要一个网站。` : `${label}内容太少。`;
    case 'invalid_format':
      return `${label}格式不正确。`;
    default:
      return `${label}不符合格式要求（${issue.message}）。`;
  }
}

function subjectTypeOf(entry: unknown) {
  const type = valueAt(entry, ['subject', 'type']);
  return type === 'personal' || type === 'enterprise' ? type : undefined;
}

function jsonErrorLocation(text: string, error: unknown): string {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `（第 ${line} 行第 ${column} 列附近有语法错误）`;
}

const OffsetDateTimeSchema = z.iso.datetime({ offset: true });

function isOffsetDateTime(value: unknown): boolean {
  return OffsetDateTimeSchema.safeParse(value).success;
}

/** China time with its offset, as the format's example shows (`2026-11-29T08:00:00+08:00`). */
function chinaTimestamp(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 19) + '+08:00';
}

/** A version-1 exchange file holding these profiles, keys in the format's order. */
export function serializeExchangeFile(profiles: readonly Profile[], now: Date = new Date()): string {
  const file = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: chinaTimestamp(now),
    profiles: profiles.map((profile) => ExchangeProfileSchema.parse(profile)),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
