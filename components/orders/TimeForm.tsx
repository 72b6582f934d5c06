import { useId, useState, type ReactNode } from 'react';
import { MINUTE_MS, parseChinaDateTimeInput, toChinaDateTimeInput } from '@/utils/calendar/china-time';

/** Times a little ahead of the clock are accepted (phone and computer clocks differ). */
const CLOCK_SKEW_MS = 5 * MINUTE_MS;

export interface TimeFormProps {
  label: string;
  initial: number;
  now: number;
  submitLabel: string;
  onSubmit: (at: number) => void;
  onCancel?: () => void;
  /** Extra fields shown before the time (for example a stage choice). */
  children?: ReactNode;
}

/** A Beijing-time date-and-time field with 确认/取消; rejects invalid and future times with a Chinese message. */
export function TimeForm({ label, initial, now, submitLabel, onSubmit, onCancel, children }: TimeFormProps) {
  const inputId = useId();
  const [value, setValue] = useState(() => toChinaDateTimeInput(initial));
  const [error, setError] = useState<string | null>(null);

  const submit = () => {
    const at = parseChinaDateTimeInput(value);
    if (at === null) return setError('请填写有效的日期和时间。');
    if (at > now + CLOCK_SKEW_MS) return setError('时间不能晚于现在。');
    setError(null);
    onSubmit(at);
  };

  return (
    <form
      className="bh-time-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {children}
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="datetime-local"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="bh-primary">
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" onClick={onCancel}>
          取消
        </button>
      )}
      {error && (
        <p className="bh-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
