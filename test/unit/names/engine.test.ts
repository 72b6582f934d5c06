import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSiteName, verdictOf, type NameCheckInput, type NameFinding } from '@/utils/names';
import { NAME_TERMS, REMARK_TERMS, SERVICE_CONTENTS } from '@/utils/names/vocabulary';
import { enterprise, personal } from './helpers';

const finding = (severity: NameFinding['severity']): NameFinding => ({
  rule: 'x', severity, message: 'm', evidence: 'e', source: 's', field: 'name',
});

describe('verdictOf', () => {
  it('blocks exactly when there is an error, warns on warnings only, passes on nothing', () => {
    expect(verdictOf([])).toBe('pass');
    expect(verdictOf([finding('warning')])).toBe('warn');
    expect(verdictOf([finding('warning'), finding('error')])).toBe('block');
  });
});

describe('checkSiteName', () => {
  it('lists errors before warnings', () => {
    const severities = checkSiteName(personal({ name: '小刘设计工作室', remark: '接单设计' })).map((f) => f.severity);
    expect(severities).toContain('error');
    expect(severities).toContain('warning');
    expect(severities.indexOf('warning')).toBeGreaterThan(severities.lastIndexOf('error'));
  });
  it('gives every error a suggestion and a source section', () => {
    const inputs = [
      personal({ name: '中国茶文化笔记' }), personal({ name: '阿明的服装商城', remark: '卖衣服' }), personal({ name: '2024' }),
      personal({ remark: '', province: '山东' }), enterprise({ name: '云朵工厂新闻中心', serviceContent: ['网络新闻'] }),
      personal({ preApprovals: ['新闻'] }), personal({ serviceContent: ['博客/个人空间'], province: '湖南' }),
    ];
    const errors = inputs.flatMap(checkSiteName).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThanOrEqual(inputs.length);
    for (const error of errors) {
      expect(error.suggestion, error.rule).toMatch(/\p{Script=Han}/u);
      expect(error.source, error.rule).toMatch(/^icp-rules\.md §\d/);
    }
  });
  it('does not report the same thing twice', () => {
    const findings = checkSiteName(personal({ name: '新闻新闻速递' }));
    expect(findings.filter((f) => f.rule === 'name.preapproval' && f.evidence === '新闻')).toHaveLength(1);
  });
  it('treats a missing or unknown subject as personal, the stricter reading', () => {
    const input = { name: '云朵科技有限公司', subject: 'company' } as unknown as NameCheckInput;
    expect(checkSiteName(input).some((f) => f.rule === 'name.personal-enterprise')).toBe(true);
  });
});

/** Any UTF-16 code unit, lone surrogates included, mixed with the checker's own vocabulary so rules fire. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
const vocabulary = fc.constantFrom(...NAME_TERMS.map((t) => t.word), ...REMARK_TERMS.map((t) => t.word), '不', '，', '网', '记');
const messyText = fc.array(fc.oneof(codeUnit, vocabulary, fc.string()), { maxLength: 12 }).map((parts) => parts.join(''));
const anything = fc.oneof(fc.anything(), messyText);
const messyInput = fc.record(
  {
    name: fc.oneof(messyText, anything),
    subject: fc.oneof(fc.constantFrom('personal', 'enterprise'), anything),
    domain: fc.oneof(fc.constantFrom('mysite.com', 'bbs.example.cn'), anything),
    serviceContent: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...SERVICE_CONTENTS.map((c) => c.label)), anything)), anything),
    remark: fc.oneof(messyText, anything),
    preApprovals: fc.oneof(fc.array(fc.oneof(fc.constantFrom('新闻', '以上都不涉及', '文化'), anything)), anything),
    province: fc.oneof(fc.constantFrom('湖南', '山东省', '内蒙古自治区', '黑龙江', '海南'), anything),
  },
  { requiredKeys: [] },
);

describe('robustness (property-based)', () => {
  it('never throws and always returns well-formed findings on arbitrary input', () => {
    fc.assert(
      fc.property(messyInput, (raw) => {
        const findings = checkSiteName(raw as unknown as NameCheckInput);
        expect(Array.isArray(findings)).toBe(true);
        for (const f of findings) {
          expect(f.rule).not.toBe('engine.internal');
          expect(['error', 'warning']).toContain(f.severity);
          expect(['name', 'remark', 'serviceContent', 'preApprovals']).toContain(f.field);
          for (const key of ['rule', 'message', 'evidence', 'source'] as const) expect(typeof f[key]).toBe('string');
          expect(f.message).toMatch(/\p{Script=Han}/u);
          if ('suggestion' in f) expect(typeof f.suggestion).toBe('string');
        }
        expect(verdictOf(findings)).toBe(findings.some((f) => f.severity === 'error') ? 'block' : findings.length ? 'warn' : 'pass');
      }),
      { numRuns: 600 },
    );
  });
  it('never throws on non-object input', () => {
    for (const raw of [null, undefined, 42, 'name', [], [1, 2]]) {
      expect(() => checkSiteName(raw as unknown as NameCheckInput)).not.toThrow();
      expect(checkSiteName(raw as unknown as NameCheckInput).every((f) => f.rule !== 'engine.internal')).toBe(true);
    }
  });
  it('gives the same answer for full-width and half-width spellings', () => {
    fc.assert(
      fc.property(fc.constantFrom('Vue学习记录', 'TechBlog', 'mysite.com', 'C++学习笔记', '星空观测(一)'), (name) => {
        const fullWidth = name.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
        const rules = (n: string) => checkSiteName(personal({ name: n })).map((f) => `${f.rule}:${f.severity}`);
        expect(rules(fullWidth)).toEqual(rules(name));
      }),
    );
  });
});
