/**
 * `npx tsx scripts/eval-names.ts [FILE]`: scores the name checker on a labelled JSON-lines set (default: the dev set)
 * and prints block recall, flag recall, clean names blocked and clean names that fully pass, beside the targets, then
 * the same figures as the README states them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, meetsTargets, parseLabelledSet, readmeSummary, TARGETS, type EvalMetrics } from '../utils/names/evaluate';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV_SET = path.resolve(repoRoot, '../shared/data/site-names.dev.jsonl');

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

function report(file: string, m: EvalMetrics): string[] {
  const lines = [
    `数据集 ${file}：${m.counts.block + m.counts.flag + m.counts.pass} 条（block ${m.counts.block}，flag ${m.counts.flag}，pass ${m.counts.pass}）`,
    `block recall（应阻断→阻断）             ${percent(m.blockRecall)}   目标 ≥ ${percent(TARGETS.blockRecall)}`,
    `flag recall（应阻断/提醒→阻断或警告）    ${percent(m.flagRecall)}   目标 ≥ ${percent(TARGETS.flagRecall)}`,
    `clean names blocked（干净名称被阻断）     ${m.cleanBlocked}        目标 = ${TARGETS.cleanBlocked}`,
    `clean names fully pass（干净名称零提醒）  ${percent(m.cleanFullPassRate)}   目标 ≥ ${percent(TARGETS.cleanFullPassRate)}`,
    meetsTargets(m) ? '结果：全部达标' : '结果：未达标',
    '',
    `README: ${readmeSummary(m)}`,
  ];
  if (m.misses.length > 0) lines.push('', '与标注不一致：');
  for (const miss of m.misses) {
    const rules = miss.findings.map((f) => `${f.severity === 'error' ? '错误' : '警告'}:${f.rule}[${f.evidence}]`).join(' ');
    lines.push(`  ${miss.case.id} ${miss.case.input.name}：期望 ${miss.case.expect}，实际 ${miss.verdict}  ${rules || '（无发现）'}  — ${miss.case.why}`);
  }
  return lines;
}

function main(args: string[]): number {
  const file = args[0] ?? DEV_SET;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`无法读取文件“${file}”：${(error as Error).message}\n`);
    return 2;
  }
  try {
    for (const line of report(file, evaluate(parseLabelledSet(text)))) console.log(line);
  } catch (error) {
    process.stderr.write(`数据集格式有误：${(error as Error).message}\n`);
    return 2;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
