import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { saveProfile } from '@/utils/browser/profile-store';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

describe('banners on the profiles page (#24 item 10)', () => {
  it('已保存 goes away with the next action', async () => {
    await saveProfile(personalProfile());
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
    await user.click(screen.getByRole('button', { name: '保存档案' }));
    await screen.findByText('已保存「张三 · 个人」。');

    await user.click(screen.getByRole('button', { name: '导出全部' }));
    expect(screen.queryByText('已保存「张三 · 个人」。')).toBeNull();
  });
});
