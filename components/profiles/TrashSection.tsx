import { useEffect, useState } from 'react';
import { emptyTrash, listTrash, restoreFromTrash, watchProfiles, type TrashListing } from '@/utils/browser/profile-store';
import { maskedCertificate, profileTitle } from './format';
import { errorMessage } from './useProfiles';

const formatTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

/** 回收站: deleted profiles and versions replaced by an import, kept across reloads until emptied. */
export function TrashSection({ currentIds }: { currentIds: ReadonlySet<string> }) {
  const [trash, setTrash] = useState<TrashListing | null>(null);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () =>
      void listTrash().then(
        (next) => alive && setTrash(next),
        () => alive && setTrash(null),
      );
    load();
    const stop = watchProfiles(load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  if (!trash || (trash.entries.length === 0 && trash.quarantined.length === 0)) return null;

  const act = async (action: () => Promise<void>, done: string, failed: string) => {
    try {
      await action();
      setMessage({ text: done, failed: false });
    } catch (failure) {
      setMessage({ text: `${failed}：${errorMessage(failure)}`, failed: true });
    }
  };
  return (
    <section className="bh-pf-block" aria-label="回收站">
      <h3>回收站（{trash.entries.length}）</h3>
      <p className="bh-weak">删除的档案、导入时被替换的旧版本保存在这里，清空前一直可以恢复。</p>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className={message.failed ? 'bh-notice bh-error' : 'bh-notice'}>
          {message.text}
        </p>
      )}
      <ul>
        {trash.entries.map(({ profile, updatedAt }) => {
          const title = profileTitle(profile);
          // A profile stored under the same id means this is an older, replaced version.
          const replaced = currentIds.has(profile.id);
          return (
            <li key={profile.id}>
              {title} · <span className="bh-pf-masked">{maskedCertificate(profile)}</span> · {replaced ? '被替换于' : '删除于'}{' '}
              {formatTime(updatedAt)}{' '}
              <button
                type="button"
                aria-label={`恢复「${title}」`}
                onClick={() =>
                  void act(
                    () => restoreFromTrash(profile.id),
                    replaced ? `已恢复「${title}」的旧版本，当前版本已移入回收站。` : `已恢复「${title}」。`,
                    '恢复失败',
                  )
                }
              >
                恢复
              </button>
            </li>
          );
        })}
      </ul>
      {trash.quarantined.map((entry) => (
        <p key={entry.id} className="bh-notice">
          回收站中有一条无法读取的记录「{entry.id}」：{entry.reason}（原样保留）
        </p>
      ))}
      {trash.entries.length > 0 && (
        <button type="button" onClick={() => void act(emptyTrash, '回收站已清空。', '清空失败')}>
          清空回收站
        </button>
      )}
    </section>
  );
}
