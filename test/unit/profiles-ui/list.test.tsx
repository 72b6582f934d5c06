import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage, UNDO_WINDOW_MS } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { PROFILE_RECORD_VERSION, metaStorageKey, profileStorageKey } from '@/utils/profile/record';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
vi.setConfig({ testTimeout: 30_000 });

async function renderPage() {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  return { user, list: await screen.findByRole('table', { name: '档案列表' }) };
}

async function storeCorruptEntry(id: string, raw: unknown) {
  const key = profileStorageKey(id);
  await fakeBrowser.storage.local.set({ [key]: raw, [metaStorageKey(key)]: { v: PROFILE_RECORD_VERSION } });
}

describe('profile list', () => {
  it('shows each profile with its ID number masked, never in full', async () => {
    const enterprise = personalProfile();
    enterprise.id = 'company';
    enterprise.label = '某某科技';
    enterprise.subject = { ...enterprise.subject, type: 'enterprise', certificateType: '营业执照', certificateNumber: '91350100M000100Y43' };
    await saveProfile(personalProfile());
    await saveProfile(enterprise);
    const { list } = await renderPage();

    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('.bh-pf-masked')?.textContent).sort()).toEqual(['1101**********002X', '9135**********0Y43']);
    expect(within(list).getByText('某某科技').closest('tr')!.textContent).toContain('企业');
    expect(document.body.textContent).not.toContain('11010519491231002X');
    expect(document.body.textContent).not.toContain('91350100M000100Y43');
  });

  it('shows the count of errors and warnings per profile', async () => {
    const broken = personalProfile();
    broken.principal.mobile = '12345';
    broken.principal.emergencyPhone = '12345';
    await saveProfile(broken);
    const { list } = await renderPage();
    const expected = (await listProfiles({ today: TODAY })).profiles[0]!.findings;
    expect(expected.errors.length).toBeGreaterThan(0);
    expect(within(list).getByText(`${expected.errors.length} 个错误`)).toBeTruthy();
    expect(within(list).getByText(`${expected.warnings.length} 个警告`)).toBeTruthy();
  });
});

describe('delete with undo', () => {
  it('deletes at once and 撤销删除 brings the profile back unchanged', async () => {
    const profile = personalProfile();
    await saveProfile(profile);
    const { user, list } = await renderPage();

    await user.click(within(list).getByRole('button', { name: '删除「张三 · 个人」' }));
    await screen.findByText('还没有档案：新建一个，或导入备案助手导出的文件。');
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
    expect(screen.getByText(/已删除「张三 · 个人」/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '撤销删除' }));
    const restored = await screen.findByRole('table', { name: '档案列表' });
    expect(within(restored).getByText('张三 · 个人')).toBeTruthy();
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile)).toEqual([profile]);
    expect(screen.queryByRole('button', { name: '撤销删除' })).toBeNull();
  });

  it('offers 撤销删除 only for a while', async () => {
    await saveProfile(personalProfile());
    const { list } = await renderPage();
    // Only the page's timers are faked; vi.waitFor below may step them by its polling interval (50 ms) a few times.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fireEvent.click(within(list).getByRole('button', { name: '删除「张三 · 个人」' }));
    await vi.waitFor(() => screen.getByRole('button', { name: '撤销删除' }));

    act(() => vi.advanceTimersByTime(UNDO_WINDOW_MS - 1_000));
    expect(screen.getByRole('button', { name: '撤销删除' })).toBeTruthy();
    act(() => vi.advanceTimersByTime(1_000));
    expect(screen.queryByRole('button', { name: '撤销删除' })).toBeNull();
  });
});

describe('quarantined entries', () => {
  it('are listed with their raw content next to the working profiles, and can be copied out or deleted', async () => {
    await saveProfile(personalProfile());
    const raw = { profile: { id: 'broken', label: '半截记录', subject: { type: 'personal' } } };
    await storeCorruptEntry('broken', raw);
    const { user, list } = await renderPage();

    expect(within(list).getByText('张三 · 个人')).toBeTruthy();
    const section = screen.getByRole('region', { name: '无法读取的档案记录' });
    const item = within(section).getByRole('listitem', { name: '无法读取的记录 broken' });
    expect(item.textContent).toContain('不符合档案格式');
    const shown = within(item).getByLabelText('原始内容').textContent!;
    expect(JSON.parse(shown)).toEqual(raw);

    await user.click(within(item).getByRole('button', { name: '复制原始内容' }));
    await within(item).findByText('原始内容已复制到剪贴板。');
    expect(await navigator.clipboard.readText()).toBe(shown);

    await user.click(within(item).getByRole('button', { name: '删除这条记录' }));
    await user.click(within(item).getByRole('button', { name: '确定删除这条记录' }));
    await screen.findByText('张三 · 个人');
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: '无法读取的档案记录' })).toBeNull());
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((key) => key.includes('broken'))).toEqual([]);
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(1);
  });
});
