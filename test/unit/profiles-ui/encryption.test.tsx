import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { enableEncryption, getVaultStatus, lock } from '@/utils/browser/vault';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
// Each passphrase step derives a key with 600,000 PBKDF2 rounds, as production does.
vi.setConfig({ testTimeout: 60_000 });
const SLOW = { timeout: 20_000 };

const PASSPHRASE = 'correct horse battery';

async function renderPage() {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  return user;
}

describe('encryption section', () => {
  it('turns on with the passphrase typed twice, locks (hiding every profile) and unlocks', async () => {
    await saveProfile(personalProfile());
    const user = await renderPage();
    await screen.findByRole('table', { name: '档案列表' });
    const section = screen.getByRole('region', { name: '档案加密' });
    expect(section.textContent).toContain('未启用');

    const enable = within(section).getByRole('form', { name: '启用加密' });
    // The rules are there before anything is typed.
    expect(enable.textContent).toContain('至少 8 个字符');
    await user.type(within(enable).getByLabelText('设置口令'), PASSPHRASE);
    await user.type(within(enable).getByLabelText('再次输入口令'), `${PASSPHRASE}!`);
    await user.click(within(enable).getByRole('button', { name: '启用加密' }));
    expect(within(enable).getByRole('alert').textContent).toContain('两次输入的口令不一致');
    expect(await getVaultStatus()).toEqual({ enabled: false });

    await user.clear(within(enable).getByLabelText('再次输入口令'));
    await user.type(within(enable).getByLabelText('再次输入口令'), PASSPHRASE);
    await user.click(within(enable).getByRole('button', { name: '启用加密' }));
    await within(section).findByRole('button', { name: '立即锁定' }, SLOW);
    expect(section.textContent).toContain('已启用，已解锁');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('11010519491231002X');

    await user.click(within(section).getByRole('button', { name: '立即锁定' }));
    await screen.findByText('已锁定：档案已加密，解锁前不显示任何档案内容。');
    expect(screen.queryByRole('table', { name: '档案列表' })).toBeNull();
    expect(document.body.textContent).not.toContain('张三');
    expect(document.body.textContent).not.toContain('1101**********002X');
    expect(screen.queryByRole('button', { name: '新建个人档案' })).toBeNull();

    const unlock = screen.getByRole('form', { name: '解锁档案' });
    await user.type(within(unlock).getByLabelText('口令'), 'wrong passphrase');
    await user.click(within(unlock).getByRole('button', { name: '解锁' }));
    expect((await within(unlock).findByRole('alert', undefined, SLOW)).textContent).toContain('口令不正确');
    expect(await getVaultStatus()).toMatchObject({ enabled: true, unlocked: false });

    await user.clear(within(unlock).getByLabelText('口令'));
    await user.type(within(unlock).getByLabelText('口令'), PASSPHRASE);
    await user.click(within(unlock).getByRole('button', { name: '解锁' }));
    const list = await screen.findByRole('table', { name: '档案列表' }, SLOW);
    expect(within(list).getByText('1101**********002X')).toBeTruthy();
  });

  it('closes an open editor when the vault locks from elsewhere', async () => {
    await saveProfile(personalProfile());
    await enableEncryption(PASSPHRASE);
    const user = await renderPage();
    await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
    expect(screen.getByRole('form', { name: '编辑档案：张三 · 个人' })).toBeTruthy();

    await lock();
    await screen.findByText('已锁定：档案已加密，解锁前不显示任何档案内容。');
    expect(screen.queryByRole('form', { name: '编辑档案：张三 · 个人' })).toBeNull();
    expect(document.body.textContent).not.toContain('张三');
  });

  it('changes the auto-lock time, changes the passphrase, and turns encryption off', async () => {
    await saveProfile(personalProfile());
    await enableEncryption(PASSPHRASE);
    const user = await renderPage();
    const section = await screen.findByRole('region', { name: '档案加密' });
    await within(section).findByRole('button', { name: '立即锁定' });

    await user.selectOptions(within(section).getByLabelText('空闲多久后自动锁定'), '60');
    await vi.waitFor(async () => expect(await getVaultStatus()).toMatchObject({ autoLockMinutes: 60 }));

    const change = within(section).getByRole('form', { name: '修改口令' });
    await user.type(within(change).getByLabelText('当前口令'), 'not the passphrase');
    await user.type(within(change).getByLabelText('新口令'), 'a brand new passphrase');
    await user.type(within(change).getByLabelText('再次输入新口令'), 'a brand new passphrase');
    await user.click(within(change).getByRole('button', { name: '修改口令' }));
    expect((await within(change).findByRole('alert', undefined, SLOW)).textContent).toContain('口令不正确');

    await user.clear(within(change).getByLabelText('当前口令'));
    await user.type(within(change).getByLabelText('当前口令'), PASSPHRASE);
    await user.click(within(change).getByRole('button', { name: '修改口令' }));
    await within(change).findByText('口令已修改，档案已用新口令重新加密。', undefined, SLOW);

    const disable = within(section).getByRole('form', { name: '关闭加密' });
    await user.type(within(disable).getByLabelText('输入口令以关闭加密'), 'a brand new passphrase');
    await user.click(within(disable).getByRole('button', { name: '关闭加密' }));
    await within(section).findByRole('form', { name: '启用加密' }, SLOW);
    expect(await getVaultStatus()).toEqual({ enabled: false });
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile)).toEqual([personalProfile()]);
  });
});
