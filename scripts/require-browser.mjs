// Fails early, with the install hint, when no Chromium/Chrome is available for the demo and the e2e suite.
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/google-chrome'];
if (!candidates.some((p) => p && existsSync(p))) {
  console.error(
    '未找到 Chromium 或 Chrome 浏览器。\n' +
      '  Debian/Ubuntu：sudo apt-get install -y chromium fonts-wqy-microhei\n' +
      '  其他系统：安装 Chrome 后设置 CHROMIUM_PATH=/path/to/chrome 再运行。',
  );
  process.exit(1);
}
