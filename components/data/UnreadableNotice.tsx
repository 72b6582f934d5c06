import { describeUnreadable } from '@/utils/storage/kept';
import type { StoreId } from '@/utils/browser/unreadable';
import { useUnreadable } from './useUnreadable';

/**
 * Says which stored records cannot be read and that they are kept; place it where the user looks at that data
 * (the panel's orders view, the popup). Renders nothing when everything reads.
 */
export function UnreadableNotice({ stores }: { stores?: readonly StoreId[] }) {
  const report = useUnreadable(stores);
  if (!report || report.stores.length === 0) return null;
  return (
    <div className="bh-notice" role="note" aria-label="无法读取的数据">
      {report.stores.map((store) => (
        <p key={store.store}>
          <strong>{describeUnreadable(store.label, store.records)}</strong>
          {store.readOnly ? `。这些${store.label}由更新版本的备案助手写入，当前版本只能查看、不会修改` : ''}。
        </p>
      ))}
      <p>它们仍原样保存着，不会被覆盖。可在「档案与设置」的「数据」中保存为文件，或确认后删除。</p>
    </div>
  );
}
