import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, meetsTargets, parseLabelledSet, readmeSummary, TARGETS } from '@/utils/names/evaluate';

const DEV_SET = path.resolve(process.cwd(), '../shared/data/site-names.dev.jsonl');

describe('the labelled dev set', () => {
  const cases = parseLabelledSet(readFileSync(DEV_SET, 'utf8'));
  const metrics = evaluate(cases);

  it('has cases of every kind', () => {
    expect(metrics.counts.block).toBeGreaterThan(0);
    expect(metrics.counts.flag).toBeGreaterThan(0);
    expect(metrics.counts.pass).toBeGreaterThan(0);
  });
  it(`blocks at least ${TARGETS.blockRecall * 100}% of the names that must be blocked`, () => {
    expect(metrics.blockRecall).toBeGreaterThanOrEqual(TARGETS.blockRecall);
  });
  it(`flags at least ${TARGETS.flagRecall * 100}% of the names that must be blocked or flagged`, () => {
    expect(metrics.flagRecall).toBeGreaterThanOrEqual(TARGETS.flagRecall);
  });
  it('blocks no clean name', () => {
    expect(metrics.cleanBlocked).toBe(TARGETS.cleanBlocked);
  });
  it(`lets at least ${TARGETS.cleanFullPassRate * 100}% of clean names pass without any warning`, () => {
    expect(metrics.cleanFullPassRate).toBeGreaterThanOrEqual(TARGETS.cleanFullPassRate);
    expect(meetsTargets(metrics)).toBe(true);
  });
});

describe('evaluate', () => {
  it('computes the metrics from verdicts, so a miss lowers them', () => {
    const metrics = evaluate(
      parseLabelledSet(
        [
          '{"id":"a","name":"中国茶文化笔记","subject":"personal","serviceContent":["其他"],"remark":"喝茶","expect":"block"}',
          '{"id":"b","name":"读书会笔记","subject":"personal","serviceContent":["其他"],"remark":"读书","expect":"block"}',
          '{"id":"c","name":"个人博客","subject":"personal","serviceContent":["其他"],"remark":"博客","expect":"pass"}',
          '{"id":"d","name":"小刘设计工作室","subject":"personal","serviceContent":["其他"],"remark":"接单","expect":"pass"}',
        ].join('\n'),
      ),
    );
    expect(metrics.blockRecall).toBe(0.5);
    expect(metrics.flagRecall).toBe(0.5);
    expect(metrics.cleanBlocked).toBe(1);
    expect(metrics.cleanFullPassRate).toBe(0);
    expect(metrics.misses.map((m) => m.case.id)).toEqual(['b', 'c', 'd']);
    expect(meetsTargets(metrics)).toBe(false);
    expect(readmeSummary(metrics)).toBe(
      '4 cases (2 block, 0 flag, 2 pass): block recall **50 %** (goal ≥ 95 %), flag recall **50 %** (goal ≥ 90 %), ' +
        'clean names blocked **1**, clean names passing with no warning at all **0 %** (goal ≥ 85 %).',
    );
  });
  it('refuses a malformed labelled line', () => {
    expect(() => parseLabelledSet('{"id":"a","name":"x","subject":"personal","expect":"maybe"}')).toThrow(/expect/);
  });
});
