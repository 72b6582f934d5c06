import { browser } from 'wxt/browser';
import { lockIfIdle } from './vault';
import { hasCapability } from './capabilities';

export const VAULT_IDLE_ALARM = 'bh-vault-idle-check';

/** Checks once a minute whether the unlocked vault has been idle for its auto-lock time, and locks it then. */
export function registerVaultAutoLock(): void {
  if (!hasCapability('alarms')) return; // The panel says that auto-lock is unavailable.
  void browser.alarms.create(VAULT_IDLE_ALARM, { periodInMinutes: 1 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === VAULT_IDLE_ALARM) void lockIfIdle();
  });
}
