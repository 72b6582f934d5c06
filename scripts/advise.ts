/**
 * `npm run --silent advise -- FILE.json|FILE.jsonl`: the filing type for one situation (a .json file) or for one
 * situation per line (.jsonl), one JSON line each: {"type","first","followUp","result","consoleWording","why","source"}.
 * Any bad, incomplete or contradictory situation: every problem on stderr, nothing on stdout, exit 1. Wrong usage: exit 2.
 */
import { adviceRecord, adviseSituation, unansweredMessage, type AdviceRecord } from '../utils/filing/advisor';
import { readSituations } from '../utils/filing/situation';
import { CliFailure, readTextFile, runCli, UsageError, writeJsonLine } from './cli';

const USAGE = `用法：npm run --silent advise -- 文件.json 或 文件.jsonl
根据情况文件判断备案类型：.json 文件是一个情况对象，.jsonl 文件每行一个情况对象；每个情况输出一行 JSON。
退出码：0 成功，1 情况文件有误或缺少需要的信息（说明在标准错误输出），2 用法错误。`;

function main(args: readonly string[]): number | 'help' {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return 'help';
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    throw new UsageError(args.length === 0 ? '请给出一个情况文件。' : `只接受一个情况文件，收到：${args.join(' ')}。`);
  }
  const file = args[0]!;
  const read = readSituations(readTextFile(file, 2), file.toLowerCase().endsWith('.jsonl'));
  const errors = read.ok ? [] : read.errors;
  const records: AdviceRecord[] = [];
  for (const { line, situation } of read.ok ? read.situations : []) {
    const answer = adviseSituation(situation);
    if (answer.kind === 'advice') records.push(adviceRecord(answer.advice));
    else errors.push(unansweredMessage(answer, line));
  }
  if (errors.length > 0) throw new CliFailure(errors.join('\n'), 1);
  records.forEach(writeJsonLine);
  return 0;
}

await runCli(USAGE, main);
