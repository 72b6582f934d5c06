import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillView, type FillViewProps } from '@/components/fill/FillView';
import type { Profile } from '@/utils/profile';
import type { FieldSnapshot, FillReport, PageSnapshot, PageStructure, UndoReport } from '@/utils/console/types';
import { fieldSnapshot, pageSnapshot } from './helpers/snapshots';

const profile: Profile = {
  id: 'p1',
  label: '张三 · 个人',
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
  },
  principal: {
    name: '张三',
    certificateType: '居民身份证',
    certificateNumber: '11010519491231002X',
    certificateValidFrom: '2020-01-01',
    certificateValidTo: '长期',
    mobile: '13800138000',
    emergencyPhone: '13900139000',
    email: 'zhangsan@example.com',
  },
  websites: [
    { name: '山间小记', domain: 'example.com', serviceContent: ['其他'], languages: ['中文简体'], preApprovals: [], remark: '徒步笔记', principal: null },
  ],
};

const field = (over: Partial<FieldSnapshot>): FieldSnapshot => fieldSnapshot({ section: '主体负责人信息', ...over });

const snapshot = (over: Partial<PageSnapshot> = {}): PageSnapshot =>
  pageSnapshot(
    [
      field({ key: 'principal.name', label: '负责人姓名' }),
      field({ key: 'principal.mobile', label: '手机号码' }),
      field({ key: 'principal.email', label: '电子邮箱', value: 'mine@example.com' }),
      field({ key: null, role: 'sms-code', label: '手机验证码' }),
    ],
    { path: '/beian/manage/process/30179108639935234/subject', needsUser: ['手机验证码'], ...over },
  );

const emptyReport: FillReport = { filled: [], skipped: [], failed: [], sitesAdded: 0, needsUser: { uploads: [], smsCodes: [], unknownRequired: [] } };

function setup(over: Partial<FillViewProps> = {}) {
  const props: FillViewProps = {
    snapshot: snapshot(),
    profile,
    onFill: vi.fn(async () => emptyReport),
    onUndo: vi.fn(async (): Promise<UndoReport> => ({ restored: [], notRestorable: [], failed: [] })),
    onExportStructure: vi.fn(async () => ({}) as PageStructure),
    onSaveFromPage: vi.fn(async () => undefined),
    ...over,
  };
  const view = render(<FillView {...props} />);
  const rerender = (next: Partial<FillViewProps>) => view.rerender(<FillView {...props} {...next} />);
  return { props, user: userEvent.setup(), rerender };
}

afterEach(cleanup);

/** The profile's second website is not on a 新增网站 order's page: the fill view offers to add it. */
const twoSites: Profile = {
  ...profile,
  subject: { ...profile.subject, type: 'enterprise' },
  websites: [...profile.websites, { name: '溪边茶事', domain: 'example.net', serviceContent: ['其他'], languages: ['中文简体'], preApprovals: [], remark: '茶叶笔记', principal: null }],
};

/** The website step of a 新增网站 order whose one block shows the first website's domain, with `more` fields after it. */
const addSiteStep = (more: FieldSnapshot[]) =>
  snapshot({
    path: '/beian/manage/process/30179108639935234/website',
    step: 'website',
    headings: ['新增服务（原备案在腾讯云）'],
    siteCount: 1,
    canAddSite: true,
    fields: [
      field({ key: 'websites[0].name', label: '网站名称', section: '网站信息' }),
      field({ key: 'websites[0].domain', label: '网站域名', section: '网站信息', value: 'example.com', disabled: true }),
      ...more,
    ],
  });
const remarkField = () => field({ key: 'websites[0].remark', label: '网站备注', section: '网站信息' });

describe('FillView', () => {
  it('shows one line per field with the value to fill and a status mark in words, and ticks only empty fields', () => {
    setup();
    const plan = screen.getByRole('list', { name: '填充计划' });
    expect(within(plan).getByText('负责人姓名')).toBeTruthy();
    // A typed value that differs: the profile's value, marked 不同, the page's value in the mark's words.
    const emailLine = within(plan).getByRole('checkbox', { name: '填充「电子邮箱」' }).closest('li')!;
    expect(within(emailLine).getByText('zhangsan@example.com').getAttribute('title')).toBe('zhangsan@example.com');
    expect(emailLine.querySelector('.bh-fill-mark')!.textContent).toMatch(/^≠不同：页面当前为「mine@example\.com」，页面已有内容/);
    const mobileLine = within(plan).getByRole('checkbox', { name: '填充「手机号码」' }).closest('li')!;
    expect(mobileLine.querySelector('.bh-fill-mark')!.textContent).toMatch(/^＋将填充：页面为空/);
    expect((screen.getByRole('checkbox', { name: '填充「手机号码」' }) as HTMLInputElement).checked).toBe(true);
    const email = screen.getByRole('checkbox', { name: '填充「电子邮箱」' }) as HTMLInputElement;
    expect(email.checked).toBe(false);
    expect(email.disabled).toBe(true);
    expect(screen.queryByRole('checkbox', { name: '填充「手机验证码」' })).toBeNull();
  });

  it('fills the ticked rows, and includes typed fields once 覆盖已填写的内容 is ticked', async () => {
    const onFill = vi.fn(
      async (): Promise<FillReport> => ({
        filled: [{ key: 'principal.mobile', label: '手机号码', reason: '已填充' }],
        skipped: [{ key: 'principal.email', label: '电子邮箱', reason: '页面已有内容，未勾选“覆盖已填写的内容”' }],
        failed: [{ key: 'principal.certificateType', label: '证件类型', reason: '下拉列表中没有「军官证」' }],
        sitesAdded: 0,
        needsUser: { uploads: ['主体负责人证件正面'], smsCodes: ['手机验证码'], unknownRequired: ['联络渠道偏好'] },
      }),
    );
    const { user } = setup({ onFill });
    await user.click(screen.getByRole('checkbox', { name: '填充「负责人姓名」' }));
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    // The validity dates are not on this page yet: they go along, as 非长期 may reveal them (else they are reported).
    const validity = [
      { key: 'principal.certificateValidFrom', value: '2020-01-01', label: '主体负责人 · 证件有效期（起始日期）' },
      { key: 'principal.certificateValidTo', value: '长期', label: '主体负责人 · 证件有效期（截止日期）' },
    ];
    expect(onFill).toHaveBeenCalledWith([{ key: 'principal.mobile', value: '13800138000', label: '主体负责人信息 · 手机号码' }, ...validity], {
      overwrite: false,
    });

    const result = await screen.findByRole('status', { name: '填充结果' });
    expect(result.textContent).toContain('已填充 1 项');
    expect(result.textContent).toContain('证件类型：下拉列表中没有「军官证」');
    expect(result.textContent).toContain('上传：主体负责人证件正面');
    expect(result.textContent).toContain('填写短信验证码：手机验证码');
    expect(result.textContent).toContain('助手不认识的必填项：联络渠道偏好');

    await user.click(screen.getByRole('checkbox', { name: '覆盖已填写的内容' }));
    expect((screen.getByRole('checkbox', { name: '填充「电子邮箱」' }) as HTMLInputElement).checked).toBe(true);
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    expect(onFill).toHaveBeenLastCalledWith(
      [
        { key: 'principal.name', value: '张三', label: '主体负责人信息 · 负责人姓名' },
        { key: 'principal.mobile', value: '13800138000', label: '主体负责人信息 · 手机号码' },
        { key: 'principal.email', value: 'zhangsan@example.com', label: '主体负责人信息 · 电子邮箱' },
        ...validity,
      ],
      { overwrite: true },
    );
  });

  it('plans the fill from the page as it is at the click, not from a reading that trails it', async () => {
    // The panel's last reading still shows the name filled; the page itself was emptied by an undo since.
    const stale = snapshot({ fields: [field({ key: 'principal.name', label: '负责人姓名', value: '张三' }), field({ key: 'principal.mobile', label: '手机号码' })] });
    const onFill = vi.fn(async () => emptyReport);
    const { user } = setup({ snapshot: stale, onFill, onReadPage: async () => snapshot() });
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    const [items] = onFill.mock.calls[0] as unknown as [{ key: string }[]];
    expect(items.map((i) => i.key)).toEqual(expect.arrayContaining(['principal.name', 'principal.mobile']));
  });

  it('shows a fill result only for the step it was made on, and none while filling again', async () => {
    const filled = (n: number): FillReport => ({ ...emptyReport, filled: Array.from({ length: n }, () => ({ key: 'principal.name', label: '负责人姓名', reason: '已填充' })) });
    let finish: (report: FillReport) => void = () => undefined;
    const onFill = vi.fn(async () => filled(1));
    const { user, rerender } = setup({ onFill });
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    expect((await screen.findByRole('status', { name: '填充结果' })).textContent).toContain('已填充 1 项');

    onFill.mockImplementationOnce(() => new Promise<FillReport>((resolve) => (finish = resolve)));
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    expect(screen.queryByRole('status', { name: '填充结果' })).toBeNull();
    finish(filled(2));
    expect((await screen.findByRole('status', { name: '填充结果' })).textContent).toContain('已填充 2 项');

    rerender({ snapshot: snapshot({ path: '/beian/manage/process/30179108639935234/website', step: 'website', stepTitle: '填写网站信息' }) });
    expect(screen.queryByRole('status', { name: '填充结果' })).toBeNull();
  });

  it('undoes and lists what the console cannot take back', async () => {
    const onUndo = vi.fn(
      async (): Promise<UndoReport> => ({
        restored: [{ key: 'principal.mobile', label: '手机号码', reason: '已恢复' }],
        notRestorable: [{ key: 'subject.type', label: '主办单位性质', reason: '控制台不支持恢复为“未选择”，请手动检查此项' }],
        failed: [],
      }),
    );
    const { user } = setup({ onUndo });
    await user.click(screen.getByRole('button', { name: '撤销填充' }));
    const result = await screen.findByRole('status', { name: '撤销结果' });
    expect(result.textContent).toContain('已恢复 1 项');
    expect(result.textContent).toContain('主办单位性质：控制台不支持恢复为“未选择”');
  });

  it('lists the uploads of the step', () => {
    setup({ snapshot: snapshot({ step: 'material', fields: [], uploads: ['主体负责人证件正面', '其他材料'] }) });
    expect(screen.getByText('本步需要上传')).toBeTruthy();
    expect(screen.getByText('其他材料')).toBeTruthy();
  });

  it('warns about drift and downloads the page structure', async () => {
    const structure = { format: 'beian-helper.console-structure', version: 1, blocks: [] } as unknown as PageStructure;
    const onExportStructure = vi.fn(async () => structure);
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:structure');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = setup({
      onExportStructure,
      snapshot: snapshot({ diagnostics: { unknownLabels: ['联络渠道偏好'], missingExpected: ['principal.mobile', 'subject.region'], drift: true } }),
    });
    const notice = screen.getByRole('note', { name: '页面结构提示' });
    expect(notice.textContent).toContain('不认识的字段：联络渠道偏好');
    expect(notice.textContent).toContain('「主体负责人 · 手机号码」');
    expect(notice.textContent).toContain('「备案区域」');
    await user.click(within(notice).getByRole('button', { name: '导出页面结构' }));
    await waitFor(() => expect(clicked).toHaveBeenCalled());
    const blob = created.mock.calls[0]![0] as Blob;
    expect(JSON.parse(await blob.text())).toEqual(structure);
  });

  it('shows what saving from the page would change before saving it', async () => {
    const onSaveFromPage = vi.fn(async () => undefined);
    const { user } = setup({ onSaveFromPage });
    await user.click(screen.getByRole('button', { name: '从页面保存到档案' }));
    const dialog = screen.getByRole('dialog', { name: '从页面保存到档案' });
    expect(within(dialog).getByText('zhangsan@example.com')).toBeTruthy();
    expect(within(dialog).getByText('mine@example.com')).toBeTruthy();
    expect(onSaveFromPage).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: '确认保存' }));
    expect(onSaveFromPage).toHaveBeenCalledTimes(1);
    const saved = (onSaveFromPage.mock.calls[0] as unknown as [{ profile: Profile; diff: { path: string }[] }])[0];
    expect(saved.profile.principal.email).toBe('mine@example.com');
    expect(saved.diff.map((d) => d.path)).toEqual(['principal.email']);
    expect(await screen.findByText('已将 1 项保存到档案「张三 · 个人」')).toBeTruthy();
  });

  it('asks for a profile first, and says when the page is not a filing form', () => {
    setup({ profile: null });
    expect(screen.getByText('请先在上方选择一个档案，再填充本页。')).toBeTruthy();
    expect((screen.getByRole('button', { name: '填充本页' }) as HTMLButtonElement).disabled).toBe(true);
    cleanup();
    setup({ snapshot: null });
    expect(screen.getByText(/没有识别到备案表单/)).toBeTruthy();
  });

  it('shows a failed action as an alert', async () => {
    const { user } = setup({ onFill: vi.fn(async () => Promise.reject(new Error('页面已关闭'))) });
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    expect((await screen.findByRole('alert')).textContent).toBe('操作失败：页面已关闭');
  });

  it('asks which website to fill into a block whose domain the profile lacks, and shows the chosen one’s domain in red', async () => {
    const websiteStep = snapshot({
      path: '/beian/manage/process/30179108639935234/website',
      step: 'website',
      siteCount: 1,
      fields: [
        field({ key: 'websites[0].name', label: '网站名称', section: '网站信息' }),
        field({ key: 'websites[0].domain', label: '网站域名', section: '网站信息', value: 'other.cn', disabled: true }),
      ],
    });
    const onChooseSite = vi.fn();
    const { user } = setup({ snapshot: websiteStep, onChooseSite });
    expect(screen.getByText(/网站 1 的域名「other.cn」不在档案中/)).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: '填充「网站名称」' }) as HTMLInputElement).disabled).toBe(true);
    await user.selectOptions(screen.getByRole('combobox', { name: '网站 1 填入的网站' }), '0');
    expect(onChooseSite).toHaveBeenCalledWith(0, 0);

    cleanup();
    setup({ snapshot: websiteStep, siteChoices: { 0: 0 } });
    expect((screen.getByRole('checkbox', { name: '填充「网站名称」' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByText(/网站 1 · 山间小记（example.com） · 手动选择/).length).toBeGreaterThan(0);
    expect(screen.getByRole('alert').textContent).toMatch(/「other.cn」与所选网站的域名「example.com」不同/);
  });

  it('offers the profile’s other websites unticked on a 新增网站 order, and adds one with a single tick', async () => {
    const onFill = vi.fn(async () => emptyReport);
    const { user } = setup({ snapshot: addSiteStep([remarkField()]), profile: twoSites, onFill });
    const group = screen.getByRole('list', { name: '网站 2 · 溪边茶事（example.net） · 将新增' });
    const lines = within(group).getAllByRole('checkbox') as HTMLInputElement[];
    expect(lines.length).toBe(3);
    expect(lines.map((c) => c.checked)).toEqual([false, false, false]);
    expect(lines[0]!.title).toMatch(/不是首次备案/);
    await user.click(screen.getByRole('checkbox', { name: '在本订单中新增此网站（勾选本节全部字段）' }));
    expect(lines.map((c) => c.checked)).toEqual([true, true, true]);
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    const items = (onFill.mock.calls[0] as unknown as [{ key: string; value: unknown }[]])[0];
    expect(items.filter((i) => i.key.startsWith('websites[1].'))).toEqual([
      expect.objectContaining({ key: 'websites[1].name', value: '溪边茶事' }),
      expect.objectContaining({ key: 'websites[1].domain', value: 'example.net' }),
      expect.objectContaining({ key: 'websites[1].remark', value: '茶叶笔记' }),
    ]);
  });

  it('keeps a website to add ticked when the page settles showing more fields in its first block', async () => {
    const onFill = vi.fn(async () => emptyReport);
    const { user, rerender } = setup({ snapshot: addSiteStep([]), profile: twoSites, onFill });
    const addSite = screen.getByRole('checkbox', { name: '在本订单中新增此网站（勾选本节全部字段）' }) as HTMLInputElement;
    await user.click(addSite);
    expect(addSite.checked).toBe(true);
    // The reading after an undo: the console's first block shows one more field, so the new block plans one more.
    rerender({ snapshot: addSiteStep([remarkField()]), onFill });
    expect(addSite.checked).toBe(true);
    const group = screen.getByRole('list', { name: '网站 2 · 溪边茶事（example.net） · 将新增' });
    expect((within(group).getAllByRole('checkbox') as HTMLInputElement[]).map((c) => c.checked)).toEqual([true, true, true]);
    // A line unticked by hand stays unticked; the others still go.
    await user.click(within(group).getByRole('checkbox', { name: '填充「网站备注」' }));
    expect(addSite.checked).toBe(false);
    await user.click(screen.getByRole('button', { name: '填充本页' }));
    const items = (onFill.mock.calls[0] as unknown as [{ key: string }[]])[0];
    expect(items.map((i) => i.key).filter((k) => k.startsWith('websites[1].'))).toEqual(['websites[1].name', 'websites[1].domain']);
  });
});
