import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useOrders } from '@/components/orders/useOrders';
import { ordersItem, recordObservations } from '@/utils/browser/orders-store';
import { smsDeadline } from '@/utils/orders/countdown';
import { recordStage } from '@/utils/orders/reducers';

const T0 = Date.parse('2026-11-20T02:00:00Z');
const KEY = '30179108639935234';

beforeEach(async () => {
  fakeBrowser.reset();
  await ordersItem.setValue(recordStage([], { orderId: KEY, domain: 'example.com', stage: 'smsVerification', seenAt: T0 }));
});
afterEach(cleanup);

describe('useOrders', () => {
  it('loads the stored orders, follows changes and applies the user\'s actions', async () => {
    const { result } = renderHook(() => useOrders());
    expect(result.current.orders).toBeNull();
    await waitFor(() => expect(result.current.orders).toHaveLength(1));

    await act(() => result.current.markSmsReceived(KEY, T0 - 3_600_000));
    await waitFor(() => expect(smsDeadline(result.current.orders![0]!)?.receivedAt).toBe(T0 - 3_600_000));

    await act(() => recordObservations([{ orderId: '30179108639935999', domain: 'other.cn', stage: 'tencentReview', seenAt: T0 }]));
    await waitFor(() => expect(result.current.orders).toHaveLength(2));

    await act(() => result.current.markVerified(KEY, T0));
    await waitFor(() => expect(smsDeadline(result.current.orders![0]!)).toBeNull());

    await act(() => result.current.removeOrder(KEY));
    await waitFor(() => expect(result.current.orders!.map((order) => order.key)).toEqual(['30179108639935999']));
  });
});
