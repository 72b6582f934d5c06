import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The real script, run the way npm runs it, for exit codes and stdout/stderr. */
function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-names.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
}

describe('scripts/check-names.ts', () => {
  it('prints one JSON line per input line and exits 0 even when names are blocked', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'names-cli-'));
    const file = path.join(dir, 'in.jsonl');
    writeFileSync(file, '{"id":"a","name":"中国茶文化笔记","subject":"personal","remark":"喝茶"}\nnot json\n\n{"id":"b","name":"读书会笔记","subject":"personal","serviceContent":["其他"],"remark":"读书"}\n');
    const result = run(file);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l) => [l.id, l.verdict ?? 'error'])).toEqual([['a', 'block'], [null, 'error'], ['b', 'pass']]);
  }, 30_000);

  it('exits 2 with a Chinese message when the file is missing or not given', () => {
    const missing = run('/nonexistent/names.jsonl');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('无法读取文件');
    const noArgs = run();
    expect(noArgs.status).toBe(2);
    expect(noArgs.stderr).toContain('用法');
  }, 30_000);
});
