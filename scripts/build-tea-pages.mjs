// Builds the tea-component test pages (test/tea-pages) once per installed tea version into .output/tea-pages/<version>.
// tea-component is UNLICENSED: it is only a devDependency, these builds are never committed or shipped, and the e2e
// tests build them when they run. Usage: node scripts/build-tea-pages.mjs
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const source = path.join(repoRoot, 'test/tea-pages');
export const TEA_PAGES_DIR = path.join(repoRoot, '.output/tea-pages');
/** Where the console host serves the pages (test/e2e/replica-server.ts): under /beian, so the extension docks there. */
export const TEA_PAGES_BASE = '/beian/__tea__/';
/** npm aliases of the installed versions: 2.7.3 (its date picker ignores typing) and the newest 2.x. */
export const TEA_PACKAGES = ['tea-component-273', 'tea-component-280'];

export function teaVersion(pkg) {
  return JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf8')).version;
}

export async function buildTeaPages() {
  const versions = [];
  for (const pkg of TEA_PACKAGES) {
    const version = teaVersion(pkg);
    await build({
      configFile: false,
      root: source,
      base: `${TEA_PAGES_BASE}${version}/`,
      logLevel: 'warn',
      plugins: [react()],
      define: { __TEA_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
      resolve: {
        alias: [
          { find: /^tea-component(\/.*)?$/, replacement: `${pkg}$1` },
          { find: /^react-dom$/, replacement: path.join(source, 'react-dom-shim.ts') },
          { find: /^react-dom-original$/, replacement: path.join(repoRoot, 'node_modules/react-dom/index.js') },
        ],
      },
      build: { outDir: path.join(TEA_PAGES_DIR, version), emptyOutDir: true, reportCompressedSize: false, cssMinify: false, chunkSizeWarningLimit: 5000 },
    });
    versions.push(version);
  }
  return versions;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const versions = await buildTeaPages();
  console.log(`tea-component 测试页已构建：${versions.join('、')}（${Date.now() - started} ms）`);
}
