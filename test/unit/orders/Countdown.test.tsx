import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from '@/components/orders/Countdown';
import type { VerifierContact } from '@/utils/orders/verifiers';
import { HOUR_MS, MINUTE_MS } from '@/utils/calendar/china-time';
import type { Order } from '@/utils/orders/model';
import { markSmsReceived, recordStage } from '@/utils/orders/reducers';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const SMS_AT = Date.parse('2026-11-20T02:00:00Z'); // 11月20日 10:00 Beijing
const ORDER_ID = '30179108639935234';

function waitingOrder(): Order {
  const [order] = recordStage([], { orderId: ORDER_ID, domain: 'example.com', filingType: '首次备案', stage: 'awaitingBureauSubmission', seenAt: SMS_AT - HOUR_MS });
  return order!;
}

const confirmedSms = () => markSmsReceived(waitingOrder(), SMS_AT);

/** SMS stage noticed six hours after the previous look. */
function lateDetectedSms(): Order {
  return recordStage([waitingOrder()], { orderId: ORDER_ID, stage: 'smsVerification', seenAt: SMS_AT + 5 * HOUR_MS })[0]!;
}

const verifiers: VerifierContact[] = [
  { id: 'subject', role: '主体负责人', name: '张三', mobile: '13800138000', idLast6: '12345X' },
  { id: 'site:0', role: '网站负责人', name: '李四', mobile: '13900139000', idLast6: '654321' },
];

function renderCountdown(order: Order, now: number, extra: Partial<Parameters<typeof Countdown>[0]> = {}) {
  const onSmsReceived = vi.fn();
  const onVerified = vi.fn();
  render(<Countdown order={order} now={now} onSmsReceived={onSmsReceived} onVerified={onVerified} {...extra} />);
  return { onSmsReceived, onVerified };
}

describe('<Countdown>', () => {
  it('shows the time left, the SMS time and the deadline in Beijing time', () => {
    renderCountdown(confirmedSms(), SMS_AT + HOUR_MS + 30 * MINUTE_MS);
    expect(screen.getByTestId('sms-remaining').textContent).toBe('剩余 22 小时 30 分');
    const region = screen.getByRole('region', { name: '短信核验倒计时' });
    expect(region.textContent).toContain('短信到达：11月20日 10:00');
    expect(region.textContent).toContain('截止：11月21日 10:00（北京时间）');
    expect(region.className).not.toContain('bh-countdown-urgent');
  });

  it('turns urgent in the last 3 hours and says what happens after expiry', () => {
    const { unmount } = render(
      <Countdown order={confirmedSms()} now={SMS_AT + 22 * HOUR_MS} onSmsReceived={vi.fn()} onVerified={vi.fn()} />,
    );
    expect(screen.getByRole('region').className).toContain('bh-countdown-urgent');
    unmount();

    renderCountdown(confirmedSms(), SMS_AT + 25 * HOUR_MS);
    expect(screen.getByTestId('sms-remaining').textContent).toBe('短信核验已超时');
    expect(screen.getByRole('region').className).toContain('bh-countdown-expired');
    expect(screen.getByRole('region').textContent).toContain('订单会退回腾讯云');
    expect(screen.getByRole('region').textContent).toContain('约 24 小时后重新提交管局');
  });

  it('ticks by itself without a fixed clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(SMS_AT + HOUR_MS);
    render(<Countdown order={confirmedSms()} onSmsReceived={vi.fn()} onVerified={vi.fn()} />);
    expect(screen.getByTestId('sms-remaining').textContent).toBe('剩余 23 小时 0 分');
    act(() => {
      vi.advanceTimersByTime(2 * MINUTE_MS);
    });
    expect(screen.getByTestId('sms-remaining').textContent).toBe('剩余 22 小时 58 分');
  });

  it('已收到短信 records the time it defaults to (now)', async () => {
    const user = userEvent.setup();
    const now = SMS_AT + 7 * MINUTE_MS;
    const { onSmsReceived } = renderCountdown(waitingOrder(), now);
    expect(screen.getByRole('region').textContent).toContain('尚未记录短信');
    expect(screen.queryByRole('button', { name: '已完成核验' })).toBeNull();

    await user.click(screen.getByRole('button', { name: '已收到短信' }));
    expect((screen.getByLabelText('短信到达时间（北京时间）') as HTMLInputElement).value).toBe('2026-11-20T10:07');
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(onSmsReceived).toHaveBeenCalledWith(now);
  });

  it('lets the user edit the SMS time and refuses a time in the future', async () => {
    const user = userEvent.setup();
    const { onSmsReceived } = renderCountdown(confirmedSms(), SMS_AT + 2 * HOUR_MS);
    await user.click(screen.getByRole('button', { name: '修改短信时间' }));
    const input = screen.getByLabelText('短信到达时间（北京时间）');

    fireEvent.change(input, { target: { value: '2026-11-20T23:00' } });
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(screen.getByRole('alert').textContent).toBe('时间不能晚于现在。');
    expect(onSmsReceived).not.toHaveBeenCalled();

    fireEvent.change(input, { target: { value: '2026-11-20T09:40' } });
    await user.click(screen.getByRole('button', { name: '确认' }));
    expect(onSmsReceived).toHaveBeenCalledWith(SMS_AT - 20 * MINUTE_MS);
    expect(screen.queryByLabelText('短信到达时间（北京时间）')).toBeNull();
  });

  it('asks for the time on the SMS when the stage was noticed late, saying the deadline may be earlier', async () => {
    const user = userEvent.setup();
    const { onSmsReceived } = renderCountdown(lateDetectedSms(), SMS_AT + 6 * HOUR_MS);
    const warning = screen.getByRole('alert');
    expect(warning.textContent).toContain('上次查看本订单是在 11月20日 09:00');
    expect(warning.textContent).toContain('实际截止时间可能更早（最早 11月21日 09:00）');
    expect(screen.getByRole('region').textContent).toContain('（按首次看到的时间估算）');

    const input = within(warning).getByLabelText('短信到达时间（北京时间）');
    fireEvent.change(input, { target: { value: '2026-11-20T09:05' } });
    await user.click(within(warning).getByRole('button', { name: '确认短信时间' }));
    expect(onSmsReceived).toHaveBeenCalledWith(SMS_AT - 55 * MINUTE_MS);
  });

  it('does not ask when the user already gave the SMS time', () => {
    renderCountdown(markSmsReceived(lateDetectedSms(), SMS_AT), SMS_AT + 6 * HOUR_MS);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('已完成核验 reports the current time', async () => {
    const user = userEvent.setup();
    const now = SMS_AT + 3 * HOUR_MS;
    const { onVerified } = renderCountdown(confirmedSms(), now);
    await user.click(screen.getByRole('button', { name: '已完成核验' }));
    expect(onVerified).toHaveBeenCalledWith(now);
  });

  it('says who must verify, links the MIIT page and explains the 24-hour window', () => {
    renderCountdown(confirmedSms(), SMS_AT + HOUR_MS);
    const region = screen.getByRole('region');
    expect(region.textContent).toContain('主体负责人和网站负责人都要完成短信核验');
    expect(screen.getByRole('link', { name: '打开工信部短信核验页面' }).getAttribute('href')).toBe(
      'https://beian.miit.gov.cn/#/Integrated/index',
    );
    expect(region.textContent).toContain('按自然时间连续计算，周末和节假日照常计时');
  });

  it('copies each verifier\'s mobile and the last six ID characters', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderCountdown(confirmedSms(), SMS_AT + HOUR_MS, { verifiers });

    const items = screen.getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('主体负责人（张三）');
    await user.click(within(items[0]!).getByRole('button', { name: '复制手机号' }));
    expect(writeText).toHaveBeenLastCalledWith('13800138000');
    expect(items[0]!.textContent).toContain('已复制');
    await user.click(within(items[1]!).getByRole('button', { name: '复制证件号后 6 位' }));
    expect(writeText).toHaveBeenLastCalledWith('654321');
  });

  it('says so when copying fails', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    renderCountdown(confirmedSms(), SMS_AT + HOUR_MS, { verifiers: verifiers.slice(0, 1) });
    await user.click(screen.getByRole('button', { name: '复制手机号' }));
    expect(screen.getByRole('listitem').textContent).toContain('复制失败');
  });
});
