import type { LabelHTMLAttributes, ReactNode } from 'react';
import { cx, usePrefixed } from './prefix';

/** tea puts the option value in a `name` attribute on the <label> (a tea quirk; the inputs carry no name/value). */
function labelName(value: string): LabelHTMLAttributes<HTMLLabelElement> {
  return { name: value } as LabelHTMLAttributes<HTMLLabelElement>;
}

interface RadioGroupProps {
  value: string;
  options: string[];
  onChange(value: string): void;
}

/** tea Radio.Group: native radios that react to clicks only (`checked = true` + change is ignored, like tea's onClick). */
export function RadioGroup({ value, options, onChange }: RadioGroupProps) {
  const p = usePrefixed();
  return (
    <div className={p('form-check-group')}>
      {options.map((option) => (
        <label key={option} className={p('form-check')} {...labelName(option)}>
          <span className={p('radio-wrap')}>
            <input readOnly type="radio" className={p('radio')} checked={value === option} onClick={() => onChange(option)} />
            <i className={p('radio__dot')} />
          </span>
          <span className={p('form-check__label')}>{option}</span>
        </label>
      ))}
    </div>
  );
}

interface CheckboxProps {
  checked: boolean;
  onChange(checked: boolean): void;
  name?: string;
  children: ReactNode;
}

/** tea Checkbox: toggles on click only. */
export function Checkbox({ checked, onChange, name, children }: CheckboxProps) {
  const p = usePrefixed();
  return (
    <label className={cx(p('form-check'), checked && 'is-checked')} {...(name ? labelName(name) : {})}>
      <input readOnly type="checkbox" className={p('checkbox')} checked={checked} onClick={() => onChange(!checked)} />
      <span className={p('form-check__label')}>{children}</span>
    </label>
  );
}

interface CheckboxGroupProps {
  value: string[];
  options: string[];
  onChange(value: string[]): void;
}

/** tea Checkbox.Group; the value keeps the options' order. */
export function CheckboxGroup({ value, options, onChange }: CheckboxGroupProps) {
  const p = usePrefixed();
  return (
    <div className={p('form-check-group')}>
      {options.map((option) => (
        <Checkbox
          key={option}
          name={option}
          checked={value.includes(option)}
          onChange={(checked) => onChange(options.filter((o) => (o === option ? checked : value.includes(o))))}
        >
          {option}
        </Checkbox>
      ))}
    </div>
  );
}
