import { describe, expect, it } from 'vitest';
import { createConsoleController, isFilingPath } from '@/utils/console';
import { FIXTURE_PREFIXES, loadFixture } from './helpers/fixtures';

describe.each(FIXTURE_PREFIXES)('readOrders (prefix %s)', (prefix) => {
  it('reads every row of the order list, with status and alert texts as shown', () => {
    loadFixture('orders-list.html', { prefix, path: '/beian/manage/orders' });
    expect(createConsoleController(document).readOrders()).toEqual([
      { source: 'list', orderId: '30179108639935234', domain: 'example.com', filingType: '首次备案', statusText: '腾讯云审核中', alertTexts: [] },
      {
        source: 'list',
        orderId: '30179078206880765',
        domain: 'blog.example.net',
        filingType: '新增服务',
        statusText: '管局审核中',
        alertTexts: ['工信部已向负责人手机号发送短信验证码，请在24小时内完成短信核验'],
      },
    ]);
  });

  it('reads an order’s detail page', () => {
    loadFixture('order-detail.html', { prefix, path: '/beian/manage/process/30173440149913160/review' });
    expect(createConsoleController(document).readOrders()).toEqual([
      {
        source: 'detail',
        orderId: '30173440149913160',
        domain: 'example.com',
        filingType: '首次备案',
        statusText: '等待管局审核',
        alertTexts: ['请在24小时内登录工信部备案管理系统完成短信核验'],
      },
    ]);
  });

  it('reports nothing on a wizard step', () => {
    loadFixture('subject-personal.html', { prefix });
    expect(createConsoleController(document).readOrders()).toEqual([]);
  });
});

it('takes the order number from the URL when the detail page does not show it', () => {
  loadFixture('order-detail.html', { path: '/beian/manage/process/30178537319491747/review' });
  document.querySelector('[class*="form__item"]')!.remove();
  expect(createConsoleController(document).readOrders()[0]!.orderId).toBe('30178537319491747');
});

it('recognises the filing app’s paths', () => {
  expect(isFilingPath('/beian')).toBe(true);
  expect(isFilingPath('/beian/manage/process/30179108639935234/review')).toBe(true);
  expect(isFilingPath('/beianx')).toBe(false);
  expect(isFilingPath('/cvm/beian')).toBe(false);
});
