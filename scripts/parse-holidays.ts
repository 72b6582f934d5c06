/**
 * `npm run --silent holidays:parse -- FILE.txt`: reads a State Council holiday notice and prints
 * {"year":2025,"holidays":["2025-01-01",…],"workdays":["2025-01-26",…]} (sorted ISO dates). A text that is not such a
 * notice prints why on stderr and exits 1; wrong usage exits 2.
 */
import { readFileSync } from 'node:fs';
import { parseHolidayNotice } from '../utils/calendar/holiday-notice';

function main(args: string[]): number {
  const file = args[0];
  if (!file || args.length > 1) {
    process.stderr.write('用法：npm run --silent holidays:parse -- 通知.txt\n');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`无法读取文件“${file}”：${(error as Error).message}\n`);
    return 2;
  }
  const reading = parseHolidayNotice(text);
  if (!reading.ok) {
    process.stderr.write(`${reading.message}\n`);
    return 1;
  }
  const { year, holidays, workdays } = reading.arrangement;
  process.stdout.write(`${JSON.stringify({ year, holidays, workdays })}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
