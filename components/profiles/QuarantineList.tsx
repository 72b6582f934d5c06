import { useState } from 'react';
import { deleteProfile, type QuarantinedEntry } from '@/utils/browser/profile-store';
import { errorMessage } from './useProfiles';

function rawText(raw: unknown): string {
  return typeof raw === 'string' ? raw : JSON.stringify(raw, null, 2);
}

function QuarantinedItem({ entry }: { entry: QuarantinedEntry }) {
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(rawText(entry.raw));
      setMessage({ text: '原始内容已复制到剪贴板。', failed: false });
    } catch (failure) {
      setMessage({ text: `无法复制，请手动选中下方内容复制：${errorMessage(failure)}`, failed: true });
    }
  };
  const remove = async () => {
    try {
      await deleteProfile(entry.id);
    } catch (failure) {
      setMessage({ text: `删除失败：${errorMessage(failure)}`, failed: true });
    }
  };
  return (
    <li className="bh-pf-block" aria-label={`无法读取的记录 ${entry.id}`}>
      <p>
        编号 <code>{entry.id}</code>：{entry.reason}
      </p>
      <pre className="bh-pf-raw" aria-label="原始内容">
        {rawText(entry.raw)}
      </pre>
      <div className="bh-pf-actions">
        <button type="button" onClick={() => void copy()}>
          复制原始内容
        </button>
        {confirming ? (
          <>
            <span>删除后无法恢复，确定吗？</span>
            <button type="button" onClick={() => void remove()}>
              确定删除这条记录
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              不删除
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            删除这条记录
          </button>
        )}
      </div>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className={message.failed ? 'bh-error' : 'bh-ok'}>
          {message.text}
        </p>
      )}
    </li>
  );
}

/** Entries that could not be read: kept with their raw content until the user copies them out or deletes them. */
export function QuarantineList({ entries }: { entries: QuarantinedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="bh-notice bh-error" aria-label="无法读取的档案记录">
      <h3>无法读取的档案记录（{entries.length}）</h3>
      <p>
        这些记录已损坏或由更新版本写入，已单独隔离，其他档案不受影响。可以复制原始内容保存或修复后重新导入，确认不需要后再删除。
      </p>
      <ul>
        {entries.map((entry) => (
          <QuarantinedItem key={entry.id} entry={entry} />
        ))}
      </ul>
    </section>
  );
}
