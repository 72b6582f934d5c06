import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ProfilesPage } from '@/components/profiles/ProfilesPage';
import { downloadTextFile } from '@/components/profiles/download';
import { listProfiles, saveProfile } from '@/utils/browser/profile-store';
import { ENCRYPTED_EXCHANGE_FORMAT, readExchangeFile } from '@/utils/profile';
import { TODAY, exchangeFile, fixtureText, jsonFile, personalProfile } from './helpers';

vi.mock('@/components/profiles/download', () => ({ downloadTextFile: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(downloadTextFile).mockClear();
});
afterEach(cleanup);
vi.setConfig({ testTimeout: 30_000 });

async function storedLocal() {
  return structuredClone(await fakeBrowser.storage.local.get(null));
}

async function renderPage() {
  const user = userEvent.setup({ delay: null });
  render(<ProfilesPage today={TODAY} />);
  await screen.findByRole('toolbar', { name: '档案操作' });
  return user;
}

describe('import', () => {
  it('lists every error of a bad file with its path and changes nothing', async () => {
    const good = personalProfile();
    await saveProfile(good);
    const before = await storedLocal();
    const second = personalProfile();
    second.id = 'second-profile';
    second.principal.mobile = '1380013800';
    second.principal.email = 'not-an-email';
    const user = await renderPage();

    await user.upload(screen.getByLabelText('导入档案'), jsonFile(exchangeFile({ ...good, id: 'first-profile' }, second), 'clients.json'));

    const report = await screen.findByText(/「clients.json」未导入，现有档案没有任何改动/);
    const alert = report.closest('[role="alert"]') as HTMLElement;
    const items = within(alert).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^profiles\[1\]\.principal\.mobile .*手机号码/);
    expect(items[1]).toMatch(/^profiles\[1\]\.principal\.email .*电子邮箱/);
    expect(await storedLocal()).toEqual(before);
  });

  it('reports a file that is not JSON as a whole-file error, and nothing is stored', async () => {
    const user = await renderPage();
    await user.upload(screen.getByLabelText('导入档案'), jsonFile(fixtureText('malformed.json'), 'broken.json'));
    const report = await screen.findByText(/「broken.json」未导入/);
    expect(report.closest('[role="alert"]')!.textContent).toContain('（整个文件）');
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);
  });

  it('imports pasted JSON', async () => {
    const user = await renderPage();
    await user.click(screen.getByText('粘贴 JSON 导入'));
    await user.click(screen.getByLabelText('档案 JSON'));
    await user.paste(exchangeFile(personalProfile()));
    await user.click(screen.getByRole('button', { name: '导入粘贴的内容' }));
    await screen.findByText('已导入 1 个档案。');
    expect(within(await screen.findByRole('table', { name: '档案列表' })).getByText('1101**********002X')).toBeTruthy();
  });

  it('asks once about an existing id, shows what replacing changes, and replaces on request', async () => {
    const stored = personalProfile();
    await saveProfile(stored);
    const incoming = personalProfile();
    incoming.principal.mobile = '13700137000';
    incoming.websites[0]!.name = '山间笔记';
    const user = await renderPage();

    await user.upload(screen.getByLabelText('导入档案'), jsonFile(exchangeFile(incoming)));
    const conflicts = await screen.findByRole('region', { name: '导入冲突' });
    const diff = within(conflicts).getByRole('table', { name: '「张三 · 个人」的改动' });
    const rows = within(diff).getAllByRole('row').slice(1).map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['「主体负责人 · 手机号码」', '13800138000', '13700137000'],
        ['「网站信息（第 1 个） · 网站名称」', '山间小记', '山间笔记'],
      ]),
    );
    expect(rows).toHaveLength(2);
    // Nothing changes while the question is open.
    expect((await listProfiles({ today: TODAY })).profiles[0]!.profile).toEqual(stored);

    await user.click(within(conflicts).getByRole('button', { name: '替换现有档案' }));
    await screen.findByText('已导入 1 个档案（其中替换 1 个）。');
    const after = (await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile);
    expect(after).toEqual([incoming]);
  });

  it('跳过相同的 is a choice per conflict: one identical copy skipped, another taken in as a second copy', async () => {
    const first = personalProfile();
    const second = personalProfile();
    second.id = 'second-client';
    second.label = '张三 · 第二份';
    await saveProfile(first);
    await saveProfile(second);
    const user = await renderPage();

    await user.upload(screen.getByLabelText('导入档案'), jsonFile(exchangeFile(first, second)));
    const conflicts = await screen.findByRole('region', { name: '导入冲突' });
    const skipFirst = within(conflicts).getByRole('checkbox', { name: '跳过相同的「张三 · 个人」（不再导入这一份）' }) as HTMLInputElement;
    const skipSecond = within(conflicts).getByRole('checkbox', { name: '跳过相同的「张三 · 第二份」（不再导入这一份）' }) as HTMLInputElement;
    expect([skipFirst.checked, skipSecond.checked]).toEqual([true, true]);
    await user.click(skipSecond);
    expect([skipFirst.checked, skipSecond.checked]).toEqual([true, false]);

    await user.click(within(conflicts).getByRole('button', { name: '保留两份' }));
    await screen.findByText('已导入 1 个档案，跳过内容相同的 1 个。');
    const labels = (await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile.label).sort();
    expect(labels).toEqual(['张三 · 个人', '张三 · 第二份', '张三 · 第二份']);
  });

  it('keeps both under a new id when asked', async () => {
    await saveProfile(personalProfile());
    const incoming = personalProfile();
    incoming.label = '张三 · 新导入';
    const user = await renderPage();
    await user.upload(screen.getByLabelText('导入档案'), jsonFile(exchangeFile(incoming)));
    await user.click(within(await screen.findByRole('region', { name: '导入冲突' })).getByRole('button', { name: '保留两份' }));
    await screen.findByText('已导入 1 个档案。');
    const after = (await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile);
    expect(after.map((profile) => profile.label).sort()).toEqual(['张三 · 个人', '张三 · 新导入']);
    expect(new Set(after.map((profile) => profile.id)).size).toBe(2);
  });
});

describe('export', () => {
  it('asks plain or encrypted before writing, then exports the selected profiles in plain text', async () => {
    const first = personalProfile();
    const second = { ...personalProfile(), id: 'other-client', label: '另一个客户' };
    await saveProfile(first);
    await saveProfile(second);
    const user = await renderPage();

    await user.click(screen.getByRole('checkbox', { name: '选择「另一个客户」' }));
    await user.click(screen.getByRole('button', { name: '导出所选（1）' }));
    const dialog = screen.getByRole('dialog', { name: '导出档案' });
    const download = within(dialog).getByRole('button', { name: '下载导出文件' });
    expect(download).toHaveProperty('disabled', true);
    expect(within(dialog).getByRole('radio', { name: '明文' })).toHaveProperty('checked', false);
    expect(within(dialog).getByRole('radio', { name: '加密' })).toHaveProperty('checked', false);

    await user.click(within(dialog).getByRole('radio', { name: '明文' }));
    await user.click(download);
    await within(dialog).findByText(/已导出所选 1 个档案/);
    expect(downloadTextFile).toHaveBeenCalledTimes(1);
    const [fileName, text] = vi.mocked(downloadTextFile).mock.calls[0]!;
    expect(fileName).toBe(`beian-profiles-${TODAY}.json`);
    const parsed = readExchangeFile(text);
    expect(parsed.ok && parsed.profiles).toEqual([second]);
  });

  it('writes an encrypted envelope that imports back only with its passphrase', async () => {
    const profile = personalProfile();
    await saveProfile(profile);
    const user = await renderPage();

    await user.click(screen.getByRole('button', { name: '导出全部' }));
    const dialog = screen.getByRole('dialog', { name: '导出档案' });
    await user.click(within(dialog).getByRole('radio', { name: '加密' }));
    await user.type(within(dialog).getByLabelText('导出口令'), 'correct horse');
    await user.type(within(dialog).getByLabelText('再次输入导出口令'), 'correct horsf');
    await user.click(within(dialog).getByRole('button', { name: '下载导出文件' }));
    expect(within(dialog).getByRole('alert').textContent).toContain('两次输入的口令不一致');
    expect(downloadTextFile).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByLabelText('再次输入导出口令'));
    await user.type(within(dialog).getByLabelText('再次输入导出口令'), 'correct horse');
    await user.click(within(dialog).getByRole('button', { name: '下载导出文件' }));
    await within(dialog).findByText(/已导出全部 1 个档案/, undefined, { timeout: 15_000 });
    const [fileName, envelope] = vi.mocked(downloadTextFile).mock.calls[0]!;
    expect(fileName).toBe(`beian-profiles-${TODAY}.encrypted.json`);
    expect(JSON.parse(envelope).format).toBe(ENCRYPTED_EXCHANGE_FORMAT);
    expect(envelope).not.toContain('11010519491231002X');

    // Back in on a fresh machine: the passphrase is asked for, a wrong one changes nothing.
    cleanup();
    fakeBrowser.reset();
    const again = await renderPage();
    await again.upload(screen.getByLabelText('导入档案'), jsonFile(envelope, 'backup.json'));
    const ask = await screen.findByRole('form', { name: '输入导出文件的口令' });
    await again.type(within(ask).getByLabelText('导出文件的口令'), 'wrong passphrase');
    await again.click(within(ask).getByRole('button', { name: '打开并导入' }));
    const refused = await screen.findByText(/「backup.json」未导入/, undefined, { timeout: 15_000 });
    expect(refused.closest('[role="alert"]')!.textContent).toContain('口令不正确');
    expect((await listProfiles({ today: TODAY })).profiles).toEqual([]);

    await again.click(screen.getByRole('button', { name: '重新输入口令' }));
    const retry = screen.getByRole('form', { name: '输入导出文件的口令' });
    await again.type(within(retry).getByLabelText('导出文件的口令'), 'correct horse');
    await again.click(within(retry).getByRole('button', { name: '打开并导入' }));
    await screen.findByText('已导入 1 个档案。', undefined, { timeout: 15_000 });
    expect((await listProfiles({ today: TODAY })).profiles.map((entry) => entry.profile)).toEqual([profile]);
  });
});
