import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BatchCheck } from '@/components/names/BatchCheck';

afterEach(cleanup);

const rowsOf = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const verdictOfRow = (row: HTMLElement) => within(row).getAllByRole('cell')[3]!.textContent;

describe('<BatchCheck>', () => {
  it('checks pasted CSV rows and shows a verdict and findings per row', async () => {
    const user = userEvent.setup();
    render(<BatchCheck />);
    expect(screen.getByRole('button', { name: '检查' }).hasAttribute('disabled')).toBe(true);

    await user.click(screen.getByRole('textbox', { name: '网站名称或 CSV 内容' }));
    await user.paste('name,subject,serviceContent,remark,preApprovals\n中国茶文化笔记,personal,其他,喝茶,\n云朵工厂新闻中心,enterprise,网络新闻,公司新闻,新闻\n个人博客,personal,其他,博客,\n');
    await user.click(screen.getByRole('button', { name: '检查' }));

    const rows = rowsOf();
    expect(rows.map(verdictOfRow)).toEqual(['阻断', '通过', '警告']);
    expect(within(rows[0]!).getByRole('list').textContent).toContain('中国');
    expect(screen.getByText(/共 3 条：阻断 1，警告 1，通过 1/)).toBeTruthy();
  });

  it('shows one re-checked name for all of a name\'s problems (#24 item 8)', async () => {
    const user = userEvent.setup();
    render(<BatchCheck />);
    await user.click(screen.getByRole('textbox', { name: '网站名称或 CSV 内容' }));
    await user.paste('张伟的技术博客\n');
    await user.click(screen.getByRole('button', { name: '检查' }));

    const text = within(rowsOf()[0]!).getByRole('list').textContent ?? '';
    const shown = [...text.matchAll(/改为「([^」]*)」/g)].map((m) => m[1]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toMatch(/技术|博客/);
    expect(text).toContain('去掉“技术”');
    expect(text).toContain('去掉“博客”');
  });

  it('checks plain lines with the chosen default subject', async () => {
    const user = userEvent.setup();
    render(<BatchCheck />);
    await user.selectOptions(screen.getByRole('combobox', { name: '未注明主体类型的行按' }), 'enterprise');
    await user.click(screen.getByRole('textbox', { name: '网站名称或 CSV 内容' }));
    await user.paste('云朵科技有限公司\n');
    await user.click(screen.getByRole('button', { name: '检查' }));
    const [row] = rowsOf();
    expect(within(row!).getAllByRole('cell')[2]!.textContent).toBe('企业');
    expect(verdictOfRow(row!)).toBe('通过');
  });

  it('loads a CSV file and checks it at once', async () => {
    const user = userEvent.setup();
    render(<BatchCheck />);
    const file = new File(['name,subject,remark\n晴天数码店,personal,数码产品销售\n'], 'names.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('导入 CSV 文件'), file);
    expect(await screen.findByText('晴天数码店')).toBeTruthy();
    expect(verdictOfRow(rowsOf()[0]!)).toBe('阻断');
  });

  it('exports the results as a CSV file', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:names';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<BatchCheck />);
    await user.click(screen.getByRole('textbox', { name: '网站名称或 CSV 内容' }));
    await user.paste('中国茶文化笔记\n读书会笔记\n');
    await user.click(screen.getByRole('button', { name: '检查' }));
    await user.click(screen.getByRole('button', { name: '导出结果 CSV' }));

    expect(click).toHaveBeenCalledTimes(1);
    const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    const exported = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(exported.map((r) => [r.name, r.verdict])).toEqual([['中国茶文化笔记', '阻断'], ['读书会笔记', '通过']]);
    expect(exported[0]!.findings).toContain('中国');
    vi.unstubAllGlobals();
  });
});
