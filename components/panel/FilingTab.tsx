import { useState } from 'react';
import type { Profile } from '@/utils/profile';
import { saveProfile } from '@/utils/browser/profile-store';
import { ChecklistFactsSchema, type ChecklistFacts } from '@/utils/filing/facts';
import { FILING_TYPES, filingTypeLabel, type FilingType } from '@/utils/filing/filing-types';
import { Advisor } from '@/components/filing/Advisor';
import { Checklist } from '@/components/filing/Checklist';
import { todayIso } from '@/components/profiles/useProfiles';

/** Which of the nine filing types applies, then what would block that order for the active profile. */
export function FilingTab({ profile }: { profile: Profile | null }) {
  const [filingType, setFilingType] = useState<FilingType>('first-filing');
  const [saveError, setSaveError] = useState<string | null>(null);
  const stored = ChecklistFactsSchema.safeParse(profile?.checklist ?? {});
  const facts: ChecklistFacts | undefined = stored.success ? stored.data : undefined;

  const persistFacts = async (next: ChecklistFacts) => {
    if (!profile) return;
    try {
      await saveProfile({ ...profile, checklist: next });
      setSaveError(null);
    } catch (e) {
      setSaveError(`保存核对信息失败：${(e as Error).message}`);
    }
  };

  return (
    <div className="bh-filing-tab">
      <Advisor onCheckFilingType={setFilingType} />
      <label className="bh-field">
        <span>计划办理的备案类型</span>
        <select value={filingType} onChange={(e) => setFilingType(e.target.value as FilingType)}>
          {(Object.keys(FILING_TYPES) as FilingType[]).map((type) => (
            <option key={type} value={type}>
              {filingTypeLabel(type)}
            </option>
          ))}
        </select>
      </label>
      {profile ? (
        <>
          {saveError && <p className="bh-notice bh-error" role="alert">{saveError}</p>}
          <Checklist profile={profile} order={{ filingType }} facts={facts} today={todayIso()} onFactsChange={(f) => void persistFacts(f)} />
        </>
      ) : (
        <p className="bh-weak">选择申请人档案后，这里列出提交前会阻断订单的问题。</p>
      )}
    </div>
  );
}
