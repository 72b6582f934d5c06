import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReminderSettings } from '@/components/options/ReminderSettings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

const ONLY_DEADLINE = /没有选择任何提前提醒：只剩截止时的一次提醒/;

describe('<ReminderSettings> with every advance reminder off (#24 item 10)', () => {
  it('says that only the deadline itself is left, and stops saying so once one is chosen again', async () => {
    const user = userEvent.setup();
    render(<ReminderSettings />);
    const boxes = (await screen.findAllByRole('checkbox')) as HTMLInputElement[];
    expect(screen.queryByText(ONLY_DEADLINE)).toBeNull();

    for (const box of boxes.filter((b) => b.checked)) await user.click(box);
    expect(boxes.every((b) => !b.checked)).toBe(true);
    expect(screen.getByRole('note').textContent).toMatch(ONLY_DEADLINE);

    await user.click(screen.getByRole('checkbox', { name: '提前 30 分钟' }));
    expect(screen.queryByText(ONLY_DEADLINE)).toBeNull();
  });
});
