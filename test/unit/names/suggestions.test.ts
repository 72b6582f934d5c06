import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSiteName, PROVINCES, type NameCheckInput, type NameFinding } from '@/utils/names';
import { parseLabelledSet } from '@/utils/names/evaluate';
import { isNameFinding } from '@/utils/names/suggest';
import { personal } from './helpers';

const DEV_SET = path.resolve(process.cwd(), '../shared/data/site-names.dev.jsonl');

/** Every site name a finding's advice shows (「…」 also quotes approval categories, which are not names). */
const shownNames = (findings: readonly NameFinding[]) =>
  findings.flatMap((f) => [...(f.suggestion ?? '').matchAll(/(?:改为|例如)「([^」]*)」/g)].map((m) => m[1]!));

/** What is wrong with the shown names, empty when they all pass with the same context. */
function problemsOfShown(input: NameCheckInput): string[] {
  const findings = checkSiteName(input);
  const proposed = findings.filter((f) => f.suggestedName !== undefined);
  const problems: string[] = [];
  if (proposed.length > 1) problems.push(`${proposed.length} 个建议名称`);
  for (const shown of shownNames(findings)) {
    if (shown !== proposed[0]?.suggestedName) problems.push(`「${shown}」不是复查过的建议名称`);
    const own = checkSiteName({ ...input, name: shown }).filter(isNameFinding);
    if (own.length > 0) problems.push(`「${shown}」自身触发：${own.map((f) => `${f.rule}/${f.severity}`).join('、')}`);
  }
  return problems;
}

describe('suggested site names (#24 item 8)', () => {
  it.each([
    ['张伟的技术博客', ['技术', '博客']],
    ['My Blog', ['blog']],
    ['小明的个人主页', ['主页']],
  ])('%s gets one name that drops every flagged word and passes', (name, flagged) => {
    const findings = checkSiteName(personal({ name }));
    const proposals = findings.map((f) => f.suggestedName).filter((s): s is string => s !== undefined);
    expect(proposals).toHaveLength(1);
    for (const word of flagged) expect(proposals[0]!.toLowerCase()).not.toContain(word);
    expect(proposals[0]).not.toMatch(/(的|个人)$/);
    expect(problemsOfShown(personal({ name }))).toEqual([]);
  });

  it('checks a suggestion with the same context: a province rule the original meets rules the candidate out too', () => {
    // In 四川 an English-dominant name warns, so Tech笔记 (the plain proposal) must not be offered there.
    const input = personal({ name: 'TechBlog', province: '四川' });
    const [proposal] = checkSiteName(input).flatMap((f) => (f.suggestedName ? [f.suggestedName] : []));
    expect(proposal).toBeDefined();
    expect(checkSiteName({ ...input, name: proposal! }).filter(isNameFinding)).toEqual([]);
    expect(checkSiteName(personal({ name: 'TechBlog' })).find((f) => f.suggestedName)?.suggestedName).toBe('Tech笔记');
    expect(proposal).not.toBe('Tech笔记');
  });

  it('offers nothing for a name without problems, nor for an empty one', () => {
    expect(checkSiteName(personal()).some((f) => f.suggestedName)).toBe(false);
    expect(checkSiteName(personal({ name: '' })).some((f) => f.suggestedName)).toBe(false);
  });

  describe('over the dev set', () => {
    const cases = parseLabelledSet(readFileSync(DEV_SET, 'utf8'));
    /** Dev-set names that have a problem of their own yet get no passing suggestion, with the reason. */
    const WITHOUT_SUGGESTION: Record<string, string> = {};

    it('shows only suggestions that pass', () => {
      const failing = cases.map((c) => ({ id: c.id, problems: problemsOfShown(c.input) })).filter((c) => c.problems.length > 0);
      expect(failing).toEqual([]);
    });

    it('still suggests a passing name wherever the name has a problem of its own, or lists why not', () => {
      const missing = cases
        .filter((c) => checkSiteName(c.input).some(isNameFinding))
        .filter((c) => !checkSiteName(c.input).some((f) => f.suggestedName))
        .map((c) => c.id);
      expect(missing.sort()).toEqual(Object.keys(WITHOUT_SUGGESTION).sort());
      expect(cases.filter((c) => checkSiteName(c.input).some((f) => f.suggestedName)).length).toBeGreaterThan(10);
    });
  });

  it('over random names, subjects, provinces, services and remarks: no shown suggestion fails a rule of its own', () => {
    const piece = fc.constantFrom(
      '张伟', '小明', '的', '技术', '博客', '个人', '主页', '中国', '人民', '国家', '全国', '新闻', '商城', '店', '工作室',
      '公司', '读书', '笔记', '摄影', '徒步', '北京', '杭州', 'My', 'Blog', 'Tech', '2024', '★', ' ', '-', 'example.com',
      '在线', '下载', '平台', '电影', '游戏', '教育', '医疗', '理财', '记', '手记', '色情', '旅行', '网',
    );
    const input = fc.record({
      name: fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('')),
      subject: fc.constantFrom('personal' as const, 'enterprise' as const),
      province: fc.option(fc.constantFrom(...PROVINCES.map((p) => p.name)), { nil: undefined }),
      serviceContent: fc.subarray(['其他', '博客/个人空间', '网络新闻', '网上商城', '网络教育', '单位门户网站']),
      remark: fc.constantFrom('', '记录个人读书心得的非经营性网站，不开放评论和留言', '公司官网，介绍产品', '出售手工饰品，每件50元'),
      preApprovals: fc.constant([] as string[]),
    });
    fc.assert(fc.property(input, (value) => {
      expect(problemsOfShown(value)).toEqual([]);
    }), { numRuns: 300 });
  });
});
