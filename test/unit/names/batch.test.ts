import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { checkBatch, parseBatch, resultsToCsv } from '@/utils/names/batch';

describe('parseBatch', () => {
  it('reads one name per line when there is no CSV header, with the default subject and province', () => {
    const rows = parseBatch('读书会笔记\n\n  中国茶文化笔记 \n', { subject: 'enterprise', province: '湖南' });
    expect(rows.map((r) => [r.line, r.name, r.input?.subject, r.input?.province])).toEqual([
      [1, '读书会笔记', 'enterprise', '湖南'],
      [3, '中国茶文化笔记', 'enterprise', '湖南'],
    ]);
  });
  it('reads a CSV with multi-values separated by | or 、, and Chinese headers', () => {
    const csv = '\uFEFFname,subject,serviceContent,remark,preApprovals,province\n云朵新闻,enterprise,网络新闻|其他,公司新闻,新闻、文化,湖南省\n';
    const [row] = parseBatch(csv, { subject: 'personal' });
    expect(row?.input).toEqual({
      name: '云朵新闻', subject: 'enterprise', serviceContent: ['网络新闻', '其他'], remark: '公司新闻', preApprovals: ['新闻', '文化'], province: '湖南省',
    });
    const [chinese] = parseBatch('名称,主体,备注\n读书笔记,个人,读书\n', { subject: 'enterprise' });
    expect(chinese?.input).toMatchObject({ name: '读书笔记', subject: 'personal', remark: '读书' });
  });
  it('uses the default subject for empty cells and reports a bad one', () => {
    const rows = parseBatch('name,subject\n读书笔记,\n读书笔记,company\n', { subject: 'personal' });
    expect(rows[0]?.input?.subject).toBe('personal');
    expect(rows[1]?.error).toContain('subject');
  });
});

describe('checkBatch and resultsToCsv', () => {
  it('gives a verdict per row and exports it in Chinese, with findings', () => {
    const results = checkBatch(parseBatch('name,subject,remark\n中国茶文化笔记,personal,喝茶\n读书会笔记,personal,读书\n个人博客,personal,博客\n', { subject: 'personal' }));
    expect(results.map((r) => r.verdict)).toEqual(['block', 'pass', 'warn']);
    const exported = Papa.parse<Record<string, string>>(resultsToCsv(results), { header: true }).data;
    expect(exported.map((r) => r.verdict)).toEqual(['阻断', '通过', '警告']);
    expect(exported[0]?.findings).toContain('错误：');
    expect(exported[0]?.findings).toContain('中国');
    expect(exported[1]?.findings).toBe('');
  });
  it('marks unreadable rows and defuses spreadsheet formulas', () => {
    const results = checkBatch(parseBatch('name,subject\n=HYPERLINK("x"),personal\n读书笔记,company\n', { subject: 'personal' }));
    expect(results[1]?.verdict).toBeUndefined();
    const exported = Papa.parse<Record<string, string>>(resultsToCsv(results), { header: true }).data;
    expect(exported[0]?.name?.startsWith("'=")).toBe(true);
    expect(exported[1]?.verdict).toBe('输入有误');
  });
});
