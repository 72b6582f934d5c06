/**
 * `npm run --silent preflight -- PROFILE.json --type FILING_TYPE [--today YYYY-MM-DD] [--profile ID]`: the pre-flight
 * checklist for one profile of an exchange file (its `checklist` facts included), printed as one JSON object
 * {"items":[{"id","group","status","message","source"}],"blockers":[ids]}.
 * Exit 0 when it ran (blockers or not); 1 for a file that cannot be checked, 2 for wrong usage; both print a Chinese
 * message on stderr and nothing on stdout.
 */
import { toIsoDate } from '../utils/filing/dates';
import { FILING_TYPE_IDS, type FilingType } from '../utils/filing/filing-types';
import { preflight } from '../utils/filing/preflight';
import { isIsoDate } from '../utils/profile';
import { CliFailure, readTextFile, runCli, UsageError, writeJsonLine } from './cli';

const USAGE = `用法：npm run --silent preflight -- 档案文件.json --type 备案类型 [--today YYYY-MM-DD] [--profile 档案编号或名称]
对档案导出文件（格式 beian-helper.profiles，第 1 版）中的一个档案做提交前检查，输出一行 JSON。
  --type      备案类型：${FILING_TYPE_IDS.join('、')}
  --today     按这一天判断日期类规则（默认今天）
  --profile   文件里有多个档案时，用编号 id 或名称指定其中一个
退出码：0 检查完成（是否有阻断项见 blockers），1 文件无法检查，2 用法错误。`;

type Options = { file: string; type: FilingType; today: string; profile?: string };

function parseArguments(argv: readonly string[]): Options | 'help' {
  const files: string[] = [];
  let type: string | undefined;
  let today = toIsoDate(new Date());
  let profile: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const option = /^(--[a-z]+)(?:=(.*))?$/.exec(argument);
    if (!option) {
      files.push(argument);
      continue;
    }
    const [, name, inline] = option;
    if (name === '--help') return 'help';
    if (!['--type', '--today', '--profile'].includes(name!)) throw new UsageError(`不认识的选项「${argument}」。`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`${name} 后面缺少值。`);
    if (name === '--type') type = value;
    else if (name === '--profile') profile = value;
    else if (isIsoDate(value)) today = value;
    else throw new UsageError(`--today 需要一个 YYYY-MM-DD 格式的真实日期，收到的是「${value}」。`);
  }
  if (files.length !== 1) throw new UsageError(files.length === 0 ? '请给出一个档案文件。' : `只接受一个档案文件，收到 ${files.length} 个。`);
  if (type === undefined) throw new UsageError('请用 --type 指定备案类型。');
  if (!(FILING_TYPE_IDS as readonly string[]).includes(type)) throw new UsageError(`不认识的备案类型「${type}」。`);
  return { file: files[0]!, type: type as FilingType, today, profile };
}

function main(argv: readonly string[]): number | 'help' {
  const options = parseArguments(argv);
  if (options === 'help') return 'help';
  const result = preflight(readTextFile(options.file, 1), options);
  if (!result.ok) throw new CliFailure(result.errors.join('\n'), 1);
  writeJsonLine(result.report);
  return 0;
}

await runCli(USAGE, main);
