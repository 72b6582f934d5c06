import { useState, type ChangeEvent } from 'react';
import type { Issue } from '@/utils/profile';
import { importProfiles, type ImportConflict, type ImportOptions } from '@/utils/browser/profile-store';
import { errorMessage } from './useProfiles';

/** What the user chose so far for one import; every retry sends the same text with more answers. */
type Attempt = { text: string; source: string; passphrase?: string; allowFilingErrors?: boolean };

type ImportState =
  | { step: 'idle' }
  | { step: 'busy' }
  | { step: 'passphrase'; attempt: Attempt }
  | { step: 'rejected'; attempt: Attempt; errors: Issue[]; canImportAnyway: boolean }
  | { step: 'conflicts'; attempt: Attempt; conflicts: ImportConflict[]; warnings: Issue[] }
  | { step: 'imported'; count: number; replaced: number; skipped: number; warnings: Issue[] }
  | { step: 'failed'; message: string };

function IssueList({ issues }: { issues: Issue[] }) {
  return (
    <ul>
      {issues.map((issue, index) => (
        <li key={index}>
          <code>{issue.path === '' ? '（整个文件）' : issue.path}</code> {issue.message}
        </li>
      ))}
    </ul>
  );
}

const isIdentical = (conflict: ImportConflict) => conflict.existingLabel !== null && conflict.changes.length === 0;

function ConflictDiff({ conflict, skip, onSkipChange }: { conflict: ImportConflict; skip: boolean; onSkipChange: (skip: boolean) => void }) {
  const title = conflict.existingLabel === null ? `编号 ${conflict.id}（现有记录无法读取，已隔离）` : `「${conflict.existingLabel}」`;
  return (
    <div className="bh-pf-block">
      <h4>
        {title} → 导入的「{conflict.incomingLabel}」
      </h4>
      {isIdentical(conflict) && (
        <>
          <p className="bh-weak">内容与现有档案完全相同。</p>
          <label className="bh-pf-check">
            <input type="checkbox" checked={skip} onChange={(event) => onSkipChange(event.target.checked)} />
            跳过相同的「{conflict.incomingLabel}」（不再导入这一份）
          </label>
        </>
      )}
      {conflict.changes.length > 0 && (
        <table className="bh-table bh-pf-diff" aria-label={`「${conflict.incomingLabel}」的改动`}>
          <thead>
            <tr>
              <th scope="col">字段</th>
              <th scope="col">现有内容</th>
              <th scope="col">导入内容</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.path}>
                <th scope="row">{change.label}</th>
                <td>{change.before || '（空）'}</td>
                <td>{change.after || '（空）'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** 导入档案: from a file or pasted JSON; all or nothing, with every problem listed by its path. */
export function ImportSection({ today }: { today: string }) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const [pasted, setPasted] = useState('');
  const [passphrase, setPassphrase] = useState('');

  // Per conflict: every identical one starts as skipped, and each can be taken in after all.
  const [skipIdentical, setSkipIdentical] = useState<ReadonlySet<string>>(new Set());

  const run = async (attempt: Attempt, onConflict?: ImportOptions['onConflict']) => {
    setState({ step: 'busy' });
    try {
      const result = await importProfiles(attempt.text, {
        today,
        passphrase: attempt.passphrase,
        allowFilingErrors: attempt.allowFilingErrors,
        onConflict,
        skipIdentical: [...skipIdentical],
      });
      switch (result.status) {
        case 'needs-passphrase':
          return setState({ step: 'passphrase', attempt });
        case 'rejected':
          return setState({ step: 'rejected', attempt, errors: result.errors, canImportAnyway: result.canImportAnyway });
        case 'conflicts':
          setSkipIdentical(new Set(result.conflicts.filter(isIdentical).map((conflict) => conflict.id)));
          return setState({ step: 'conflicts', attempt, conflicts: result.conflicts, warnings: result.warnings });
        case 'imported':
          if (attempt.source === '粘贴的内容') setPasted('');
          return setState({
            step: 'imported',
            count: result.imported.length,
            replaced: result.imported.filter((entry) => entry.replaced).length,
            skipped: result.skipped.length,
            warnings: result.warnings,
          });
      }
    } catch (failure) {
      setState({ step: 'failed', message: `导入失败，没有任何改动：${errorMessage(failure)}` });
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await run({ text: await file.text(), source: file.name });
  };

  return (
    <section className="bh-pf-block" aria-label="导入">
      <h3>导入</h3>
      <div className="bh-pf-actions">
        <label className="bh-pf-button">
          导入档案
          <input type="file" accept=".json,application/json" className="bh-pf-visually-hidden" onChange={(event) => void onFile(event)} />
        </label>
        <span className="bh-weak">选择备案助手导出的 JSON 文件（明文或加密）</span>
      </div>
      <details>
        <summary>粘贴 JSON 导入</summary>
        <div className="bh-pf-field">
          <label>
            档案 JSON
            <textarea rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          </label>
        </div>
        <button type="button" disabled={pasted.trim() === ''} onClick={() => void run({ text: pasted, source: '粘贴的内容' })}>
          导入粘贴的内容
        </button>
      </details>

      {state.step === 'busy' && <p role="status">正在导入…</p>}
      {state.step === 'failed' && (
        <p role="alert" className="bh-notice bh-error">
          {state.message}
        </p>
      )}
      {state.step === 'passphrase' && (
        <form
          aria-label="输入导出文件的口令"
          onSubmit={(event) => {
            event.preventDefault();
            void run({ ...state.attempt, passphrase });
            setPassphrase('');
          }}
        >
          <p>「{state.attempt.source}」是加密导出的文件，请输入导出时设置的口令。</p>
          <div className="bh-pf-field">
            <label>
              导出文件的口令
              <input type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
            </label>
          </div>
          <div className="bh-pf-actions">
            <button type="submit" className="bh-primary" disabled={passphrase === ''}>
              打开并导入
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              取消导入
            </button>
          </div>
        </form>
      )}
      {state.step === 'rejected' && (
        <div role="alert" className="bh-notice bh-error">
          <p>
            「{state.attempt.source}」未导入，现有档案没有任何改动。共 {state.errors.length} 个问题：
          </p>
          <IssueList issues={state.errors} />
          {state.attempt.passphrase !== undefined && (
            <button type="button" onClick={() => setState({ step: 'passphrase', attempt: { ...state.attempt, passphrase: undefined } })}>
              重新输入口令
            </button>
          )}
          {state.canImportAnyway && (
            <p>
              以上都是备案规则问题，文件本身完整。可以先导入，之后在编辑器里逐项改正：
              <button type="button" onClick={() => void run({ ...state.attempt, allowFilingErrors: true })}>
                仍然导入
              </button>
            </p>
          )}
        </div>
      )}
      {state.step === 'conflicts' && (
        <section aria-label="导入冲突" className="bh-notice">
          <p>
            「{state.attempt.source}」中有 {state.conflicts.length} 个档案的编号已经存在。请选择处理方式（对这次导入中未跳过的冲突生效），选择前不会有任何改动：
          </p>
          {state.conflicts.map((conflict) => (
            <ConflictDiff
              key={conflict.id}
              conflict={conflict}
              skip={skipIdentical.has(conflict.id)}
              onSkipChange={(skip) =>
                setSkipIdentical((current) => {
                  const next = new Set(current);
                  if (skip) next.add(conflict.id);
                  else next.delete(conflict.id);
                  return next;
                })
              }
            />
          ))}
          <div className="bh-pf-actions">
            <button type="button" className="bh-primary" onClick={() => void run(state.attempt, 'replace')}>
              替换现有档案
            </button>
            <button type="button" onClick={() => void run(state.attempt, 'keep-both')}>
              保留两份
            </button>
            <button type="button" onClick={() => setState({ step: 'idle' })}>
              取消导入
            </button>
          </div>
        </section>
      )}
      {state.step === 'imported' && (
        <div role="status" className="bh-notice">
          <p className="bh-ok">
            已导入 {state.count} 个档案{state.replaced > 0 ? `（其中替换 ${state.replaced} 个）` : ''}
            {state.skipped > 0 ? `，跳过内容相同的 ${state.skipped} 个` : ''}。
          </p>
          {state.warnings.length > 0 && (
            <>
              <p className="bh-warning">导入时的提醒：</p>
              <IssueList issues={state.warnings} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
