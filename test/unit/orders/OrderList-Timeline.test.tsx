import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrderList } from '@/components/orders/OrderList';
import { Timeline } from '@/components/orders/Timeline';
import { HOUR_MS } from '@/utils/calendar/china-time';
import type { Order } from '@/utils/orders/model';
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';

afterEach(cleanup);

const NOW = Date.parse('2026-11-20T04:00:00Z'); // 11月20日 12:00 Beijing

function smsOrder(orderId: string, domain: string, smsAt: number): Order {
  const [order] = recordStage([], { orderId, domain, stage: 'awaitingBureauSubmission', seenAt: smsAt - HOUR_MS });
  return markSmsReceived(order!, smsAt);
}

describe('<OrderList>', () => {
  it('lists open orders soonest deadline first with stage and countdown', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const [reviewing] = recordStage([], { orderId: '30000000000000003', domain: 'review.cn', stage: 'tencentReview', seenAt: NOW - HOUR_MS });
    const orders = [
      smsOrder('30000000000000001', 'later.cn', NOW - 2 * HOUR_MS),
      reviewing!,
      smsOrder('30000000000000002', 'sooner.cn', NOW - 22 * HOUR_MS),
    ];
    render(<OrderList orders={orders} now={NOW} onSelect={onSelect} />);

    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('sooner.cn'),
      expect.stringContaining('later.cn'),
      expect.stringContaining('review.cn'),
    ]);
    expect(items[0]!.textContent).toContain('短信核验剩余 2 小时 0 分');
    expect(items[0]!.className).toContain('bh-countdown-urgent');
    expect(items[1]!.textContent).toContain('短信核验剩余 22 小时 0 分');
    expect(items[2]!.textContent).toContain('腾讯云审核');
    await user.click(within(items[1]!).getByRole('button', { name: /later\.cn/ }));
    expect(onSelect).toHaveBeenCalledWith('30000000000000001');
  });

  it('says when there is nothing open', () => {
    render(<OrderList orders={[]} now={NOW} />);
    expect(screen.getByText('暂无进行中的备案订单。')).toBeTruthy();
  });
});

describe('<Timeline>', () => {
  const start = Date.parse('2026-11-09T02:00:00Z'); // Monday 10:00 Beijing

  function slowOrder(): Order {
    let orders = recordStage([], { orderId: '30000000000000009', domain: 'slow.cn', stage: 'tencentReview', seenAt: start });
    orders = recordStage(orders, { orderId: '30000000000000009', stage: 'awaitingBureauSubmission', seenAt: start + 4 * 24 * HOUR_MS });
    return orders[0]!;
  }

  it('shows stages with first-seen times, an overdue mark and the estimates', () => {
    render(<Timeline order={slowOrder()} now={start + 5 * 24 * HOUR_MS} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    const entries = screen.getAllByRole('listitem').slice(0, 2);
    expect(entries[0]!.textContent).toContain('腾讯云审核');
    expect(entries[0]!.textContent).toContain('11月9日 10:00（按首次看到的时间估算）');
    expect(entries[0]!.className).toContain('bh-overdue');
    expect(entries[0]!.textContent).toContain('用时超出预期（预计 11月11日 23:59 前完成）');
    expect(entries[1]!.className).not.toContain('bh-overdue');
    expect(entries[1]!.textContent).toContain('预计 11月18日 23:59 前完成');

    const estimates = screen.getByRole('region', { name: '预计时间' });
    expect(estimates.textContent).toContain('腾讯云审核：预计 11月10日（周二）至11月11日（周三） 完成');
    expect(estimates.textContent).toContain('管局审核：最迟约 12月14日（周一）（20 个工作日）');
    expect(estimates.textContent).toContain('周末和节假日照常计时');
  });

  it('draws the filing as steps: done and current with their times, upcoming with estimated dates, state in words', () => {
    render(<Timeline order={slowOrder()} now={start + 5 * 24 * HOUR_MS} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    const steps = within(screen.getByRole('region', { name: '备案进度' })).getAllByRole('listitem').slice(0, 5);
    expect(steps.map((step) => step.querySelector('.bh-timeline-stage')!.textContent)).toEqual([
      '腾讯云审核',
      '等待提交管局',
      '短信核验',
      '管局审核',
      '备案成功',
    ]);
    expect(steps.map((step) => step.querySelector('.bh-step-state')!.textContent)).toEqual(['已完成', '进行中', '未开始', '未开始', '未开始']);
    expect(steps.map((step) => step.getAttribute('aria-current'))).toEqual([null, 'step', null, null, null]);
    // Submission to the 管局 by 18 November, the SMS within 24 hours, then 20 working days.
    expect(steps[2]!.textContent).toContain('最迟约 11月18日（周三） 估算');
    expect(steps[3]!.textContent).toContain('最迟约 11月19日（周四） 估算');
    expect(steps[4]!.textContent).toContain('最迟约 12月17日（周四） 估算');
    expect(within(steps[2]!).queryByRole('button')).toBeNull(); // nothing to correct before it happens
  });

  it('says when the running stage is overdue in words, and has no steps ahead once approved', () => {
    const overdue = slowOrder();
    render(<Timeline order={overdue} now={Date.parse('2026-11-20T02:00:00Z')} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getAllByRole('listitem')[1]!.querySelector('.bh-step-state')!.textContent).toBe('进行中，已超期');
    cleanup();

    const approved = recordStage([overdue], { orderId: '30000000000000009', stage: 'approved', seenAt: start + 30 * 24 * HOUR_MS })[0]!;
    render(<Timeline order={approved} now={start + 30 * 24 * HOUR_MS} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    const steps = within(screen.getByRole('region', { name: '备案进度' })).getAllByRole('listitem');
    expect(steps).toHaveLength(3);
    expect(steps.map((step) => step.querySelector('.bh-step-state')!.textContent)).toEqual(['已完成', '已完成', '已完成']);
    expect(screen.queryByText('未开始')).toBeNull();
  });

  it('uses Zhejiang\'s 30 working days and flags estimates reaching a year without calendar data', () => {
    const december = Date.parse('2026-12-01T02:00:00Z');
    const [order] = recordStage([], { orderId: '30000000000000010', domain: 'zj.cn', stage: 'tencentReview', seenAt: december });
    render(<Timeline order={order!} province="浙江" now={december} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    const estimates = screen.getByRole('region', { name: '预计时间' });
    // 8 December + 30 working days, January 2027 counted by weekends only.
    expect(estimates.textContent).toContain('管局审核：最迟约 2027年1月19日（周二） 估算（2027年节假日安排未知，按周末计算）（30 个工作日）');
    expect(estimates.textContent).not.toContain('2026年12月1日（周二） 估算'); // 2026 is known: no label
    expect(estimates.textContent).toContain('从 2026年12月1日（周二） 提交算起');
    expect(within(estimates).getByText(/2027 年的日期只按周末推算/).className).toBe('bh-warning');
  });

  it('shows no estimates for an order first seen after Tencent\'s review', () => {
    const [order] = recordStage([], { orderId: '30000000000000011', domain: 'late.cn', stage: 'bureauReview', seenAt: start });
    render(<Timeline order={order!} now={start} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getByRole('region', { name: '备案进度' }).textContent).toContain('管局审核');
    expect(screen.queryByRole('region', { name: '预计时间' })).toBeNull();
    expect(screen.getByRole('button', { name: '删除 管局审核' }).hasAttribute('disabled')).toBe(true);
  });

  it('lets the user correct an entry\'s stage and time, and delete one', async () => {
    const user = userEvent.setup();
    const onCorrect = vi.fn();
    const onRemove = vi.fn();
    render(<Timeline order={slowOrder()} now={start + 5 * 24 * HOUR_MS} onCorrect={onCorrect} onRemove={onRemove} />);

    await user.click(screen.getByRole('button', { name: '更正 腾讯云审核' }));
    await user.selectOptions(screen.getByRole('combobox', { name: '阶段' }), '提交初审');
    fireEvent.change(screen.getByLabelText('时间（北京时间）'), { target: { value: '2026-11-09T08:30' } });
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(onCorrect).toHaveBeenCalledWith(0, { stage: 'submitted', at: Date.parse('2026-11-09T00:30:00Z') });

    await user.click(screen.getByRole('button', { name: '删除 等待提交管局' }));
    expect(onRemove).toHaveBeenCalledWith(1);
  });
});
