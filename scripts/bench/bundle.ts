/**
 * What the extension puts into web pages, in bytes at gzip -9, against the budgets (#22): the always-on script every
 * console page gets, the filing app's part loaded on entry to the filing app, and MIIT's page script. Each is one
 * self-contained file (polyfill and WXT runtime included). Reads the production builds (run the builds first).
 * `--check` exits 1 when a budget is exceeded: `npm test` runs it as a check, since a size is a fact of the build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

export const PAGE_SCRIPT_BUDGETS = [
  { name: 'always-on console script', file: 'content-scripts/console.js', budget: 5_120 },
  { name: 'filing-app part (loaded on entry)', file: 'filing-app.js', budget: 25_600 },
  { name: 'MIIT page script', file: 'content-scripts/miit.js', budget: 25_600 },
] as const;

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export interface SizeLine {
  build: string;
  name: string;
  gzip: number;
  budget: number;
}

export function pageScriptSizes(): SizeLine[] {
  return BUILDS.filter((build) => existsSync(build)).flatMap((build) =>
    PAGE_SCRIPT_BUDGETS.map(({ name, file, budget }) => {
      const full = path.join(build, file);
      return { build: path.basename(build), name, budget, gzip: existsSync(full) ? gzipBytes(full) : Number.NaN };
    }),
  );
}

export async function run(): Promise<string[]> {
  const lines = pageScriptSizes().map(
    ({ build, name, gzip, budget }) => `${build} ${name}: ${gzip} B gzip -9 (budget ${budget} B)${gzip <= budget ? '' : ' — OVER BUDGET'}`,
  );
  const out = path.resolve('.output/chrome-mv3');
  const bg = path.join(out, 'background.js');
  if (existsSync(bg)) lines.push(`background.js: ${kb(statSync(bg).size)} raw, ${kb(gzipBytes(bg))} gzip`);
  const chunks = path.join(out, 'chunks');
  if (existsSync(chunks)) {
    const pages = readdirSync(chunks).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + statSync(path.join(chunks, f)).size, 0);
    lines.push(`extension pages (panel, popup, options) chunks: ${kb(pages)} raw`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
  if (process.argv.includes('--check')) {
    const sizes = pageScriptSizes();
    const bad = sizes.filter(({ gzip, budget }) => !(gzip <= budget));
    if (sizes.length === 0 || bad.length > 0) process.exit(1);
  }
}
