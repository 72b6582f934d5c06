import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SmsVerifyView } from '@/components/miit/SmsVerifyView';
import { getOrders, ordersItem } from '@/utils/browser/orders-store';
import { saveProfile } from '@/utils/browser/profile-store';
import { recordStage } from '@/utils/orders/reducers';
import { recordMiitAnswer } from '@/utils/orders/sms-results';
import type { Order } from '@/utils/orders/model';
import { personalProfile } from '../profiles-ui/helpers';

const A = '30179108639935234';
const B = '30179108639935235';

function smsOrder(orderId: string, domain: string, profileId?: string): Order[] {
  return recordStage([], { orderId, domain, filingType: '首次备案', stage: 'smsVerification', seenAt: Date.now() - 3_600_000, profileId });
}

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

describe('the 短信核验 view on MIIT’s page', () => {
  it('says when no order waits for the SMS, and lists the known orders', async () => {
    await ordersItem.setValue(recordStage([], { orderId: A, domain: 'a.cn', stage: 'tencentReview', seenAt: Date.now() }));
    render(<SmsVerifyView />);
    expect((await screen.findByTestId('miit-no-order')).textContent).toContain('目前没有处于短信核验阶段的订单');
    expect(screen.getByRole('list', { name: '已记录的订单' }).textContent).toContain('a.cn');
  });

  it('chooses the only waiting order and offers 填入 for its verifier', async () => {
    const profile = personalProfile();
    await saveProfile(profile);
    await ordersItem.setValue(smsOrder(A, 'a.cn', profile.id));
    render(<SmsVerifyView />);
    expect(await screen.findByRole('button', { name: '填入主体负责人' })).toBeTruthy();
    expect(screen.getByTestId('miit-tries').textContent).toContain('还可输错 5 次');
  });

  it('with several waiting orders asks which one, then asks for a profile when the order has none', async () => {
    const profile = personalProfile();
    await saveProfile(profile);
    await ordersItem.setValue([...smsOrder(A, 'a.cn', profile.id), ...smsOrder(B, 'b.cn')]);
    render(<SmsVerifyView />);
    const pick = await screen.findByRole('combobox', { name: /2 个订单在等待短信核验/ });
    expect(screen.queryByRole('button', { name: /^填入/ })).toBeNull();
    fireEvent.change(pick, { target: { value: B } });
    const link = await screen.findByRole('combobox', { name: /没有关联申请人档案/ });
    fireEvent.change(link, { target: { value: profile.id } });
    expect(await screen.findByRole('button', { name: '填入主体负责人' })).toBeTruthy();
    expect((await getOrders()).find((o) => o.orderId === B)?.profileId).toBe(profile.id);
  });

  it('warns at one try left and, at none, says any further submission returns the order', async () => {
    let [order] = smsOrder(A, 'a.cn');
    for (let i = 0; i < 4; i++) order = recordMiitAnswer(order!, { code: 2, at: Date.now() });
    await ordersItem.setValue([order!]);
    render(<SmsVerifyView />);
    expect((await screen.findByRole('alert')).textContent).toContain('还可输错 1 次');
    await ordersItem.setValue([recordMiitAnswer(order!, { code: 2, at: Date.now() })]);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/第 6 次提交（无论对错）都会把订单退回/));
    expect(screen.getByTestId('miit-answer').textContent).toContain('核验失败');
  });
});
