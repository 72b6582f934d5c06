/** The panel's link to its console page: a report of what it already shows changes nothing. */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelPush } from '@/utils/browser/panel-port';
import type { PageSnapshot } from '@/utils/console/types';
import { fieldSnapshot, pageSnapshot } from '../console/helpers/snapshots';
import { usePageSnapshot } from '@/components/panel/usePageSnapshot';

const page = vi.hoisted(() => ({ push: (_: PanelPush) => undefined as void }));
const snapshotWith = (value: string) => pageSnapshot([fieldSnapshot({ key: 'principal.name', label: '负责人姓名', value })]);

vi.mock('@/utils/browser/messaging', () => ({
  sendMessage: async (type: string) => (type === 'panel:whoami' ? { tabId: 7 } : snapshotWith('')),
}));
vi.mock('@/utils/browser/panel-port', () => ({
  listenToOwnTab: (onPush: (push: PanelPush) => void) => {
    page.push = onPush;
    return () => undefined;
  },
}));

afterEach(cleanup);

describe('usePageSnapshot', () => {
  it('keeps the snapshot it shows when the page reports the same again, and takes a changed one', async () => {
    const seen: (PageSnapshot | null)[] = [];
    function Probe() {
      seen.push(usePageSnapshot().snapshot);
      return null;
    }
    render(<Probe />);
    await waitFor(() => expect(seen.at(-1)?.fields[0]?.value).toBe(''));
    const shown = seen.at(-1);
    await act(async () => page.push({ type: 'page:changed', snapshot: snapshotWith('') }));
    // The same object: what the panel derives from it (the fill plan, the name checks) is not worked out again.
    expect(seen.at(-1)).toBe(shown);
    await act(async () => page.push({ type: 'page:changed', snapshot: snapshotWith('张三') }));
    expect(seen.at(-1)?.fields[0]?.value).toBe('张三');
  });
});
