/** The panel's link to its console page: a report of what it already shows changes nothing. */
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PanelPush } from '@/utils/browser/panel-port';
import type { PageSnapshot } from '@/utils/console/types';
import { usePageSnapshot } from '@/components/panel/usePageSnapshot';

const page = vi.hoisted(() => {
  const snapshot = (value: string): PageSnapshot => ({
    path: '/beian/manage/process/30179108639935234/subject',
    pageKind: 'wizard',
    order: null,
    step: 'subject',
    stepTitle: '填写主体信息',
    stepTitles: [],
    headings: [],
    fields: [{ key: 'principal.name', role: 'profile', label: '负责人姓名', section: null, kind: 'text', value, options: [], required: true, disabled: false, addon: null }],
    siteCount: 0,
    canAddSite: false,
    uploads: [],
    needsUser: [],
    diagnostics: { unknownLabels: [], missingExpected: [], drift: false },
  });
  return { snapshot, push: (_: PanelPush) => undefined as void };
});

vi.mock('@/utils/browser/messaging', () => ({
  sendMessage: async (type: string) => (type === 'panel:whoami' ? { tabId: 7 } : page.snapshot('')),
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
    await act(async () => page.push({ type: 'page:changed', snapshot: page.snapshot('') }));
    // The same object: what the panel derives from it (the fill plan, the name checks) is not worked out again.
    expect(seen.at(-1)).toBe(shown);
    await act(async () => page.push({ type: 'page:changed', snapshot: page.snapshot('张三') }));
    expect(seen.at(-1)?.fields[0]?.value).toBe('张三');
  });
});
