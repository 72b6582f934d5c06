import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adviceRecord, adviseSituation } from '@/utils/filing/advisor';
import { parseSituation, readSituations } from '@/utils/filing/situation';
import { SITUATIONS } from './situations';

const ISSUE_EXAMPLE = {
  serverInMainland: true,
  subject: { kind: 'personal', hasRecord: true, recordAtTencent: false, shell: false, isLegalRepresentative: false, province: '广东省' },
  domain: { hasIcpNumberElsewhere: false, staleRecordOfAnotherSubject: false },
  want: 'new-site',
};

function errorsOf(value: unknown): string[] {
  const read = parseSituation(value);
  return read.ok ? [] : read.errors;
}

describe('the situation format', () => {
  it('accepts the documented example and every test situation', () => {
    expect(parseSituation(ISSUE_EXAMPLE)).toEqual({ ok: true, situation: ISSUE_EXAMPLE });
    for (const { situation } of SITUATIONS) expect(parseSituation(situation).ok).toBe(true);
  });

  it.each([
    ['an unknown top-level key', { ...ISSUE_EXAMPLE, serverInMainlan: true }, '不认识的字段「serverInMainlan」'],
    ['an unknown nested key', { ...ISSUE_EXAMPLE, domain: { stale: true } }, '不认识的字段「domain.stale」'],
    ['an unknown want', { ...ISSUE_EXAMPLE, want: 'transfer' }, '「want」的值 "transfer" 不认识，只能是 new-site、'],
    ['an unknown kind', { ...ISSUE_EXAMPLE, subject: { kind: 'company' } }, '「subject.kind」的值 "company" 不认识，只能是 personal、enterprise 之一'],
    ['a string for a yes/no fact', { ...ISSUE_EXAMPLE, serverInMainland: 'yes' }, '「serverInMainland」应为 true 或 false，当前是 "yes"'],
    ['a list for subject', { ...ISSUE_EXAMPLE, subject: [] }, '「subject」应为对象'],
    ['an unknown province', { ...ISSUE_EXAMPLE, subject: { province: '香港' } }, '「subject.province」的值 "香港" 不是中国大陆的省级行政区名称'],
    ['a list instead of an object', [ISSUE_EXAMPLE], '情况应为一个 JSON 对象'],
  ])('refuses %s, naming the key', (_name, value, message) => {
    expect(errorsOf(value).join('\n')).toContain(message);
  });

  it('reports every problem at once', () => {
    expect(errorsOf({ want: 'x', subject: { kind: 'y', extra: 1 } })).toHaveLength(3);
  });

  it('reads JSON lines with line numbers, skipping blank lines', () => {
    const read = readSituations('{"serverInMainland":false}\n\n{"want":"new-site"}\r\n', true);
    expect(read).toEqual({ ok: true, situations: [{ line: 1, situation: { serverInMainland: false } }, { line: 3, situation: { want: 'new-site' } }] });
    const bad = readSituations('{"serverInMainland":false}\nnot json\n{"want":1}\n', true);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((error) => error.slice(0, 6))).toEqual(['第 2 行：', '第 3 行：']);
    expect(readSituations('\n', true)).toEqual({ ok: false, errors: [expect.stringContaining('没有任何情况')] });
  });
});

/** The real script, run the way npm runs it. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/advise.ts', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'advise-cli-')), name);
  writeFileSync(file, text);
  return file;
}

// Each case spawns Node + tsx, which takes seconds on a busy machine: a generous limit, not a speed assertion.
describe('scripts/advise.ts', { timeout: 60_000 }, () => {
  it('a .jsonl file: one line per situation, in order, with the expected type and first steps', () => {
    const file = tempFile('cases.jsonl', `${SITUATIONS.map((c) => JSON.stringify(c.situation)).join('\n')}\n`);
    const { code, stdout, stderr } = cli(file);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(SITUATIONS.length);
    lines.forEach((line, index) => {
      const expected = SITUATIONS[index]!;
      expect(Object.keys(line)).toEqual(['type', 'first', 'followUp', 'result', 'consoleWording', 'why', 'source']);
      expect([line.type, line.result, line.first.map((step: { type: string | null }) => step.type)]).toEqual([expected.type, expected.result, expected.first]);
      const answer = adviseSituation(expected.situation);
      expect(answer.kind === 'advice' && adviceRecord(answer.advice)).toEqual(line);
    });
  });

  it('a .json file: the documented example', () => {
    const { code, stdout } = cli(tempFile('case.json', JSON.stringify(ISSUE_EXAMPLE, null, 2)));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ type: 'add-site-elsewhere', first: [], followUp: [], result: 'add-site-elsewhere', source: expect.stringContaining('§11') });
  });

  it('a missing fact is reported as the question to answer: stderr, nothing on stdout, exit 1', () => {
    const file = tempFile('cases.jsonl', `${JSON.stringify(ISSUE_EXAMPLE)}\n{"serverInMainland":true,"subject":{"hasRecord":true}}\n`);
    const { code, stdout, stderr } = cli(file);
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr.trim()).toBe('第 2 行：缺少「subject.shell」，请回答：该主体是否为“空壳主体”？可填 false（不是，主体下还有仍接入在某个服务商的网站）、true（是，主体下已没有仍在接入的网站）。');
  });

  it.each([
    ['an unknown key', '{"serverInMainland":true,"wants":"new-site"}', '不认识的字段「wants」'],
    ['contradicting facts', '{"serverInMainland":true,"subject":{"hasRecord":false},"want":"remove-site"}', 'subject.hasRecord 为 false'],
    ['broken JSON', '{"serverInMainland":', '不是有效的 JSON'],
  ])('refuses %s: stderr, nothing on stdout, exit 1', (_name, text, message) => {
    const { code, stdout, stderr } = cli(tempFile('case.json', text));
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain(message);
  });

  it.each([
    [[], '请给出一个情况文件'],
    [['a.json', 'b.json'], '只接受一个情况文件'],
    [['/nonexistent/case.json'], '无法读取文件'],
  ])('exits 2 on wrong usage %j', (args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toContain(message);
  });
});
