// Builds the filing-console replica (test/replica) into .output/replica with Vite.
// Usage: node scripts/build-replica.mjs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(repoRoot, '.output/replica');

/** The pages of the build: the console replica and the MIIT SMS page replica. */
const PAGES = ['miit.html', 'index.html'];

function readIndex() {
  return PAGES.map((page) => path.join(outDir, page))
    .map((file) => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
    .join('\n');
}

export async function buildReplica() {
  const staging = `${outDir}.staging-${process.pid}`;
  await build({ configFile: path.join(repoRoot, 'test/replica/vite.config.ts'), build: { outDir: staging } });
  // Hashed assets first, the pages last (index.html, which marks a build as current, at the very end): a page still
  // loading the previous build keeps finding its assets, and a concurrent build never leaves a half-written directory.
  const previousIndex = readIndex();
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(staging, 'assets'), path.join(outDir, 'assets'), { recursive: true });
  for (const page of PAGES) cpSync(path.join(staging, page), path.join(outDir, page));
  rmSync(staging, { recursive: true, force: true });
  // Keep the assets of this build and the previous one only.
  const kept = previousIndex + readIndex();
  for (const asset of readdirSync(path.join(outDir, 'assets'))) {
    if (!kept.includes(`/assets/${asset}`)) rmSync(path.join(outDir, 'assets', asset));
  }
  return outDir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  await buildReplica();
  console.log(`复刻控制台已构建：${path.relative(process.cwd(), outDir) || outDir}（${Date.now() - started} ms）`);
}
