import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles } from '@/utils/browser/profile-store';
import { TODAY } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

async function newPersonalForm() {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  await user.click(await screen.findByRole('button', { name: '新建个人档案' }));
  const editor = screen.getByRole('form', { name: '新建档案' });
  return { user, editor, subject: within(editor).getByRole('group', { name: '主体信息' }) };
}

describe('saving a profile with errors', () => {
  it('stores it, keeps the editor open with the count and marks it 待完善 in the list', async () => {
    const { user, editor, subject } = await newPersonalForm();
    await user.type(within(subject).getByLabelText('姓名'), '李四');
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));

    const status = await within(editor).findByRole('status');
    const stored = await listProfiles({ today: TODAY });
    expect(stored.profiles).toHaveLength(1);
    const errors = stored.profiles[0]!.findings.errors.length;
    expect(errors).toBeGreaterThan(0);
    expect(status.textContent).toContain(`已保存（${errors} 个错误，待完善）`);
    expect(screen.getByRole('form', { name: /^编辑档案/ })).toBe(editor);
    const row = within(await screen.findByRole('table', { name: '档案列表' })).getByText('李四').closest('tr')!;
    expect(row.textContent).toContain('待完善');

    // Saving again updates the same profile instead of adding one.
    await user.type(within(subject).getByLabelText('证件住所'), '北京市');
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    await vi.waitFor(async () => expect((await listProfiles({ today: TODAY })).profiles[0]!.profile.subject.certificateAddress).toBe('北京市'));
    expect((await listProfiles({ today: TODAY })).profiles).toHaveLength(1);
  });

  it('does not store a form with nothing typed', async () => {
    const { user, editor } = await newPersonalForm();
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    expect((await within(editor).findByText('档案是空的，未保存。')).getAttribute('role')).toBe('alert');
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
  });

  it('lets an empty 档案名称 follow the name until one is typed', async () => {
    const { user, editor, subject } = await newPersonalForm();
    const label = within(editor).getByLabelText('档案名称') as HTMLInputElement;
    await user.type(within(subject).getByLabelText('姓名'), '王五');
    expect(label.value).toBe('王五');
    await user.clear(label);
    await user.type(label, '王五 · 博客');
    await user.type(within(subject).getByLabelText('姓名'), '六');
    expect(label.value).toBe('王五 · 博客');
  });

  it('never saves on Enter', async () => {
    const { user, subject } = await newPersonalForm();
    await user.type(within(subject).getByLabelText('姓名'), '王五{Enter}');
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
    expect(screen.getByRole('form', { name: '新建档案' })).toBeTruthy();
  });
});
