import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
// Typing into a full form is slow on a shared two-core machine; the limit only guards against hangs.
vi.setConfig({ testTimeout: 30_000 });

/** The findings shown under a field: the element its input points at with aria-describedby. */
function findingsOf(input: HTMLElement): string {
  const id = input.getAttribute('aria-describedby');
  return id ? (document.getElementById(id)?.textContent ?? '') : '';
}

describe('creating a profile', () => {
  it('shows an inline error for a bad mobile, clears it when fixed, and stores the profile', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '新建个人档案' }));
    const editor = screen.getByRole('form', { name: '新建档案' });
    const subject = within(editor).getByRole('group', { name: '主体信息' });
    const principal = within(editor).getByRole('group', { name: '主体负责人' });

    await user.type(within(editor).getByLabelText('档案名称'), '李四 · 个人');
    await user.type(within(subject).getByLabelText('姓名'), '李四');
    await user.type(within(subject).getByLabelText('证件号码'), '360426199101010071');
    const mobile = within(principal).getByLabelText('手机号码');
    await user.type(mobile, '1380013800');
    // Format errors wait until the field is left.
    expect(mobile.getAttribute('aria-invalid')).toBeNull();
    await user.tab();

    expect(mobile.getAttribute('aria-invalid')).toBe('true');
    const error = within(principal).getByRole('alert');
    expect(error.textContent).toContain('「主体负责人 · 手机号码」');
    expect(error.textContent).toContain('11 位');
    expect(findingsOf(mobile)).toContain(error.textContent);
    // Untouched fields do not shout yet.
    expect(findingsOf(within(principal).getByLabelText('电子邮箱'))).toBe('');

    await user.type(mobile, '0');
    expect(mobile.getAttribute('aria-invalid')).toBeNull();
    expect(findingsOf(mobile)).toBe('');
    expect(within(principal).queryAllByRole('alert').map((alert) => alert.textContent).join()).not.toContain('手机号码」');

    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    const list = await screen.findByRole('table', { name: '档案列表' });
    expect(within(list).getByText('李四 · 个人')).toBeTruthy();
    expect(within(list).getByText('3604**********0071')).toBeTruthy();
    expect(within(list).getByText('李四 · 个人').closest('tr')!.textContent).not.toContain('360426199101010071');
    // Still incomplete (addresses, dates…): stored and left open.
    expect(screen.getByRole('form', { name: '编辑档案：李四 · 个人' })).toBeTruthy();

    const stored = await listProfiles({ today: TODAY });
    expect(stored.profiles).toHaveLength(1);
    expect(stored.profiles[0]!.profile).toMatchObject({
      label: '李四 · 个人',
      subject: { type: 'personal', name: '李四', certificateNumber: '360426199101010071' },
      principal: { mobile: '13800138000' },
    });
  });

  it('labels every field as the console does, and websites can be added and removed', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '新建企业档案' }));
    const editor = screen.getByRole('form', { name: '新建档案' });
    const subject = within(editor).getByRole('group', { name: '主体信息' });
    for (const label of ['主办单位名称', '证件类型', '证件号码', '证件住所', '通信地址', '投资人或主管单位']) {
      expect(within(subject).getByLabelText(label)).toBeTruthy();
    }
    expect((within(subject).getByLabelText('证件类型') as HTMLSelectElement).value).toBe('营业执照');
    const principal = within(editor).getByRole('group', { name: '主体负责人' });
    for (const label of ['负责人姓名', '证件类型', '证件号码', '证件有效期起始日期', '证件有效期截止日期', '手机号码', '应急联系电话', '电子邮箱', '办公室电话']) {
      expect(within(principal).getByLabelText(label)).toBeTruthy();
    }
    expect(within(principal).getByRole('checkbox', { name: '长期' })).toBeTruthy();

    const representative = within(subject).getByRole('group', { name: '法定代表人' });
    expect(within(representative).queryByLabelText('法定代表人姓名')).toBeNull();
    await user.click(within(representative).getByRole('checkbox', { name: /填写法定代表人/ }));
    expect(within(representative).getByLabelText('法定代表人证件号码')).toBeTruthy();

    const site = within(editor).getByRole('group', { name: '网站 1' });
    for (const label of ['网站名称', '网站域名', '网站备注']) expect(within(site).getByLabelText(label)).toBeTruthy();
    for (const group of ['网站服务内容', '网站语言', '前置审批', '网站 1 的网站负责人']) {
      expect(within(site).getByRole('group', { name: group })).toBeTruthy();
    }
    expect(within(site).getByRole('checkbox', { name: '单位门户网站' })).toHaveProperty('checked', true);
    expect(within(site).getByRole('checkbox', { name: '以上都不涉及' })).toHaveProperty('checked', true);
    const sitePrincipal = within(site).getByRole('group', { name: '网站 1 的网站负责人' });
    expect(within(sitePrincipal).queryByLabelText('负责人姓名')).toBeNull();
    await user.click(within(sitePrincipal).getByRole('checkbox', { name: /同主体负责人/ }));
    expect(within(sitePrincipal).getByLabelText('负责人姓名')).toBeTruthy();

    expect(within(site).queryByRole('button', { name: /删除网站/ })).toBeNull();
    await user.click(within(editor).getByRole('button', { name: '添加网站' }));
    const second = within(editor).getByRole('group', { name: '网站 2' });
    await user.type(within(second).getByLabelText('网站名称'), '第二个站');
    await user.click(within(editor).getByRole('button', { name: '删除网站 1' }));
    expect(within(editor).queryByRole('group', { name: '网站 2' })).toBeNull();
    expect((within(within(editor).getByRole('group', { name: '网站 1' })).getByLabelText('网站名称') as HTMLInputElement).value).toBe('第二个站');
  });
});

describe('editing a stored profile', () => {
  it('shows every finding at once under its field, and 长期 clears an expiry error', async () => {
    const user = userEvent.setup({ delay: null });
    const expired = personalProfile();
    expired.principal.certificateValidTo = '2025-01-01';
    await saveProfile(expired);
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
    const editor = screen.getByRole('form', { name: '编辑档案：张三 · 个人' });
    const principal = within(editor).getByRole('group', { name: '主体负责人' });
    const validTo = within(principal).getByLabelText('证件有效期截止日期');
    expect(validTo.getAttribute('aria-invalid')).toBe('true');
    expect(findingsOf(validTo)).toContain('已过期');
    expect(within(editor).getByText(/共 1 个错误/)).toBeTruthy();

    await user.click(within(principal).getByRole('checkbox', { name: '长期' }));
    expect(validTo).toHaveProperty('disabled', true);
    expect(findingsOf(validTo)).toBe('');
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    await screen.findByText('已保存「张三 · 个人」。');
    expect((await listProfiles({ today: TODAY })).profiles[0]!.profile.principal.certificateValidTo).toBe('长期');
  });

  it('judges the domain suffix with the province chosen in the same form (.tv: personal filers in Shanghai)', async () => {
    const user = userEvent.setup({ delay: null });
    const profile = personalProfile();
    profile.websites[0]!.domain = 'shanjian.tv';
    await saveProfile(profile);
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '编辑「张三 · 个人」' }));
    const editor = screen.getByRole('form', { name: '编辑档案：张三 · 个人' });
    const domain = within(editor).getByLabelText('网站域名');
    expect(domain.getAttribute('aria-invalid')).toBeNull();

    const subject = within(editor).getByRole('group', { name: '主体信息' });
    await user.selectOptions(await within(subject).findByRole('combobox', { name: '备案地域（省）' }), '上海市');
    expect(domain.getAttribute('aria-invalid')).toBe('true');
    expect(findingsOf(domain)).toContain('上海');

    await user.clear(domain);
    await user.type(domain, 'shanjian.app');
    expect(domain.getAttribute('aria-invalid')).toBeNull();
    expect(findingsOf(domain)).toContain('域名.信息');
  });

  it('opens the profile named in the hash (the panel link options.html#profile=<id>)', async () => {
    const profile = personalProfile();
    await saveProfile(profile);
    history.replaceState(null, '', `/options.html#profile=${profile.id}`);
    render(<ProfilesPage today={TODAY} />);
    const editor = await screen.findByRole('form', { name: '编辑档案：张三 · 个人' });
    expect((within(editor).getByLabelText('档案名称') as HTMLInputElement).value).toBe('张三 · 个人');
  });

  it('duplicates a profile as a new client under a new id, leaving the original as it was', async () => {
    const user = userEvent.setup({ delay: null });
    const original = personalProfile();
    await saveProfile(original);
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '复制「张三 · 个人」为新客户' }));
    await user.click(within(screen.getByRole('dialog', { name: '复制为新客户' })).getByRole('button', { name: '复制' }));
    const editor = screen.getByRole('form', { name: '新建档案' });
    const label = within(editor).getByLabelText('档案名称');
    expect((label as HTMLInputElement).value).toBe('');
    await user.type(label, '王五 · 个人');
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    // The copy still lacks the new client's details: it is stored, and stays open to be completed.
    expect((await within(editor).findByRole('status')).textContent).toMatch(/^已保存（\d+ 个错误，待完善）/);

    const stored = (await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile);
    expect(stored).toHaveLength(2);
    const copy = stored.find((profile) => profile.label === '王五 · 个人')!;
    expect(copy.id).not.toBe(original.id);
    expect(copy.websites.map((site) => [site.name, site.serviceContent])).toEqual(original.websites.map((site) => ['', site.serviceContent]));
    expect(stored.find((profile) => profile.id === original.id)).toEqual(original);
  });
});

describe('saving', () => {
  it('keeps the editor open with the reason when the store refuses', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '新建个人档案' }));
    const editor = screen.getByRole('form', { name: '新建档案' });
    await user.type(within(editor).getByLabelText('档案名称'), '李四 · 个人');
    const original = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('磁盘已满'));
    try {
      await user.click(within(editor).getByRole('button', { name: '保存档案' }));
      const failure = await within(editor).findByText('保存失败：磁盘已满');
      expect(failure.getAttribute('role')).toBe('alert');
    } finally {
      fakeBrowser.storage.local.set = original;
    }
    expect(screen.getByRole('form', { name: '新建档案' })).toBeTruthy();
  });
});
