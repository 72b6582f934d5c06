import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OrdersTab } from '@/components/panel/OrdersTab';
import { DataSettings } from '@/components/options/DataSettings';
import { ReminderSettings } from '@/components/options/ReminderSettings';
import { getOrders } from '@/utils/browser/orders-store';
import { recordStage } from '@/utils/orders/reducers';
import { describeUnreadable } from '@/utils/storage/kept';
import { listUnreadable, watchUnreadable } from '@/utils/browser/unreadable';
import { createBackup } from '@/utils/browser/backup-store';

const T0 = Date.parse('2026-11-20T02:00:00Z');
const good = recordStage([], { orderId: '30179108639935234', domain: 'a.cn', stage: 'tencentReview', seenAt: T0 })[0]!;
const damaged = { ...good, key: 'x', orderId: '30179108639935235', lastObservedAt: 'later' };
const future = { ...good, key: 'y', entries: [{ stage: 'quantumReview', at: T0, source: 'observed' }] };

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('describeUnreadable', () => {
  it('counts per reason, in Chinese', () => {
    expect(describeUnreadable('订单', [{ reason: 'newer' }, { reason: 'damaged' }, { reason: 'newer' }])).toBe(
      '有 3 条订单记录无法读取（2 条写入它的是更新版本的备案助手，1 条数据已损坏）',
    );
    expect(describeUnreadable('订单', [])).toBeNull();
  });
});

describe('the orders view', () => {
  it('says how many orders cannot be read and that they are kept', async () => {
    await fakeBrowser.storage.local.set({ orders: [good, damaged] });
    render(<OrdersTab profile={null} />);
    const notice = await screen.findByRole('note', { name: '无法读取的数据' });
    expect(notice.textContent).toContain('有 1 条订单记录无法读取（1 条数据已损坏）');
    expect(notice.textContent).toContain('原样保存');
  });

  it('has nothing to say when every order reads', async () => {
    await fakeBrowser.storage.local.set({ orders: [good], reminderSettings: { offsetsMinutes: [60] } });
    expect(await listUnreadable({ today: '2026-11-20' })).toEqual({ stores: [], profilesLocked: false });
  });
});

describe('watching unreadable records', () => {
  it('hears changes of the stores it watches, their versions and what was moved aside from them, and nothing else', async () => {
    const heard: string[] = [];
    const stop = watchUnreadable(() => heard.push('orders'), ['orders']);
    for (const key of ['dock', 'shownReminders', 'kept:dock', 'orders', 'orders$', 'kept:orders']) {
      await fakeBrowser.storage.local.set({ [key]: [key] });
    }
    stop();
    expect(heard).toHaveLength(3);
  });
});

describe('the 数据 section', () => {
  it('lists unreadable records per store and deletes them only after confirmation, keeping the readable ones', async () => {
    await fakeBrowser.storage.local.set({ orders: [good, damaged], reminderSettings: '{"offs', 'kept:dock': [{ reason: 'damaged', movedAt: T0, raw: 'x' }] });
    render(<DataSettings />);
    const orders = await screen.findByRole('region', { name: '无法读取的订单' });
    expect(orders.textContent).toContain('有 1 条订单记录无法读取');
    expect(screen.getByRole('region', { name: '无法读取的提醒设置' }).textContent).toContain('数据已损坏');
    expect(screen.getByRole('region', { name: '无法读取的面板位置' })).toBeTruthy();

    fireEvent.click(within(orders).getByRole('button', { name: '删除…' }));
    expect((await fakeBrowser.storage.local.get('orders')).orders).toEqual([good, damaged]);
    fireEvent.click(within(orders).getByRole('button', { name: '确认删除' }));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('orders')).orders).toEqual([good]));
    expect(await getOrders()).toEqual([good]);
    await waitFor(() => expect(screen.queryByRole('region', { name: '无法读取的订单' })).toBeNull());
    expect((await fakeBrowser.storage.local.get('reminderSettings')).reminderSettings).toBe('{"offs');
  });

  it('names a newer version as the reason and leaves such a store untouched on delete', async () => {
    await fakeBrowser.storage.local.set({ orders: [good, future], orders$: { v: 5 } });
    render(<DataSettings />);
    const orders = await screen.findByRole('region', { name: '无法读取的订单' });
    expect(orders.textContent).toContain('写入它的是更新版本的备案助手');
    expect(orders.textContent).toContain('只能查看');
    fireEvent.click(within(orders).getByRole('button', { name: '删除…' }));
    fireEvent.click(within(orders).getByRole('button', { name: '确认删除' }));
    await waitFor(() => expect(within(orders).queryByRole('group', { name: '确认删除' })).toBeNull());
    expect((await fakeBrowser.storage.local.get('orders')).orders).toEqual([good, future]);
  });
});

describe('reminder settings that cannot be read', () => {
  it('say the defaults are in use until the user saves', async () => {
    await fakeBrowser.storage.local.set({ reminderSettings: { offsetsMinutes: 'sixty' } });
    render(<ReminderSettings />);
    const notice = await screen.findByRole('note');
    expect(notice.textContent).toContain('现在使用的是默认设置');
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    await waitFor(() => expect(screen.queryByRole('note')).toBeNull());
    expect((await fakeBrowser.storage.local.get('kept:reminderSettings'))['kept:reminderSettings']).toEqual([
      { reason: 'damaged', movedAt: expect.any(Number), raw: { offsetsMinutes: 'sixty' } },
    ]);
  });
});

describe('从备份恢复 in the 数据 section', () => {
  it('previews what it adds, then restores without deleting', async () => {
    await fakeBrowser.storage.local.set({ orders: [good], reminderSettings: { offsetsMinutes: [30] } });
    const text = await createBackup();
    const other = { ...good, key: 'z', orderId: '30179108639935299' };
    await fakeBrowser.storage.local.set({ orders: [other], reminderSettings: { offsetsMinutes: [120] } });

    render(<DataSettings />);
    const restore = await screen.findByRole('region', { name: '从备份恢复' });
    fireEvent.change(within(restore).getByLabelText('选择备份文件'), { target: { files: [new File([text], 'backup.json')] } });
    const preview = await within(restore).findByRole('region', { name: '恢复预览' });
    expect(preview.textContent).toContain('订单：新增 1 个，合并 0 个');
    expect(preview.textContent).toContain('{"offsetsMinutes":[120]} → {"offsetsMinutes":[30]}');
    fireEvent.click(within(preview).getByRole('button', { name: '恢复' }));
    await within(restore).findByText('已从备份恢复，没有删除任何数据。');
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored.orders).toEqual([other, good]);
    expect(stored.reminderSettings).toEqual({ offsetsMinutes: [120] });
  });
});
