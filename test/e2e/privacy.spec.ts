import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONSOLE_ORIGIN, extensionUrl, launchWithExtension, panelFrame, replicaValues, type ExtensionSession } from './harness';

let session: ExtensionSession;
test.beforeAll(async () => {
  session = await launchWithExtension();
});
test.afterAll(async () => {
  expect(session.blockedRequests).toEqual([]);
  await session.close();
});

const fixture = (name: string) => path.resolve('test/fixtures/profiles', name);
const load = (name: string) => JSON.parse(readFileSync(fixture(name), 'utf8')).profiles[0];

/** Every personal datum of a profile, as strings that must not show up anywhere in the console page. */
function personalData(profile: ReturnType<typeof load>): string[] {
  const people = [profile.principal, profile.subject.legalRepresentative, ...profile.websites.map((w: { principal: unknown }) => w.principal)].filter(Boolean);
  return [
    profile.subject.name,
    profile.subject.certificateNumber,
    profile.subject.mailingAddress,
    ...people.flatMap((p: Record<string, string>) => [p.name, p.certificateNumber, p.mobile, p.email].filter(Boolean)),
  ];
}

/** The whole page as the console could read it: markup, attributes and the live values of every control. */
async function everythingThePageHolds(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map((el) => (el as HTMLInputElement).value);
    const shadows = [...document.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot.innerHTML] : []));
    return [document.documentElement.outerHTML, ...values, ...shadows, JSON.stringify(localStorage), JSON.stringify(sessionStorage)].join('\n');
  });
}

test('only the profile being filled enters the console page, and only as the values filled', async () => {
  const options = await session.context.newPage();
  await options.goto(extensionUrl(session, 'options.html'));
  for (const file of ['personal.json', 'enterprise-two-sites.json']) {
    await options.getByLabel('导入档案').setInputFiles(fixture(file));
    await expect(options.getByText(/已导入 1 个档案/)).toBeVisible();
  }
  const filled = load('personal.json');
  const other = load('enterprise-two-sites.json');

  const page = await session.context.newPage();
  await page.goto(`${CONSOLE_ORIGIN}/beian/manage/process/30179999000000001/verify`);
  const panel = await panelFrame(page);
  await panel.getByLabel('申请人档案').selectOption(filled.id);
  for (const [step, title] of [['verify', '验证备案信息'], ['subject', '填写主体信息']] as const) {
    if (step !== 'verify') await page.getByRole('button', { name: '下一步' }).click();
    // The panel learns of the new step once the page settles: fill only when it shows that step.
    await expect(panel.getByTestId('current-step')).toContainText(title);
    await panel.getByRole('button', { name: '填充本页' }).click();
    await expect.poll(async () => (await replicaValues(page))[step === 'verify' ? 'subject.name' : 'principal.mobile']).not.toBe('');
  }
  // Switching the picker to the other client shows it in the panel, not in the page.
  await panel.getByLabel('申请人档案').selectOption(other.id);
  await expect(panel.getByLabel('申请人档案')).toHaveValue(other.id);

  const held = await everythingThePageHolds(page);
  for (const datum of personalData(other)) expect(held, `other client's "${datum}" leaked into the page`).not.toContain(datum);
  // The filled profile's values did reach the console (its React state), so the check above is not vacuous.
  const values = await replicaValues(page);
  expect(values['principal.mobile']).toBe(filled.principal.mobile);
  expect(held).toContain(filled.principal.mobile);
  await page.close();
  await options.close();
});
