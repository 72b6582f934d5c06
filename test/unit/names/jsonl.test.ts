import { describe, expect, it } from 'vitest';
import { checkJsonLine, checkJsonLines } from '@/utils/names/jsonl';

describe('checkJsonLine (check:names contract)', () => {
  it('prints id, name, verdict and findings with rule, severity and message only', () => {
    const result = checkJsonLine(
      '{"id":"d01","name":"中国茶文化笔记","subject":"personal","serviceContent":["其他"],"remark":"喝茶","preApprovals":[],"extra":1}',
      1,
    );
    expect(Object.keys(result!)).toEqual(['id', 'name', 'verdict', 'findings']);
    expect(result).toMatchObject({ id: 'd01', name: '中国茶文化笔记', verdict: 'block' });
    const findings = (result as { findings: object[] }).findings;
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(Object.keys(f)).toEqual(['rule', 'severity', 'message']);
  });
  it('passes a clean name and warns on a warning-only one', () => {
    expect(checkJsonLine('{"id":1,"name":"读书会笔记","subject":"personal","serviceContent":["其他"],"remark":"读书心得"}', 1)).toMatchObject({
      verdict: 'pass',
      findings: [],
    });
    expect(checkJsonLine('{"id":2,"name":"个人博客","subject":"personal","remark":"博客"}', 1)).toMatchObject({ verdict: 'warn' });
  });
  it('skips blank lines', () => {
    expect(checkJsonLine('   ', 3)).toBeNull();
  });
  it('turns unreadable lines into {id: null, error}', () => {
    expect(checkJsonLine('not json', 4)).toMatchObject({ id: null, error: expect.stringContaining('第 4 行') });
    expect(checkJsonLine('[1,2]', 5)).toMatchObject({ id: null, error: expect.stringContaining('JSON 对象') });
  });
  it('keeps the id of a well-formed line with a bad field', () => {
    expect(checkJsonLine('{"id":"x","name":"读书笔记","subject":"company"}', 6)).toEqual({
      id: 'x',
      error: expect.stringContaining('subject'),
    });
    expect(checkJsonLine('{"id":"y","subject":"personal"}', 7)).toMatchObject({ id: 'y', error: expect.stringContaining('name') });
  });
  it('goes on after a bad line', () => {
    const results = [...checkJsonLines('{"id":1,"name":"读书会笔记","subject":"personal","remark":"读书"}\r\n{oops\n\n{"id":3,"name":"2024","subject":"enterprise"}\n')];
    expect(results.map((r) => r.id)).toEqual([1, null, 3]);
    expect(results[2]).toMatchObject({ verdict: 'block' });
  });
});
