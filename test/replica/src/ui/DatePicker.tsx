import { useRef, useState } from 'react';
import { Overlay } from './Overlay';
import { cx, usePrefixed } from './prefix';

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month + 1)}-${pad(day)}`;
}

/** Accepts 2030-01-05, 2030/1/5 and 2030.1.5; returns the normalised date, or null for anything impossible. */
function parseDate(text: string): string | null {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return formatDate(year, month - 1, day);
}

interface MonthCursor {
  year: number;
  month: number;
}

function cursorOf(value: string): MonthCursor {
  const date = value ? new Date(`${value}T00:00:00`) : new Date();
  return { year: date.getFullYear(), month: date.getMonth() };
}

function shift({ year, month }: MonthCursor, months: number): MonthCursor {
  const total = year * 12 + month + months;
  return { year: Math.floor(total / 12), month: total % 12 };
}

interface CalendarProps {
  value: string;
  onPick(date: string): void;
}

function Calendar({ value, onPick }: CalendarProps) {
  const p = usePrefixed();
  const [cursor, setCursor] = useState(() => cursorOf(value));
  const today = new Date();
  const todayText = formatDate(today.getFullYear(), today.getMonth(), today.getDate());
  const leadingBlanks = new Date(cursor.year, cursor.month, 1).getDay();
  const daysInMonth = new Date(cursor.year, cursor.month + 1, 0).getDate();
  const nav = (label: string, months: number, className: string) => (
    <button type="button" className={p('btn', 'btn--icon', className)} aria-label={label} onClick={() => setCursor(shift(cursor, months))}>
      {label}
    </button>
  );
  return (
    <div className={p('calendar')}>
      <div className={p('calendar__header')}>
        {nav('上一年', -12, 'pagination__prebtn--year')}
        {nav('上个月', -1, 'pagination__prebtn')}
        <span className={p('calendar__title')}>
          {cursor.year}年{cursor.month + 1}月
        </span>
        {nav('下个月', 1, 'pagination__nextbtn')}
        {nav('下一年', 12, 'pagination__nextbtn--year')}
      </div>
      <div className={p('calendar__body')}>
        {WEEKDAYS.map((weekday) => (
          <div key={weekday} className={p('calendar__weekday')}>
            {weekday}
          </div>
        ))}
        {Array.from({ length: leadingBlanks }, (_, index) => (
          <div key={`blank-${index}`} className={p('calendar__cell--blank')} />
        ))}
        {Array.from({ length: daysInMonth }, (_, index) => {
          const date = formatDate(cursor.year, cursor.month, index + 1);
          return (
            <div
              key={date}
              role="button"
              title={date}
              className={cx(p('calendar__cell'), date === todayText && p('calendar__cell--now'), date === value && 'is-selected')}
              onClick={() => onPick(date)}
            >
              <span>{index + 1}</span>
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface DatePickerProps {
  /** YYYY-MM-DD or ''. */
  value: string;
  onChange(date: string): void;
  disabled?: boolean;
}

/**
 * tea ≥ 2.7.4 DatePicker: typing edits a draft that Enter commits (an invalid draft is dropped); the popup
 * calendar commits on a cell click. Closing without committing restores the committed value.
 */
export function DatePicker({ value, onChange, disabled }: DatePickerProps) {
  const p = usePrefixed();
  const root = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setDraft(null);
  };
  const commit = (date: string) => {
    onChange(date);
    close();
  };
  return (
    <>
      <div ref={root} className={cx(p('datepicker'), disabled && 'is-disabled')}>
        <div className={p('datepicker__input')}>
          <input
            placeholder="选择日期"
            className={p('input')}
            disabled={disabled}
            value={draft ?? value}
            onFocus={() => setOpen(true)}
            onClick={() => setOpen(true)}
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                // Read the DOM value: a draft set by the input event just before may not have re-rendered yet.
                const parsed = parseDate(event.currentTarget.value);
                if (parsed) commit(parsed);
                else setDraft(null);
              } else if (event.key === 'Escape') {
                close();
              }
            }}
          />
          <i className={p('icon', 'icon-calendar')} role="img" aria-label="calendar" />
        </div>
      </div>
      {open && !disabled && (
        <Overlay anchor={root} onClose={close}>
          <div className={p('dropdown-box', 'datepicker__box')}>
            <Calendar value={value} onPick={commit} />
          </div>
        </Overlay>
      )}
    </>
  );
}
