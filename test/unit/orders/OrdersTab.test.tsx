import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrdersTab } from '@/components/panel/OrdersTab';
import { getOrders, ordersItem } from '@/utils/browser/orders-store';
import { smsDeadline, SMS_WINDOW_MS } from '@/utils/orders/countdown';
import { currentStage, recordStage } from '@/utils/orders/reducers';

const ORDER_ID = '30173440149913160';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('OrdersTab on an order page whose stage could not be read', () => {
  const page = { kind: 'order' as const, order: { orderId: ORDER_ID, stage: null, statusTexts: ['资料复核处理'] } };

  it('says so, shows the status text it found, and starts the countdown when the user says the SMS came', async () => {
    const before = Date.now();
    render(<OrdersTab profile={null} page={page} />);
    const notice = await screen.findByRole('alert', { name: '订单状态未识别' });
    expect(notice.textContent).toContain('未能识别此订单的状态');
    expect(notice.textContent).toContain('页面上的状态文字：资料复核处理');
    fireEvent.click(within(notice).getByRole('button', { name: '我已收到短信（现在）' }));
    await waitFor(async () => expect((await getOrders()).map((o) => o.orderId)).toEqual([ORDER_ID]));
    const [order] = await getOrders();
    expect(smsDeadline(order!)).toMatchObject({ confirmed: true });
    expect(smsDeadline(order!)!.receivedAt).toBeGreaterThanOrEqual(before - 1000);
  });

  it('offers 已完成核验 for an order already tracked, without losing its timeline', async () => {
    await ordersItem.setValue(recordStage([], { orderId: ORDER_ID, stage: 'awaitingBureauSubmission', seenAt: Date.now() - 3_600_000 }));
    render(<OrdersTab profile={null} page={page} />);
    fireEvent.click(within(await screen.findByRole('alert', { name: '订单状态未识别' })).getByRole('button', { name: '已完成核验' }));
    await waitFor(async () => expect(currentStage((await getOrders())[0]!)).toBe('bureauReview'));
    expect((await getOrders())[0]!.entries.map((e) => e.stage)).toEqual(['awaitingBureauSubmission', 'bureauReview']);
  });

  it('stays quiet when the stage was read', async () => {
    render(<OrdersTab profile={null} page={{ kind: 'order', order: { ...page.order, stage: 'tencentReview' } }} />);
    await screen.findByRole('button', { name: '手动添加订单' });
    expect(screen.queryByText(/未能识别/)).toBeNull();
  });
});

describe('OrdersTab: orders added by hand', () => {
  it('adds an order with the SMS time, refuses a bad order number in Chinese, then edits it', async () => {
    render(<OrdersTab profile={null} />);
    fireEvent.click(await screen.findByRole('button', { name: '手动添加订单' }));
    const form = screen.getByRole('region', { name: '手动添加订单' });
    fireEvent.change(within(form).getByLabelText('订单号（选填，17 位数字）'), { target: { value: '12345' } });
    fireEvent.change(within(form).getByLabelText('网站名称、域名或主办单位名称'), { target: { value: '山涧笔记' } });
    fireEvent.change(within(form).getByLabelText('短信到达时间（北京时间）'), { target: { value: '2026-01-05T09:30' } });
    fireEvent.click(within(form).getByRole('button', { name: '添加订单' }));
    expect(within(form).getByRole('alert').textContent).toContain('订单号应为 17 位数字');
    expect(await getOrders()).toEqual([]);

    fireEvent.change(within(form).getByLabelText('订单号（选填，17 位数字）'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: '添加订单' }));
    await waitFor(async () => expect(await getOrders()).toHaveLength(1));
    const [order] = await getOrders();
    expect(order).toMatchObject({ addedByHand: true, name: '山涧笔记' });
    expect(smsDeadline(order!)?.at).toBe(Date.parse('2026-01-05T09:30:00+08:00') + SMS_WINDOW_MS);

    fireEvent.click(await screen.findByRole('button', { name: '编辑订单信息' }));
    const edit = screen.getByRole('form', { name: '编辑订单信息' });
    fireEvent.change(within(edit).getByLabelText('订单号（选填，17 位数字）'), { target: { value: ORDER_ID } });
    fireEvent.click(within(edit).getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await getOrders())[0]!.orderId).toBe(ORDER_ID));
    expect(smsDeadline((await getOrders())[0]!)?.at).toBe(Date.parse('2026-01-05T09:30:00+08:00') + SMS_WINDOW_MS);
  });
});
