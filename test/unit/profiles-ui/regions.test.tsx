import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import type { Profile } from '@/utils/profile';
import { TODAY, personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

const LABELS = { province: '备案地域（省）', city: '备案地域（市）', district: '备案地域（区县）' } as const;

/** The three region lists of the open editor, once the division data has loaded. */
async function regionLists(editor: HTMLElement) {
  const subject = within(within(editor).getByRole('group', { name: '主体信息' }));
  const [province, city, district] = await Promise.all(
    Object.values(LABELS).map((name) => subject.findByRole('combobox', { name }) as Promise<HTMLSelectElement>),
  );
  return { province: province!, city: city!, district: district! };
}

const optionTexts = (select: HTMLSelectElement) => [...select.options].map((option) => option.text);
const selectedText = (select: HTMLSelectElement) => select.selectedOptions[0]?.text;

async function storedRegion(id: string) {
  const { subject } = (await listProfiles({ today: TODAY })).profiles.find((entry) => entry.profile.id === id)!.profile;
  return { province: subject.province, city: subject.city, district: subject.district };
}

async function openStored(profile: Profile) {
  await saveProfile(profile);
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  await user.click(await screen.findByRole('button', { name: `编辑「${profile.label}」` }));
  const editor = screen.getByRole('form', { name: `编辑档案：${profile.label}` });
  return { user, editor, lists: await regionLists(editor) };
}

describe('region lists in the editor', () => {
  it('chains province → city → district and stores the chosen names', async () => {
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '新建个人档案' }));
    const editor = screen.getByRole('form', { name: '新建档案' });
    const lists = await regionLists(editor);
    expect(optionTexts(lists.province)).toContain('广东省');
    expect(optionTexts(lists.province)).not.toContain('香港特别行政区');

    await user.selectOptions(lists.province, '广东省');
    expect(optionTexts(lists.city)).toContain('深圳市');
    expect(optionTexts(lists.city)).not.toContain('杭州市');
    await user.selectOptions(lists.city, '深圳市');
    expect(optionTexts(lists.district)).toContain('南山区');
    expect(optionTexts(lists.district)).not.toContain('西湖区');
    await user.selectOptions(lists.district, '南山区');

    await user.selectOptions(lists.province, '北京市');
    // A municipality's city level repeats its name, as in the console's cascader.
    expect(optionTexts(lists.city)).toContain('北京市');
    expect(lists.city.value).toBe('');
    await user.selectOptions(lists.city, '北京市');
    await user.selectOptions(lists.district, '海淀区');

    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    await within(editor).findByRole('status');
    const [stored] = (await listProfiles({ today: TODAY })).profiles;
    expect(await storedRegion(stored!.profile.id)).toEqual({ province: '北京市', city: '北京市', district: '海淀区' });
  });

  it('keeps stored values that are not in the lists, shows them as 不在列表中 and saves them unchanged', async () => {
    const profile = personalProfile();
    Object.assign(profile.subject, { province: '广东', city: '鹏城', district: '科技园' });
    const { user, editor, lists } = await openStored(profile);
    expect(selectedText(lists.province)).toBe('广东（不在列表中）');
    expect(selectedText(lists.city)).toBe('鹏城（不在列表中）');
    expect(selectedText(lists.district)).toBe('科技园（不在列表中）');
    // The short spelling still finds its province's cities.
    expect(optionTexts(lists.city)).toContain('深圳市');

    await user.clear(within(editor).getByLabelText('档案名称'));
    await user.type(within(editor).getByLabelText('档案名称'), '张三 · 深圳');
    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    await screen.findByText('已保存「张三 · 深圳」。');
    expect(await storedRegion(profile.id)).toEqual({ province: '广东', city: '鹏城', district: '科技园' });
  });

  it('empties a city that is not in a newly chosen province only when the user chooses it', async () => {
    const profile = personalProfile();
    // Inconsistent as stored: shown as it is, nothing cleared by opening it.
    Object.assign(profile.subject, { province: '广东省', city: '杭州市', district: '西湖区' });
    const { user, lists } = await openStored(profile);
    expect(lists.city.value).toBe('杭州市');
    expect(selectedText(lists.city)).toBe('杭州市（不在列表中）');
    expect(lists.district.value).toBe('西湖区');

    // A province the city belongs to keeps it, and the district with it.
    await user.selectOptions(lists.province, '浙江省');
    expect(selectedText(lists.city)).toBe('杭州市');
    expect(selectedText(lists.district)).toBe('西湖区');

    await user.selectOptions(lists.province, '广东省');
    expect(lists.city.value).toBe('');
    expect(lists.district.value).toBe('');
    expect(optionTexts(lists.city)).not.toContain('杭州市（不在列表中）');
  });
});
