/**
 * The filing-console replica behaves like the console where the extension depends on it: tea markup under both class
 * prefixes, React-controlled inputs, portalled virtualised selects, the cascader, click-only radios and checkboxes,
 * bubbling-only uploads, the date picker, the five wizard steps, the order pages and pushState navigation.
 * The fill helpers below drive the page like a user would (Playwright clicks and typing), prefix-agnostically.
 */
import { chromium, expect, test, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import {
  FILING_STAGES,
  MIIT_VERIFICATION_URL,
  SEED_ORDERS,
  SMS_VERIFICATION_NOTICE,
  STAGES_DONE,
  DRAFT_ORDER_ID,
} from '../replica/src/data/orders';
import { PERSONAL_CERTIFICATE_TYPES, SERVICE_CONTENTS, SUBJECT_NATURES } from '../replica/src/data/options';
import { CHROMIUM_FLAGS, chromiumPath } from './harness';
import {
  REPLICA_ORIGIN,
  ensureReplicaBuilt,
  replicaResponse,
  replicaState,
  routeReplica,
  startReplicaServer,
} from './replica-server';

let browser: Browser;
let context: BrowserContext;
let page: Page;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
});

test.afterAll(async () => {
  await browser.close();
});

test.beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await routeReplica(context);
  page = await context.newPage();
});

test.afterEach(async () => {
  await context.close();
});

// ---------------------------------------------------------------------------------------------------------------
// Helpers

function exact(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
}

/** A CSS selector matching a tea class under either prefix. */
function tea(name: string): string {
  return `:is(.app-beian-${name}, .tea-${name})`;
}

async function open(path: string): Promise<void> {
  await page.goto(`${REPLICA_ORIGIN}${path}`);
  await expect(page.locator(tea('h2'))).toBeVisible();
}

async function values(): Promise<Record<string, unknown>> {
  return (await replicaState(page)).values;
}

async function value(path: string): Promise<unknown> {
  return (await values())[path];
}

/** Marks the document; a full reload would lose the mark, pushState navigation keeps it. */
async function markDocument(): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}

async function isSameDocument(): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);
}

function item(label: string, scope: Page | Locator = page): Locator {
  return scope.locator(tea('form__item')).filter({ has: page.locator(`${tea('form__label')} > label`, { hasText: exact(label) }) });
}

function card(title: string, scope: Page | Locator = page): Locator {
  return scope.locator(tea('card')).filter({ has: page.locator(tea('card__title'), { hasText: exact(title) }) });
}

function websiteBlock(index: number): Locator {
  return page.locator('.replica-website-block').nth(index);
}

function control(label: string, scope: Page | Locator = page): Locator {
  return item(label, scope).locator('input, textarea').first();
}

const overlayRoot = () => page.locator('body > #tea-overlay-root');
const renderedOptions = () => overlayRoot().locator('[class*="-list--option"] li[title]');
const optionTitled = (title: string) => overlayRoot().locator(`[class*="-list--option"] li[title="${title}"]`);

/** Clicks an option of the open dropdown, scrolling its virtual list a page at a time until the option is rendered. */
async function pickOption(title: string): Promise<void> {
  await expect(renderedOptions().first()).toBeVisible();
  const list = overlayRoot().locator('[class*="-list--option"]');
  await list.evaluate((element) => {
    (element.parentElement as HTMLElement).scrollTop = 0;
  });
  await expect(renderedOptions().first()).toHaveCSS('top', '0px');
  const target = optionTitled(title);
  await expect
    .poll(
      async () => {
        if ((await target.count()) > 0) return true;
        await list.evaluate((element) => {
          const scroller = element.parentElement as HTMLElement;
          scroller.scrollTop += scroller.clientHeight;
        });
        return false;
      },
      { message: `option ${title} never rendered` },
    )
    .toBe(true);
  await target.click();
}

async function choose(label: string, option: string, scope: Page | Locator = page): Promise<void> {
  await item(label, scope).locator('[class*="-dropdown__header"]').click();
  await pickOption(option);
  await expect(renderedOptions()).toHaveCount(0);
}

async function chooseMany(label: string, options: string[], scope: Page | Locator = page): Promise<void> {
  await item(label, scope).locator('[class*="-dropdown__header"]').click();
  for (const option of options) await pickOption(option);
  await page.locator(tea('h2')).click();
  await expect(renderedOptions()).toHaveCount(0);
}

async function chooseRegion(path: string[], scope: Page | Locator = page): Promise<void> {
  await item('备案区域', scope).locator('[class*="-cascader"]').first().click();
  for (const name of path) await overlayRoot().locator('[class*="-cascader-menu__label"]', { hasText: exact(name) }).click();
  await expect(overlayRoot().locator('[class*="-cascader-menu__label"]')).toHaveCount(0);
}

async function clickCheck(label: string, text: string, scope: Page | Locator = page): Promise<void> {
  await item(label, scope).locator(tea('form-check')).filter({ hasText: exact(text) }).click();
}

async function upload(label: string, fileName: string, scope: Page | Locator = page): Promise<void> {
  await item(label, scope)
    .locator('input[type=file]')
    .setInputFiles({ name: fileName, mimeType: 'image/png', buffer: Buffer.from('fake image') });
}

function dateInputs(scope: Page | Locator = page): Locator {
  return item('证件有效期', scope).locator(`${tea('datepicker')} input`);
}

async function typeDate(input: Locator, date: string): Promise<void> {
  await input.fill(date);
  await input.press('Enter');
}

async function next(): Promise<void> {
  await page.locator(tea('form-operate')).getByRole('button', { name: '下一步' }).click();
}

async function expectStep(title: string): Promise<void> {
  await expect(page.locator(`${tea('step__item')}.is-current ${tea('step__title')}`)).toHaveText(title);
}

interface PrincipalInput {
  name: string;
  certificateType: string;
  certificateNumber: string;
  certificateValidFrom: string;
  certificateValidTo: string;
  mobile: string;
  emergencyPhone: string;
  email: string;
  officePhone?: string;
}

async function fillPrincipal(scope: Locator, person: PrincipalInput, emailLabel: string): Promise<void> {
  await control('负责人姓名', scope).fill(person.name);
  await choose('证件类型', person.certificateType, scope);
  await control('证件号码', scope).fill(person.certificateNumber);
  await typeDate(dateInputs(scope).first(), person.certificateValidFrom);
  if (person.certificateValidTo === '长期') await clickCheck('证件有效期', '长期', scope);
  else await typeDate(dateInputs(scope).last(), person.certificateValidTo);
  if (person.officePhone !== undefined) await control('办公室电话', scope).fill(person.officePhone);
  await control('手机号码', scope).fill(person.mobile);
  await control('应急联系电话', scope).fill(person.emergencyPhone);
  await control(emailLabel, scope).fill(person.email);
}

/** Profile (exchange format) → the replica's value paths, e.g. websites[0].principal.name. */
function flatten(source: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(source)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (Array.isArray(entry) && entry.length > 0 && entry.every((e) => typeof e === 'object' && e !== null)) {
      entry.forEach((element, index) => Object.assign(out, flatten(element as Record<string, unknown>, `${path}[${index}]`)));
    } else if (entry && typeof entry === 'object' && !Array.isArray(entry)) {
      Object.assign(out, flatten(entry as Record<string, unknown>, path));
    } else {
      out[path] = entry;
    }
  }
  return out;
}

function pick(all: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, all[key]]));
}

// ---------------------------------------------------------------------------------------------------------------
// Serving

test('every console path gets the SPA shell, replica assets 404 when missing, other hosts are aborted', async () => {
  await open('/no/such/console/page');
  await expect(page.locator(tea('h2'))).toHaveText('页面不存在');
  expect(await replicaState(page)).toMatchObject({ route: '/no/such/console/page', step: '' });

  const outcome = await page.evaluate(async () => {
    const outside = await fetch('https://example.com/').then(
      () => 'reached',
      () => 'blocked',
    );
    const missingAsset = (await fetch('/__replica__/assets/missing.js')).status;
    return { outside, missingAsset };
  });
  expect(outcome).toEqual({ outside: 'blocked', missingAsset: 404 });
  expect(replicaResponse('/__replica__/../../package.json').status).toBe(404);
  expect(replicaResponse('/__replica__/%E0%A4%A').status).toBe(404);
});

test('startReplicaServer serves the same build over plain HTTP with an SPA fallback', async () => {
  const distDir = await ensureReplicaBuilt();
  const server = await startReplicaServer(0, distDir);
  try {
    const shell = await fetch(`${server.url}/beian/manage/orders`);
    expect(shell.headers.get('content-type')).toContain('text/html');
    const html = await shell.text();
    const script = /src="(\/__replica__\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toContain('javascript');
  } finally {
    await server.close();
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Markup and prefixes

test('renders tea Form.Item markup with the app-beian prefix by default, labels unlinked and the star in CSS', async () => {
  await open('/beian/manage/verification');
  const formItems = page.locator('#container .app-beian-form__item');
  expect(await formItems.count()).toBeGreaterThan(8);
  expect(await page.locator('#container [class*="tea-"]').count()).toBe(0);
  expect(await page.locator('#container label[for], #container input[id], #container input[name], #container textarea[name]').count()).toBe(0);

  const regionLabel = item('备案区域').locator('.app-beian-form__label > label');
  await expect(regionLabel).toHaveText('备案区域');
  expect(await regionLabel.evaluate((label) => getComputedStyle(label, '::after').content)).toBe('"*"');
  const optionalLabel = item('信息填写方式').locator('.app-beian-form__label > label');
  expect(await optionalLabel.evaluate((label) => getComputedStyle(label, '::after').content)).toBe('none');

  // The extension finds the region cascader through the first .app-beian-input of the page.
  const firstInput = page.locator('.app-beian-input').first();
  expect(await firstInput.evaluate((input) => input.parentElement?.parentElement?.className)).toBe('app-beian-cascader');
  expect(await firstInput.getAttribute('readonly')).not.toBeNull();

  const natureSelect = item('主办单位性质').locator('.app-beian-dropdown');
  await expect(natureSelect.locator('.app-beian-dropdown__header .app-beian-dropdown__value > span.app-beian-text-weak')).toHaveText('请选择');
  await expect(natureSelect.locator('i.app-beian-icon.app-beian-icon-arrowdown[role="img"]')).toHaveCount(1);
  expect(await page.locator('#container select').count()).toBe(0);
  await expect(page.locator('.app-beian-step .app-beian-step__item')).toHaveCount(5);
});

test('?prefix=tea switches every class and is remembered across pushState navigation and reloads', async () => {
  await open('/beian/manage/verification?prefix=tea');
  expect(await page.locator('#container .tea-form__item').count()).toBeGreaterThan(8);
  expect(await page.locator('#container [class*="app-beian-"]').count()).toBe(0);
  await markDocument();

  await next();
  await expect(page).toHaveURL(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/subject`);
  await expectStep('填写主体信息');
  expect(await isSameDocument()).toBe(true);
  expect(await page.locator('#container .tea-form__item').count()).toBeGreaterThan(5);
  expect(await replicaState(page)).toMatchObject({ prefix: 'tea', step: 'subject' });

  await page.reload();
  await expect(page.locator('.tea-h2')).toBeVisible();
  expect((await replicaState(page)).prefix).toBe('tea');

  await open('/beian/manage/orders?prefix=app-beian');
  await expect(page.locator('.app-beian-table')).toBeVisible();
  expect((await replicaState(page)).prefix).toBe('app-beian');
});

// ---------------------------------------------------------------------------------------------------------------
// React-controlled behaviour

test('a plain .value write from page code is swallowed; the native setter with a bubbling input event counts', async () => {
  await open('/beian/manage/verification');
  const name = page.locator('.org-name');

  await name.evaluate((input: HTMLInputElement) => {
    input.value = '张三';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await value('subject.name')).toBe('');

  await name.evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '李四');
    input.dispatchEvent(new Event('input'));
  });
  expect(await value('subject.name'), 'a non-bubbling event never reaches React').toBe('');

  await name.evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '王五');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await value('subject.name')).toBe('王五');
  await expect(name).toHaveValue('王五');

  await next();
  const remark = control('备注', card('主办单位信息'));
  await remark.evaluate((textarea: HTMLTextAreaElement) => {
    textarea.value = '直接赋值';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await value('subject.remark')).toBe('');
  await remark.evaluate((textarea: HTMLTextAreaElement) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(textarea, '无门牌号，已在备注说明');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  expect(await value('subject.remark')).toBe('无门牌号，已在备注说明');
});

test('select options exist only in body > #tea-overlay-root after a header click, and follow the subject nature', async () => {
  await open('/beian/manage/verification');
  expect(await page.locator('li[title]').count()).toBe(0);

  await item('主办单位性质').locator('[class*="-dropdown__header"]').click();
  await expect(optionTitled('个人')).toBeVisible();
  await expect(item('主办单位性质').locator('.app-beian-dropdown')).toHaveClass(/is-expanded/);
  expect(await page.locator('#container li[title]').count()).toBe(0);
  const mirror = overlayRoot().locator('.app-beian-dropdown-box[aria-hidden="true"]');
  await expect(mirror).toHaveCSS('top', '-9999px');
  expect(await mirror.locator('li[title]').count()).toBe(0);

  await optionTitled('个人').click();
  await expect(renderedOptions()).toHaveCount(0);
  await expect(item('主办单位性质').locator('[class*="-dropdown__value"]')).toHaveText('个人');
  expect(pick(await values(), ['extra.subjectNature', 'subject.type'])).toEqual({ 'extra.subjectNature': '个人', 'subject.type': 'personal' });

  await item('证件类型').locator('[class*="-dropdown__header"]').click();
  await expect(optionTitled(PERSONAL_CERTIFICATE_TYPES[0]!)).toBeVisible();
  expect(await optionTitled('台湾居民居住证').count(), 'the seventh type needs scrolling').toBe(0);
  await pickOption('台湾居民居住证');
  expect(await value('subject.certificateType')).toBe('台湾居民居住证');
  expect(await page.locator('.legalPerson').count()).toBe(0);

  await choose('主办单位性质', '企业');
  expect(await values()).toMatchObject({ 'subject.type': 'enterprise', 'subject.certificateType': '' });
  await expect(page.locator('.legalPerson')).toBeVisible();
  await expect(page.locator('.legalPersonCerNumber')).toBeVisible();
  await expect(item('主办单位名称').locator('.org-name')).toBeVisible();
  await item('证件类型').locator('[class*="-dropdown__header"]').click();
  await expect(optionTitled('营业执照（个人或企业）')).toBeVisible();
  expect(await optionTitled('居民身份证').count()).toBe(0);
});

test('long option lists are virtualised: a far option is absent until scrolled to; the search box filters', async () => {
  await open('/beian/manage/verification');
  await item('主办单位性质').locator('[class*="-dropdown__header"]').click();
  await expect(renderedOptions().first()).toHaveAttribute('title', SUBJECT_NATURES[0]!);
  const rendered = await renderedOptions().count();
  expect(rendered).toBeLessThan(SUBJECT_NATURES.length);
  const last = SUBJECT_NATURES[SUBJECT_NATURES.length - 1]!;
  expect(await optionTitled(last).count()).toBe(0);

  await overlayRoot()
    .locator('[class*="-list--option"]')
    .evaluate((list) => {
      const scroller = list.parentElement as HTMLElement;
      scroller.scrollTop = scroller.scrollHeight;
    });
  await expect(optionTitled(last)).toBeVisible();
  expect(await optionTitled(SUBJECT_NATURES[0]!).count()).toBe(0);
  await optionTitled(last).click();
  expect(await value('extra.subjectNature')).toBe(last);

  // 网站服务内容 (step 3) is long, multiple and searchable.
  await next();
  await next();
  const content = item('网站服务内容', websiteBlock(0));
  await content.locator('[class*="-dropdown__header"]').click();
  expect(await optionTitled('其他').count()).toBe(0);
  await overlayRoot().locator('input[type="search"]').fill('其他');
  await expect(renderedOptions()).toHaveText(['其他']);
  await optionTitled('其他').click();
  await overlayRoot().locator('input[type="search"]').fill('网络');
  const networkOptions = SERVICE_CONTENTS.filter((option) => option.includes('网络'));
  expect(networkOptions.length).toBeGreaterThan(6);
  await pickOption(networkOptions[networkOptions.length - 1]!);
  await page.locator(tea('h2')).click();
  await expect(renderedOptions()).toHaveCount(0);
  expect(await value('websites[0].serviceContent')).toEqual(
    SERVICE_CONTENTS.filter((option) => option === '其他' || option === networkOptions[networkOptions.length - 1]),
  );
  await expect(content.locator('[class*="-dropdown__value"]')).toContainText('其他');
});

test('the cascader swaps its panel per level and sets province, city and district on the leaf click', async () => {
  await open('/beian/manage/verification');
  const cascader = item('备案区域').locator('.app-beian-cascader');
  await cascader.click();
  const labels = overlayRoot().locator('.app-beian-cascader-menu__list .app-beian-cascader-menu__label');
  await expect(labels.filter({ hasText: exact('广东省') })).toBeVisible();
  for (const province of ['北京市', '上海市', '浙江省', '湖南省', '山东省']) {
    await expect(labels.filter({ hasText: exact(province) })).toHaveCount(1);
  }
  await labels.filter({ hasText: exact('广东省') }).click();
  await expect(labels.filter({ hasText: exact('深圳市') })).toBeVisible();
  expect(await labels.filter({ hasText: exact('广东省') }).count()).toBe(0);
  expect(await value('subject.province')).toBe('');
  await labels.filter({ hasText: exact('深圳市') }).click();
  await labels.filter({ hasText: exact('南山区') }).click();
  await expect(labels).toHaveCount(0);
  await expect(cascader.locator('.app-beian-cascader__value')).toHaveText('广东省 / 深圳市 / 南山区');
  expect(pick(await values(), ['subject.province', 'subject.city', 'subject.district'])).toEqual({
    'subject.province': '广东省',
    'subject.city': '深圳市',
    'subject.district': '南山区',
  });

  // The tabs lead back to an earlier level.
  await cascader.click();
  await labels.filter({ hasText: exact('湖南省') }).click();
  await overlayRoot().getByRole('tab', { name: '湖南省' }).click();
  await labels.filter({ hasText: exact('北京市') }).click();
  await labels.filter({ hasText: exact('北京市') }).click();
  await labels.filter({ hasText: exact('海淀区') }).click();
  expect(pick(await values(), ['subject.province', 'subject.city', 'subject.district'])).toEqual({
    'subject.province': '北京市',
    'subject.city': '北京市',
    'subject.district': '海淀区',
  });
});

test('radios and checkboxes register clicks only, not checked = true plus change', async () => {
  await open('/beian/manage/verification');
  const reuse = item('信息填写方式').locator('input[type=checkbox]');
  await reuse.evaluate((input: HTMLInputElement) => {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(await value('extra.reuseAccountInfo')).toBe(false);
  await reuse.click();
  expect(await value('extra.reuseAccountInfo')).toBe(true);
  await expect(reuse).toBeChecked();
  await clickCheck('信息填写方式', '复用腾讯云账号信息填写');
  expect(await value('extra.reuseAccountInfo')).toBe(false);

  const app = item('应用服务类型').locator(tea('form-check')).filter({ hasText: 'APP' });
  expect(await app.getAttribute('name')).toBe('APP');
  await app.locator('input').evaluate((input: HTMLInputElement) => {
    input.checked = true;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(await value('extra.serviceType')).toBe('');
  await clickCheck('应用服务类型', '网站/域名');
  expect(await value('extra.serviceType')).toBe('网站/域名');
  await app.locator('input').evaluate((input: HTMLInputElement) => input.click());
  expect(await value('extra.serviceType')).toBe('APP');

  await expect(item('备案授权码')).toHaveCount(0);
  await clickCheck('云资源', '备案授权码');
  await control('备案授权码').fill('BA-8812-XXXX');
  expect(pick(await values(), ['extra.cloudResource', 'extra.authorizationCode'])).toEqual({
    'extra.cloudResource': '备案授权码',
    'extra.authorizationCode': 'BA-8812-XXXX',
  });
});

test('uploads count only with a bubbling change event on the hidden file input', async () => {
  await open('/beian/manage/verification');
  const fileInput = item('上传证件').locator('input[type=file]');
  await expect(fileInput).toBeHidden();
  expect(await fileInput.evaluate((input) => (input.nextElementSibling?.querySelector('button') as HTMLElement).textContent)).toBe('上传');

  const dispatchWithFile = (bubbles: boolean) =>
    fileInput.evaluate((input: HTMLInputElement, bubbles) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['x'], 'front.png', { type: 'image/png' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles }));
    }, bubbles);
  await dispatchWithFile(false);
  expect(await value('extra.uploads.subjectCertificate')).toEqual([]);
  await dispatchWithFile(true);
  expect(await value('extra.uploads.subjectCertificate')).toEqual(['front.png']);
  await upload('上传证件', 'license.png');
  expect(await value('extra.uploads.subjectCertificate')).toEqual(['license.png']);
  await expect(item('上传证件')).toContainText('license.png');
});

test('the date picker commits a typed date on Enter and a calendar click; 长期 stores 长期', async () => {
  await open(`/beian/manage/process/${DRAFT_ORDER_ID}/subject`);
  const principal = card('主体负责人信息');
  const [from, to] = [dateInputs(principal).first(), dateInputs(principal).last()];

  await from.fill('2020-01-01');
  expect(await value('principal.certificateValidFrom')).toBe('');
  await from.press('Enter');
  expect(await value('principal.certificateValidFrom')).toBe('2020-01-01');
  await typeDate(from, '2021-02-30');
  expect(await value('principal.certificateValidFrom'), 'an impossible date is dropped').toBe('2020-01-01');
  await expect(from).toHaveValue('2020-01-01');

  // From page code: native setter + bubbling input, then an Enter keydown.
  await from.evaluate((input: HTMLInputElement) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '2019-05-06');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  expect(await value('principal.certificateValidFrom')).toBe('2019-05-06');

  await to.click();
  const calendar = overlayRoot().locator('.app-beian-calendar');
  await expect(calendar).toBeVisible();
  const [, year, month] = /(\d{4})年(\d{1,2})月/.exec((await calendar.locator('.app-beian-calendar__title').textContent()) ?? '') ?? [];
  await calendar.locator('.app-beian-calendar__cell', { hasText: exact('15') }).click();
  await expect(calendar).toHaveCount(0);
  expect(await value('principal.certificateValidTo')).toBe(`${year}-${month!.padStart(2, '0')}-15`);

  await clickCheck('证件有效期', '长期', principal);
  expect(await value('principal.certificateValidTo')).toBe('长期');
  await expect(dateInputs(principal)).toHaveCount(1);
  await clickCheck('证件有效期', '非长期', principal);
  expect(await value('principal.certificateValidTo')).toBe('');
  await expect(dateInputs(principal)).toHaveCount(2);
});

// ---------------------------------------------------------------------------------------------------------------
// The wizard, end to end

const PERSONAL_PROFILE = {
  subject: {
    type: 'personal',
    province: '广东省',
    city: '深圳市',
    district: '南山区',
    name: '张三',
    certificateType: '居民身份证',
    certificateNumber: '11010519491231002X',
    certificateAddress: '广东省深圳市南山区科技园路1号',
    mailingAddress: '广东省深圳市南山区科技园路1号2栋301室',
    remark: '',
  },
  principal: {
    name: '张三',
    certificateType: '居民身份证',
    certificateNumber: '11010519491231002X',
    certificateValidFrom: '2020-01-01',
    certificateValidTo: '2040-01-01',
    mobile: '13800138000',
    emergencyPhone: '13900139000',
    email: 'zhangsan@example.com',
    officePhone: '',
  },
  websites: [
    {
      name: '山间小记',
      domain: 'example.com',
      homepageUrl: 'www.example.com',
      serviceContent: ['其他'],
      languages: ['中文简体'],
      preApprovals: [],
      remark: '记录徒步路线和沿途照片的个人笔记，不涉及经营性内容。',
      sameAsPrincipal: true,
    },
  ],
};

test('personal filing: the five steps take every profile value into one store, then the order is submitted', async () => {
  const profile = PERSONAL_PROFILE;
  const [website] = profile.websites;
  await open('/beian/manage');
  await markDocument();
  await control('备案域名').fill(website!.domain);
  await page.getByRole('button', { name: '去备案' }).click();

  await expectStep('验证备案信息');
  expect((await replicaState(page)).step).toBe('verify');
  await expect(page.locator('.domain')).toHaveValue(website!.domain);
  await chooseRegion([profile.subject.province, profile.subject.city, profile.subject.district]);
  await choose('主办单位性质', '个人');
  await choose('证件类型', profile.subject.certificateType);
  await upload('上传证件', 'id-front.png');
  await expect(item('姓名').locator('.org-name')).toBeVisible();
  await page.locator('.org-name').fill(profile.subject.name);
  await page.locator('.org-certificate-number').fill(profile.subject.certificateNumber);
  await clickCheck('应用服务类型', '网站/域名');
  await clickCheck('云资源', '轻量应用服务器');
  await next();

  await expectStep('填写主体信息');
  const subject = card('主办单位信息');
  await expect(item('主办单位所属区域', subject)).toContainText('广东省 / 深圳市 / 南山区');
  await expect(item('投资人或主管单位', subject)).toHaveCount(0);
  await control('证件住所', subject).fill(profile.subject.certificateAddress);
  await control('通信地址', subject).fill(profile.subject.mailingAddress);
  const principal = card('主体负责人信息');
  await expect(item('办公室电话', principal)).toHaveCount(0);
  await fillPrincipal(principal, { ...profile.principal, officePhone: undefined }, '电子邮箱地址');
  await principal.getByRole('button', { name: '获取验证码' }).click();
  await expect(item('手机号码', principal)).toContainText('验证码已发送至 13800138000');
  await control('手机验证码', principal).fill('123456');
  await next();

  await expectStep('填写网站信息');
  const block = websiteBlock(0);
  const siteCard = card('网站信息', block);
  await control('网站名称', siteCard).fill(website!.name);
  await expect(control('网站域名', siteCard)).toBeDisabled();
  await expect(control('网站域名', siteCard)).toHaveValue(website!.domain);
  await control('网站首页URL', siteCard).fill(website!.homepageUrl);
  await chooseMany('网站服务内容', website!.serviceContent, siteCard);
  await expect(item('网站语言', siteCard).locator(tea('form-check')).filter({ hasText: exact('中文简体') }).locator('input')).toBeChecked();
  await clickCheck('前置或专项审批内容类型', '以上都不涉及', siteCard);
  await control('网站备注', siteCard).fill(website!.remark);
  await expect(item('网站备注', siteCard)).toContainText(`${website!.remark.length} / 200`);
  const websitePrincipal = card('网站负责人信息', block);
  await expect(item('负责人姓名', websitePrincipal)).toBeVisible();
  await clickCheck('网站负责人', '同主体负责人', websitePrincipal);
  await expect(item('负责人姓名', websitePrincipal)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '+继续添加网站' })).toHaveCount(0);
  await next();

  await expectStep('上传资料');
  await expect(item('主办单位证件')).toHaveCount(0);
  await upload('主体负责人证件正面', 'front.png');
  await upload('主体负责人证件反面', 'back.png');
  await next();

  await expectStep('提交审核');
  await expect(item('网站名称')).toContainText(website!.name);
  await expect(item('通信地址')).toContainText(profile.subject.mailingAddress);
  const submit = page.getByRole('button', { name: '提交备案信息' });
  await expect(submit).toBeDisabled();
  await clickCheck('服务条款', '同意，我已阅读《协助更改备案信息服务在线服务条款》和《腾讯云隐私声明》');
  await submit.click();

  await expect(page).toHaveURL(`${REPLICA_ORIGIN}/beian/manage/process/${DRAFT_ORDER_ID}/detail`);
  await expect(item('状态')).toContainText('腾讯云审核中');
  await expect(item('域名')).toContainText(website!.domain);
  expect(await isSameDocument()).toBe(true);

  const expected = flatten(profile);
  const state = await values();
  expect(pick(state, Object.keys(expected))).toEqual(expected);
  expect(pick(state, ['extra.subjectNature', 'extra.serviceType', 'extra.cloudResource', 'extra.principalSmsCode'])).toEqual({
    'extra.subjectNature': '个人',
    'extra.serviceType': '网站/域名',
    'extra.cloudResource': '轻量应用服务器',
    'extra.principalSmsCode': '123456',
  });
  expect(state['extra.websites[0].noPreApproval']).toBe(true);
  expect(state['extra.uploads.principalIdBack']).toEqual(['back.png']);

  await page.getByRole('link', { name: '返回备案订单' }).click();
  await expect(page.locator('tbody tr').first()).toContainText(DRAFT_ORDER_ID);
});

const ENTERPRISE_PROFILE = {
  subject: {
    type: 'enterprise',
    province: '浙江省',
    city: '杭州市',
    district: '西湖区',
    name: '杭州西湖山水科技有限公司',
    certificateType: '营业执照（个人或企业）',
    certificateNumber: '91330106MA2H3K7Q5D',
    certificateAddress: '浙江省杭州市西湖区文三路90号',
    mailingAddress: '浙江省杭州市西湖区文三路90号5楼501室',
    investor: '杭州西湖山水科技有限公司',
    remark: '办公地址与证件地址一致',
    legalRepresentative: { name: '钱七', certificateNumber: '330106198001011234' },
  },
  principal: {
    name: '孙八',
    certificateType: '居民身份证',
    certificateNumber: '330106198502023456',
    certificateValidFrom: '2018-03-01',
    certificateValidTo: '2038-03-01',
    mobile: '13700137000',
    emergencyPhone: '13600136000',
    email: 'admin@xihu-tech.cn',
    officePhone: '0571-88886666',
  },
  websites: [
    {
      name: '西湖山水官网',
      domain: 'xihu-tech.cn',
      homepageUrl: 'www.xihu-tech.cn',
      serviceContent: ['单位门户网站'],
      languages: ['中文简体'],
      preApprovals: [],
      remark: '公司官方网站，展示公司简介、产品介绍与联系方式。',
      sameAsPrincipal: true,
    },
    {
      name: '西湖山水学堂',
      domain: 'xihu-tech.com',
      homepageUrl: 'www.xihu-tech.com',
      serviceContent: ['网络新闻', '网络教育'],
      languages: ['中文简体', '英语'],
      preApprovals: ['教育'],
      remark: '面向客户的产品使用培训课程与资讯发布平台。',
      sameAsPrincipal: false,
      principal: {
        name: '周九',
        certificateType: '护照',
        certificateNumber: 'E12345678',
        certificateValidFrom: '2022-07-01',
        certificateValidTo: '长期',
        mobile: '13500135000',
        emergencyPhone: '13400134000',
        email: 'zhoujiu@xihu-tech.cn',
        officePhone: '0571-88887777',
      },
    },
  ],
};

test('enterprise filing under ?prefix=tea&wording=service: unit-only fields, two service blocks, 服务 labels', async () => {
  const profile = ENTERPRISE_PROFILE;
  const [first, second] = profile.websites;
  await open('/beian/manage/verification?prefix=tea&wording=service');
  expect(await replicaState(page)).toMatchObject({ prefix: 'tea', wording: 'service', step: 'verify' });
  await expect(page.locator('.tea-step__title')).toHaveText(['验证备案信息', '填写主体信息', '填写服务信息', '上传资料', '提交审核']);

  await chooseRegion([profile.subject.province, profile.subject.city, profile.subject.district]);
  await choose('主办单位性质', '企业');
  await choose('证件类型', profile.subject.certificateType);
  await upload('上传证件', 'license.png');
  await page.locator('.org-name').fill(profile.subject.name);
  await page.locator('.org-certificate-number').fill(profile.subject.certificateNumber);
  await expect(item('法定代表人姓名').locator('input.legalPerson')).toBeVisible();
  await page.locator('.legalPerson').fill(profile.subject.legalRepresentative.name);
  await page.locator('.legalPersonCerNumber').fill(profile.subject.legalRepresentative.certificateNumber);
  await clickCheck('应用服务类型', '网站/域名');
  await page.locator('.domain').fill(first!.domain);
  await clickCheck('云资源', '云服务器');
  await next();

  await expectStep('填写主体信息');
  const subject = card('主办单位信息');
  await control('证件住所', subject).fill(profile.subject.certificateAddress);
  await control('投资人或主管单位', subject).fill(profile.subject.investor);
  await control('通信地址', subject).fill(profile.subject.mailingAddress);
  await control('备注', subject).fill(profile.subject.remark);
  await fillPrincipal(card('主体负责人信息'), profile.principal, '电子邮箱地址');
  await next();

  await expectStep('填写服务信息');
  await expect(page.locator('.tea-card__title')).toHaveText(['服务信息', '服务负责人信息']);
  const firstService = card('服务信息', websiteBlock(0));
  await control('服务名称', firstService).fill(first!.name);
  await control('网站首页URL', firstService).fill(first!.homepageUrl);
  await chooseMany('服务内容', first!.serviceContent, firstService);
  await clickCheck('前置或专项审批内容类型', '以上都不涉及', firstService);
  await control('服务备注', firstService).fill(first!.remark);
  await clickCheck('服务负责人', '同主体负责人', card('服务负责人信息', websiteBlock(0)));

  await page.getByRole('button', { name: '新增服务' }).click();
  await expect(page.locator('.replica-website-block')).toHaveCount(2);
  const secondService = card('服务信息', websiteBlock(1));
  await control('服务名称', secondService).fill(second!.name);
  await expect(control('网站域名', secondService)).toBeEnabled();
  await control('网站域名', secondService).fill(second!.domain);
  await control('网站首页URL', secondService).fill(second!.homepageUrl);
  await chooseMany('服务内容', second!.serviceContent, secondService);
  await clickCheck('网站语言', '英语', secondService);
  await clickCheck('前置或专项审批内容类型', '教育', secondService);
  await control('服务备注', secondService).fill(second!.remark);
  await fillPrincipal(card('服务负责人信息', websiteBlock(1)), second!.principal!, '电子邮箱');
  await next();

  await expectStep('上传资料');
  await upload('主办单位证件', 'license-scan.png');
  await upload('主体负责人证件正面', 'front.png');
  await upload('主体负责人证件反面', 'back.png');
  await upload('网站负责人证件正面', 'site-front.png');
  await upload('网站负责人证件反面', 'site-back.png');
  await next();

  await expectStep('提交审核');
  await expect(page.locator('.tea-form--readonly').filter({ hasText: second!.name })).toHaveCount(1);
  await clickCheck('服务条款', '同意，我已阅读《协助更改备案信息服务在线服务条款》和《腾讯云隐私声明》');
  await page.getByRole('button', { name: '提交备案信息' }).click();
  await expect(item('状态')).toContainText('腾讯云审核中');

  const expected = flatten(profile);
  const state = await values();
  expect(pick(state, Object.keys(expected))).toEqual(expected);
  expect(state['extra.websites[1].noPreApproval']).toBe(false);
  expect(state['extra.uploads.subjectLicense']).toEqual(['license-scan.png']);
  expect(Object.keys(state).some((key) => key.startsWith('websites[2]'))).toBe(false);
});

// ---------------------------------------------------------------------------------------------------------------
// Orders, statuses and navigation

test('the order list shows every status; details open with pushState and show the stage, status and notices', async () => {
  await open('/beian/manage/orders');
  await markDocument();
  const rows = page.locator(`${tea('table__body')} tbody tr`);
  await expect(rows).toHaveCount(SEED_ORDERS.length);
  await expect(page.locator(`${tea('table__header')} th`)).toHaveText(['订单号', '备案类型', '域名', '状态', '提交时间', '操作']);
  for (const order of SEED_ORDERS) expect(order.orderId).toMatch(/^3017\d{13}$/);
  const statuses = await rows.locator('td:nth-child(4)').allTextContents();
  for (const status of ['腾讯云审核中', '等待提交管局审核', '管局审核中', '待短信核验', '短信核验中', '备案成功', '驳回']) {
    expect(statuses).toContain(status);
  }

  const smsOrder = SEED_ORDERS.find((order) => order.notice?.text === SMS_VERIFICATION_NOTICE)!;
  await rows.filter({ hasText: smsOrder.orderId }).getByRole('link', { name: '查看详情' }).click();
  await expect(page).toHaveURL(`${REPLICA_ORIGIN}/beian/manage/process/${smsOrder.orderId}/detail`);
  expect(await isSameDocument()).toBe(true);
  await expect(page.locator(tea('h2'))).toHaveText('订单详情');
  await expect(item('订单号')).toContainText(smsOrder.orderId);
  await expect(item('域名')).toContainText(smsOrder.domain);
  await expect(item('备案类型')).toContainText(smsOrder.filingType);
  await expect(item('状态')).toContainText('管局审核中');
  await expect(page.getByRole('alert')).toContainText(SMS_VERIFICATION_NOTICE);
  await expect(page.getByRole('link', { name: '前往工信部备案管理系统' })).toHaveAttribute('href', MIIT_VERIFICATION_URL);
  await expect(page.locator(`${tea('step__item')}.is-current`)).toHaveText(/工信部短信核验/);

  await page.goBack();
  await expect(page).toHaveURL(`${REPLICA_ORIGIN}/beian/manage/orders`);
  await expect(rows).toHaveCount(SEED_ORDERS.length);
  expect(await isSameDocument()).toBe(true);
  expect((await replicaState(page)).route).toBe('/beian/manage/orders');

  for (const status of ['待短信核验', '短信核验中']) {
    const order = SEED_ORDERS.find((candidate) => candidate.status === status)!;
    await rows.filter({ hasText: order.orderId }).getByRole('link', { name: '查看详情' }).click();
    await expect(item('状态')).toContainText(status);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.goBack();
  }

  const rejected = SEED_ORDERS.find((order) => order.rejected)!;
  await rows.filter({ hasText: rejected.orderId }).getByRole('link', { name: '查看详情' }).click();
  await expect(page.getByRole('alert')).toContainText('驳回原因');
  await expect(page.locator(`${tea('step__item')}.is-error`)).toHaveText(new RegExp(FILING_STAGES[rejected.stage]!));
  await page.goBack();

  const filed = SEED_ORDERS.find((order) => order.stage === STAGES_DONE)!;
  await rows.filter({ hasText: filed.orderId }).getByRole('link', { name: '查看详情' }).click();
  await expect(item('状态')).toContainText('备案成功');
  await expect(page.locator(`${tea('step__item')}.is-finish`)).toHaveCount(FILING_STAGES.length);
  await expect(page.locator(`${tea('step__item')}.is-current`)).toHaveCount(0);
});

test('a non-filing console page links into the filing app without a reload', async () => {
  await open('/cvm/index');
  await expect(page.locator(tea('h2'))).toHaveText('云服务器');
  await expect(page).toHaveTitle('云服务器 - 控制台');
  await expect(page.locator(tea('layout__sidebar'))).toHaveCount(0);
  await markDocument();

  await page.getByRole('link', { name: '前往 ICP备案' }).click();
  await expect(page).toHaveURL(`${REPLICA_ORIGIN}/beian/manage`);
  await expect(page.locator(tea('h2'))).toHaveText('腾讯云备案管理');
  await expect(page.locator(tea('layout__sidebar'))).toBeVisible();
  expect(await isSameDocument()).toBe(true);
  expect((await replicaState(page)).route).toBe('/beian/manage');

  await page.locator(tea('menu')).getByRole('link', { name: '我的备案' }).click();
  await expect(page).toHaveTitle('我的备案 - ICP备案 - 控制台');
  await page.locator(tea('menu')).getByRole('link', { name: '开始备案' }).click();
  await expectStep('验证备案信息');
  await page.goBack();
  await page.goBack();
  await expect(page.locator(tea('h2'))).toHaveText('腾讯云备案管理');
  expect(await isSameDocument()).toBe(true);
});

test('reset() empties the wizard and the submitted orders; #replica-state mirrors every change', async () => {
  await open('/beian/manage/verification');
  const stateScript = async () =>
    JSON.parse((await page.locator('script#replica-state[type="application/json"]').textContent()) ?? 'null') as {
      values: Record<string, unknown>;
    };
  await page.locator('.org-name').fill('张三');
  expect((await stateScript()).values['subject.name']).toBe('张三');
  expect(await stateScript()).toEqual(await replicaState(page));

  await page.evaluate(() => window.__REPLICA__!.reset());
  expect(await value('subject.name')).toBe('');
  expect((await stateScript()).values['subject.name']).toBe('');
  await expect(page.locator('.org-name')).toHaveValue('');
  expect(await value('websites[0].languages')).toEqual(['中文简体']);

  await open(`/beian/manage/process/${DRAFT_ORDER_ID}/review`);
  await clickCheck('服务条款', '同意，我已阅读《协助更改备案信息服务在线服务条款》和《腾讯云隐私声明》');
  await page.getByRole('button', { name: '提交备案信息' }).click();
  await expect(item('订单号')).toContainText(DRAFT_ORDER_ID);
  await page.evaluate(() => window.__REPLICA__!.reset());
  await expect(page.getByRole('alert')).toContainText(`未找到订单 ${DRAFT_ORDER_ID}`);
  expect(await value('extra.agreement')).toBe(false);
});
