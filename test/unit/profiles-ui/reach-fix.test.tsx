import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { ProfileSchema } from '@/utils/profile';
import { TODAY, personalProfile } from './helpers';

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
  return {
    user,
    editor,
    subject: within(editor).getByRole('group', { name: '主体信息' }),
    principal: within(editor).getByRole('group', { name: '主体负责人' }),
  };
}

describe('errors you can reach', () => {
  it('lists each shown finding as a link that moves the focus to its field', async () => {
    const { user, editor, principal } = await newPersonalForm();
    const mobile = within(principal).getByLabelText('手机号码');
    await user.type(mobile, '12345');
    await user.tab();
    const summary = within(editor).getByRole('navigation', { name: '检查结果' });
    const link = within(summary).getByRole('link', { name: /^错误：「主体负责人 · 手机号码」/ });
    await user.click(within(editor).getByLabelText('档案名称'));
    await user.click(link);
    expect(document.activeElement).toBe(mobile);
    // The field's error is not told by colour alone: it is marked invalid and its message starts with 错误：.
    expect(mobile.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(mobile.getAttribute('aria-describedby')!)!.textContent).toMatch(/^错误：/);
  });

  it('after 保存档案 links every error, and a choice group link focuses its first box', async () => {
    const { user, editor, subject } = await newPersonalForm();
    await user.type(within(subject).getByLabelText('姓名'), '王五');
    const site = within(editor).getByRole('group', { name: '网站 1' });
    await user.click(within(site).getByRole('checkbox', { name: '中文简体' }));
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    const links = within(within(editor).getByRole('navigation', { name: '检查结果' })).getAllByRole('link');
    const stored = (await listProfiles({ today: TODAY })).profiles[0]!.findings;
    expect(links.filter((link) => link.textContent!.startsWith('错误：'))).toHaveLength(stored.errors.length);
    await user.click(links.find((link) => link.textContent!.includes('网站语言'))!);
    expect(document.activeElement).toBe(within(site).getByRole('checkbox', { name: '中文简体' }));
  });
});

describe('fixes one step away', () => {
  it('offers 改为 with the cleaned value and applies it in one click', async () => {
    const { user, principal } = await newPersonalForm();
    const mobile = within(principal).getByLabelText('手机号码') as HTMLInputElement;
    await user.type(mobile, '+86 138-0013-8000');
    await user.tab();
    await user.click(within(principal).getByRole('button', { name: '把手机号码改为 13800138000' }));
    expect(mobile.value).toBe('13800138000');
    expect(mobile.getAttribute('aria-invalid')).toBeNull();
    expect(within(principal).queryByRole('button', { name: /^把手机号码改为/ })).toBeNull();
  });

  it('cleans a domain typed as a URL', async () => {
    const { user, editor } = await newPersonalForm();
    const site = within(editor).getByRole('group', { name: '网站 1' });
    const domain = within(site).getByLabelText('网站域名') as HTMLInputElement;
    await user.type(domain, 'https://www.example.com/blog');
    await user.tab();
    await user.click(within(site).getByRole('button', { name: '把网站域名改为 example.com' }));
    expect(domain.value).toBe('example.com');
  });
});

describe('a personal filer is their own 主体负责人', () => {
  it('copies the applicant until the principal is edited, stored as plain values', async () => {
    const { user, editor, subject, principal } = await newPersonalForm();
    await user.type(within(subject).getByLabelText('姓名'), '李四');
    await user.type(within(subject).getByLabelText('证件号码'), '360426199101010071');
    expect((within(principal).getByLabelText('负责人姓名') as HTMLInputElement).value).toBe('李四');
    expect((within(principal).getByLabelText('证件号码') as HTMLInputElement).value).toBe('360426199101010071');

    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    const stored = (await listProfiles({ today: TODAY })).profiles[0]!.profile;
    expect(stored.principal).toMatchObject({ name: '李四', certificateNumber: '360426199101010071' });
    // No new key: the stored record is exactly what the schema (the exchange format) describes.
    expect(ProfileSchema.strict().safeParse(stored).success).toBe(true);

    await user.clear(within(principal).getByLabelText('负责人姓名'));
    await user.type(within(principal).getByLabelText('负责人姓名'), '李四（代）');
    await user.type(within(subject).getByLabelText('姓名'), '五');
    expect((within(principal).getByLabelText('负责人姓名') as HTMLInputElement).value).toBe('李四（代）');
  });

  it('does not overwrite a stored principal that differs from the applicant', async () => {
    const profile = personalProfile();
    profile.principal.name = '另一个人';
    await saveProfile(profile);
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
    const editor = screen.getByRole('form', { name: /^编辑档案/ });
    await user.type(within(within(editor).getByRole('group', { name: '主体信息' })).getByLabelText('姓名'), '丰');
    expect((within(within(editor).getByRole('group', { name: '主体负责人' })).getByLabelText('负责人姓名') as HTMLInputElement).value).toBe('另一个人');
  });
});
