import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Profile } from '@/utils/profile';
import { saveProfile } from '@/utils/browser/profile-store';
import { ChecklistFactsSchema, type ChecklistFacts } from '@/utils/filing/facts';
import { FILING_TYPES, filingTypeLabel, type FilingType } from '@/utils/filing/filing-types';
import type { AdvisorAnswers } from '@/utils/filing/advisor';
import { Advisor } from '@/components/filing/Advisor';
import { Checklist } from '@/components/filing/Checklist';
import { todayIso } from '@/components/profiles/useProfiles';

/** The advisor's answers and the order type to check: what the options page keeps while other tabs are open. */
export interface FilingChoices {
  answers: AdvisorAnswers;
  filingType: FilingType;
}
export const NEW_FILING_CHOICES: FilingChoices = { answers: {}, filingType: 'first-filing' };

export interface FilingTabProps {
  profile: Profile | null;
  /** Given together with onChoicesChange, the caller keeps the choices (else they live as long as the tab). */
  choices?: FilingChoices;
  onChoicesChange?: (choices: FilingChoices) => void;
  /** A profile picker shown beside the advisor's result, where the panel has none of its own. */
  picker?: ReactNode;
}

/** Which of the nine filing types applies, then what would block that order for the active profile. */
export function FilingTab({ profile, choices, onChoicesChange, picker }: FilingTabProps) {
  const [own, setOwn] = useState<FilingChoices>(NEW_FILING_CHOICES);
  const current = choices ?? own;
  const { filingType } = current;
  const change = (next: FilingChoices) => {
    setOwn(next);
    onChoicesChange?.(next);
  };
  const setFilingType = (type: FilingType) => change({ ...current, filingType: type });
  const [saveError, setSaveError] = useState<string | null>(null);
  // The advisor's button leads to the checklist, so that choosing a type visibly does something.
  const preflightRef = useRef<HTMLDivElement>(null);
  const [focusPreflight, setFocusPreflight] = useState(false);
  useEffect(() => {
    if (!focusPreflight) return;
    preflightRef.current?.focus();
    preflightRef.current?.scrollIntoView?.({ block: 'start' });
    setFocusPreflight(false);
  }, [focusPreflight]);
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
      <Advisor
        answers={current.answers}
        onAnswersChange={(answers) => change({ ...current, answers })}
        onCheckFilingType={(type) => {
          setFilingType(type);
          setFocusPreflight(true);
        }}
      >
        {picker}
      </Advisor>
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
      <div ref={preflightRef} tabIndex={-1} data-testid="preflight">
        {profile ? (
          <>
            {saveError && <p className="bh-notice bh-error" role="alert">{saveError}</p>}
            <Checklist profile={profile} order={{ filingType }} facts={facts} today={todayIso()} onFactsChange={(f) => void persistFacts(f)} />
          </>
        ) : (
          <p className="bh-weak">选择申请人档案后，这里列出提交前会阻断订单的问题。</p>
        )}
      </div>
    </div>
  );
}
