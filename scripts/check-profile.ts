/**
 * Checks applicant-profile exchange files with the extension's own schema and validators.
 *
 *   npx tsx scripts/check-profile.ts [--json] [--today YYYY-MM-DD] FILE...
 *   (wired as `npm run --silent check:profile -- …`)
 *
 * Plain output: one line per problem, `错误|警告 FILE PATH 消息` (PATH is empty for a file that cannot be read).
 * --json: one JSON object per file per line, {"file","errors":[{"path","message"}],"warnings":[…]}.
 * Exit code: 1 when any file has an error, 0 otherwise (warnings alone are fine), 2 for wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { toIsoDate } from '@/utils/filing/dates';
import { checkExchangeFile, isIsoDate, type Findings } from '@/utils/profile';
import { runCli, UsageError, writeJsonLine } from './cli';

const USAGE = `用法：npm run --silent check:profile -- [--json] [--today YYYY-MM-DD] 文件...
检查备案助手的档案导出文件（格式 beian-helper.profiles，第 1 版）。
  --json               每个文件输出一行 JSON：{"file","errors":[{"path","message"}],"warnings":[...]}
  --today YYYY-MM-DD   按这一天判断证件是否过期、是否即将过期（默认今天）
退出码：0 没有错误（可能有警告），1 至少一个文件有错误，2 用法错误。`;

type Options = { json: boolean; today: string; files: string[] };

function parseArguments(argv: readonly string[]): Options | 'help' {
  const options: Options = { json: false, today: toIsoDate(new Date()), files: [] };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    if (onlyFiles || !argument.startsWith('-')) {
      options.files.push(argument);
    } else if (argument === '--') {
      onlyFiles = true;
    } else if (argument === '--help' || argument === '-h') {
      return 'help';
    } else if (argument === '--json') {
      options.json = true;
    } else if (argument === '--today' || argument.startsWith('--today=')) {
      const value = argument === '--today' ? argv[++i] : argument.slice('--today='.length);
      if (value === undefined || !isIsoDate(value)) {
        throw new UsageError(`--today 需要一个 YYYY-MM-DD 格式的真实日期，收到的是「${value ?? '（空）'}」。`);
      }
      options.today = value;
    } else {
      throw new UsageError(`不认识的选项「${argument}」。`);
    }
  }
  if (options.files.length === 0) throw new UsageError('请至少给出一个要检查的文件。');
  return options;
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: '文件不存在',
    EACCES: '没有读取权限',
    EISDIR: '这是一个目录，不是文件',
  };
  return `无法读取文件：${(code && reasons[code]) ?? (error instanceof Error ? error.message : String(error))}。`;
}

async function checkFile(file: string, today: string): Promise<Findings> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { errors: [{ path: '', message: readFailure(error) }], warnings: [] };
  }
  return checkExchangeFile(text, { today });
}

async function main(argv: readonly string[]): Promise<number | 'help'> {
  const options = parseArguments(argv);
  if (options === 'help') return 'help';

  let anyErrors = false;
  for (const file of options.files) {
    const { errors, warnings } = await checkFile(file, options.today);
    anyErrors ||= errors.length > 0;
    if (options.json) {
      writeJsonLine({ file, errors, warnings });
    } else {
      for (const issue of errors) process.stdout.write(`错误 ${file} ${issue.path} ${issue.message}\n`);
      for (const issue of warnings) process.stdout.write(`警告 ${file} ${issue.path} ${issue.message}\n`);
    }
  }
  return anyErrors ? 1 : 0;
}

await runCli(USAGE, main);
