import { useState } from 'react';
import { exportProfiles } from '@/utils/browser/profile-store';
import { downloadTextFile } from './download';
import { errorMessage } from './useProfiles';
import { useDialog } from '@/components/useDialog';

type Mode = 'plain' | 'encrypted';

export interface ExportRequest {
  /** Which profiles; all readable ones when omitted. */
  ids?: string[];
  /** What the user asked for, e.g. 「全部 3 个档案」. */
  description: string;
}

/** 导出档案: asks explicitly whether the file is written in plain text (明文) or encrypted (加密) before anything is written. */
export function ExportDialog({ request, today, onClose }: { request: ExportRequest; today: string; onClose(): void }) {
  const [mode, setMode] = useState<Mode | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const dialog = useDialog<HTMLFormElement>(true, onClose);

  const submit = async () => {
    if (mode === null) return;
    if (mode === 'encrypted' && passphrase !== again) return setError('两次输入的口令不一致，请重新输入。');
    setBusy(true);
    setError(null);
    try {
      const text = await exportProfiles({ ids: request.ids, passphrase: mode === 'encrypted' ? passphrase : undefined });
      const fileName = `beian-profiles-${today}${mode === 'encrypted' ? '.encrypted' : ''}.json`;
      downloadTextFile(fileName, text);
      setDone(`已导出${request.description}到「${fileName}」。`);
    } catch (failure) {
      setError(`导出失败：${errorMessage(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      role="dialog"
      aria-label="导出档案"
      {...dialog}
      className="bh-pf-block"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3>导出{request.description}</h3>
      <fieldset className="bh-pf-choices">
        <legend>导出方式（请选择）</legend>
        <label className="bh-pf-check">
          <input type="radio" name="bh-pf-export-mode" checked={mode === 'plain'} onChange={() => setMode('plain')} />
          明文
        </label>
        <label className="bh-pf-check">
          <input type="radio" name="bh-pf-export-mode" checked={mode === 'encrypted'} onChange={() => setMode('encrypted')} />
          加密
        </label>
      </fieldset>
      {mode === 'plain' && (
        <p className="bh-notice">明文文件包含完整的证件号码、手机号码等个人信息，任何拿到文件的人都能读取，请妥善保管。</p>
      )}
      {mode === 'encrypted' && (
        <>
          <p className="bh-weak">导入这个文件时需要输入此口令；口令不会保存在文件里。</p>
          <div className="bh-pf-field">
            <label>
              导出口令
              <input type="password" autoComplete="new-password" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
            </label>
          </div>
          <div className="bh-pf-field">
            <label>
              再次输入导出口令
              <input type="password" autoComplete="new-password" value={again} onChange={(event) => setAgain(event.target.value)} />
            </label>
          </div>
        </>
      )}
      {busy && <p role="status">正在导出…</p>}
      {error && (
        <p role="alert" className="bh-notice bh-error">
          {error}
        </p>
      )}
      {done && (
        <p role="status" className="bh-ok">
          {done}
        </p>
      )}
      <div className="bh-pf-actions">
        <button type="submit" className="bh-primary" disabled={busy || mode === null || (mode === 'encrypted' && passphrase === '')}>
          下载导出文件
        </button>
        <button type="button" onClick={onClose}>
          关闭
        </button>
      </div>
    </form>
  );
}
