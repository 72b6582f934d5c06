import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listDrafts, listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { enableEncryption, lock, unlock } from '@/utils/browser/vault';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

const PASSPHRASE = '测试口令 passphrase-1';

async function editName(suffix: string) {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
  const editor = screen.getByRole('form', { name: /^编辑档案/ });
  await user.type(within(within(editor).getByRole('group', { name: '主体信息' })).getByLabelText('证件住所'), suffix);
  return { user, editor };
}

describe('unsaved edits', () => {
  it('asks before 取消 drops them; 继续编辑 keeps the form as it was', async () => {
    await saveProfile(personalProfile());
    const { user, editor } = await editName('（补充）');
    await user.click(within(editor).getByRole('button', { name: '取消' }));
    const question = screen.getByRole('alertdialog', { name: '放弃未保存的修改？' });
    await user.click(within(question).getByRole('button', { name: '继续编辑' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    const address = within(screen.getByRole('form', { name: /^编辑档案/ })).getByLabelText('证件住所') as HTMLInputElement;
    expect(address.value).toMatch(/（补充）$/);

    await user.click(within(editor).getByRole('button', { name: '取消' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '放弃修改' }));
    expect(screen.queryByRole('form', { name: /^编辑档案/ })).toBeNull();
    await vi.waitFor(async () => expect(await listDrafts()).toEqual([]));
  });

  it('asks before another form replaces a changed one', async () => {
    await saveProfile(personalProfile());
    const { user } = await editName('（补充）');
    await user.click(screen.getByRole('button', { name: '新建企业档案' }));
    expect(screen.getByRole('alertdialog', { name: '放弃未保存的修改？' })).toBeTruthy();
    expect(screen.getByRole('form', { name: /^编辑档案/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '放弃修改' }));
    expect(screen.getByRole('form', { name: '新建档案' })).toBeTruthy();
  });

  it('are offered again after the page is closed (恢复未保存的编辑)', async () => {
    await saveProfile(personalProfile());
    await editName('（补充）');
    await vi.waitFor(async () => expect(await listDrafts()).toHaveLength(1), { timeout: 5_000 });
    cleanup();

    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '恢复未保存的编辑' }));
    const address = within(screen.getByRole('form', { name: /^编辑档案/ })).getByLabelText('证件住所') as HTMLInputElement;
    expect(address.value).toMatch(/（补充）$/);
    // Still unsaved: the stored profile is unchanged until 保存档案.
    expect((await listProfiles({ today: TODAY })).profiles[0]!.profile).toEqual(personalProfile());
  });

  it('survive an auto-lock while encrypted, sealed in storage, and come back after unlocking', async () => {
    await saveProfile(personalProfile());
    await enableEncryption(PASSPHRASE, { iterations: 1_000 });
    await editName('（锁定前的修改）');
    await vi.waitFor(async () => expect(await listDrafts()).toHaveLength(1), { timeout: 5_000 });
    await lock();
    await screen.findByText('已锁定：档案已加密，解锁前不显示任何档案内容。');
    expect(screen.queryByRole('form', { name: /^编辑档案/ })).toBeNull();
    const stored = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(stored).not.toContain('锁定前的修改');
    expect(stored).not.toContain(personalProfile().subject.certificateNumber);

    await unlock(PASSPHRASE);
    await userEvent.setup({ delay: null }).click(await screen.findByRole('button', { name: '恢复未保存的编辑' }));
    const address = within(screen.getByRole('form', { name: /^编辑档案/ })).getByLabelText('证件住所') as HTMLInputElement;
    expect(address.value).toMatch(/（锁定前的修改）$/);
  });

  it('keeps a deleted profile in the 回收站 across a reload', async () => {
    await saveProfile(personalProfile());
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '删除「张三 · 个人」' }));
    cleanup();
    render(<ProfilesPage today={TODAY} />);
    const trash = await screen.findByRole('region', { name: '回收站' });
    await user.click(within(trash).getByRole('button', { name: '恢复「张三 · 个人」' }));
    await screen.findByRole('button', { name: '编辑「张三 · 个人」' });
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile)).toEqual([personalProfile()]);
  });
});
