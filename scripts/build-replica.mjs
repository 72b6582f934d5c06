// Builds the filing-console replica (test/replica) into .output/replica with Vite.
// Usage: node scripts/build-replica.mjs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = path.join(repoRoot, '.output/replica');

function readIndex() {
  const index = path.join(outDir, 'index.html');
  return existsSync(index) ? readFileSync(index, 'utf8') : '';
}

export async function buildReplica() {
  const staging = `${outDir}.staging-${process.pid}`;
  await build({ configFile: path.join(repoRoot, 'test/replica/vite.config.ts'), build: { outDir: staging } });
  // Hashed assets first, index.html last: a page still loading the previous build keeps finding its assets,
  // and a concurrent build never leaves a half-written directory behind.
  const previousIndex = readIndex();
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(staging, 'assets'), path.join(outDir, 'assets'), { recursive: true });
  cpSync(path.join(staging, 'index.html'), path.join(outDir, 'index.html'));
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
