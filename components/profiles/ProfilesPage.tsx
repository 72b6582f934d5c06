import { useEffect, useMemo, useRef, useState } from 'react';
import type { Profile, SubjectType } from '@/utils/profile';
import {
  deleteProfile,
  discardDraft,
  listDrafts,
  restoreFromTrash,
  saveDraft,
  saveProfile,
  type ProfileEntry,
} from '@/utils/browser/profile-store';
import type { ProfileRecord } from '@/utils/profile/record';
import { touch } from '@/utils/browser/vault';
import { EncryptionSettings, useVaultStatus } from './EncryptionSettings';
import { ExportDialog, type ExportRequest } from './ExportDialog';
import { ImportSection } from './ImportSection';
import { ProfileEditor } from './ProfileEditor';
import { QuarantineList } from './QuarantineList';
import { TrashSection } from './TrashSection';
import { INCOMPLETE_MARK, maskedCertificate, profileIdFromHash, profileTitle } from './format';
import { errorMessage, todayIso, useProfileListing } from './useProfiles';
import { SUBJECT_TYPE_LABELS, blankProfile, duplicateAsNewClient } from './vocabulary';
import { useDialog } from '@/components/useDialog';
import './profiles.css';

/** How long 撤销删除 stays offered after a delete (the profile stays in the 回收站 after that). */
export const UNDO_WINDOW_MS = 15_000;
/** Activity reports to the vault's auto-lock are spaced out: one per this many milliseconds is enough. */
const TOUCH_INTERVAL_MS = 30_000;

type Editing = {
  profile: Profile;
  isNew: boolean;
  origin?: string;
  cleared?: readonly string[];
  /** What the form's content is compared with to know whether it has unsaved edits (JSON; '' = always unsaved). */
  baseline?: string;
};
/** Unsaved edits are written at most this often while typing. */
const DRAFT_WRITE_DELAY_MS = 400;
type Notice = { text: string; failed: boolean };

function useUndoableDelete(onNotice: (notice: Notice) => void) {
  const [deleted, setDeleted] = useState<Profile | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const remove = async (profile: Profile) => {
    await deleteProfile(profile.id);
    clearTimeout(timer.current);
    setDeleted(profile);
    timer.current = setTimeout(() => setDeleted(null), UNDO_WINDOW_MS);
  };
  const undo = async () => {
    if (!deleted) return;
    clearTimeout(timer.current);
    try {
      await restoreFromTrash(deleted.id);
      onNotice({ text: `已恢复「${profileTitle(deleted)}」。`, failed: false });
      setDeleted(null);
    } catch (failure) {
      onNotice({ text: `撤销删除失败：${errorMessage(failure)}`, failed: true });
    }
  };
  return { deleted, remove, undo };
}

function ProfileRow({ entry, selected, onSelect, onEdit, onDuplicate, onDelete }: {
  entry: ProfileEntry;
  selected: boolean;
  onSelect(selected: boolean): void;
  onEdit(): void;
  onDuplicate(): void;
  onDelete(): void;
}) {
  const { profile, findings } = entry;
  const title = profileTitle(profile);
  return (
    <tr>
      <td>
        <input type="checkbox" aria-label={`选择「${title}」`} checked={selected} onChange={(event) => onSelect(event.target.checked)} />
      </td>
      <td>
        {title}
        {findings.errors.length > 0 && <span className="bh-pf-incomplete">{INCOMPLETE_MARK}</span>}
      </td>
      <td>{SUBJECT_TYPE_LABELS[profile.subject.type]}</td>
      <td className="bh-pf-masked">{maskedCertificate(profile)}</td>
      <td>
        <span className={findings.errors.length > 0 ? 'bh-pf-count-error' : 'bh-ok'}>{findings.errors.length} 个错误</span>
        {' · '}
        <span className={findings.warnings.length > 0 ? 'bh-pf-count-warning' : 'bh-ok'}>{findings.warnings.length} 个警告</span>
      </td>
      <td>{new Date(entry.updatedAt).toLocaleString('zh-CN', { hour12: false })}</td>
      <td className="bh-pf-actions">
        <button type="button" onClick={onEdit} aria-label={`编辑「${title}」`}>
          编辑
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`复制「${title}」为新客户`}>
          复制为新客户
        </button>
        <button type="button" onClick={onDelete} aria-label={`删除「${title}」`}>
          删除
        </button>
      </td>
    </tr>
  );
}

/** 复制为新客户 asks first whether the addresses go with the copy: an agency's clients often share none, sometimes one. */
function DuplicateDialog({ source, onConfirm, onClose }: { source: Profile; onConfirm(copyAddresses: boolean): void; onClose(): void }) {
  const [copyAddresses, setCopyAddresses] = useState(false);
  const dialog = useDialog<HTMLDivElement>(true, onClose);
  return (
    <div role="dialog" aria-label="复制为新客户" className="bh-pf-block" {...dialog}>
      <h3>以「{profileTitle(source)}」为模板新建客户档案</h3>
      <p className="bh-weak">
        保留主办单位性质、备案地域、证件类型，以及每个网站的服务内容、语言和前置审批；名称、证件号码、负责人、联系方式、域名等属于原客户的信息都会清空，需为新客户填写。
      </p>
      <label className="bh-pf-check">
        <input type="checkbox" checked={copyAddresses} onChange={(event) => setCopyAddresses(event.target.checked)} />
        同时复制地址（证件住所和通信地址）
      </label>
      <div className="bh-pf-actions">
        <button type="button" className="bh-primary" onClick={() => onConfirm(copyAddresses)}>
          复制
        </button>
        <button type="button" onClick={onClose}>
          取消
        </button>
      </div>
    </div>
  );
}

export interface ProfilesPageProps {
  /** YYYY-MM-DD used for expiry checks; today by default. */
  today?: string;
}

/** The options page's 申请人档案 section: list, editor, import / export, quarantine and encryption. */
export function ProfilesPage({ today = todayIso() }: ProfilesPageProps) {
  const { listing, error: listError } = useProfileListing(today);
  const vault = useVaultStatus();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [exportRequest, setExportRequest] = useState<ExportRequest | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [duplicating, setDuplicating] = useState<Profile | null>(null);
  const [dirty, setDirty] = useState(false);
  /** What to do once the user agrees to drop the unsaved edits (放弃未保存的修改？). */
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  // Esc keeps editing: the safe answer, nothing is discarded.
  const leaveDialog = useDialog<HTMLDivElement>(pendingLeave !== null, () => setPendingLeave(null));
  const [drafts, setDrafts] = useState<ProfileRecord[]>([]);
  const draftTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [hashId, setHashId] = useState(() => profileIdFromHash(location.hash));
  const lastTouch = useRef(0);
  const { deleted, remove, undo } = useUndoableDelete(setNotice);

  const locked = listing?.locked ?? false;
  const entries = listing?.profiles ?? [];
  const editingId = editing?.profile.id;
  const otherProfiles = useMemo(
    () => (listing?.profiles ?? []).map((entry) => entry.profile).filter((profile) => profile.id !== editingId),
    [listing, editingId],
  );

  const openEditor = (next: Editing) => {
    setEditing(next);
    setDirty(false);
    setEditorKey((key) => key + 1);
    setNotice(null);
  };

  const closeEditor = () => {
    clearTimeout(draftTimer.current);
    setEditing(null);
    setDirty(false);
  };

  /** Runs `action` at once, or after 放弃未保存的修改？ is answered 放弃修改 when the open form has unsaved edits. */
  const guard = (action: () => void) => {
    if (editing && dirty) setPendingLeave(() => action);
    else action();
  };

  const dropEdits = () => {
    if (editing) void discardDraft(editing.profile.id);
    closeEditor();
  };

  // The editor reports each change: unsaved edits are kept in storage (sealed when encryption is on), so a crash, a
  // reload or an auto-lock does not lose them.
  const onEditorChange = (profile: Profile) => {
    if (!editing) return;
    const changed = JSON.stringify(profile) !== (editing.baseline ?? JSON.stringify(editing.profile));
    setDirty(changed);
    clearTimeout(draftTimer.current);
    // Back to what is stored: the kept edits go (only then — opening a profile must not drop edits kept earlier).
    if (!changed) return void (dirty && discardDraft(profile.id));
    // Locked in the meantime: the edits written before the lock are the ones offered after unlocking.
    draftTimer.current = setTimeout(() => void saveDraft(profile).catch(() => {}), DRAFT_WRITE_DELAY_MS);
  };

  useEffect(() => () => clearTimeout(draftTimer.current), []);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', onBeforeUnload);
    return () => removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // Unsaved edits left by a closed page or an auto-lock are offered once the profiles are readable.
  useEffect(() => {
    if (!listing || listing.locked) return setDrafts([]);
    let alive = true;
    listDrafts().then(
      (found) => alive && setDrafts(found),
      () => alive && setDrafts([]),
    );
    return () => {
      alive = false;
    };
  }, [listing]);

  const restoreDraft = (record: ProfileRecord) => {
    const stored = listing?.profiles.find((entry) => entry.profile.id === record.profile.id)?.profile;
    openEditor({ profile: record.profile, isNew: !stored, baseline: stored ? JSON.stringify(stored) : '' });
    setDirty(true);
  };

  useEffect(() => {
    const onHashChange = () => setHashId(profileIdFromHash(location.hash));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  // options.html#profile=<id> (the panel's link) opens that profile once the list is readable.
  useEffect(() => {
    if (hashId === null || !listing || listing.locked) return;
    const entry = listing.profiles.find((candidate) => candidate.profile.id === hashId);
    if (entry) openEditor({ profile: entry.profile, isNew: false });
    else setNotice({ text: `找不到编号为「${hashId}」的档案，可能已被删除。`, failed: true });
    setHashId(null);
  }, [hashId, listing]);

  // Locking hides every profile, including one open in the editor (its unsaved changes are dropped).
  useEffect(() => {
    if (locked) {
      closeEditor();
      setPendingLeave(null);
      setExportRequest(null);
      setSelected(new Set());
    }
  }, [locked]);

  const reportActivity = () => {
    if (!vault?.enabled || !vault.unlocked || Date.now() - lastTouch.current < TOUCH_INTERVAL_MS) return;
    lastTouch.current = Date.now();
    void touch();
  };

  /** A profile with errors is saved to come back to and stays open (the editor says 已保存（N 个错误，待完善）). */
  const save = async (profile: Profile, errorCount: number) => {
    clearTimeout(draftTimer.current);
    await saveProfile(profile);
    await discardDraft(profile.id);
    if (errorCount > 0) {
      setEditing((old) => old && { ...old, profile, isNew: false, origin: undefined, baseline: undefined });
      setDirty(false);
      return;
    }
    closeEditor();
    setNotice({ text: `已保存「${profileTitle(profile)}」。`, failed: false });
  };

  const removeProfile = async (profile: Profile) => {
    try {
      await remove(profile);
      if (editing?.profile.id === profile.id) dropEdits();
      setSelected((old) => new Set([...old].filter((id) => id !== profile.id)));
      setNotice(null);
    } catch (failure) {
      setNotice({ text: `删除失败：${errorMessage(failure)}`, failed: true });
    }
  };

  const create = (type: SubjectType) => guard(() => openEditor({ profile: blankProfile(type), isNew: true }));
  const selectedIds = entries.map((entry) => entry.profile.id).filter((id) => selected.has(id));
  const encryption = <EncryptionSettings status={vault} />;

  return (
    <section
      className="bh-pf-page"
      aria-label="申请人档案"
      onKeyDown={reportActivity}
      onPointerDown={reportActivity}
      onClickCapture={(event) => {
        // The next action makes an old banner stale; an action that reports something sets its own notice after this.
        if ((event.target as Element).closest('button, input, select, label')) setNotice(null);
      }}
    >
      <h2>申请人档案</h2>
      {listError && (
        <p role="alert" className="bh-notice bh-error">
          {listError}
        </p>
      )}
      {listing === null && !listError && <p className="bh-weak">正在读取档案…</p>}

      {locked && (
        <>
          <p className="bh-notice" role="status">
            已锁定：档案已加密，解锁前不显示任何档案内容。
          </p>
          {encryption}
        </>
      )}

      {listing && !locked && (
        <>
          <div className="bh-pf-actions" role="toolbar" aria-label="档案操作">
            <button type="button" className="bh-primary" onClick={() => create('personal')}>
              新建个人档案
            </button>
            <button type="button" onClick={() => create('enterprise')}>
              新建企业档案
            </button>
            <button
              type="button"
              disabled={entries.length === 0}
              onClick={() => setExportRequest({ description: `全部 ${entries.length} 个档案` })}
            >
              导出全部
            </button>
            <button
              type="button"
              disabled={selectedIds.length === 0}
              onClick={() => setExportRequest({ ids: selectedIds, description: `所选 ${selectedIds.length} 个档案` })}
            >
              导出所选（{selectedIds.length}）
            </button>
          </div>

          {pendingLeave && (
            <div role="alertdialog" aria-label="放弃未保存的修改？" className="bh-notice" {...leaveDialog}>
              <p>放弃未保存的修改？当前表单中的修改还没有保存。</p>
              <button
                type="button"
                onClick={() => {
                  const action = pendingLeave;
                  setPendingLeave(null);
                  dropEdits();
                  action();
                }}
              >
                放弃修改
              </button>
              <button type="button" className="bh-primary" onClick={() => setPendingLeave(null)}>
                继续编辑
              </button>
            </div>
          )}
          {drafts
            .filter((record) => record.profile.id !== editing?.profile.id)
            .map((record) => (
              <div key={record.profile.id} className="bh-notice" role="status">
                有未保存的编辑：「{profileTitle(record.profile)}」（{new Date(record.updatedAt).toLocaleString('zh-CN', { hour12: false })}）。
                <button type="button" onClick={() => guard(() => restoreDraft(record))}>
                  恢复未保存的编辑
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void discardDraft(record.profile.id).then(() => setDrafts((old) => old.filter((other) => other !== record)))
                  }
                >
                  丢弃
                </button>
              </div>
            ))}
          {deleted && (
            <div className="bh-notice" role="status">
              已删除「{profileTitle(deleted)}」。
              <button type="button" onClick={() => void undo()}>
                撤销删除
              </button>
            </div>
          )}
          {notice && (
            <p role={notice.failed ? 'alert' : 'status'} className={notice.failed ? 'bh-notice bh-error' : 'bh-notice'}>
              {notice.text}
            </p>
          )}

          {exportRequest && <ExportDialog request={exportRequest} today={today} onClose={() => setExportRequest(null)} />}

          {entries.length === 0 ? (
            <p className="bh-weak">还没有档案：新建一个，或导入备案助手导出的文件。</p>
          ) : (
            <table className="bh-table" aria-label="档案列表">
              <thead>
                <tr>
                  <th scope="col">选择</th>
                  <th scope="col">档案名称</th>
                  <th scope="col">类型</th>
                  <th scope="col">证件号码</th>
                  <th scope="col">检查结果</th>
                  <th scope="col">最近修改</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <ProfileRow
                    key={entry.profile.id}
                    entry={entry}
                    selected={selected.has(entry.profile.id)}
                    onSelect={(on) =>
                      setSelected((old) => {
                        const next = new Set(old);
                        if (on) next.add(entry.profile.id);
                        else next.delete(entry.profile.id);
                        return next;
                      })
                    }
                    onEdit={() => guard(() => openEditor({ profile: entry.profile, isNew: false }))}
                    onDuplicate={() => guard(() => setDuplicating(entry.profile))}
                    onDelete={() => void removeProfile(entry.profile)}
                  />
                ))}
              </tbody>
            </table>
          )}

          {duplicating && (
            <DuplicateDialog
              source={duplicating}
              onClose={() => setDuplicating(null)}
              onConfirm={(copyAddresses) => {
                const { profile, cleared } = duplicateAsNewClient(duplicating, { copyAddresses });
                setDuplicating(null);
                openEditor({ profile, isNew: true, origin: profileTitle(duplicating), cleared });
              }}
            />
          )}

          {editing && (
            <>
              {editing.origin && <p className="bh-weak">复制自「{editing.origin}」，保存后作为新的客户档案，原档案不变。</p>}
              <ProfileEditor
                key={editorKey}
                initial={editing.profile}
                isNew={editing.isNew}
                cleared={editing.cleared}
                others={otherProfiles}
                today={today}
                onSave={save}
                onChange={onEditorChange}
                onCancel={() => guard(dropEdits)}
              />
            </>
          )}

          <TrashSection currentIds={new Set(entries.map((entry) => entry.profile.id))} />
          <ImportSection today={today} />
          <QuarantineList entries={listing.quarantined} />
          {encryption}
        </>
      )}
    </section>
  );
}
