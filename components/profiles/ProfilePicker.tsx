import { useEffect, useId, useRef } from 'react';
import { browser } from 'wxt/browser';
import type { Profile } from '@/utils/profile';
import { INCOMPLETE_MARK, editorHash, maskedCertificate, profileTitle } from './format';
import { useActiveProfile } from './useProfiles';
import './profiles.css';

export interface ProfilePickerProps {
  onActiveChange?(profile: Profile | null): void;
}

function optionsPageUrl(hash = ''): string {
  return `${browser.runtime.getURL('/options.html')}${hash}`;
}

/** The panel's choice of applicant profile: masked ID, its findings, and a way to the full editor. */
export function ProfilePicker({ onActiveChange }: ProfilePickerProps) {
  const { profiles, incomplete, active, setActive, locked, findings, loading, error } = useActiveProfile();
  const selectId = useId();

  // Reported when the active profile (or its stored content) changes, not whenever the parent re-renders.
  const onActiveChangeRef = useRef(onActiveChange);
  onActiveChangeRef.current = onActiveChange;
  useEffect(() => {
    onActiveChangeRef.current?.(active);
  }, [active]);

  return (
    <div className="bh-pf-picker">
      <label htmlFor={selectId}>申请人档案</label>
      {locked ? (
        <>
          <select id={selectId} disabled value="">
            <option value="">已锁定</option>
          </select>
          <p className="bh-notice" role="status">
            已锁定：档案已加密，内容不显示。
            <a href={optionsPageUrl()} target="_blank" rel="noreferrer">
              去设置页解锁
            </a>
          </p>
        </>
      ) : (
        <select
          id={selectId}
          disabled={loading}
          value={active?.id ?? ''}
          onChange={(event) => void setActive(event.target.value === '' ? null : event.target.value)}
        >
          <option value="">{profiles.length === 0 ? '（还没有档案）' : '请选择档案'}</option>
          {profiles.map((profile) => (
            <option key={profile.id} value={profile.id}>
              {profileTitle(profile)} · {maskedCertificate(profile)}
              {incomplete.has(profile.id) ? `（${INCOMPLETE_MARK}）` : ''}
            </option>
          ))}
        </select>
      )}
      {error && (
        <p className="bh-notice bh-error" role="alert">
          {error}
        </p>
      )}
      {!locked && !loading && profiles.length === 0 && (
        <a href={optionsPageUrl()} target="_blank" rel="noreferrer">
          新建或导入档案
        </a>
      )}
      {active && findings && (
        <div aria-label="档案检查结果">
          <p>
            证件号码：<span className="bh-pf-masked">{maskedCertificate(active)}</span>
            {' · '}
            <span className={findings.errors.length > 0 ? 'bh-pf-count-error' : 'bh-ok'}>{findings.errors.length} 个错误</span>
            {' · '}
            <span className={findings.warnings.length > 0 ? 'bh-pf-count-warning' : 'bh-ok'}>{findings.warnings.length} 个警告</span>
          </p>
          {findings.errors.length + findings.warnings.length > 0 && (
            <ul className="bh-pf-picker-findings">
              {findings.errors.map((issue, index) => (
                <li key={`e${index}`} className="bh-error">
                  错误：{issue.message}
                </li>
              ))}
              {findings.warnings.map((issue, index) => (
                <li key={`w${index}`} className="bh-warning">
                  警告：{issue.message}
                </li>
              ))}
            </ul>
          )}
          <a href={optionsPageUrl(editorHash(active.id))} target="_blank" rel="noreferrer">
            在编辑器中打开此档案
          </a>
        </div>
      )}
    </div>
  );
}
