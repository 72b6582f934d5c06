/**
 * Website blocks matched to the profile's websites by the domain they show (issue #20), in Firefox ESR, driven through
 * the docked panel's 填充本页 and 撤销填充 and read from the replica's React state: a 新增网站 order showing the
 * profile's third domain, blocks in the reverse order of the profile, a website with its own 负责人 behind a
 * default-ticked 同主体负责人 (next to a value the user typed), and a block whose domain the profile lacks.
 */
import { expect, test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { DRAFT_ORDER_ID } from '../replica/src/data/orders';
import { ENTERPRISE, expectedBlock, expectState, PERSONAL, THREE_SITES, type Values } from '../e2e/expected-values';
import { byRole, clickRole, panelFrame, replicaState, textOf, useFirefoxSession, waitForText } from './harness';

test.describe.configure({ mode: 'serial' });

const session = useFirefoxSession({ profiles: [ENTERPRISE, THREE_SITES, PERSONAL] });

const values = async (page: Page) => (await replicaState(page)).values as Values;

/** The website step of the draft order with the replica's preset blocks, and its panel with the profile chosen. */
async function open(query: string, profileId: string): Promise<{ page: Page; panel: Frame }> {
  const page = await session().openConsole(`/beian/manage/process/${DRAFT_ORDER_ID}/website?prefix=app-beian&${query}`);
  await expect.poll(async () => (await replicaState(page)).step).toBe('website');
  const panel = await panelFrame(page);
  const picker = (await byRole(panel, 'combobox', '申请人档案')) as ElementHandle<HTMLSelectElement>;
  await panel.waitForFunction((select, id) => [...select.options].some((o) => o.value === id), { polling: 100 }, picker, profileId);
  await picker.select(profileId);
  return { page, panel };
}

async function fill(panel: Frame): Promise<string> {
  await clickRole(panel, 'button', '填充本页');
  await waitForText(panel, '已填充', { within: '[aria-label="填充结果"]', timeout: 30_000 });
  return textOf(panel, '[aria-label="填充结果"]');
}

/**
 * 撤销填充 puts back every value the page had before the fill. A value the console cannot take back (an emptied
 * select, an added block) may only stay where the page had nothing and the undo report asks the user to check it.
 */
async function undo(page: Page, panel: Frame, before: Values): Promise<void> {
  await clickRole(panel, 'button', '撤销填充');
  await waitForText(panel, '已恢复', { within: '[aria-label="撤销结果"]' });
  const report = await textOf(panel, '[aria-label="撤销结果"]');
  expect(report).not.toContain('未能恢复');
  const flagged = report.includes('需要您手动检查');
  const now = await values(page);
  const empty = (v: unknown) => v === '' || v === undefined || (Array.isArray(v) && v.length === 0);
  for (const [key, value] of Object.entries(before)) {
    if (flagged && empty(value) && /未选择|不支持清空/.test(report)) continue;
    expect(now[key], `${key} after undo`).toEqual(value);
  }
}

test('a 新增网站 order whose block shows the profile’s third domain gets that website; the others are only offered', async () => {
  const { page, panel } = await open(`type=enterprise&sites=WWW.Example-Shop.cn&filing=${encodeURIComponent('新增服务（原备案在腾讯云）')}`, THREE_SITES.id);
  await waitForText(panel, '网站 1 · 示例科技商城（example-shop.cn） · 按域名');
  // The profile's other websites are most likely filed already: the plan says so instead of ticking them.
  await waitForText(panel, /本订单是「新增网站（原备案在腾讯云）」，不是首次备案/);
  const before = await values(page);
  const result = await fill(panel);
  expect(result).not.toContain('新增了');
  expect(result).not.toContain('未能填充');
  const after = await values(page);
  expectState(after, expectedBlock(THREE_SITES, 2, 0), ['websites[0].domain']);
  expect(after['websites[0].domain']).toBe('WWW.Example-Shop.cn');
  expect(after['websites[1].name']).toBeUndefined();
  await undo(page, panel, before);

  // The user may still file one of them in this order: one tick adds its block and fills it.
  await clickRole(panel, 'checkbox', '在本订单中新增此网站（勾选本节全部字段）');
  expect(await fill(panel)).toContain('新增了 1 个网站信息块');
  const added = await values(page);
  expectState(added, expectedBlock(THREE_SITES, 0, 1));
  expect(added['websites[2].name']).toBeUndefined();
  await page.close();
});

test('a first filing whose two blocks are in the reverse order of the profile fills each from its own domain', async () => {
  const { page, panel } = await open('type=enterprise&sites=example-tech.com.cn,example-tech.cn', ENTERPRISE.id);
  await waitForText(panel, '网站 2 · 示例科技官网（example-tech.cn） · 按域名');
  const before = await values(page);
  const result = await fill(panel);
  expect(result).not.toContain('新增了');
  expect(result).not.toContain('未能填充');
  const after = await values(page);
  expectState(after, expectedBlock(ENTERPRISE, 1, 0));
  expectState(after, expectedBlock(ENTERPRISE, 0, 1));
  await undo(page, panel, before);
  await page.close();
});

test('a default-ticked 同主体负责人 is changed for a website with its own 负责人; a value the user typed is kept', async () => {
  const { page, panel } = await open('type=enterprise&sites=example-tech.cn,example-tech.com.cn&sameAs=1', ENTERPRISE.id);
  const typed = '示例科技门户';
  const nameInput = await page.waitForFunction(() => {
    const item = [...document.querySelectorAll('[class*="-form__item"]')].find((el) =>
      /^(网站|服务)名称/.test(el.querySelector('[class*="-form__label"]')?.textContent?.trim() ?? ''),
    );
    return item?.querySelector('input') ?? null;
  });
  await (nameInput as ElementHandle<HTMLInputElement>).type(typed);
  await expect.poll(async () => (await values(page))['websites[0].name']).toBe(typed);
  // The panel reads the typed name as the user's and leaves it alone.
  await waitForText(panel, `页面当前为「${typed}」`);
  const before = await values(page);
  expect(before['websites[1].sameAsPrincipal']).toBe(true);
  const result = await fill(panel);
  expect(result).not.toMatch(/没有这个字段|未在页面上出现|未能填充/);
  const after = await values(page);
  expect(after['websites[0].name']).toBe(typed);
  expectState(after, expectedBlock(ENTERPRISE, 0, 0), ['websites[0].name']);
  // The console's own tick is not the user's: the fill unticks it and fills the revealed 负责人 in the same click.
  expectState(after, expectedBlock(ENTERPRISE, 1, 1));
  expect(after['websites[1].sameAsPrincipal']).toBe(false);
  expect(after['websites[1].principal.name']).toBe(ENTERPRISE.websites[1]!.principal!.name);
  await undo(page, panel, before);
  const undone = await values(page);
  expect(undone['websites[1].sameAsPrincipal']).toBe(true);
  expect(undone['websites[0].name']).toBe(typed);
  await page.close();
});

test('a block whose domain the profile lacks gets nothing, and the plan says why', async () => {
  const { page, panel } = await open('type=enterprise&sites=example-tech.cn,another-company.cn', ENTERPRISE.id);
  await waitForText(panel, '网站 2 · 档案中没有此域名 · 未匹配');
  await waitForText(panel, '页面上的域名「another-company.cn」不在档案中，此网站不填写');
  const before = await values(page);
  const result = await fill(panel);
  expect(result).not.toContain('未能填充');
  const after = await values(page);
  for (const [key, value] of Object.entries(before)) if (key.startsWith('websites[1].')) expect(after[key], key).toEqual(value);
  expectState(after, expectedBlock(ENTERPRISE, 0, 0));
  // On a first filing the profile's website that is not on the page gets a block of its own, never block 2.
  expect(result).toContain('新增了 1 个网站信息块');
  expectState(after, expectedBlock(ENTERPRISE, 1, 2));
  await undo(page, panel, before);
  await page.close();
});
