import { useState } from 'react';
import { civilDateParts, formatChinaDateTime, formatCivilDate, toCivilDate, type CivilDate } from '@/utils/calendar/china-time';
import { estimateTimeline, type TimelineEstimate } from '@/utils/calendar/timeline';
import { estimateLabel, nextYearNoticeHint } from '@/utils/calendar/working-days';
import type { Order } from '@/utils/orders/model';
import { stageProgress, upcomingStages, type StageProgress, type UpcomingStage } from '@/utils/orders/overdue';
import { isOrderOpen, type StageCorrection } from '@/utils/orders/reducers';
import { STAGES, STAGE_LABELS, type Stage } from '@/utils/orders/stages';
import { TimeForm } from './TimeForm';
import { useNow } from './useNow';
import './orders.css';

/** Where an entry's time comes from; a first-seen time is only an estimate of when the stage began. */
const ENTRY_SOURCE_NOTE: Readonly<Record<Order['entries'][number]['source'], string>> = {
  observed: '（按首次看到的时间估算）',
  page: '（页面显示）',
  user: '（手动）',
};

export interface TimelineProps {
  order: Order;
  /** Province of the filing (管局); Zhejiang gets 30 working days. */
  province?: string;
  /** Fixed clock for tests and screenshots. */
  now?: number;
  onCorrect: (index: number, correction: StageCorrection) => void;
  onRemove: (index: number) => void;
}

/**
 * The submission time estimates start from: the first time the order was seen submitted or under Tencent review.
 * Unknown for an order first seen at a later stage, and then there is nothing to estimate from.
 */
function submissionTime(order: Order): number | undefined {
  return order.entries.find((entry) => entry.stage === 'submitted' || entry.stage === 'tencentReview')?.at;
}

function dueText(progress: StageProgress): string | null {
  if (progress.dueAt === null) return null;
  const due = formatChinaDateTime(progress.dueAt);
  if (progress.overdue) return progress.endedAt === null ? `已超期：预计 ${due} 前完成` : `用时超出预期（预计 ${due} 前完成）`;
  return progress.endedAt === null ? `预计 ${due} 前完成` : null;
}

/** Marks a date computed by weekends only because its year's holiday arrangement is unknown. */
function EstimateMark({ label }: { label: string | null }) {
  return label ? <span className="bh-warning bh-estimate-mark"> {label}</span> : null;
}

function Estimates({ estimate }: { estimate: TimelineEstimate }) {
  const crossesYear = civilDateParts(estimate.submittedOn).year !== civilDateParts(estimate.bureauReview.latest).year;
  const day = (civil: CivilDate) => (
    <>
      {formatCivilDate(civil, { withYear: crossesYear })}
      <EstimateMark label={estimateLabel(civil)} />
    </>
  );
  return (
    <section className="bh-estimates" aria-label="预计时间">
      <h3>预计时间（从 {day(estimate.submittedOn)} 提交算起）</h3>
      <ul>
        <li>腾讯云审核：预计 {day(estimate.tencentReview.earliest)}至{day(estimate.tencentReview.latest)} 完成</li>
        <li>提交管局：最迟约 {day(estimate.bureauSubmission.latest)}</li>
        <li>
          管局审核：最迟约 {day(estimate.bureauReview.latest)}（{estimate.bureauReview.maxWorkingDays} 个工作日）
        </li>
      </ul>
      <ul className="bh-estimate-notes">
        {estimate.notes.map((note) => (
          <li key={note} className={!estimate.officialCalendar && note.includes('只按周末推算') ? 'bh-warning' : undefined}>
            {note}
          </li>
        ))}
      </ul>
    </section>
  );
}

function EntryEditor({ progress, now, onSave, onCancel }: { progress: StageProgress; now: number; onSave: (c: StageCorrection) => void; onCancel: () => void }) {
  const [stage, setStage] = useState<Stage>(progress.entry.stage);
  return (
    <TimeForm label="时间（北京时间）" initial={progress.entry.at} now={now} submitLabel="保存" onSubmit={(at) => onSave({ stage, at })} onCancel={onCancel}>
      <label>
        阶段
        <select value={stage} onChange={(event) => setStage(event.target.value as Stage)}>
          {STAGES.map((option) => (
            <option key={option} value={option}>
              {STAGE_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
    </TimeForm>
  );
}

type StepState = 'done' | 'current' | 'upcoming';

/** A step's state in words, so the marker's shape and colour are never the only signal. */
const STEP_STATE_TEXT: Readonly<Record<StepState, string>> = { done: '已完成', current: '进行中', upcoming: '未开始' };

/** The last entry is the current step while the order is open; an approved or abandoned order has none left. */
function entryState(order: Order, index: number): StepState {
  return index < order.entries.length - 1 || !isOrderOpen(order) ? 'done' : 'current';
}

function StepStateText({ state, label }: { state: StepState; label?: string }) {
  return <span className={`bh-step-state bh-step-state-${state}`}>{label ?? STEP_STATE_TEXT[state]}</span>;
}

/** A stage still ahead, with the latest date it is expected; every such date is an estimate and says so. */
function UpcomingStep({ item, withYear }: { item: UpcomingStage; withYear: boolean }) {
  return (
    <li className="bh-timeline-entry bh-step bh-step-upcoming">
      <span className="bh-timeline-stage">{STAGE_LABELS[item.stage]}</span>
      <StepStateText state="upcoming" />
      <span className="bh-timeline-time">
        最迟约 {formatCivilDate(toCivilDate(item.latestAt), { withYear })}
        <span className={item.estimate ? 'bh-warning bh-estimate-mark' : 'bh-weak bh-estimate-mark'}> {item.estimate ?? '估算'}</span>
      </span>
    </li>
  );
}

/**
 * The filing as steps with dates: the stages seen (with first-seen times, overdue marks and the user's corrections),
 * then the stages still ahead with their estimated latest dates, then the estimates from submission.
 */
export function Timeline({ order, province, now: fixedNow, onCorrect, onRemove }: TimelineProps) {
  const now = useNow(fixedNow, 60_000);
  const [editingIndex, setEditingIndex] = useState<number | null>(null);
  const progress = stageProgress(order, now, province);
  const upcoming = upcomingStages(order, now, province);
  const submittedAt = submissionTime(order);
  const hint = nextYearNoticeHint(now);
  const thisYear = civilDateParts(toCivilDate(now)).year;

  return (
    <section className="bh-timeline" aria-label="备案进度">
      <ol className="bh-steps">
        {progress.map((item, index) => {
          const due = dueText(item);
          const state = entryState(order, index);
          const classes = ['bh-timeline-entry', 'bh-step', `bh-step-${state}`, item.overdue ? 'bh-overdue' : ''].filter(Boolean).join(' ');
          return (
            <li key={`${index}-${item.entry.stage}-${item.entry.at}`} className={classes} aria-current={state === 'current' ? 'step' : undefined}>
              {editingIndex === index ? (
                <EntryEditor
                  progress={item}
                  now={now}
                  onSave={(correction) => {
                    onCorrect(index, correction);
                    setEditingIndex(null);
                  }}
                  onCancel={() => setEditingIndex(null)}
                />
              ) : (
                <>
                  <span className="bh-timeline-stage">{STAGE_LABELS[item.entry.stage]}</span>
                  <StepStateText state={state} label={item.overdue && state === 'current' ? '进行中，已超期' : undefined} />
                  <span className="bh-timeline-time">
                    {formatChinaDateTime(item.entry.at)}
                    {ENTRY_SOURCE_NOTE[item.entry.source]}
                  </span>
                  {due && (
                    <span className={item.overdue ? 'bh-error' : 'bh-weak'}>
                      {due}
                      <EstimateMark label={item.estimate} />
                    </span>
                  )}
                  <span className="bh-timeline-actions">
                    <button type="button" onClick={() => setEditingIndex(index)} aria-label={`更正 ${STAGE_LABELS[item.entry.stage]}`}>
                      更正
                    </button>
                    <button
                      type="button"
                      onClick={() => onRemove(index)}
                      disabled={order.entries.length <= 1}
                      aria-label={`删除 ${STAGE_LABELS[item.entry.stage]}`}
                    >
                      删除
                    </button>
                  </span>
                </>
              )}
            </li>
          );
        })}
        {upcoming.map((item) => (
          <UpcomingStep key={item.stage} item={item} withYear={civilDateParts(toCivilDate(item.latestAt)).year !== thisYear} />
        ))}
      </ol>
      {isOrderOpen(order) && submittedAt !== undefined && <Estimates estimate={estimateTimeline(submittedAt, province)} />}
      {hint && <p className="bh-weak bh-calendar-hint">{hint}</p>}
    </section>
  );
}
