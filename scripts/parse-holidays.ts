/**
 * `npm run --silent holidays:parse -- FILE.txt`: reads a State Council holiday notice and prints
 * {"year":2025,"holidays":["2025-01-01",…],"workdays":["2025-01-26",…]} (sorted ISO dates). A text that is not such a
 * notice prints why on stderr and exits 1; wrong usage exits 2.
 */
import { parseHolidayNotice } from '../utils/calendar/holiday-notice';
import { CliFailure, readTextFile, runCli, UsageError, writeJsonLine } from './cli';

function main(args: readonly string[]): number {
  const file = args[0];
  if (!file || args.length > 1) throw new UsageError();
  const reading = parseHolidayNotice(readTextFile(file, 2));
  if (!reading.ok) throw new CliFailure(reading.message, 1);
  const { year, holidays, workdays } = reading.arrangement;
  writeJsonLine({ year, holidays, workdays });
  return 0;
}

await runCli('用法：npm run --silent holidays:parse -- 通知.txt', main);
