import { defineConfig } from 'wxt';

// The console host and MIIT's ICP system (where the SMS code is entered) are the only origins the extension may touch.
export const CONSOLE_MATCH = 'https://console.cloud.tencent.com/*';
export const MIIT_MATCH = 'https://beian.miit.gov.cn/*';

export default defineConfig({
  // @wxt-dev/webextension-polyfill aliases `wxt/browser` to the polyfill, so `browser` is promise-based everywhere.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '备案助手',
    description: '腾讯云 ICP 备案控制台助手：申请人档案、一键预填、网站名称检查、短信核验倒计时。',
    // scripting: the filing app's part is injected only on entering the filing app (entrypoints/filing-app).
    permissions: ['storage', 'alarms', 'notifications', 'scripting'],
    host_permissions: [CONSOLE_MATCH, MIIT_MATCH],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '展开或收起备案助手面板',
      },
    },
    // The docked frame loads panel.html inside console and MIIT pages, and only there.
    web_accessible_resources: [{ resources: ['panel.html'], matches: [CONSOLE_MATCH, MIIT_MATCH] }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // data_collection_permissions (the extension collects nothing) is understood from Firefox 140 on desktop and
        // 142 on Android; the id stays stable so that stored data survives updates.
        gecko: {
          id: 'beian-helper@beian-helper.dev',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
