import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles } from '@/utils/browser/profile-store';
import { TODAY } from './helpers';

/** The division data loads only when the test lets it, and then fails (a broken or missing chunk). */
let failLoad: () => void = () => {};
vi.mock('@vant/area-data', async () => {
  await new Promise<void>((resolve) => (failLoad = resolve));
  throw new Error('chunk missing');
});

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

it('keeps 省/市/区县 usable as text while the lists load and after they fail to load', async () => {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  await user.click(await screen.findByRole('button', { name: '新建个人档案' }));
  const editor = screen.getByRole('form', { name: '新建档案' });
  const subject = within(within(editor).getByRole('group', { name: '主体信息' }));

  expect(subject.getByText('正在载入省市区列表，载入前可以直接输入。')).toBeTruthy();
  await user.type(subject.getByRole('textbox', { name: '备案地域（省）' }), '广东省');

  failLoad();
  expect(await subject.findByText(/省市区列表载入失败，请直接输入/)).toBeTruthy();
  expect(subject.queryByRole('combobox', { name: '备案地域（省）' })).toBeNull();
  expect(subject.getByRole('textbox', { name: '备案地域（省）' })).toHaveProperty('value', '广东省');
  await user.type(subject.getByRole('textbox', { name: '备案地域（市）' }), '深圳市');
  await user.type(subject.getByRole('textbox', { name: '备案地域（区县）' }), '南山区');

  await user.click(within(editor).getByRole('button', { name: '保存档案' }));
  await within(editor).findByRole('status');
  const [stored] = (await listProfiles({ today: TODAY })).profiles;
  expect(stored!.profile.subject).toMatchObject({ province: '广东省', city: '深圳市', district: '南山区' });
});
