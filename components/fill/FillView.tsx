import { useMemo, useState } from 'react';
import type { Profile } from '@/utils/profile';
import { saveStructureFile } from './structure-file';
import { fillItemsOf, keyLabel, planFill, profileFromSnapshot, type FillPlanRow, type PlanStatus } from '@/utils/console/plan';
import { matchSites, type SiteChoices } from '@/utils/console/sites';
import type { FieldValue, FillItem, FillReport, PageSnapshot, PageStructure, ReportEntry, UndoReport } from '@/utils/console/types';
import './fill.css';
import { useDialog } from '@/components/useDialog';

export type SaveFromPageResult = ReturnType<typeof profileFromSnapshot>;

export interface FillViewProps {
  snapshot: PageSnapshot | null;
  profile: Profile | null;
  onFill(items: FillItem[], opts: { overwrite: boolean }): Promise<FillReport>;
  onUndo(): Promise<UndoReport>;
  onExportStructure(): Promise<PageStructure>;
  onSaveFromPage(result: SaveFromPageResult): Promise<void>;
  /** Reads the page now: the page reports changes only once it settles, and the user may click right after typing. */
  onReadPage?(): Promise<PageSnapshot>;
  /** Profile websites chosen by hand for blocks whose domain the profile lacks (block → website). */
  siteChoices?: SiteChoices;
  onChooseSite?(block: number, website: number | null): void;
}

type Busy = 'fill' | 'undo' | 'export' | 'save' | null;

/**
 * The user's ticks: per field, and per website to add (by its section). A website to add is one decision: its block's
 * fields follow the console's first block, which may show more or fewer of them by the time the page settles.
 */
interface Ticks {
  rows: Record<string, boolean>;
  sites: Record<string, boolean>;
}
const NO_TICKS: Ticks = { rows: {}, sites: {} };

function showValue(value: FieldValue | FillItem['value'] | unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '已勾选' : '未勾选';
  if (Array.isArray(value)) return value.length > 0 ? value.join('、') : '（空）';
  return String(value);
}

function EntryList({ title, entries, tone }: { title: string; entries: ReportEntry[]; tone?: string }) {
  if (entries.length === 0) return null;
  return (
    <div className={tone}>
      <strong>
        {title}（{entries.length}）
      </strong>
      <ul>
        {entries.map((e) => (
          <li key={`${e.key}-${e.label}`}>
            {e.label}：{e.reason}
          </li>
        ))}
      </ul>
    </div>
  );
}

const STATUS_MARK: Record<PlanStatus, { icon: string; text: string; className: string }> = {
  fill: { icon: '＋', text: '将填充', className: 'bh-fill-mark-fill' },
  filled: { icon: '✓', text: '已一致', className: 'bh-fill-mark-filled' },
  differs: { icon: '≠', text: '不同', className: 'bh-fill-mark-differs' },
  skip: { icon: '–', text: '不填', className: 'bh-fill-mark-skip' },
};

/** Rows by form section, in page order; a block heading (a website, a person) may head each group. */
function sectionsOf(rows: readonly FillPlanRow[]): { section: string | null; rows: FillPlanRow[] }[] {
  const groups: { section: string | null; rows: FillPlanRow[] }[] = [];
  for (const row of rows) {
    const group = groups.find((g) => g.section === row.section);
    if (group) group.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups;
}

/**
 * One field on one line: tick, label, the value to fill (cut short on screen, whole on hover and for screen
 * readers) and a mark in words with its reason.
 */
function PlanLine({ row, checked, disabled, onTick }: { row: FillPlanRow; checked: boolean; disabled: boolean; onTick: (on: boolean) => void }) {
  const mark = STATUS_MARK[row.status];
  const value = showValue(row.status === 'filled' ? row.pageValue : row.profileValue);
  const pageNote = row.status === 'differs' ? `页面当前为「${showValue(row.pageValue)}」，` : '';
  return (
    <li className={row.warning ? 'bh-fill-line bh-error' : row.editable ? 'bh-fill-line' : 'bh-fill-line bh-fill-row-off'}>
      <input type="checkbox" aria-label={`填充「${row.label}」`} title={row.reason} checked={checked} disabled={disabled} onChange={(e) => onTick(e.target.checked)} />
      <span className="bh-fill-label" title={row.label}>
        {row.label}
      </span>
      <span className="bh-fill-value" title={value}>
        {value}
      </span>
      <span className={`bh-fill-mark ${mark.className}`} title={`${pageNote}${row.reason}`}>
        <span aria-hidden="true">{mark.icon}</span>
        {mark.text}
        <span className="bh-sr-only">：{pageNote}{row.reason}</span>
      </span>
      {row.warning && (
        <span className="bh-fill-warning" role="alert">
          {row.warning}
        </span>
      )}
    </li>
  );
}

/** The panel's fill view: what will go where, filling and undoing it, uploads to do by hand, and drift reports. */
export function FillView({ snapshot, profile, onFill, onUndo, onExportStructure, onSaveFromPage, onReadPage, siteChoices = {}, onChooseSite }: FillViewProps) {
  const [overwrite, setOverwrite] = useState(false);
  const [ticks, setTicks] = useState<Ticks>(NO_TICKS);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  // A result is about the step it was made on: it goes when the console moves on, and while the next action runs.
  const page = snapshot ? `${snapshot.path}#${snapshot.step ?? ''}` : '';
  const [outcome, setOutcome] = useState<{ page: string; fill?: FillReport; undo?: UndoReport } | null>(null);
  const report = outcome?.page === page ? (outcome.fill ?? null) : null;
  const undoReport = outcome?.page === page ? (outcome.undo ?? null) : null;
  const [pendingSave, setPendingSave] = useState<SaveFromPageResult | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const saveDialog = useDialog<HTMLDivElement>(pendingSave !== null, () => setPendingSave(null));

  const rows = useMemo(
    () => (snapshot && profile ? planFill(snapshot, profile, { overwrite, choices: siteChoices }) : []),
    [snapshot, profile, overwrite, siteChoices],
  );
  // Blocks whose domain the profile lacks, and those the user matched by hand: the user picks their website.
  const choosable = useMemo(
    () => (snapshot && profile ? matchSites(snapshot, profile, siteChoices).filter((m) => m.how === 'unknown' || m.how === 'manual') : []),
    [snapshot, profile, siteChoices],
  );
  const ticked = (row: FillPlanRow) =>
    row.editable && (ticks.rows[row.key] ?? (row.addsBlock && row.section !== null ? ticks.sites[row.section] : undefined) ?? row.include);
  const tickSite = (section: string, rows: FillPlanRow[], on: boolean) =>
    setTicks({
      rows: Object.fromEntries(Object.entries(ticks.rows).filter(([key]) => !rows.some((r) => r.key === key))),
      sites: { ...ticks.sites, [section]: on },
    });
  const items = fillItemsOf(rows, ticked);

  const run = async (kind: Busy, action: () => Promise<void>) => {
    setBusy(kind);
    setError(null);
    if (kind === 'fill' || kind === 'undo') setOutcome(null);
    try {
      await action();
    } catch (e) {
      setError(`操作失败：${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };

  const fill = () =>
    run('fill', async () => {
      // Planned again from the page as it is now: the panel's reading trails the page until it settles (a fill right
      // after 撤销填充 would otherwise leave out what the undo emptied).
      const current = (await onReadPage?.()) ?? snapshot;
      const now = current && profile ? fillItemsOf(planFill(current, profile, { overwrite, choices: siteChoices }), ticked) : items;
      setOutcome({ page, fill: await onFill(now, { overwrite }) });
      setTicks(NO_TICKS);
    });
  const undo = () =>
    run('undo', async () => {
      setOutcome({ page, undo: await onUndo() });
    });
  const exportStructure = () =>
    run('export', async () => {
      saveStructureFile(await onExportStructure(), snapshot?.step ?? 'page');
    });
  const startSave = () =>
    run('save', async () => {
      const current = (await onReadPage?.()) ?? snapshot;
      if (!current) return;
      setSaved(null);
      setPendingSave(profileFromSnapshot(current, profile ?? undefined));
    });
  const confirmSave = () =>
    run('save', async () => {
      if (!pendingSave) return;
      await onSaveFromPage(pendingSave);
      setSaved(profile ? `已将 ${pendingSave.diff.length} 项保存到档案「${profile.label}」` : `已新建档案「${pendingSave.profile.label}」`);
      setPendingSave(null);
    });

  if (!snapshot || (snapshot.step === null && snapshot.fields.length === 0)) {
    return (
      <section className="bh-fill" aria-label="填充本页">
        <p className="bh-notice">当前页面没有识别到备案表单。请在腾讯云备案控制台打开填写步骤（验证备案信息、填写主体信息、填写网站信息）。</p>
      </section>
    );
  }

  const { diagnostics } = snapshot;
  const missing = diagnostics.missingExpected.map((k) => keyLabel(k, profile?.subject.type));
  return (
    <section className="bh-fill" aria-label="填充本页">
      {!profile && <p className="bh-notice">请先在上方选择一个档案，再填充本页。</p>}

      {profile &&
        choosable.map((m) => (
          <label key={m.block} className="bh-notice bh-fill-choose">
            网站 {m.block + 1} 的域名「{m.pageDomain}」不在档案中，未填写。要填入档案中的哪个网站？
            <select
              aria-label={`网站 ${m.block + 1} 填入的网站`}
              value={m.website ?? ''}
              disabled={busy !== null}
              onChange={(e) => onChooseSite?.(m.block, e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">不填写此网站</option>
              {profile.websites.map((w, i) => (
                <option key={i} value={i}>
                  {w.name || `网站 ${i + 1}`}（{w.domain}）
                </option>
              ))}
            </select>
          </label>
        ))}
      {profile && rows.length > 0 && (
        <div className="bh-fill-plan" role="list" aria-label="填充计划">
          {sectionsOf(rows).map(({ section, rows: sectionRows }) => (
            <div key={section ?? ''} role="listitem" className="bh-fill-group">
              {section && <h3 className="bh-fill-group-title">{section}</h3>}
              {section !== null && sectionRows.some((r) => r.addsBlock && r.editable) && (
                <label className="bh-fill-add-site">
                  <input
                    type="checkbox"
                    checked={sectionRows.filter((r) => r.editable).every(ticked)}
                    disabled={busy !== null}
                    onChange={(e) => tickSite(section, sectionRows, e.target.checked)}
                  />
                  在本订单中新增此网站（勾选本节全部字段）
                </label>
              )}
              <ul aria-label={section ?? '本页字段'}>
                {sectionRows.map((row) => (
                  <PlanLine
                    key={row.key}
                    row={row}
                    checked={ticked(row)}
                    disabled={!row.editable || busy !== null}
                    onTick={(on) => setTicks({ ...ticks, rows: { ...ticks.rows, [row.key]: on } })}
                  />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
      {profile && rows.length === 0 && <p className="bh-weak">本页没有可以用档案填写的字段。</p>}

      <div className="bh-fill-bar">
        <label className="bh-fill-overwrite">
          <input
            type="checkbox"
            checked={overwrite}
            onChange={(e) => {
              setOverwrite(e.target.checked);
              setTicks(NO_TICKS);
            }}
          />
          覆盖已填写的内容
        </label>
        <div className="bh-fill-actions">
          <button type="button" className="bh-primary" disabled={!profile || items.length === 0 || busy !== null} onClick={fill}>
            {busy === 'fill' ? '正在填充…' : '填充本页'}
          </button>
          <button type="button" disabled={busy !== null} onClick={undo}>
            撤销填充
          </button>
          <button type="button" disabled={busy !== null} onClick={startSave}>
            从页面保存到档案
          </button>
        </div>
      </div>
      {error && (
        <p className="bh-notice bh-error" role="alert">
          {error}
        </p>
      )}

      {report && (
        <div className="bh-fill-report" role="status" aria-label="填充结果">
          <p>
            已填充 {report.filled.length} 项
            {report.sitesAdded > 0 && `，新增了 ${report.sitesAdded} 个网站信息块`}。
          </p>
          <EntryList title="已跳过" entries={report.skipped} tone="bh-weak" />
          <EntryList title="未能填充" entries={report.failed} tone="bh-error" />
          {(report.needsUser.uploads.length > 0 || report.needsUser.smsCodes.length > 0 || report.needsUser.unknownRequired.length > 0) && (
            <div className="bh-warning">
              <strong>还需要您处理</strong>
              <ul>
                {report.needsUser.uploads.map((u) => (
                  <li key={`u-${u}`}>上传：{u}</li>
                ))}
                {report.needsUser.smsCodes.map((s) => (
                  <li key={`s-${s}`}>填写短信验证码：{s}</li>
                ))}
                {report.needsUser.unknownRequired.map((u) => (
                  <li key={`r-${u}`}>助手不认识的必填项：{u}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}

      {undoReport && (
        <div className="bh-fill-report" role="status" aria-label="撤销结果">
          {undoReport.restored.length + undoReport.notRestorable.length + undoReport.failed.length === 0 ? (
            <p>没有可以撤销的填充。</p>
          ) : (
            <p>已恢复 {undoReport.restored.length} 项。</p>
          )}
          <EntryList title="需要您手动检查" entries={undoReport.notRestorable} tone="bh-warning" />
          <EntryList title="未能恢复" entries={undoReport.failed} tone="bh-error" />
        </div>
      )}

      {snapshot.uploads.length > 0 && (
        <div className="bh-fill-uploads">
          <strong>本步需要上传</strong>
          <ul>
            {snapshot.uploads.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </div>
      )}

      {diagnostics.drift && (
        <div className="bh-notice" role="note" aria-label="页面结构提示">
          <p>此页面与助手已知的控制台结构不完全一致，部分字段可能无法自动填充。</p>
          {diagnostics.unknownLabels.length > 0 && <p>不认识的字段：{diagnostics.unknownLabels.join('、')}</p>}
          {missing.length > 0 && <p>本步通常应有但未找到：{missing.join('、')}</p>}
          <p className="bh-weak">导出的页面结构只含字段名称、控件类型和样式类名，不含您填写的任何内容，可以发给开发者用于适配。</p>
          <button type="button" disabled={busy !== null} onClick={exportStructure}>
            导出页面结构
          </button>
        </div>
      )}

      {pendingSave && (
        <div
          className="bh-fill-save"
          role="dialog"
          aria-label="从页面保存到档案"
          {...saveDialog}
        >
          {pendingSave.diff.length === 0 ? (
            <p>页面上的内容与档案一致，无需保存。</p>
          ) : (
            <>
              <p>{profile ? `将更新档案「${profile.label}」中的以下内容：` : '将用页面内容新建档案：'}</p>
              <table className="bh-table">
                <thead>
                  <tr>
                    <th>字段</th>
                    <th>档案原值</th>
                    <th>页面值</th>
                  </tr>
                </thead>
                <tbody>
                  {pendingSave.diff.map((d) => (
                    <tr key={d.path}>
                      <td>{d.label}</td>
                      <td>{showValue(d.before)}</td>
                      <td>{showValue(d.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          <div className="bh-fill-actions">
            {pendingSave.diff.length > 0 && (
              <button type="button" className="bh-primary" disabled={busy !== null} onClick={confirmSave}>
                确认保存
              </button>
            )}
            <button type="button" onClick={() => setPendingSave(null)}>
              {pendingSave.diff.length > 0 ? '取消' : '关闭'}
            </button>
          </div>
        </div>
      )}
      {saved && (
        <p className="bh-ok" role="status">
          {saved}
        </p>
      )}
    </section>
  );
}
