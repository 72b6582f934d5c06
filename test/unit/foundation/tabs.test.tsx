/** The tab bars of the panel and the options page work with the keyboard alone (WAI-ARIA tabs pattern). */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TabBar, tabPanelProps } from '@/components/Tabs';
import { OptionsApp } from '@/components/options/OptionsApp';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const TABS = [
  { id: 'a', title: '甲' },
  { id: 'b', title: '乙' },
  { id: 'c', title: '丙' },
] as const;

function Harness() {
  const [selected, setSelected] = useState<(typeof TABS)[number]['id']>('a');
  return (
    <>
      <button type="button">之前</button>
      <TabBar label="测试" prefix="t" tabs={TABS} selected={selected} onSelect={setSelected} />
      <div {...tabPanelProps('t', selected)}>内容{selected}</div>
      <button type="button">之后</button>
    </>
  );
}

const selectedTab = () => screen.getAllByRole('tab').find((tab) => tab.getAttribute('aria-selected') === 'true')!.textContent;

describe('<TabBar>', () => {
  it('is one Tab stop; the arrow keys, Home and End move focus and select, wrapping around', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: '之前' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '甲' }));
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '乙' }));
    expect(selectedTab()).toBe('乙');
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(selectedTab()).toBe('甲');
    await user.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '丙' }));
    await user.keyboard('{Home}');
    expect(selectedTab()).toBe('甲');
    await user.keyboard('{End}');
    expect(selectedTab()).toBe('丙');
    // Only the selected tab is in the Tab order: the next Tab leaves the bar.
    expect(screen.getAllByRole('tab').map((tab) => tab.tabIndex)).toEqual([-1, -1, 0]);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: '之后' }));
  });

  it('ties each tab to the panel, which is named by the selected tab', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('tabpanel', { name: '甲' });
    for (const tab of screen.getAllByRole('tab')) expect(tab.getAttribute('aria-controls')).toBe(panel.id);
    await user.click(screen.getByRole('tab', { name: '乙' }));
    expect(screen.getByRole('tabpanel', { name: '乙' }).textContent).toBe('内容b');
    expect(screen.getByRole('tablist', { name: '测试' })).toBeTruthy();
  });
});

describe('options page tabs', () => {
  it('switches sections with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<OptionsApp />);
    screen.getByRole('tab', { name: '申请人档案' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: '网站名称批量检查' }));
    expect(screen.getByRole('tabpanel', { name: '网站名称批量检查' })).toBeTruthy();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: '数据' }).getAttribute('aria-selected')).toBe('true');
  });
});
