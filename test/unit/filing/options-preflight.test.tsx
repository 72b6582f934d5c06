import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { saveProfile } from '@/utils/browser/profile-store';
import { personalProfile } from '../profiles-ui/helpers';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

const choose = (user: ReturnType<typeof userEvent.setup>, label: RegExp) => user.click(screen.getByRole('button', { name: label }));

describe('pre-flight on the options page (#24 item 9)', () => {
  it('offers a profile picker beside the result, lists the blockers, keeps the answers across tabs and shows rule titles', async () => {
    await saveProfile(personalProfile());
    const user = userEvent.setup({ delay: null });
    render(<OptionsApp />);
    await user.click(screen.getByRole('tab', { name: '备案类型与提交前检查' }));

    await choose(user, /^中国大陆/);
    await choose(user, /^有，已经有主体备案号/);
    await choose(user, /^不是，主体下还有/);
    await choose(user, /^是，原备案在腾讯云/);
    await choose(user, /^新增一个网站/);
    await choose(user, /^没有，是还没有备案号的域名/);
    await choose(user, /^没有$/);
    expect(screen.getByRole('status', { name: '判断结果' })).toBeTruthy();
    expect(screen.getByText('选择申请人档案后，这里列出提交前会阻断订单的问题。')).toBeTruthy();

    // The picker sits with the result card, in the same row.
    const row = screen.getByRole('status', { name: '判断结果' }).parentElement!;
    const picker = await within(row).findByRole('combobox', { name: '申请人档案' });
    await within(picker).findByRole('option', { name: /张三/ });
    await user.selectOptions(picker, within(picker).getByRole('option', { name: /张三/ }));

    await screen.findByRole('region', { name: '提交前检查' });
    await user.click(screen.getByRole('button', { name: /做提交前检查/ }));
    expect(document.activeElement).toBe(screen.getByTestId('preflight'));
    const checklist = screen.getByRole('region', { name: '提交前检查' });
    expect(within(checklist).getByRole('heading', { level: 2 }).textContent).toContain('新增网站');
    const blockers = within(checklist).queryByRole('list', { name: '未通过的项目' });
    const summary = within(checklist).getByTestId('checklist-summary').textContent!;
    const failing = Number(summary.match(/(\d+) 项未通过/)![1]);
    expect(blockers ? within(blockers).getAllByRole('listitem').length : 0).toBe(failing);

    expect(document.body.textContent).not.toContain('icp-rules.md');
    expect(document.body.textContent).toMatch(/依据：备案规则：[^（]+（§/);

    await user.click(screen.getByRole('tab', { name: '提醒设置' }));
    expect(screen.queryByRole('status', { name: '判断结果' })).toBeNull();
    await user.click(screen.getByRole('tab', { name: '备案类型与提交前检查' }));
    expect(within(screen.getByRole('status', { name: '判断结果' })).getByRole('heading').textContent).toBe('新增网站（原备案在腾讯云）');
    expect(screen.getByRole('list', { name: '已回答' }).children).toHaveLength(7);
    expect((await screen.findByRole('region', { name: '提交前检查' })).textContent).toContain('新增网站');
  });
});
