import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getActiveProfileId, setActiveProfileId, watchActiveProfileId } from '@/utils/browser/active-profile';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('active profile id', () => {
  it('is none at first, and stores only the id under local:activeProfileId', async () => {
    expect(await getActiveProfileId()).toBeNull();
    await setActiveProfileId('d6f1c1a8');
    expect(await getActiveProfileId()).toBe('d6f1c1a8');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ activeProfileId: 'd6f1c1a8' });
    await setActiveProfileId(null);
    expect(await getActiveProfileId()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('reads a corrupt value as no choice', async () => {
    await fakeBrowser.storage.local.set({ activeProfileId: { id: 42 } });
    expect(await getActiveProfileId()).toBeNull();
    await fakeBrowser.storage.local.set({ activeProfileId: '' });
    expect(await getActiveProfileId()).toBeNull();
  });

  it('tells watchers about changes made elsewhere until they stop watching', async () => {
    const seen = vi.fn();
    const stop = watchActiveProfileId(seen);
    await fakeBrowser.storage.local.set({ activeProfileId: 'abc' });
    await fakeBrowser.storage.local.remove('activeProfileId');
    expect(seen.mock.calls).toEqual([['abc'], [null]]);
    stop();
    await setActiveProfileId('later');
    expect(seen).toHaveBeenCalledTimes(2);
  });
});
