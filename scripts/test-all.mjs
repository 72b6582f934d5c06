// `npm test`: type check, unit tests, both builds, web-ext lint on the Firefox build, replica build, e2e in Chromium
// and in Firefox ESR.
// Runs every step even after a failure, then prints one totals line `N passed, N failed` from the runners' JSON reports
// (a failed non-test step such as the type check counts as one failed check).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
const totals = { passed: 0, failed: 0 };
const lines = [];

function run(name, cmd, args, env = {}) {
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = r.status === 0;
  lines.push(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t0) / 1000).toFixed(1)}s)`);
  return ok;
}

function check(name, cmd, args, env) {
  const ok = run(name, cmd, args, env);
  if (ok) totals.passed += 1;
  else totals.failed += 1;
  return ok;
}

function countFrom(file, read, name, ranOk) {
  if (!existsSync(file)) {
    totals.failed += 1;
    lines.push(`  ${name}: no report written`);
    return;
  }
  const { passed, failed } = read(JSON.parse(readFileSync(file, 'utf8')));
  totals.passed += passed;
  totals.failed += failed + (ranOk || failed > 0 ? 0 : 1);
  lines.push(`  ${name}: ${passed} passed / ${failed} failed`);
}

const hasBrowser = spawnSync('node', ['scripts/require-browser.mjs'], { stdio: 'inherit' }).status === 0;
const hasFirefox = spawnSync('node', ['scripts/require-browser.mjs', 'firefox'], { stdio: 'inherit' }).status === 0;

check('typecheck', 'npx', ['tsc', '--noEmit']);

rmSync('test-results/unit.json', { force: true });
const unitOk = run('unit tests (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
countFrom('test-results/unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }), 'unit', unitOk);

const chromeBuilt = check('build chrome-mv3', 'npx', ['wxt', 'build']);
const firefoxBuilt = check('build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (firefoxBuilt) check('web-ext lint (firefox)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--no-input', '--output', 'text']);
if (chromeBuilt && firefoxBuilt) check('page-script size budgets (gzip -9)', 'npx', ['tsx', 'scripts/bench/bundle.ts', '--check']);
const replicaBuilt = check('build replica console', 'node', ['scripts/build-replica.mjs']);

if (!hasBrowser) {
  totals.failed += 1;
  lines.push('✘ e2e skipped: no Chromium');
} else if (chromeBuilt && replicaBuilt) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('e2e (playwright, Chromium)', 'npx', ['playwright', 'test'], { CI: 'true' });
  countFrom(
    'test-results/e2e.json',
    (r) => ({ passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected }),
    'e2e',
    e2eOk,
  );
} else {
  totals.failed += 1;
  lines.push('✘ e2e not run: a build failed');
}

if (!hasFirefox) {
  totals.failed += 1;
  lines.push('✘ Firefox e2e skipped: no Firefox');
} else if (firefoxBuilt && replicaBuilt) {
  rmSync('test-results/e2e-firefox.json', { force: true });
  const e2eOk = run('e2e (puppeteer over BiDi, Firefox ESR)', 'npx', ['playwright', 'test', '-c', 'playwright.firefox.config.ts'], { CI: 'true' });
  countFrom(
    'test-results/e2e-firefox.json',
    (r) => ({ passed: r.stats.expected + (r.stats.flaky ?? 0), failed: r.stats.unexpected }),
    'e2e firefox',
    e2eOk,
  );
} else {
  totals.failed += 1;
  lines.push('✘ Firefox e2e not run: a build failed');
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
