// `npm run demo [-- --browser firefox]`: checks the browser, builds the extension for it, then runs its demo.
import { spawnSync } from 'node:child_process';

const at = process.argv.indexOf('--browser');
const browser = at >= 0 ? process.argv[at + 1] : 'chromium';
if (browser !== 'chromium' && browser !== 'firefox') {
  console.error(`未知的浏览器：${browser}（可选 chromium、firefox）`);
  process.exit(2);
}
const steps = [
  ['node', ['scripts/require-browser.mjs', browser]],
  ['npx', ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])]],
  ['npx', ['tsx', browser === 'firefox' ? 'scripts/demo-firefox.ts' : 'scripts/demo.ts']],
];
for (const [cmd, args] of steps) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
