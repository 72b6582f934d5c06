import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Advisor } from '@/components/filing/Advisor';
import { QUESTIONS, adviseSituation, factOf, type Advice } from '@/utils/filing/advisor';
import { SITUATIONS } from './situations';

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
    await choose(user, /^不是，主体下还有/);
    await choose(user, /^是，原备案在腾讯云/);
    await choose(user, /^新增一个网站/);
    await choose(user, /^没有，是还没有备案号的域名/);
    expect(onAdviceChange).toHaveBeenLastCalledWith(null);
    await choose(user, /^没有$/);

    const result = screen.getByRole('status', { name: '判断结果' });
    expect(within(result).getByRole('heading').textContent).toBe('新增网站（原备案在腾讯云）');
    expect(within(result).getByTestId('console-wording').textContent).toBe('新增服务（原备案在腾讯云）');
    expect(within(result).queryByTestId('advice-first')).toBeNull();
    expect(result.textContent).toContain('依据：备案规则：备案类型判断（§11）');
    expect(onAdviceChange).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'add-site-at-tencent' }));
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
    expect(screen.getByTestId('advice-first').textContent).toMatch(/^先要办理：到域名上旧备案所在省的管局注销/);
    expect(screen.getByRole('heading').textContent).toBe('首次备案');
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

  it('shows what a shell subject must do first and hands the order type to the checklist', async () => {
    const user = userEvent.setup();
    const onCheckFilingType = vi.fn();
    render(<Advisor initialAnswers={{ 'server-region': 'mainland', 'subject-has-record': 'yes' }} onCheckFilingType={onCheckFilingType} />);
    await choose(user, /^是，主体下已没有仍在接入的网站/);
    expect(screen.getByRole('group', { name: '这次要办理什么？' })).toBeTruthy();
    // A shell subject has no live site to change, so those wants are not offered.
    expect(screen.queryByRole('button', { name: /^网站信息变了/ })).toBeNull();
    await choose(user, /^新增一个网站/);
    await choose(user, /^没有$/);
    expect(screen.getByTestId('advice-first').textContent).toBe('先要办理：注销主体');
    expect(screen.getByRole('heading').textContent).toBe('首次备案');
    await user.click(screen.getByRole('button', { name: /按“首次备案”做提交前检查/ }));
    expect(onCheckFilingType).toHaveBeenCalledWith('first-filing');
  });

  // The panel's question walk and the situation function (the `advise` CLI) must agree on every test situation.
  it.each(SITUATIONS.map((c) => [c.name, c.situation] as const))('answering the panel with the facts of “%s” gives the same advice', async (_name, situation) => {
    const user = userEvent.setup();
    const onAdviceChange = vi.fn<(advice: Advice | null) => void>();
    render(<Advisor onAdviceChange={onAdviceChange} />);
    for (let asked = 0; !screen.queryByRole('status', { name: '判断结果' }); asked++) {
      expect(asked).toBeLessThan(Object.keys(QUESTIONS).length);
      const legend = screen.getByRole('group').querySelector('legend')!.textContent;
      const question = Object.values(QUESTIONS).find((candidate) => candidate.text === legend)!;
      const value = factOf(situation, question.fact);
      const option = question.options.find((candidate) => candidate.sets === value);
      expect(option, `the situation answers “${legend}”`).toBeDefined();
      await user.click(screen.getByRole('button', { name: option!.label }));
    }
    const expected = adviseSituation(situation);
    expect(expected.kind).toBe('advice');
    expect(onAdviceChange).toHaveBeenLastCalledWith(expected.kind === 'advice' ? expected.advice : null);
    const shown = screen.getByRole('status', { name: '判断结果' }).textContent;
    if (expected.kind === 'advice') {
      expect(shown).toContain(expected.advice.reason);
      for (const step of expected.advice.first) expect(shown).toContain(step.what);
    }
  });
});
