/**
 * One missing browser API costs one feature, never the panel: with each of storage.session, alarms, notifications and
 * action taken away, the background still starts, the panel still renders its shell and tabs, and it names what is
 * missing and what that costs.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPABILITY_NAMES, missingBackgroundCapabilities, type Capability } from '@/utils/browser/capabilities';

// The panel's messages go to the background; here the background's answers come from the same fake browser.
vi.mock('@/utils/browser/messaging', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/browser/messaging')>();
  const { missingBackgroundCapabilities: missing } = await import('@/utils/browser/capabilities');
  return {
    ...original,
    sendMessage: async (type: string) => {
      if (type === 'panel:capabilities') return { missing: missing() };
      throw new Error('后台未连接');
    },
  };
});

const { PanelApp } = await import('@/components/panel/PanelApp');
const { registerReminderHandlers, syncReminders } = await import('@/utils/browser/reminders');
const { registerVaultAutoLock } = await import('@/utils/browser/vault-autolock');
const { enableEncryption, getVaultStatus, lock } = await import('@/utils/browser/vault');

const { serveVaultSession } = await import('@/utils/browser/vault-session');

type Api = Exclude<Capability, 'tabs'>;
// Firefox MV2 names the toolbar button browserAction: both names go for "no action".
const holders: Record<Api, [object, string[]]> = {
  'storage.session': [fakeBrowser.storage, ['session']],
  alarms: [fakeBrowser, ['alarms']],
  notifications: [fakeBrowser, ['notifications']],
  action: [fakeBrowser, ['action', 'browserAction']],
};

let restore: (() => void) | null = null;
function remove(api: Api) {
  const [holder, keys] = holders[api];
  const saved = keys.map((key) => [key, Object.getOwnPropertyDescriptor(holder, key)] as const);
  for (const key of keys) delete (holder as Record<string, unknown>)[key];
  restore = () => saved.forEach(([key, descriptor]) => descriptor && Object.defineProperty(holder, key, descriptor));
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  restore?.();
  restore = null;
});

describe.each(Object.keys(holders) as Api[])('without %s', (api) => {
  it('the background starts, the panel renders every tab and names what is missing', async () => {
    remove(api);
    expect(missingBackgroundCapabilities()).toEqual([api]);
    expect(() => {
      registerReminderHandlers();
      registerVaultAutoLock();
    }).not.toThrow();
    await expect(syncReminders()).resolves.toBeUndefined();

    render(<PanelApp />);
    expect(screen.getByRole('heading', { name: '备案助手' })).toBeTruthy();
    for (const tab of ['填充本页', '订单与短信核验', '备案类型']) expect(screen.getByRole('tab', { name: tab })).toBeTruthy();
    const notice = await screen.findByRole('note', { name: '浏览器功能限制' });
    expect(within(notice).getByText(CAPABILITY_NAMES[api])).toBeTruthy();
  });
});

describe('without session storage anywhere', () => {
  it('the unlocked key stays in memory, never in local storage, and locking forgets it', async () => {
    remove('storage.session');
    const stop = serveVaultSession(); // This context is the background: it keeps the key itself.
    await enableEncryption('correct horse battery', { iterations: 1000 });
    expect(await getVaultStatus()).toMatchObject({ enabled: true, unlocked: true });
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toMatch(/vaultKey/);
    await lock();
    expect(await getVaultStatus()).toMatchObject({ enabled: true, unlocked: false });
    stop();
  });
});
