import { useId, useMemo } from 'react';
import {
  CHECKLIST_GROUP_TITLES,
  blockersOf,
  runChecklist,
  type ChecklistGroup,
  type ChecklistItem,
  type ChecklistProfile,
  type ChecklistStatus,
  type PlannedOrder,
} from '@/utils/filing/checklist';
import { FACT_FIELDS, factRefId, getFact, setFact, type ChecklistFacts, type FactRef, type FactValue } from '@/utils/filing/facts';
import { filingTypeLabel } from '@/utils/filing/filing-types';
import { ruleSourceTitle } from '@/utils/reference/rule-titles';
import './filing.css';

export interface ChecklistProps {
  profile: ChecklistProfile;
  order: PlannedOrder;
  facts: ChecklistFacts | undefined;
  today: Date | string;
  /** Receives the whole facts object after each edit; the caller persists it with the profile. */
  onFactsChange: (facts: ChecklistFacts) => void;
}

const STATUS_LABELS: Readonly<Record<ChecklistStatus, string>> = { pass: '通过', fail: '未通过', unknown: '待确认' };

/** The pre-flight checklist for one profile and planned order, with the form for facts only the user knows. */
export function Checklist({ profile, order, facts, today, onFactsChange }: ChecklistProps) {
  const items = useMemo(() => runChecklist({ profile, order, facts, today }), [profile, order, facts, today]);
  const blockers = blockersOf(items);
  const rules = items.filter((item) => !item.advice);
  const pending = rules.filter((item) => item.status === 'unknown').length;
  const passed = rules.filter((item) => item.status === 'pass').length;
  const groups = [...new Set(items.map((item) => item.group))];

  return (
    <section className="bh-checklist" aria-label="提交前检查">
      <h2 className="bh-checklist-heading">提交前检查：{filingTypeLabel(order.filingType)}</h2>
      <p className="bh-checklist-summary" data-testid="checklist-summary">
        <span className={blockers.length > 0 ? 'bh-error' : 'bh-ok'}>{blockers.length} 项未通过</span> · {pending} 项待确认 · {passed} 项通过
      </p>
      {blockers.length > 0 && (
        <div className="bh-notice bh-error" role="alert">
          <strong>提交前需要先解决：</strong>
          <ul aria-label="未通过的项目">
            {blockers.map((item) => (
              <li key={item.id}>{item.title}</li>
            ))}
          </ul>
        </div>
      )}
      {groups.map((group) => (
        <ChecklistGroupView key={group} group={group} items={items.filter((item) => item.group === group)} />
      ))}
      <FactsForm items={items} facts={facts ?? {}} onFactsChange={onFactsChange} />
    </section>
  );
}

function ChecklistGroupView({ group, items }: { group: ChecklistGroup; items: ChecklistItem[] }) {
  return (
    <section className="bh-checklist-group" aria-label={CHECKLIST_GROUP_TITLES[group]}>
      <h3>{CHECKLIST_GROUP_TITLES[group]}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id} className={`bh-check bh-check-${item.advice ? 'advice' : item.status}`} data-status={item.status}>
            <span className="bh-check-status">{item.advice ? (item.status === 'pass' ? '建议 · 已做到' : '建议') : STATUS_LABELS[item.status]}</span>
            <strong className="bh-check-title">{item.title}</strong>
            <p className="bh-check-reason">{item.reason}</p>
            <small className="bh-source">依据：{ruleSourceTitle(item.source)}</small>
          </li>
        ))}
      </ul>
    </section>
  );
}

function FactsForm({ items, facts, onFactsChange }: { items: ChecklistItem[]; facts: ChecklistFacts; onFactsChange: (facts: ChecklistFacts) => void }) {
  const refs = new Map<string, FactRef>();
  for (const ref of items.flatMap((item) => item.asks ?? [])) refs.set(factRefId(ref), ref);
  if (refs.size === 0) return null;

  return (
    <section className="bh-facts" aria-label="需要你填写的信息">
      <h3>需要你填写的信息</h3>
      <p className="bh-weak">以下情况扩展无法自行查看，请按实际填写；只保存在本机档案中。</p>
      {[...refs].map(([id, ref]) => (
        <FactInputRow key={id} factRef={ref} value={getFact(facts, ref)} onChange={(value) => onFactsChange(setFact(facts, ref, value))} />
      ))}
    </section>
  );
}

function FactInputRow({ factRef, value, onChange }: { factRef: FactRef; value: FactValue | undefined; onChange: (value: FactValue | undefined) => void }) {
  const inputId = useId();
  const field = FACT_FIELDS[factRef.key];
  const label = factRef.domain ? `${factRef.domain}：${field.label}` : field.label;
  const input = field.input;

  let control;
  switch (input.kind) {
    case 'date':
      control = <input id={inputId} type="date" value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value || undefined)} />;
      break;
    case 'count':
      control = (
        <input
          id={inputId}
          type="number"
          min={0}
          step={1}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) => {
            const count = Number.parseInt(event.target.value, 10);
            onChange(Number.isInteger(count) && count >= 0 ? count : undefined);
          }}
        />
      );
      break;
    case 'yes-no':
      control = (
        <select id={inputId} value={value === undefined ? '' : value ? 'yes' : 'no'} onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value === 'yes')}>
          <option value="">未填写</option>
          <option value="yes">是</option>
          <option value="no">否</option>
        </select>
      );
      break;
    case 'choice':
      control = (
        <select id={inputId} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value || undefined)}>
          <option value="">未填写</option>
          {input.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      );
      break;
  }

  return (
    <div className="bh-fact">
      <label htmlFor={inputId}>{label}</label>
      {control}
    </div>
  );
}
