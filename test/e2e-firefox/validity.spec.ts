/**
 * The ID's validity on pages rendered by the real tea-component (2.7.3 and the newest 2.x) in Firefox ESR, filled the
 * way a user fills them: the docked panel's 填充本页 with a profile chosen. The dates sit inside the 长期/非长期 item,
 * in items of their own that 非长期 renders, or in one range picker; a value counts only when the page's React state
 * holds it (read through window.__TEA_PAGE__, as the Chromium spec does).
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import type { Profile } from '@/utils/profile';
import type { TeaPageState } from '../tea-pages/main';
import { PERSONAL } from '../e2e/expected-values';
import { ensureTeaPagesBuilt, TEA_PAGES_BASE } from '../e2e/replica-server';
import { expectedTeaState, LAYOUTS, LONG_TERM } from '../e2e/validity-expected';
import { byRole, clickRole, panelFrame, useFirefoxSession, waitForText } from './harness';

let versions: string[];

test.describe.configure({ mode: 'serial' });

/** The permanent-ID variant under an id of its own, so both can be imported side by side. */
const LONG_TERM_PROFILE: Profile = { ...LONG_TERM, id: `${PERSONAL.id}-long`, label: `${PERSONAL.label}（长期）` };

test.beforeAll(async () => {
  versions = await ensureTeaPagesBuilt();
});
const session = useFirefoxSession({ profiles: [PERSONAL, LONG_TERM_PROFILE] });

const teaState = (page: Page) => page.evaluate(() => (window as unknown as { __TEA_PAGE__: { getState(): TeaPageState } }).__TEA_PAGE__.getState());

async function fillWith(panel: Frame, profileId: string): Promise<void> {
  const picker = (await byRole(panel, 'combobox', '申请人档案')) as ElementHandle<HTMLSelectElement>;
  await panel.waitForFunction((select, id) => [...select.options].some((o) => o.value === id), { polling: 100 }, picker, profileId);
  await picker.select(profileId);
  await waitForText(panel, '填写主体信息', { within: '[data-testid="current-step"]' });
  await clickRole(panel, 'button', '填充本页');
  await waitForText(panel, '已填充', { within: '[aria-label="填充结果"]', timeout: 30_000 });
}

// Every layout with a dated ID (the hard case: 非长期 renders the pickers), and 长期 where the range disappears.
const CASES = ['2.7.3', '2.8.0'].flatMap((version) => [
  ...LAYOUTS.map((layout) => ({ version, layout, profile: PERSONAL, name: '非长期' })),
  { version, layout: 'range' as const, profile: LONG_TERM_PROFILE, name: '长期' },
]);

for (const { version, layout, profile, name } of CASES) {
  test(`tea ${version}, ${layout}, ${name}: the panel fills every date into React state`, async () => {
    expect(versions).toContain(version);
    const page = await session().openConsole(`${TEA_PAGES_BASE}${version}/?layout=${layout}`);
    await page.waitForSelector('.tea-form__item');
    const panel = await panelFrame(page);
    await fillWith(panel, profile.id);
    const { values } = expectedTeaState(profile, layout);
    await expect.poll(async () => (await teaState(page)).values, { timeout: 10_000 }).toEqual(values);
    expect((await teaState(page)).version).toBe(version);
    const result = await panel.$eval('[aria-label="填充结果"]', (el) => el.textContent ?? '');
    expect(result, '没有填充失败的项').not.toMatch(/未能填充|失败/);
    await page.close();
  });
}
