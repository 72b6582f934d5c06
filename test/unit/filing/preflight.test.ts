import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { preflight } from '@/utils/filing/preflight';
import type { FilingType } from '@/utils/filing/filing-types';
import { GUANGDONG_ID, TODAY, goodFacts } from './fixtures';
import { fixtureText } from '../profile/fixtures';

type Edit = (profile: Record<string, any>) => void;

/** personal.json (广东, example.com) with facts under which a first filing has no blocker, then `edit` applied. */
function exchangeText(edit: Edit = () => {}): string {
  const file = JSON.parse(fixtureText('personal.json'));
  const profile = file.profiles[0];
  // A Guangdong ID, so the province's local-ID rule passes unless a case changes it.
  profile.subject.certificateNumber = GUANGDONG_ID;
  profile.principal.certificateNumber = GUANGDONG_ID;
  profile.checklist = goodFacts();
  edit(profile);
  return JSON.stringify(file);
}

const secondSite: Edit = (profile) => profile.websites.push({ ...profile.websites[0], name: '溪边茶事', domain: 'tea-notes.com', homepageUrl: '' });

/** One case per blocker group: the edit that trips exactly that group's rule. */
const BLOCKER_CASES: [group: string, id: string, edit: Edit][] = [
  ['cloud', 'cloud.mainland', (p) => (p.checklist.server.mainland = false)],
  ['domain', 'domain.holder:example.com', (p) => (p.checklist.domains['example.com'].holderMatchesSubject = false)],
  ['account', 'account.one-order', (p) => (p.checklist.account.orderInFlight = true)],
  ['order', 'order.website-count', (p) => {
    secondSite(p);
    p.checklist = goodFacts(['example.com', 'tea-notes.com']);
  }],
  ['site', 'site.offline', (p) => (p.checklist.site.offline = false)],
  ['province', 'province.local-id', (p) => {
    p.subject.province = '河南省';
    p.subject.city = '郑州市';
    p.checklist.province = { mobileRegisteredInProvince: true };
  }],
  ['sms', 'sms.recipients', (p) => (p.principal.mobile = '1380013800')],
];

function run(text: string, type: FilingType = 'first-filing') {
  const result = preflight(text, { type, today: TODAY });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.report;
}

describe('preflight', () => {
  it('reports every checklist item with its group, status, message and source, and no blocker for a ready profile', () => {
    const report = run(exchangeText());
    expect(report.blockers).toEqual([]);
    expect(report.items.map((item) => item.group)).toEqual(expect.arrayContaining(['cloud', 'domain', 'account', 'order', 'site', 'sms', 'tip']));
    for (const item of report.items) {
      expect(Object.keys(item)).toEqual(['id', 'group', 'status', 'message', 'source']);
      expect(item.message).toMatch(/[\u4e00-\u9fff]/);
      expect(item.source).toMatch(/icp-rules\.md|seed/);
    }
  });

  it.each(BLOCKER_CASES)('a %s problem blocks with %s', (group, id, edit) => {
    const report = run(exchangeText(edit));
    expect(report.blockers).toEqual([id]);
    expect(report.items.find((item) => item.id === id)).toMatchObject({ group, status: 'fail' });
  });

  it('uses the checklist facts of the file, and asks for missing ones', () => {
    const report = run(exchangeText((p) => delete p.checklist));
    expect(report.blockers).toEqual([]);
    expect(report.items.find((item) => item.id === 'cloud.mainland')).toMatchObject({ status: 'unknown', message: expect.stringContaining('请确认') });
  });

  it('follows the order type: a cancellation has no server or domain rules', () => {
    const report = run(exchangeText((p) => (p.checklist.server.mainland = false)), 'cancel-site');
    expect(report.blockers).toEqual([]);
    expect(report.items.some((item) => item.group === 'cloud' || item.group === 'domain')).toBe(false);
  });

  it.each([
    ['not JSON', '{', '不是有效的 JSON'],
    ['another format', '{"format":"x","version":1,"profiles":[]}', '不是备案助手的档案导出文件'],
    ['no profile', exchangeText().replace(/"profiles":\[.*\]/s, '"profiles":[]'), '没有任何档案'],
    ['two profiles without --profile', (() => { const f = JSON.parse(exchangeText()); f.profiles.push({ ...f.profiles[0], id: 'second' }); return JSON.stringify(f); })(), '请用 --profile 指定'],
    ['bad checklist facts', exchangeText((p) => (p.checklist.server.expiresOn = '2027-13-01')), 'profiles[0].checklist.server.expiresOn 应为 YYYY-MM-DD'],
    ['a fact of the wrong type', exchangeText((p) => (p.checklist.account.orderInFlight = 'no')), 'profiles[0].checklist.account.orderInFlight 应为 true 或 false'],
  ])('refuses %s with a Chinese message', (_name, text, message) => {
    const result = preflight(text, { type: 'first-filing', today: TODAY });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join('\n')).toContain(message);
  });

  it('picks one profile of several by id or label', () => {
    const file = JSON.parse(exchangeText());
    file.profiles.push({ ...file.profiles[0], id: 'henan', label: '河南客户', subject: { ...file.profiles[0].subject, province: '河南省' } });
    const text = JSON.stringify(file);
    const byLabel = preflight(text, { type: 'first-filing', today: TODAY, profile: '河南客户' });
    expect(byLabel.ok && byLabel.report.blockers).toEqual(['province.local-id']);
    const byId = preflight(text, { type: 'first-filing', today: TODAY, profile: file.profiles[0].id });
    expect(byId.ok && byId.report.blockers).toEqual([]);
    const missing = preflight(text, { type: 'first-filing', today: TODAY, profile: 'nobody' });
    expect(!missing.ok && missing.errors[0]).toContain('没有编号或名称为「nobody」');
  });
});

/** The real script, run the way npm runs it. */
function cli(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/preflight.ts', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'preflight-cli-')), name);
  writeFileSync(file, text);
  return file;
}

// Each case spawns Node + tsx, which takes seconds on a busy machine: a generous limit, not a speed assertion.
describe('scripts/preflight.ts', { timeout: 60_000 }, () => {
  it('prints the same report as the function for each blocker group, exit 0', () => {
    for (const [, id, edit] of BLOCKER_CASES) {
      const text = exchangeText(edit);
      const { code, stdout, stderr } = cli(tempFile('profile.json', text), '--type', 'first-filing', '--today', TODAY);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      const report = JSON.parse(stdout);
      expect(report).toEqual(run(text));
      expect(report.blockers).toEqual([id]);
    }
  }, 300_000);

  it('accepts --type=… and --profile', () => {
    const { code, stdout } = cli(`--type=cancel-access`, tempFile('p.json', exchangeText()), '--today', TODAY, '--profile', '张三 · 个人');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).items.map((item: { id: string }) => item.id)).toEqual(['account.one-order', 'sms.recipients']);
  });

  it.each([
    [['--type', 'first-filing'], 2, '请给出一个档案文件'],
    [['x.json'], 2, '请用 --type 指定备案类型'],
    [['x.json', '--type', 'new-site'], 2, '不认识的备案类型「new-site」'],
    [['x.json', '--type', 'access', '--today', '2026-02-30'], 2, '--today 需要一个 YYYY-MM-DD'],
    [['x.json', '--type', 'access', '--verbose'], 2, '不认识的选项「--verbose」'],
    [['/nonexistent/profile.json', '--type', 'access'], 1, '无法读取文件'],
  ])('refuses %j with exit %i, a Chinese message on stderr and nothing on stdout', (args, exit, message) => {
    const { code, stdout, stderr } = cli(...args);
    expect(code).toBe(exit);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('refuses a file that cannot be checked with exit 1 and nothing on stdout', () => {
    const { code, stdout, stderr } = cli(tempFile('bad.json', exchangeText((p) => (p.checklist.server.mainland = 'yes'))), '--type', 'first-filing');
    expect({ code, stdout }).toEqual({ code: 1, stdout: '' });
    expect(stderr).toContain('profiles[0].checklist.server.mainland 应为 true 或 false');
  });
});
