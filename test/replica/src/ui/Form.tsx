import type { ReactNode } from 'react';
import { cx, usePrefixed } from './prefix';

export function Form({ readonly, children }: { readonly?: boolean; children: ReactNode }) {
  const p = usePrefixed();
  return <div className={p('form', readonly && 'form--readonly')}>{children}</div>;
}

interface FormItemProps {
  label: string;
  required?: boolean;
  /** Help line under the control (tea `extra`). */
  help?: ReactNode;
  /** Text-like controls (radios, checkboxes, read-only text) get tea's `--text` modifier. */
  text?: boolean;
  children: ReactNode;
}

/** tea Form.Item: label and controls are siblings with no for/id link; the required star is CSS only. */
export function FormItem({ label, required, help, text, children }: FormItemProps) {
  const p = usePrefixed();
  return (
    <div className={p('form__item')}>
      <div className={cx(p('form__label'), required && 'is-required')}>
        <label>{label}</label>
      </div>
      <div className={p('form__controls', text && 'form__controls--text')}>
        {children}
        {help && <div className={p('form__help-extra', 'form__help-text', 'text-label')}>{help}</div>}
      </div>
    </div>
  );
}

/** A read-only value, as tea renders it in a readonly form. */
export function FormText({ label, value }: { label: string; value: ReactNode }) {
  const p = usePrefixed();
  return (
    <FormItem label={label} text>
      <div className={p('form__text')}>{value || '-'}</div>
    </FormItem>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  const p = usePrefixed();
  return <div className={p('form-operate')}>{children}</div>;
}
