/**
 * `npm run --silent check:names -- FILE.jsonl`: checks one site per JSON line and prints one JSON result per line
 * ({"id","name","verdict","findings":[{"rule","severity","message"}]}). Exit 0 when it ran, 2 on wrong usage.
 */
import { checkJsonLines } from '../utils/names/jsonl';
import { readTextFile, runCli, UsageError, writeJsonLine } from './cli';

function main(args: readonly string[]): number {
  const file = args[0];
  if (!file) throw new UsageError();
  for (const result of checkJsonLines(readTextFile(file, 2))) writeJsonLine(result);
  return 0;
}

await runCli('用法：npm run --silent check:names -- 文件.jsonl（每行一个 JSON 对象）', main);
