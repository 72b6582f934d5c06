/**
 * `npm run bench`: every benchmark prints figures (no pass/fail thresholds; the goals are printed beside them).
 * Browser benchmarks need the production build (`npm run build`) and Chromium; the Firefox one needs
 * `npm run build:firefox` and Debian's firefox-esr. `npm run bench -- slowdown` runs only the suite of that file name;
 * a name that is no file's picks every suite whose file contains it.
 */
const suites: Record<string, string> = {
  '名称检查 name checker (Node)': './bench/names.ts',
  '档案校验 profile validation (Node)': './bench/profiles.ts',
  '注入脚本体积 injected script size': './bench/bundle.ts',
  '填充速度 fill speed (Chromium)': './bench/fill.ts',
  '控制台减速 console slowdown, same browser (Chromium)': './bench/slowdown.ts',
  '控制台减速 console slowdown, same browser (Firefox)': './bench/slowdown-firefox.ts',
  '减速出在哪里 where the slowdown goes: traces of both tabs (Chromium)': './bench/trace.ts',
  '主线程 CPU 时间 main-thread CPU time, not throttled (Chromium, Linux)': './bench/cpu.ts',
  '读取一步的开销 what one reading of a wizard step costs (Chromium)': './bench/reading.ts',
};

const only = process.argv.slice(2);
const nameOf = (file: string) => file.replace(/^.*\/|\.ts$/g, '');
const names = new Set(Object.values(suites).map(nameOf));
const selected = (file: string) => only.some((o) => (names.has(o) ? nameOf(file) === o : file.includes(o)));
let failed = false;
for (const [title, file] of Object.entries(suites)) {
  if (only.length > 0 && !selected(file)) continue;
  console.log(`\n## ${title}`);
  try {
    const mod = (await import(file)) as { run(): Promise<string[]> };
    for (const line of await mod.run()) console.log(line);
  } catch (e) {
    failed = true;
    console.log(`failed: ${(e as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
