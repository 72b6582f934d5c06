/** Every dialog of the options page takes focus when it opens and closes on Esc, keeping what the user had. */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { enterpriseProfile } from '../profile/fixtures';
import { TODAY } from '../profiles-ui/helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

const TITLE = '北京示例科技 · 企业';

describe('Esc on the options page', () => {
  it('closes 复制为新客户 and 导出档案 without copying or exporting', async () => {
    await saveProfile(enterpriseProfile());
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);

    await user.click(await screen.findByRole('button', { name: `复制「${TITLE}」为新客户` }));
    expect(document.activeElement).toBe(screen.getByRole('dialog', { name: '复制为新客户' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('form', { name: '新建档案' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '导出全部' }));
    const exporting = screen.getByRole('dialog', { name: '导出档案' });
    await user.click(within(exporting).getByLabelText('加密'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(1);
  });

  it('answers 放弃未保存的修改？ with 继续编辑: the edit stays', async () => {
    await saveProfile(enterpriseProfile());
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: `编辑「${TITLE}」` }));
    const editor = screen.getByRole('form', { name: /^编辑档案/ });
    const address = within(within(editor).getByRole('group', { name: '主体信息' })).getByLabelText('证件住所') as HTMLInputElement;
    await user.type(address, '（补充）');
    await user.click(within(editor).getByRole('button', { name: '取消' }));
    expect(document.activeElement).toBe(screen.getByRole('alertdialog', { name: '放弃未保存的修改？' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(address.value).toMatch(/（补充）$/);
  });
});
