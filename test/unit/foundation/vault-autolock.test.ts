import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerVaultAutoLock, VAULT_IDLE_ALARM } from '@/utils/browser/vault-autolock';
import { enableEncryption, getVaultStatus, setAutoLockMinutes, touch } from '@/utils/browser/vault';

describe('vault auto-lock', () => {
  beforeEach(() => fakeBrowser.reset());

  it('locks an unlocked vault once it has been idle longer than the chosen time, not before', async () => {
    await enableEncryption('correct horse battery', { iterations: 1000 });
    await setAutoLockMinutes(5);
    registerVaultAutoLock();
    expect(await fakeBrowser.alarms.get(VAULT_IDLE_ALARM)).toMatchObject({ periodInMinutes: 1 });

    await touch(Date.now());
    await fakeBrowser.alarms.onAlarm.trigger({ name: VAULT_IDLE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    expect(await getVaultStatus()).toMatchObject({ enabled: true, unlocked: true });

    await touch(Date.now() - 6 * 60_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: VAULT_IDLE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false });
    await expect.poll(async () => (await getVaultStatus()) as object).toMatchObject({ unlocked: false });
  });
});
