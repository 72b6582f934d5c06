import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist } from '@/components/filing/Checklist';
import type { ChecklistFacts } from '@/utils/filing/facts';
import { TODAY, goodFacts, personalProfile } from './fixtures';

afterEach(cleanup);

/** A personal profile that breaks three rules: two websites in one order, a .io domain, and an account with an order in flight. */
function brokenProfileAndFacts() {
  const profile = personalProfile();
  const withTwoSites = {
    ...profile,
    websites: [...profile.websites, { name: '山间相册', domain: 'example.io', remark: '徒步照片。', principal: null }],
  };
  const facts = goodFacts(['example.com', 'example.io']);
  facts.account!.orderInFlight = true;
  return { profile: withTwoSites, facts };
}

describe('<Checklist>', () => {
  it('shows a profile that breaks three rules as three blockers', () => {
    const { profile, facts } = brokenProfileAndFacts();
    render(<Checklist profile={profile} order={{ filingType: 'first-filing' }} facts={facts} today={TODAY} onFactsChange={vi.fn()} />);

    expect(screen.getByTestId('checklist-summary').textContent).toMatch(/^3 项未通过/);
    const blockers = within(screen.getByRole('list', { name: '未通过的项目' })).getAllByRole('listitem').map((item) => item.textContent);
    expect(blockers).toEqual(['example.io：域名后缀可以备案', '账号没有其他进行中的备案订单', '本次订单网站数不超过 1 个']);
    expect(document.querySelectorAll('[data-status="fail"]:not(.bh-check-advice)')).toHaveLength(3);
  });

  it('groups the items and shows status, reason and source', () => {
    render(<Checklist profile={personalProfile()} order={{ filingType: 'first-filing' }} facts={goodFacts()} today={TODAY} onFactsChange={vi.fn()} />);
    expect(screen.getByTestId('checklist-summary').textContent).toMatch(/^0 项未通过/);
    expect(screen.queryByRole('alert')).toBeNull();
    const cloud = screen.getByRole('region', { name: '云资源' });
    const mainland = within(cloud).getByText('服务器在中国大陆地域').closest('li')!;
    expect(mainland.textContent).toContain('通过');
    expect(mainland.textContent).toContain('依据：备案规则：接入条件（云资源与授权码）（§7）');
    const tips = screen.getByRole('region', { name: '建议' });
    expect(within(tips).getAllByText(/^建议/).length).toBeGreaterThan(0);
  });

  it('asks for missing facts as 待确认 and reports each edit through onFactsChange', async () => {
    const user = userEvent.setup();
    const onFactsChange = vi.fn();
    render(<Checklist profile={personalProfile()} order={{ filingType: 'first-filing' }} facts={undefined} today={TODAY} onFactsChange={onFactsChange} />);

    const mainland = screen.getByText('服务器在中国大陆地域', { selector: 'strong' }).closest('li')!;
    expect(mainland.textContent).toContain('待确认');
    expect(mainland.textContent).toContain('请确认备案用的服务器是否在中国大陆地域');

    const form = screen.getByRole('region', { name: '需要你填写的信息' });
    await user.selectOptions(within(form).getByLabelText('服务器在中国大陆地域'), 'yes');
    expect(onFactsChange).toHaveBeenLastCalledWith({ server: { mainland: true } });

    fireEvent.change(within(form).getByLabelText('example.com：域名到期日期'), { target: { value: '2028-01-01' } });
    expect(onFactsChange).toHaveBeenLastCalledWith({ domains: { 'example.com': { expiresOn: '2028-01-01' } } });
    expect((within(form).getByLabelText('服务器到期日期（含续费）') as HTMLInputElement).type).toBe('date');
  });

  it('re-checks as the caller stores the facts', async () => {
    const user = userEvent.setup();
    function Harness() {
      const [facts, setFacts] = useState<ChecklistFacts>(goodFacts());
      return <Checklist profile={personalProfile()} order={{ filingType: 'first-filing' }} facts={facts} today={TODAY} onFactsChange={setFacts} />;
    }
    render(<Harness />);
    expect(screen.getByTestId('checklist-summary').textContent).toMatch(/^0 项未通过/);
    await user.selectOptions(screen.getByLabelText('服务器为包年包月计费'), 'no');
    expect(screen.getByTestId('checklist-summary').textContent).toMatch(/^1 项未通过/);
    expect(within(screen.getByRole('alert')).getByText('服务器为包年包月')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('该服务器上已备案的网站数'), { target: { value: '5' } });
    expect(screen.getByTestId('checklist-summary').textContent).toMatch(/^2 项未通过/);
  });
});
