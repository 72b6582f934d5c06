// Fails early, with the install hint, when the browser the demo or an e2e suite needs is missing.
// `node scripts/require-browser.mjs` checks Chromium; `node scripts/require-browser.mjs firefox` checks Firefox.
import { existsSync } from 'node:fs';

const BROWSERS = {
  chromium: {
    candidates: [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'],
    hint:
      '未找到 Chromium 或 Chrome 浏览器。\n' +
      '  Debian/Ubuntu：sudo apt-get install -y chromium fonts-wqy-microhei\n' +
      '  其他系统：安装 Chrome 后设置 CHROMIUM_PATH=/path/to/chrome 再运行。',
  },
  firefox: {
    candidates: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
    hint:
      '未找到 Firefox 浏览器。\n' +
      '  Debian/Ubuntu：sudo apt-get install -y firefox-esr fonts-wqy-microhei\n' +
      '  其他系统：安装 Firefox 后设置 FIREFOX_PATH=/path/to/firefox 再运行。',
  },
};

const wanted = BROWSERS[process.argv[2] ?? 'chromium'];
if (!wanted) {
  console.error(`未知的浏览器：${process.argv[2]}（可选 chromium、firefox）`);
  process.exit(2);
}
if (!wanted.candidates.some((p) => p && existsSync(p))) {
  console.error(wanted.hint);
  process.exit(1);
}
