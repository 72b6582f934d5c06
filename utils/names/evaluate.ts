/** Scores the checker against a labelled set (expect: block | flag | pass), as `eval-names` prints it. */
import { checkSiteName, verdictOf } from './engine';
import { toCheckInput } from './input';
import type { NameCheckInput, NameFinding, Verdict } from './types';

export type Expectation = 'block' | 'flag' | 'pass';

export interface LabelledCase {
  id: string;
  expect: Expectation;
  why: string;
  input: NameCheckInput;
}

export function parseLabelledSet(text: string): LabelledCase[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const record = JSON.parse(line) as Record<string, unknown>;
      const parsed = toCheckInput(record);
      if ('error' in parsed) throw new Error(`第 ${index + 1} 行：${parsed.error}`);
      if (record.expect !== 'block' && record.expect !== 'flag' && record.expect !== 'pass') {
        throw new Error(`第 ${index + 1} 行：expect 必须是 block、flag 或 pass`);
      }
      return { id: String(record.id ?? index + 1), expect: record.expect, why: String(record.why ?? ''), input: parsed.input };
    });
}

export interface CaseOutcome {
  case: LabelledCase;
  verdict: Verdict;
  findings: NameFinding[];
}

export interface EvalMetrics {
  /** expected block → verdict block. */
  blockRecall: number;
  /** expected block or flag → verdict block or warn. */
  flagRecall: number;
  /** expected pass → verdict block (a count). */
  cleanBlocked: number;
  /** expected pass → no finding at all. */
  cleanFullPassRate: number;
  counts: Record<Expectation, number>;
  /** Cases that miss their expectation (including clean names with warnings). */
  misses: CaseOutcome[];
}

export const TARGETS = { blockRecall: 0.95, flagRecall: 0.9, cleanBlocked: 0, cleanFullPassRate: 0.85 } as const;

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);

export function evaluate(cases: readonly LabelledCase[]): EvalMetrics {
  const outcomes = cases.map((c): CaseOutcome => {
    const findings = checkSiteName(c.input);
    return { case: c, verdict: verdictOf(findings), findings };
  });
  const of = (expect: Expectation) => outcomes.filter((o) => o.case.expect === expect);
  const blocks = of('block');
  const flagged = [...blocks, ...of('flag')];
  const clean = of('pass');
  const met = (o: CaseOutcome) =>
    o.case.expect === 'block' ? o.verdict === 'block' : o.case.expect === 'flag' ? o.verdict !== 'pass' : o.verdict === 'pass';
  return {
    blockRecall: ratio(blocks.filter((o) => o.verdict === 'block').length, blocks.length),
    flagRecall: ratio(flagged.filter((o) => o.verdict !== 'pass').length, flagged.length),
    cleanBlocked: clean.filter((o) => o.verdict === 'block').length,
    cleanFullPassRate: ratio(clean.filter((o) => o.verdict === 'pass').length, clean.length),
    counts: { block: blocks.length, flag: of('flag').length, pass: clean.length },
    misses: outcomes.filter((o) => !met(o)),
  };
}

export function meetsTargets(m: EvalMetrics): boolean {
  return (
    m.blockRecall >= TARGETS.blockRecall &&
    m.flagRecall >= TARGETS.flagRecall &&
    m.cleanBlocked <= TARGETS.cleanBlocked &&
    m.cleanFullPassRate >= TARGETS.cleanFullPassRate
  );
}

/** 0.944 → "94.4 %", 1 → "100 %": the README's way of writing a rate. */
function readmePercent(rate: number): string {
  return `${Number((rate * 100).toFixed(1))} %`;
}

/** The figures as the README's "Name checker on the labelled dev set" paragraph states them. */
export function readmeSummary(m: EvalMetrics): string {
  const total = m.counts.block + m.counts.flag + m.counts.pass;
  return (
    `${total} cases (${m.counts.block} block, ${m.counts.flag} flag, ${m.counts.pass} pass): ` +
    `block recall **${readmePercent(m.blockRecall)}** (goal ≥ ${readmePercent(TARGETS.blockRecall)}), ` +
    `flag recall **${readmePercent(m.flagRecall)}** (goal ≥ ${readmePercent(TARGETS.flagRecall)}), ` +
    `clean names blocked **${m.cleanBlocked}**, ` +
    `clean names passing with no warning at all **${readmePercent(m.cleanFullPassRate)}** (goal ≥ ${readmePercent(TARGETS.cleanFullPassRate)}).`
  );
}
