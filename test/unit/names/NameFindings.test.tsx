import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NameFindings } from '@/components/names/NameFindings';
import { checkSiteName } from '@/utils/names';
import { personal } from './helpers';

afterEach(cleanup);

describe('<NameFindings>', () => {
  it('lists each finding with its severity, message, evidence, suggestion and source', () => {
    const findings = checkSiteName(personal({ name: '小刘设计工作室', remark: '接单设计' }));
    render(<NameFindings findings={findings} />);
    const list = screen.getByRole('list', { name: '名称检查结果' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(findings.length);

    const first = items[0]!;
    expect(first.textContent).toContain('错误');
    expect(first.textContent).toContain(findings[0]!.message);
    expect(first.textContent).toContain(`命中：${findings[0]!.evidence}`);
    expect(first.textContent).toContain(`建议：${findings[0]!.suggestion}`);
    expect(first.textContent).toContain('依据：备案规则：名称与网站内容一致（§2.3）');
    expect(items.at(-1)!.textContent).toContain('警告');
  });

  it('says the name passed when there is nothing to report', () => {
    render(<NameFindings findings={[]} emptyText="没有问题" />);
    expect(screen.queryByRole('list')).toBeNull();
    expect(screen.getByRole('status').textContent).toContain('没有问题');
  });
});
