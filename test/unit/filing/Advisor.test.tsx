import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Advisor } from '@/components/filing/Advisor';

afterEach(cleanup);

const choose = (user: ReturnType<typeof userEvent.setup>, label: RegExp) => user.click(screen.getByRole('button', { name: label }));

describe('<Advisor>', () => {
  it('walks the questions to a result with the console wording, reason and source', async () => {
    const user = userEvent.setup();
    const onAdviceChange = vi.fn();
    render(<Advisor onAdviceChange={onAdviceChange} />);

    expect(screen.getByRole('group', { name: '网站将使用哪里的服务器？' })).toBeTruthy();
    await choose(user, /^中国大陆/);
    await choose(user, /^有，已经有主体备案号/);
    await choose(user, /^有$/);
    await choose(user, /^是，原备案在腾讯云/);
    expect(onAdviceChange).toHaveBeenLastCalledWith(null);
    await choose(user, /^新增一个还没有备案号的网站/);

    const result = screen.getByRole('status', { name: '判断结果' });
    expect(within(result).getByRole('heading').textContent).toBe('新增网站（原备案在腾讯云）');
    expect(within(result).getByTestId('console-wording').textContent).toBe('新增服务（原备案在腾讯云）');
    expect(result.textContent).toContain('依据：icp-rules.md §11');
    expect(onAdviceChange).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'add-site-at-tencent' }));
    expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(4);
  });

  it('上一步 returns to the previous question and 重新开始 to the first', async () => {
    const user = userEvent.setup();
    render(<Advisor />);
    const back = screen.getByRole('button', { name: '上一步' }) as HTMLButtonElement;
    expect(back.disabled).toBe(true);

    await choose(user, /^中国大陆/);
    await choose(user, /^没有，从未备案过/);
    expect(screen.getByRole('group', { name: /还挂着别人/ })).toBeTruthy();
    await user.click(back);
    expect(screen.getByRole('group', { name: /已经有备案记录吗/ })).toBeTruthy();

    await choose(user, /^没有，从未备案过/);
    await choose(user, /^有，域名上还有别人的备案号/);
    expect(screen.getByRole('status').textContent).toContain('之后再办理：首次备案');
    await user.click(screen.getByRole('button', { name: '重新开始' }));
    expect(screen.getByRole('group', { name: '网站将使用哪里的服务器？' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says no filing is possible for servers outside the mainland, without a check button', async () => {
    const user = userEvent.setup();
    render(<Advisor onCheckFilingType={vi.fn()} />);
    await choose(user, /^中国香港、澳门、台湾或境外/);
    expect(screen.getByRole('heading').textContent).toBe('无需备案');
    expect(screen.queryByRole('button', { name: /提交前检查/ })).toBeNull();
  });

  it('shows the order sequence for a shell subject and hands the first type to the checklist', async () => {
    const user = userEvent.setup();
    const onCheckFilingType = vi.fn();
    render(<Advisor initialAnswers={{ 'server-region': 'mainland', 'subject-has-record': 'yes' }} onCheckFilingType={onCheckFilingType} />);
    await choose(user, /^没有（空壳主体）/);
    expect(screen.getByRole('heading').textContent).toBe('先办理：注销主体');
    expect(screen.getByRole('status').textContent).toContain('之后再办理：首次备案');
    await user.click(screen.getByRole('button', { name: /按“注销主体”做提交前检查/ }));
    expect(onCheckFilingType).toHaveBeenCalledWith('cancel-subject');
  });
});
