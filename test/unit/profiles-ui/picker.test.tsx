import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilePicker } from '@/components/profiles/ProfilePicker';
import { getActiveProfileId, setActiveProfileId } from '@/utils/browser/active-profile';
import { deleteProfile, saveProfile } from '@/utils/browser/profile-store';
import { enableEncryption, lock } from '@/utils/browser/vault';
import { personalProfile } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

function otherClient() {
  const profile = personalProfile();
  profile.id = 'li-si';
  profile.label = '李四 · 个人';
  profile.subject.name = '李四';
  profile.subject.certificateNumber = '360426199101010071';
  profile.principal.name = '李四';
  profile.principal.certificateNumber = '360426199101010071';
  profile.principal.mobile = '1390013900';
  profile.websites = profile.websites.map((site) => ({ ...site, domain: 'lisi-notes.cn', homepageUrl: '' }));
  return profile;
}

describe('<ProfilePicker>', () => {
  it('lists profiles by label and masked ID, and choosing one stores it as active and reports it', async () => {
    const zhang = personalProfile();
    const li = otherClient();
    await saveProfile(zhang);
    await saveProfile(li);
    const onActiveChange = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(<ProfilePicker onActiveChange={onActiveChange} />);

    const picker = await screen.findByRole('combobox', { name: '申请人档案' });
    await vi.waitFor(() => expect(picker).toHaveProperty('disabled', false));
    const options = within(picker).getAllByRole('option').map((option) => option.textContent);
    expect(options.slice(1).sort()).toEqual(['张三 · 个人 · 1101**********002X', '李四 · 个人 · 3604**********0071（待完善）']);
    expect(document.body.textContent).not.toContain('360426199101010071');

    await user.selectOptions(picker, 'li-si');
    expect(await getActiveProfileId()).toBe('li-si');
    await vi.waitFor(() => expect(onActiveChange).toHaveBeenLastCalledWith(li));

    // Its findings: the bad mobile is listed, with the masked ID and a link to that profile in the editor.
    const details = screen.getByLabelText('档案检查结果');
    expect(details.textContent).toContain('3604**********0071');
    expect(details.textContent).toMatch(/[1-9]\d* 个错误/);
    expect(within(details).getAllByRole('listitem').some((item) => item.textContent!.includes('「主体负责人 · 手机号码」'))).toBe(true);
    const link = within(details).getByRole('link', { name: '在编辑器中打开此档案' });
    expect(link.getAttribute('href')).toMatch(/\/options\.html#profile=li-si$/);
  });

  it('follows the active profile chosen in another page, and drops it when deleted', async () => {
    await saveProfile(personalProfile());
    const onActiveChange = vi.fn();
    render(<ProfilePicker onActiveChange={onActiveChange} />);
    const picker = (await screen.findByRole('combobox', { name: '申请人档案' })) as HTMLSelectElement;

    await setActiveProfileId(personalProfile().id);
    await vi.waitFor(() => expect(picker.value).toBe(personalProfile().id));
    expect(onActiveChange).toHaveBeenLastCalledWith(personalProfile());

    await deleteProfile(personalProfile().id);
    await vi.waitFor(() => expect(onActiveChange).toHaveBeenLastCalledWith(null));
    expect(picker.value).toBe('');
    expect(screen.queryByLabelText('档案检查结果')).toBeNull();
  });

  it('shows 已锁定 and no profile data while the vault is locked', async () => {
    await saveProfile(personalProfile());
    await setActiveProfileId(personalProfile().id);
    await enableEncryption('correct horse battery');
    render(<ProfilePicker />);
    expect((await screen.findByLabelText('档案检查结果')).textContent).toContain('1101**********002X');

    await lock();
    await vi.waitFor(() => expect(screen.getByRole('combobox', { name: '申请人档案' })).toHaveProperty('disabled', true));
    const picker = screen.getByRole('combobox', { name: '申请人档案' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['已锁定']);
    expect(screen.getByRole('status').textContent).toContain('已锁定');
    expect(document.body.textContent).not.toContain('张三');
    expect(document.body.textContent).not.toContain('1101**********002X');
  });
});
