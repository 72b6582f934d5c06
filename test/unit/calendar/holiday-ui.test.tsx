import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { Timeline } from '@/components/orders/Timeline';
import { parseHolidayNotice } from '@/utils/calendar/holiday-notice';
import { setImportedArrangements } from '@/utils/calendar/working-days';
import { recordStage } from '@/utils/orders/reducers';

const notice2027 = readFileSync('test/fixtures/holidays/2027-invented.txt', 'utf8');
const LABEL = '估算（2027年节假日安排未知，按周末计算）';

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  setImportedArrangements([]);
});

describe('<Timeline> in a year without a known arrangement', () => {
  const submitted = Date.parse('2027-01-25T02:00:00Z'); // Monday 10:00 Beijing
  const [order] = recordStage([], { orderId: '30000000000002027', domain: 'y2027.cn', stage: 'tencentReview', seenAt: submitted });

  it('labels every date counted by weekends only, and drops the labels once the notice is imported', () => {
    const { rerender } = render(<Timeline order={order!} now={submitted} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    const estimates = screen.getByRole('region', { name: '预计时间' });
    expect(estimates.textContent).toContain(`管局审核：最迟约 3月1日（周一） ${LABEL}`);
    expect(screen.getAllByRole('listitem')[0]!.textContent).toContain(LABEL); // the due time of the running stage

    const reading = parseHolidayNotice(notice2027);
    if (!reading.ok) throw new Error(reading.message);
    setImportedArrangements([reading.arrangement]);
    rerender(<Timeline order={order!} now={submitted + 1} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getByRole('region', { name: '备案进度' }).textContent).not.toContain('节假日安排未知');
    expect(screen.getByRole('region', { name: '预计时间' }).textContent).toContain('管局审核：最迟约 3月8日（周一）（20 个工作日）');
  });

  it('shows the one-line import hint from 1 November while next year is unknown', () => {
    const november = Date.parse('2026-11-02T02:00:00Z');
    const [late] = recordStage([], { orderId: '30000000000002026', domain: 'nov.cn', stage: 'tencentReview', seenAt: november });
    render(<Timeline order={late!} now={november} onCorrect={vi.fn()} onRemove={vi.fn()} />);
    expect(screen.getByText(/2027年的节假日安排尚未收录/)).toBeTruthy();
  });
});

describe('options: 节假日安排', () => {
  it('previews a pasted notice month by month, imports it on confirm, and lists, exports and deletes the year', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    await user.click(screen.getByRole('tab', { name: '节假日安排' }));
    expect(screen.getByTestId('known-years').textContent).toBe('2004–2026');

    await user.click(screen.getByLabelText('通知全文'));
    await user.paste('随便一段文字');
    expect(screen.getByRole('alert').textContent).toContain('没有找到标题');
    expect(screen.queryByRole('button', { name: /确认导入/ })).toBeNull();

    await user.clear(screen.getByLabelText('通知全文'));
    await user.paste(notice2027);
    const preview = screen.getByRole('region', { name: '2027年节假日安排预览' });
    const february = within(preview).getByRole('table', { name: '2027年2月' });
    expect(february.querySelector('[data-date="2027-02-08"]')!.className).toBe('bh-cal-holiday');
    expect(february.querySelector('[data-date="2027-02-20"]')!.className).toBe('bh-cal-workday');
    expect(february.querySelector('[data-date="2027-02-27"]')!.className).toBe('bh-cal-weekend');
    expect(within(preview).getAllByRole('listitem')).toHaveLength(7);

    await user.click(screen.getByRole('button', { name: '确认导入 2027 年安排' }));
    expect((await screen.findByRole('status')).textContent).toContain('已导入 2027 年');
    expect(await screen.findByRole('listitem', { name: '已导入的 2027 年安排' })).toBeTruthy();
    expect(screen.getByTestId('known-years').textContent).toBe('2004–2027');

    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(await screen.findByText('还没有导入任何通知。')).toBeTruthy();
    expect(screen.getByTestId('known-years').textContent).toBe('2004–2026');
  });
});
