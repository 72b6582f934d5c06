import { useState } from 'react';
import { KEPT_REASON_TEXT, describeUnreadable } from '@/utils/storage/kept';
import { deleteUnreadable, type StoreReport } from '@/utils/browser/unreadable';
import { downloadTextFile } from '@/components/profiles/download';
import { todayIso } from '@/components/profiles/useProfiles';
import { useUnreadable } from '@/components/data/useUnreadable';
import { BackupSettings } from './BackupSettings';

function saveRaw(report: StoreReport): void {
  const stamp = new Date().toISOString().slice(0, 10);
  const file = { store: report.store, savedAt: new Date().toISOString(), records: report.records };
  downloadTextFile(`beian-unreadable-${report.store}-${stamp}.json`, `${JSON.stringify(file, null, 2)}\n`);
}

function StoreUnreadable({ report }: { report: StoreReport }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    try {
      await deleteUnreadable(report.store, todayIso());
      setConfirming(false);
    } catch (e) {
      setError(`删除失败：${(e as Error).message}`);
    }
  };
  return (
    <section aria-label={`无法读取的${report.label}`}>
      <h3>{describeUnreadable(report.label, report.records)}</h3>
      {report.readOnly && <p>这些{report.label}由更新版本的备案助手写入，当前版本只能查看、不会修改；升级备案助手后即可恢复。</p>}
      <ul>
        {report.records.map((record, index) => (
          <li key={index}>
            {record.key ? `「${record.key}」：` : ''}
            {KEPT_REASON_TEXT[record.reason]}
            {record.movedAt ? `（${new Date(record.movedAt).toLocaleString('zh-CN')} 移到一旁保存）` : ''}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => saveRaw(report)}>
        保存为文件
      </button>{' '}
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          删除…
        </button>
      ) : (
        <span role="group" aria-label="确认删除">
          确定删除这 {report.records.length} 条无法读取的{report.label}记录吗？删除后无法恢复，建议先保存为文件。{' '}
          <button type="button" onClick={() => void remove()}>
            确认删除
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            取消
          </button>
        </span>
      )}
      {error && <p role="alert">{error}</p>}
    </section>
  );
}

/** The options page's 数据 section: what is stored but cannot be read, store by store, to save or delete. */
export function DataSettings() {
  const report = useUnreadable();
  if (!report) return null;
  return (
    <div className="bh-data-settings">
      {report.stores.length === 0 ? (
        <p>所有保存的数据都能正常读取。</p>
      ) : (
        <>
          <p>以下记录当前版本无法读取。它们原样保存着，任何操作都不会覆盖它们；可以保存为文件留存，或在确认后删除。</p>
          {report.stores.map((store) => (
            <StoreUnreadable key={store.store} report={store} />
          ))}
        </>
      )}
      {report.profilesLocked && <p className="bh-weak">档案已加密并锁定，解锁后才能检查加密的档案记录。</p>}
      <BackupSettings />
    </div>
  );
}
