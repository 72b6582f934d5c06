import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { duplicateAsNewClient } from '@/components/profiles/vocabulary';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import type { Profile } from '@/utils/profile';
import { enterpriseProfile } from '../profile/fixtures';
import { TODAY } from './helpers';

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/options.html');
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

/** Reads a value by the editor's path notation (`websites[1].principal.mobile`). */
function at(profile: Profile, path: string): unknown {
  return path.split(/\.|\[(\d+)\]/).filter(Boolean).reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], profile);
}

describe('duplicateAsNewClient', () => {
  it('keeps the shared settings and empties every value of the first client', () => {
    const source = enterpriseProfile();
    const { profile, cleared } = duplicateAsNewClient(source, { copyAddresses: false });
    expect(profile.id).not.toBe(source.id);
    expect(profile.subject).toMatchObject({
      type: 'enterprise',
      province: '北京市',
      city: '北京市',
      district: '海淀区',
      certificateType: source.subject.certificateType,
      certificateAddress: '',
      mailingAddress: '',
    });
    expect(profile.checklist).toBeUndefined();
    expect(profile.websites.map((site) => [site.serviceContent, site.languages, site.preApprovals])).toEqual(
      source.websites.map((site) => [site.serviceContent, site.languages, site.preApprovals]),
    );
    for (const path of cleared) expect([path, at(profile, path)]).toEqual([path, '']);
    for (const path of [
      'label',
      'subject.name',
      'subject.certificateNumber',
      'subject.investor',
      'subject.legalRepresentative.name',
      'subject.legalRepresentative.certificateNumber',
      'principal.name',
      'principal.mobile',
      'principal.email',
      'websites[0].name',
      'websites[0].domain',
      'websites[1].homepageUrl',
      'websites[1].remark',
      'websites[1].principal.certificateNumber',
    ]) {
      expect(cleared).toContain(path);
    }
    // Nothing identifying survives anywhere in the copy.
    const text = JSON.stringify(profile);
    for (const value of ['北京示例科技', '91110000101623741K', '360426199101010071', '13700137000', 'example-tech', '王五', '李四']) {
      expect(text).not.toContain(value);
    }
  });

  it('keeps the addresses only when asked', () => {
    const source = enterpriseProfile();
    const { profile, cleared } = duplicateAsNewClient(source, { copyAddresses: true });
    expect(profile.subject.certificateAddress).toBe(source.subject.certificateAddress);
    expect(profile.subject.mailingAddress).toBe(source.subject.mailingAddress);
    expect(cleared).not.toContain('subject.certificateAddress');
  });
});

describe('复制为新客户 on the options page', () => {
  it('asks about the addresses, marks the cleared fields and flags a mobile kept from the first client', async () => {
    await saveProfile(enterpriseProfile());
    const user = userEvent.setup({ delay: null });
    render(<ProfilesPage today={TODAY} />);
    await user.click(await screen.findByRole('button', { name: '复制「北京示例科技 · 企业」为新客户' }));
    const dialog = screen.getByRole('dialog', { name: '复制为新客户' });
    await user.click(within(dialog).getByLabelText('同时复制地址（证件住所和通信地址）'));
    await user.click(within(dialog).getByRole('button', { name: '复制' }));

    const editor = screen.getByRole('form', { name: '新建档案' });
    const subject = within(editor).getByRole('group', { name: '主体信息' });
    expect((within(subject).getByLabelText('主办单位名称') as HTMLInputElement).value).toBe('');
    expect((within(subject).getByLabelText('证件住所') as HTMLInputElement).value).toBe('北京市海淀区中关村大街1号');
    expect(within(subject).getByLabelText('主办单位名称').closest('.bh-pf-field')!.textContent).toContain('需为新客户填写');
    expect(within(subject).getByLabelText('证件住所').closest('.bh-pf-field')!.textContent).not.toContain('需为新客户填写');

    await user.type(within(subject).getByLabelText('主办单位名称'), '上海新客户有限公司');
    await user.type(within(subject).getByLabelText('证件号码'), '91310000MA1FL0000X');
    const principal = within(editor).getByRole('group', { name: '主体负责人' });
    await user.type(within(principal).getByLabelText('手机号码'), '13700137000');
    await user.tab();
    expect(within(principal).getByLabelText('手机号码').closest('.bh-pf-field')!.textContent).toContain('「北京示例科技 · 企业」');

    await user.click(within(editor).getByRole('button', { name: '保存档案' }));
    const stored = await listProfiles({ today: TODAY });
    expect(stored.profiles).toHaveLength(2);
    for (const entry of stored.profiles) {
      expect(entry.findings.errors.some((issue) => issue.path === 'principal.mobile' && issue.message.includes('一个手机号码只能对应一个主体'))).toBe(true);
    }
  });
});
