import { cx, usePrefixed } from './prefix';

interface InputProps {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  /** Semantic classes of the filing app (`org-name`, `domain`, …). */
  className?: string;
  disabled?: boolean;
}

/**
 * A React-controlled input: React's value tracker swallows a plain `el.value = x` from page code, so only the native
 * setter plus a bubbling `input` event (or real typing) reaches the store.
 */
export function Input({ value, onChange, placeholder = '请输入', className, disabled }: InputProps) {
  const p = usePrefixed();
  return (
    <input
      placeholder={placeholder}
      className={cx(p('input'), className)}
      value={value}
      disabled={disabled}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

interface TextAreaProps {
  value: string;
  onChange(value: string): void;
  placeholder?: string;
  maxLength?: number;
}

/** tea TextArea; with maxLength it shows the `n / max` counter group. */
export function TextArea({ value, onChange, placeholder = '请输入', maxLength }: TextAreaProps) {
  const p = usePrefixed();
  const textarea = (
    <textarea
      placeholder={placeholder}
      className={p('textarea')}
      maxLength={maxLength}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  if (!maxLength) return textarea;
  return (
    <div className={p('textarea-group')}>
      {textarea}
      <label className={p('textarea__label')}>
        {value.length} / {maxLength}
      </label>
    </div>
  );
}
