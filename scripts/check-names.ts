/**
 * `npm run --silent check:names -- FILE.jsonl`: checks one site per JSON line and prints one JSON result per line
 * ({"id","name","verdict","findings":[{"rule","severity","message"}]}). Exit 0 when it ran, 2 on wrong usage.
 */
import { readFileSync } from 'node:fs';
import { checkJsonLines } from '../utils/names/jsonl';

function main(args: string[]): number {
  const file = args[0];
  if (!file) {
    process.stderr.write('用法：npm run --silent check:names -- 文件.jsonl（每行一个 JSON 对象）\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`无法读取文件“${file}”：${(error as Error).message}\n`);
    return 2;
  }
  for (const result of checkJsonLines(text)) process.stdout.write(`${JSON.stringify(result)}\n`);
  return 0;
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});
process.exitCode = main(process.argv.slice(2));
