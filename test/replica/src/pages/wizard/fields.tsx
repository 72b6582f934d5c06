/** Form items bound to a store path: each writes the store from its control's React event handler. */
import { useState, type ReactNode } from 'react';
import { LONG_TERM, PERSONAL_CERTIFICATE_TYPES, VALIDITY_CHOICES } from '../../data/options';
import { setValue, uploadPath, useValue, type UploadSlot } from '../../store';
import { Checkbox, CheckboxGroup, RadioGroup } from '../../ui/Check';
import { DatePicker } from '../../ui/DatePicker';
import { FormItem } from '../../ui/Form';
import { Input, TextArea } from '../../ui/Input';
import { Button } from '../../ui/Layout';
import { usePrefixed } from '../../ui/prefix';
import { Select } from '../../ui/Select';
import { Upload } from '../../ui/Upload';

interface FieldProps {
  label: string;
  path: string;
  required?: boolean;
  help?: ReactNode;
}

export function TextField({
  label,
  path,
  required = true,
  help,
  className,
  placeholder,
  disabled,
}: FieldProps & { className?: string; placeholder?: string; disabled?: boolean }) {
  const value = useValue<string>(path);
  return (
    <FormItem label={label} required={required} help={help}>
      <Input value={value} onChange={(next) => setValue(path, next)} className={className} placeholder={placeholder} disabled={disabled} />
    </FormItem>
  );
}

export function TextAreaField({ label, path, required = true, help, maxLength }: FieldProps & { maxLength?: number }) {
  const value = useValue<string>(path);
  return (
    <FormItem label={label} required={required} help={help}>
      <TextArea value={value} onChange={(next) => setValue(path, next)} maxLength={maxLength} />
    </FormItem>
  );
}

export function SelectField({ label, path, required = true, help, options, searchable }: FieldProps & { options: string[]; searchable?: boolean }) {
  const value = useValue<string>(path);
  return (
    <FormItem label={label} required={required} help={help}>
      <Select value={value} options={options} onChange={(next) => setValue(path, next)} searchable={searchable} />
    </FormItem>
  );
}

export function RadioField({ label, path, required = true, help, options }: FieldProps & { options: string[] }) {
  const value = useValue<string>(path);
  return (
    <FormItem label={label} required={required} help={help} text>
      <RadioGroup value={value} options={options} onChange={(next) => setValue(path, next)} />
    </FormItem>
  );
}

export function CheckboxField({ label, path, required, help, text }: FieldProps & { text: string }) {
  const checked = useValue<boolean>(path);
  return (
    <FormItem label={label} required={required} help={help} text>
      <Checkbox checked={checked} onChange={(next) => setValue(path, next)}>
        {text}
      </Checkbox>
    </FormItem>
  );
}

export function CheckboxGroupField({ label, path, required = true, help, options }: FieldProps & { options: string[] }) {
  const value = useValue<string[]>(path);
  return (
    <FormItem label={label} required={required} help={help} text>
      <CheckboxGroup value={value} options={options} onChange={(next) => setValue(path, next)} />
    </FormItem>
  );
}

export function UploadField({
  label,
  slot,
  required = true,
  help,
  multiple,
}: Omit<FieldProps, 'path'> & { slot: UploadSlot; multiple?: boolean }) {
  const path = uploadPath(slot);
  const files = useValue<string[]>(path);
  return (
    <FormItem label={label} required={required} help={help}>
      <Upload files={files} multiple={multiple} onChange={(next) => setValue(path, next)} />
    </FormItem>
  );
}

/** 证件有效期: start and end DatePickers, and a 长期/非长期 radio; 长期 stores `certificateValidTo: '长期'`. */
function ValidityField({ base }: { base: string }) {
  const p = usePrefixed();
  const fromPath = `${base}.certificateValidFrom`;
  const toPath = `${base}.certificateValidTo`;
  const from = useValue<string>(fromPath);
  const to = useValue<string>(toPath);
  const choice = to === LONG_TERM ? LONG_TERM : '非长期';
  return (
    <FormItem label="证件有效期" required help="请按证件上的有效期填写" text>
      <div className="replica-validity">
        <DatePicker value={from} onChange={(date) => setValue(fromPath, date)} />
        <span className="replica-validity__separator">至</span>
        {choice === LONG_TERM ? (
          <span className={p('text-weak')}>{LONG_TERM}</span>
        ) : (
          <DatePicker value={to} onChange={(date) => setValue(toPath, date)} />
        )}
        <RadioGroup
          value={choice}
          options={VALIDITY_CHOICES}
          onChange={(next) => {
            if (next !== choice) setValue(toPath, next === LONG_TERM ? LONG_TERM : '');
          }}
        />
      </div>
    </FormItem>
  );
}

function MobileField({ path }: { path: string }) {
  const mobile = useValue<string>(path);
  const [sentTo, setSentTo] = useState('');
  return (
    <FormItem
      label="手机号码"
      required
      help={sentTo ? `验证码已发送至 ${sentTo}` : '需真实有效且能联系到备案负责人，用于接收工信部短信核验'}
    >
      <div className="replica-inline">
        <Input value={mobile} onChange={(next) => setValue(path, next)} placeholder="请输入手机号码" />
        <Button weak disabled={!mobile} onClick={() => setSentTo(mobile)}>
          获取验证码
        </Button>
      </div>
    </FormItem>
  );
}

interface PrincipalFieldsProps {
  /** Store path of the person: 'principal' or 'websites[i].principal'. */
  base: string;
  withOfficePhone: boolean;
  /** The subject's principal also proves the phone with an SMS code. */
  smsCodePath?: string;
  emailLabel: string;
}

export function PrincipalFields({ base, withOfficePhone, smsCodePath, emailLabel }: PrincipalFieldsProps) {
  const at = (field: string) => `${base}.${field}`;
  return (
    <>
      <TextField label="负责人姓名" path={at('name')} />
      <SelectField label="证件类型" path={at('certificateType')} options={PERSONAL_CERTIFICATE_TYPES} />
      <TextField label="证件号码" path={at('certificateNumber')} />
      <ValidityField base={base} />
      {withOfficePhone && (
        <TextField
          label="办公室电话"
          path={at('officePhone')}
          placeholder="如 0755-86013388"
          help="应与主办单位通信地址所在区域一致，请确保区号正确"
        />
      )}
      <MobileField path={at('mobile')} />
      {smsCodePath && <TextField label="手机验证码" path={smsCodePath} help="请根据手机号码进行验证" />}
      <TextField label="应急联系电话" path={at('emergencyPhone')} help="不能与负责人手机号码相同" />
      <TextField label={emailLabel} path={at('email')} help="请填写可正常接收邮件的有效邮箱" />
    </>
  );
}
