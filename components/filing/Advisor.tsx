import { useState, type ReactNode } from 'react';
import { advise, nextStep, withoutLastAnswer, type Advice, type AdvisorAnswers, type Step } from '@/utils/filing/advisor';
import { FILING_TYPES, type FilingType } from '@/utils/filing/filing-types';
import { ruleSourceTitle } from '@/utils/reference/rule-titles';
import './filing.css';

export interface AdvisorProps {
  initialAnswers?: AdvisorAnswers;
  /** Given together with onAnswersChange, the caller keeps the answers (the options page keeps them across tabs). */
  answers?: AdvisorAnswers;
  onAnswersChange?: (answers: AdvisorAnswers) => void;
  /** Called with every change: the advice once the flow ends, null while a question is open. */
  onAdviceChange?: (advice: Advice | null) => void;
  /** When given, the result card offers to run the pre-flight checklist for the advised order type. */
  onCheckFilingType?: (type: FilingType) => void;
  /** Shown beside the result card, e.g. the profile to check the advised order for. */
  children?: ReactNode;
}

/** The filing-type question flow: one question at a time, 上一步 / 重新开始, and a result card. */
export function Advisor({ initialAnswers = {}, answers: kept, onAnswersChange, onAdviceChange, onCheckFilingType, children }: AdvisorProps) {
  const [own, setOwn] = useState<AdvisorAnswers>(initialAnswers);
  const answers = kept ?? own;
  const step = nextStep(answers);

  const update = (next: AdvisorAnswers) => {
    setOwn(next);
    onAnswersChange?.(next);
    onAdviceChange?.(advise(next));
  };

  return (
    <section className="bh-advisor" aria-label="备案类型向导">
      {step.path.length > 0 && (
        <ol className="bh-advisor-path" aria-label="已回答">
          {step.path.map(({ question, option }) => (
            <li key={question.id}>
              <span className="bh-weak">{question.text}</span> {option.label}
            </li>
          ))}
        </ol>
      )}

      {step.kind === 'question' ? (
        <fieldset className="bh-advisor-question">
          <legend>{step.question.text}</legend>
          {step.question.help && <p className="bh-weak">{step.question.help}</p>}
          <div className="bh-advisor-options">
            {step.question.options.map((option) => (
              <button
                key={option.value}
                type="button"
                className="bh-advisor-option"
                onClick={() => update({ ...answers, [step.question.id]: option.value })}
              >
                {option.label}
              </button>
            ))}
          </div>
        </fieldset>
      ) : (
        <div className="bh-advisor-result-row">
          <AdviceCard advice={step.advice} onCheckFilingType={onCheckFilingType} />
          {children}
        </div>
      )}

      <div className="bh-advisor-controls">
        <button type="button" disabled={step.path.length === 0} onClick={() => update(withoutLastAnswer(answers))}>
          上一步
        </button>
        <button type="button" disabled={step.path.length === 0} onClick={() => update({})}>
          重新开始
        </button>
      </div>
    </section>
  );
}

function AdviceCard({ advice, onCheckFilingType }: { advice: Advice; onCheckFilingType?: (type: FilingType) => void }) {
  const title = advice.type ? FILING_TYPES[advice.type].name : advice.consoleWording;
  return (
    <div className="bh-advisor-result" role="status" aria-label="判断结果">
      {advice.first.length > 0 && <StepList label="先要办理" testId="advice-first" steps={advice.first} />}
      <h3>{title}</h3>
      {advice.type && (
        <p>
          <span className="bh-weak">控制台中的名称：</span>
          <strong data-testid="console-wording">{advice.consoleWording}</strong>
        </p>
      )}
      <p>{advice.reason}</p>
      {advice.followUp.length > 0 && <StepList label="之后再办理" testId="advice-follow-up" steps={advice.followUp} />}
      {advice.notes.length > 0 && (
        <ul className="bh-advisor-notes">
          {advice.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      <p className="bh-source">依据：{ruleSourceTitle(advice.source)}</p>
      {advice.type && onCheckFilingType && (
        <button type="button" className="bh-primary" onClick={() => onCheckFilingType(advice.type!)}>
          按“{FILING_TYPES[advice.type].name}”做提交前检查
        </button>
      )}
    </div>
  );
}

function StepList({ label, testId, steps }: { label: string; testId: string; steps: readonly Step[] }) {
  return (
    <p data-testid={testId}>
      <span className="bh-weak">{label}：</span>
      {steps.map((step) => step.what).join(' → ')}
    </p>
  );
}
