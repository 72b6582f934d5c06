import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR, fixtureText } from './fixtures';

const ROOT = resolve(__dirname, '../../..');

/** Runs the real CLI through tsx, as `npm run check:profile` does. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-profile.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (name: string) => resolve(FIXTURE_DIR, name);

// Each case spawns Node + tsx, which takes seconds on a busy machine: a generous limit, not a speed assertion.
describe('check-profile CLI', { timeout: 60_000 }, () => {
  it('prints nothing and exits 0 for valid files', () => {
    expect(cli('--today', '2026-11-29', fixture('personal.json'), fixture('enterprise-two-sites.json'))).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('prints one line per problem, 错误 before 警告, and exits 1 when any file has an error', () => {
    const file = fixture('several-problems.json');
    const { code, stdout } = cli('--today', '2026-11-29', file);
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(13);
    for (const line of lines) expect(line).toMatch(/^(错误|警告) /);
    expect(lines[3]).toBe(
      `错误 ${file} profiles[1].principal.mobile 「主体负责人 · 手机号码」不是有效的中国大陆 11 位手机号码，请只填 11 位数字，不要加 +86、空格或横线。`,
    );
    expect(lines.filter((line) => line.startsWith('警告 ')).map((line) => line.split(' ')[2])).toEqual([
      'generator',
      'profiles[0].principal.wechat',
      'profiles[0].subject.certificateNumber',
      'profiles[0].principal.certificateValidTo',
      'profiles[0].websites[0].domain',
    ]);
  });

  it('uses --today: warnings alone exit 0, an expired document exits 1', () => {
    const soon = cli('--today', '2039-12-01', fixture('personal.json'));
    expect(soon.code).toBe(0);
    expect(soon.stdout).toMatch(/^警告 \S+ profiles\[0\]\.principal\.certificateValidTo /);
    const late = cli(`--today=2040-02-01`, fixture('personal.json'));
    expect(late.code).toBe(1);
    expect(late.stdout).toMatch(/^错误 \S+ profiles\[0\]\.principal\.certificateValidTo .*已过期/);
  });

  it('--json prints one object per file, unreadable and unparsable files with path ""', () => {
    const missing = fixture('does-not-exist.json');
    const { code, stdout } = cli('--json', '--today', '2026-11-29', fixture('personal.json'), fixture('malformed.json'), missing);
    expect(code).toBe(1);
    const objects = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(objects).toEqual([
      { file: fixture('personal.json'), errors: [], warnings: [] },
      { file: fixture('malformed.json'), errors: [{ path: '', message: expect.stringContaining('不是有效的 JSON') }], warnings: [] },
      { file: missing, errors: [{ path: '', message: '无法读取文件：文件不存在。' }], warnings: [] },
    ]);
  });

  it('--json keeps absolute paths and warnings for a file with both', () => {
    const { stdout } = cli('--json', '--today', '2026-11-29', fixture('several-problems.json'));
    const [report] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(report.errors).toHaveLength(8);
    expect(report.errors[0]).toEqual({ path: 'profiles[1].subject.certificateNumber', message: expect.stringContaining('没有通过 GB 11643 校验') });
    expect(report.warnings).toHaveLength(5);
  });

  it('judges TLDs with the province and subject in the file: Shanghai personal .tv errs, .app warns', () => {
    const file = JSON.parse(fixtureText('personal.json'));
    file.profiles[0].subject.province = '上海市';
    file.profiles[0].websites[0].domain = 'shanjian.tv';
    delete file.profiles[0].websites[0].homepageUrl;
    file.profiles.push(structuredClone(file.profiles[0]));
    file.profiles[1].id = 'second';
    file.profiles[1].websites[0].domain = 'shanjian.app';
    const path = join(mkdtempSync(join(tmpdir(), 'check-profile-')), 'tld.json');
    writeFileSync(path, JSON.stringify(file));
    const { code, stdout } = cli('--json', '--today', '2026-11-29', path);
    expect(code).toBe(1);
    const [report] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(report.errors).toEqual([{ path: 'profiles[0].websites[0].domain', message: expect.stringContaining('上海') }]);
    expect(report.warnings).toEqual([{ path: 'profiles[1].websites[0].domain', message: expect.stringContaining('域名.信息') }]);
  });

  it.each([
    [[], '请至少给出一个要检查的文件'],
    [['--verbose', 'x.json'], '不认识的选项「--verbose」'],
    [['--today', '2026-02-30', 'x.json'], '--today 需要一个 YYYY-MM-DD'],
    [['x.json', '--today'], '--today 需要一个 YYYY-MM-DD'],
  ])('exits 2 with a Chinese usage message for %j', (args, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain('用法：');
  });

  it('--help prints the usage and exits 0', () => {
    const { code, stdout } = cli('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('退出码');
  });
});
