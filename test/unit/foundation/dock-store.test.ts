import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_DOCK, readDock, updateDock } from '@/utils/browser/dock-store';
import { DOCK_WIDTH_RANGE } from '@/utils/browser/dock-state';

describe('dock state', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is expanded on first use', async () => {
    expect(await readDock()).toEqual(DEFAULT_DOCK);
    expect(DEFAULT_DOCK.collapsed).toBe(false);
  });

  it('remembers collapsed state and width', async () => {
    await updateDock({ collapsed: true });
    await updateDock({ width: 520 });
    expect(await readDock()).toEqual({ collapsed: true, width: 520 });
  });

  it('clamps the width and repairs a corrupt entry instead of failing', async () => {
    expect((await updateDock({ width: 5000 })).width).toBe(DOCK_WIDTH_RANGE.max);
    await fakeBrowser.storage.local.set({ dock: { collapsed: 'maybe', width: 'wide' } });
    expect(await readDock()).toEqual(DEFAULT_DOCK);
  });
});
