/**
 * Size of what the extension injects into the console page (goal: ≤ 15 KB gzip) and of the other bundles.
 * Reads the production build in .output/chrome-mv3 (run `npm run build` first).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const OUT = path.resolve('.output/chrome-mv3');

function sizeOf(file: string) {
  const raw = readFileSync(file);
  return { raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function run(): Promise<string[]> {
  const lines: string[] = [];
  const injected = readdirSync(path.join(OUT, 'content-scripts')).filter((f) => f.endsWith('.js'));
  let total = 0;
  for (const file of injected) {
    const s = sizeOf(path.join(OUT, 'content-scripts', file));
    total += s.gzip;
    lines.push(`injected content-scripts/${file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`);
  }
  lines.push(`injected into the console, total: ${kb(total)} gzip (goal ≤ 15 KB)`);
  const bg = sizeOf(path.join(OUT, 'background.js'));
  lines.push(`background.js: ${kb(bg.raw)} raw, ${kb(bg.gzip)} gzip`);
  const chunks = readdirSync(path.join(OUT, 'chunks')).filter((f) => f.endsWith('.js'));
  const pages = chunks.reduce((sum, f) => sum + statSync(path.join(OUT, 'chunks', f)).size, 0);
  lines.push(`extension pages (panel, popup, options) chunks: ${kb(pages)} raw`);
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await run()) console.log(line);
}
