/**
 * Launches Debian's Firefox ESR with the built Firefox add-on, driven by puppeteer-core over WebDriver BiDi
 * (Playwright's Firefox cannot install extensions). The replica console is served at the real console URLs by request
 * interception and every other http(s) request is aborted and recorded. Every line Firefox prints is kept, and
 * `extensionErrors()` returns the uncaught errors of the extension's contexts (background, panel, options, content
 * script), which the specs assert to be empty.
 */
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type ElementHandle, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serializeExchangeFile, type Profile } from '@/utils/profile';
import { ensureReplicaBuilt, MIIT_REPLICA_ORIGIN, REPLICA_ORIGIN, replicaResponse, type ReplicaState } from '../e2e/replica-server';

export const FIREFOX_EXTENSION_DIR = path.resolve(process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2');
export const CONSOLE_ORIGIN = REPLICA_ORIGIN;

export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('未找到 Firefox：请先安装（Debian/Ubuntu：sudo apt-get install -y firefox-esr）');
  return found;
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /** Requests that left the browser for anything but the replica (should stay empty). */
  blockedRequests: string[];
  /** A new tab with the replica routed in; `path` is a console path such as `/beian/manage`. */
  openConsole(pathAndQuery: string): Promise<Page>;
  /** A new tab on the MIIT replica at its real URL. */
  openMiit(url: string): Promise<Page>;
  /** A new tab at any URL, routed like the others (an origin of `consoleReplicaOrigins` gets the console replica). */
  openUrl(url: string): Promise<Page>;
  /** A top-level extension page (options.html, popup.html), opened by extension code in a new tab. */
  openExtensionPage(file: string): Promise<Page>;
  /** Uncaught errors Firefox reported from the extension's own scripts. */
  extensionErrors(): string[];
  /** Every line Firefox printed that mentions the extension, for failure messages. */
  extensionLog(): string;
  close(): Promise<void>;
}

const FIREFOX_PREFS = {
  'xpinstall.signatures.required': false,
  // Console messages of every context, extension pages included, reach the process output.
  'devtools.console.stdout.content': true,
  'browser.dom.window.dump.enabled': true,
  // Deterministic start: no first-run pages, no updates, no remote settings noise competing for the two cores.
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

export interface LaunchOptions {
  /** Further origins served the console replica, which the extension does not run on (the benchmark's control tab). */
  consoleReplicaOrigins?: readonly string[];
}

export async function launchFirefox({ consoleReplicaOrigins = [] }: LaunchOptions = {}): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on at ${FIREFOX_EXTENSION_DIR}; run \`npm run build:firefox\` first`);
  }
  const distDir = await ensureReplicaBuilt();
  const profileDir = mkdtempSync(path.join(tmpdir(), 'beian-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 1400, height: 900 },
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString('utf8').split('\n'));
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);

  const extensionId = await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const blockedRequests: string[] = [];

  const route = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      const consoleReplica = [CONSOLE_ORIGIN, ...consoleReplicaOrigins].some((origin) => url.startsWith(`${origin}/`));
      const replicaPage = consoleReplica ? 'index.html' : url.startsWith(`${MIIT_REPLICA_ORIGIN}/`) ? 'miit.html' : null;
      if (replicaPage) {
        const { status, contentType, body } = replicaResponse(new URL(url).pathname, distDir, replicaPage);
        return void request.respond({ status, contentType, body });
      }
      if (/^https?:/.test(url)) {
        blockedRequests.push(url);
        return void request.abort('internetdisconnected');
      }
      return void request.continue();
    });
  };

  const open = async (url: string) => {
    const page = await browser.newPage();
    await route(page);
    await page.goto(url);
    return page;
  };
  const openConsole = (pathAndQuery: string) => open(`${CONSOLE_ORIGIN}${pathAndQuery}`);

  // The extension's moz-extension origin is only known from inside it; a console page's panel frame tells it.
  let extensionOrigin: string | null = null;
  const origin = async () => {
    if (extensionOrigin) return extensionOrigin;
    const page = await openConsole('/beian/manage');
    const frame = await panelFrame(page);
    extensionOrigin = await frame.evaluate(() => location.origin);
    await page.close();
    return extensionOrigin;
  };

  const openExtensionPage = async (file: string) => {
    const url = `${await origin()}/${file}`;
    const opener = await openConsole('/beian/manage');
    const frame = await panelFrame(opener);
    // BiDi may not navigate a tab to moz-extension:; extension code may open one.
    await frame.evaluate((target) => void window.open(target), url);
    const deadline = Date.now() + 15_000;
    for (;;) {
      for (const page of await browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === url) {
          await opener.close();
          await page.waitForFunction(() => document.readyState === 'complete');
          return page;
        }
      }
      if (Date.now() > deadline) {
        const seen = await Promise.all((await browser.pages()).map((p) => p.evaluate(() => location.href).catch((e: Error) => e.message)));
        throw new Error(`扩展页面 ${file} 未打开（${url}；已有 ${seen.join(', ')}）`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  const extensionLines = () => output.filter((line) => line.includes('moz-extension://') || line.includes(extensionId));
  return {
    browser,
    extensionId,
    blockedRequests,
    openConsole,
    openMiit: open,
    openUrl: open,
    openExtensionPage,
    extensionErrors: () =>
      output.filter((line) => /^JavaScript error: moz-extension:\/\//.test(line) || /Uncaught|unhandled promise rejection/i.test(line) && line.includes('moz-extension://')),
    extensionLog: () => extensionLines().join('\n'),
    async close() {
      await browser.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Firefox for a spec file: launched before its first test, with `profiles` imported the way a user does (a file
 * chosen on the options page); after its last test no request may have left the browser and no extension context may
 * have reported an uncaught error, then Firefox closes. Returns the session, which exists once the first test runs.
 */
export function useFirefoxSession({ profiles = [] }: { profiles?: readonly Profile[] } = {}): () => FirefoxSession {
  let session: FirefoxSession | undefined;
  test.beforeAll(async () => {
    session = await launchFirefox();
    if (profiles.length > 0) await importProfiles(session, profiles);
  });
  test.afterAll(async () => {
    if (!session) return; // Firefox never started: beforeAll has reported why.
    expect(session.blockedRequests, 'no request leaves the browser').toEqual([]);
    expect(session.extensionErrors(), session.extensionLog()).toEqual([]);
    await session.close();
  });
  return () => {
    if (!session) throw new Error('Firefox 尚未启动');
    return session;
  };
}

/** The profiles of an exchange file among the test fixtures. */
export function fixtureProfiles(file: string): Profile[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { profiles: Profile[] }).profiles;
}

async function importProfiles(session: FirefoxSession, profiles: readonly Profile[]): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'beian-ff-profiles-'));
  try {
    const file = path.join(dir, 'profiles.json');
    writeFileSync(file, serializeExchangeFile(profiles));
    const options = await session.openExtensionPage('options.html');
    const input = (await options.waitForSelector('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await waitForText(options, `已导入 ${profiles.length} 个档案。`);
    await options.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The docked panel's frame. BiDi lists it as about:blank, yet evaluation inside it runs on the extension page. */
export async function panelFrame(page: Page, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const href = await frame.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/panel.html')) {
        await frame.waitForFunction(() => document.readyState === 'complete');
        return frame;
      }
    }
    if (Date.now() > deadline) throw new Error('面板框架未出现');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Scope = Page | Frame;

/**
 * The first element of a role whose accessible name (aria-label, its label, or its text) matches; polls until it
 * exists. A small stand-in for Playwright's getByRole, enough for the panel's and options page's controls. `within`
 * (a CSS selector) narrows the search to the first element it matches, like Playwright's chained locators.
 */
export async function byRole(
  scope: Scope,
  role: string,
  name: string | RegExp,
  options: number | { timeout?: number; within?: string } = {},
): Promise<ElementHandle<Element>> {
  const { timeout = 15_000, within = ':root' } = typeof options === 'number' ? { timeout: options } : options;
  const source = typeof name === 'string' ? { text: name } : { pattern: name.source, flags: name.flags };
  const handle = await scope.waitForFunction(
    (role, source, within) => {
      const implicit: Record<string, string> = {
        button: 'button, input[type="button"], input[type="submit"]',
        combobox: 'select',
        textbox: 'input:not([type]), input[type="text"], input[type="password"], textarea',
        checkbox: 'input[type="checkbox"]',
        link: 'a[href]',
        table: 'table',
        region: 'section[aria-label], section[aria-labelledby]',
        form: 'form[aria-label], form[aria-labelledby]',
      };
      const candidates = document.querySelector(within)?.querySelectorAll(`[role="${role}"]${implicit[role] ? `, ${implicit[role]}` : ''}`);
      const nameOf = (el: Element) => {
        const labelledBy = el.getAttribute('aria-labelledby');
        if (labelledBy) return labelledBy.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        const aria = el.getAttribute('aria-label');
        if (aria) return aria.trim();
        const labels = (el as HTMLInputElement).labels;
        if (labels && labels.length > 0) return [...labels].map((l) => l.textContent ?? '').join(' ').trim();
        return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      };
      const matches = (text: string) =>
        'text' in source ? text === source.text : new RegExp(source.pattern!, source.flags).test(text);
      // An element with an explicit role of its own (a <button role="tab">) is not of its implicit role.
      const ofRole = (el: Element) => (el.getAttribute('role') ?? role) === role;
      return [...(candidates ?? [])].find((el) => ofRole(el) && matches(nameOf(el))) ?? null;
    },
    { timeout, polling: 100 },
    role,
    source,
    within,
  );
  return handle as ElementHandle<Element>;
}

/**
 * Clicks the element of a role once it is enabled, as Playwright's click waits for it: the panel disables its buttons
 * while it works and enables 填充本页 only once it has read the page, which it does when the page settles.
 */
export async function clickRole(scope: Scope, role: string, name: string | RegExp, options: number | { timeout?: number; within?: string } = {}): Promise<void> {
  const handle = await byRole(scope, role, name, options);
  const timeout = (typeof options === 'number' ? options : options.timeout) ?? 15_000;
  await scope.waitForFunction((el) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true', { timeout, polling: 100 }, handle);
  await handle.click();
}

type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The form control whose <label> reads exactly `label`, inside the first element matching `within` (a CSS selector such
 * as `fieldset[aria-label="主体负责人"]`); polls until it exists. Reaches inputs of any type (tel, email, date) and selects.
 */
export async function byLabel(scope: Scope, label: string, within = ':root', timeout = 15_000): Promise<ElementHandle<FormControl>> {
  const handle = await scope.waitForFunction(
    (label, within) => {
      const root = document.querySelector(within);
      const found = root && [...root.querySelectorAll('label')].find((el) => (el.textContent ?? '').trim() === label);
      return found?.control ?? null;
    },
    { timeout, polling: 100 },
    label,
    within,
  );
  return handle as ElementHandle<FormControl>;
}

/** Replaces a text field's content the way a user does: select it all, then type over it (or delete it). */
export async function retype(field: ElementHandle<FormControl>, text: string): Promise<void> {
  await field.evaluate((el) => {
    el.focus();
    if (!(el instanceof HTMLSelectElement)) el.select();
  });
  if (text === '') await field.press('Backspace');
  else await field.type(text);
}

/** Polls a scope until its body text contains (or, with `absent`, no longer contains) the text. */
export async function waitForText(scope: Scope, text: string | RegExp, opts: { absent?: boolean; timeout?: number; within?: string } = {}): Promise<void> {
  const source = typeof text === 'string' ? { text } : { pattern: text.source, flags: text.flags };
  const within = opts.within ?? 'body';
  try {
    await scope.waitForFunction(
      (source, absent, within) => {
        const content = document.querySelector(within)?.textContent ?? '';
        const found = 'text' in source ? content.includes(source.text!) : new RegExp(source.pattern!, source.flags).test(content);
        return absent ? !found : found;
      },
      { timeout: opts.timeout ?? 15_000, polling: 100 },
      source,
      opts.absent ?? false,
      within,
    );
  } catch (error) {
    const shown = await textOf(scope, within).catch(() => '(无法读取)');
    throw new Error(`${opts.absent ? '仍然' : '未'}出现 ${String(text)}（${within}）：${shown.slice(0, 600)}`, { cause: error });
  }
}

export async function textOf(scope: Scope, selector = 'body'): Promise<string> {
  return scope.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', selector);
}

/** The replica's React state, read in the page's own world (not the DOM). */
export async function replicaState(page: Page): Promise<ReplicaState> {
  return page.evaluate(() => {
    const replica = (window as unknown as { __REPLICA__?: { getState(): ReplicaState } }).__REPLICA__;
    if (!replica) throw new Error('页面不是复刻控制台（缺少 window.__REPLICA__）');
    return replica.getState();
  });
}

/** axe-core's browser build, injected by evaluation: Playwright's axe integration cannot drive Firefox over BiDi. */
const AXE_SOURCE = readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run on one document (a panel frame, the options page or the popup), not the page around it: its serious and
 * critical violations, one line each (rule, impact, how many elements, the first element), as the Chromium spec does.
 */
export async function seriousAxeViolations(scope: Scope): Promise<string[]> {
  await scope.evaluate(AXE_SOURCE);
  return scope.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes[0]?.target.join(' ')} — ${v.nodes[0]?.failureSummary ?? ''}`);
  });
}
