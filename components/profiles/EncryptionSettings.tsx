import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/utils/crypto';
import {
  changePassphrase,
  disableEncryption,
  enableEncryption,
  getVaultStatus,
  lock,
  setAutoLockMinutes,
  unlock,
  watchVault,
  type VaultStatus,
} from '@/utils/browser/vault';
import { errorMessage } from './useProfiles';

const AUTO_LOCK_CHOICES: { minutes: number; label: string }[] = [
  { minutes: 5, label: '5 分钟' },
  { minutes: 15, label: '15 分钟' },
  { minutes: 30, label: '30 分钟' },
  { minutes: 60, label: '1 小时' },
  { minutes: 240, label: '4 小时' },
  { minutes: 0, label: '不自动锁定' },
];

const MISMATCH = '两次输入的口令不一致，请重新输入。';

export function useVaultStatus(): VaultStatus | null {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const load = () => void getVaultStatus().then((next) => alive && setStatus(next), () => alive && setStatus(null));
    load();
    const stop = watchVault(load);
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return status;
}

/** One passphrase operation: busy while the key is derived (deliberately slow), its Chinese error when it fails. */
function useVaultAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async (action: () => Promise<void>, doneMessage: string): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(doneMessage);
      return true;
    } catch (failure) {
      setError(errorMessage(failure));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, run, fail: setError };
}

function Outcome({ error, done, busy }: { error: string | null; done: string | null; busy: boolean }) {
  if (busy) return <p role="status">正在处理，请稍候…</p>;
  if (error) return <p role="alert" className="bh-notice bh-error">{error}</p>;
  if (done) return <p role="status" className="bh-ok">{done}</p>;
  return null;
}

function PassphraseInput({ label, value, onChange, autoComplete = 'current-password' }: {
  label: string;
  value: string;
  onChange(value: string): void;
  autoComplete?: string;
}) {
  return (
    <div className="bh-pf-field">
      <label>
        {label}
        <input type="password" autoComplete={autoComplete} value={value} onChange={(event) => onChange(event.target.value)} />
      </label>
    </div>
  );
}

function PassphraseForm({ name, children, onSubmit }: { name: string; children: ReactNode; onSubmit(): void }) {
  return (
    <form
      aria-label={name}
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}

/** The vault's unlock form, also shown in place of the profile list while locked. */
export function UnlockForm() {
  const [passphrase, setPassphrase] = useState('');
  const action = useVaultAction();
  return (
    <PassphraseForm name="解锁档案" onSubmit={() => void action.run(() => unlock(passphrase), '已解锁。').then((ok) => ok && setPassphrase(''))}>
      <PassphraseInput label="口令" value={passphrase} onChange={setPassphrase} />
      <button type="submit" className="bh-primary" disabled={action.busy || passphrase === ''}>
        解锁
      </button>
      <Outcome {...action} />
    </PassphraseForm>
  );
}

function EnableForm() {
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const action = useVaultAction();
  const submit = () => {
    if (first !== second) return action.fail(MISMATCH);
    void action.run(() => enableEncryption(first), '已启用加密，档案已加密保存。');
  };
  return (
    <PassphraseForm name="启用加密" onSubmit={submit}>
      <p className="bh-weak">启用后，档案在本机以 AES-GCM 加密保存；口令不会被保存，忘记口令将无法找回档案，请妥善保管。</p>
      <p className="bh-weak">口令要求：至少 {MIN_PASSPHRASE_LENGTH} 个字符（汉字、字母、数字、符号都可以），两次输入一致。</p>
      <PassphraseInput label="设置口令" value={first} onChange={setFirst} autoComplete="new-password" />
      <PassphraseInput label="再次输入口令" value={second} onChange={setSecond} autoComplete="new-password" />
      <button type="submit" className="bh-primary" disabled={action.busy || first === ''}>
        启用加密
      </button>
      <Outcome {...action} />
    </PassphraseForm>
  );
}

function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const action = useVaultAction();
  const submit = () => {
    if (next !== again) return action.fail(MISMATCH);
    void action.run(() => changePassphrase(current, next), '口令已修改，档案已用新口令重新加密。').then((ok) => {
      if (ok) [setCurrent, setNext, setAgain].forEach((reset) => reset(''));
    });
  };
  return (
    <PassphraseForm name="修改口令" onSubmit={submit}>
      <h4>修改口令</h4>
      <p className="bh-weak">口令要求：至少 {MIN_PASSPHRASE_LENGTH} 个字符（汉字、字母、数字、符号都可以），新口令两次输入一致。</p>
      <PassphraseInput label="当前口令" value={current} onChange={setCurrent} />
      <PassphraseInput label="新口令" value={next} onChange={setNext} autoComplete="new-password" />
      <PassphraseInput label="再次输入新口令" value={again} onChange={setAgain} autoComplete="new-password" />
      <button type="submit" disabled={action.busy || current === '' || next === ''}>
        修改口令
      </button>
      <Outcome {...action} />
    </PassphraseForm>
  );
}

function DisableForm() {
  const [passphrase, setPassphrase] = useState('');
  const action = useVaultAction();
  return (
    <PassphraseForm name="关闭加密" onSubmit={() => void action.run(() => disableEncryption(passphrase), '已关闭加密，档案改为明文保存。')}>
      <h4>关闭加密</h4>
      <p className="bh-weak">关闭后档案以明文保存在本机。</p>
      <PassphraseInput label="输入口令以关闭加密" value={passphrase} onChange={setPassphrase} />
      <button type="submit" disabled={action.busy || passphrase === ''}>
        关闭加密
      </button>
      <Outcome {...action} />
    </PassphraseForm>
  );
}

function AutoLockChoice({ minutes }: { minutes: number }) {
  const action = useVaultAction();
  const choices = AUTO_LOCK_CHOICES.some((choice) => choice.minutes === minutes)
    ? AUTO_LOCK_CHOICES
    : [...AUTO_LOCK_CHOICES, { minutes, label: `${minutes} 分钟` }];
  return (
    <div className="bh-pf-field">
      <label>
        空闲多久后自动锁定
        <select
          value={minutes}
          disabled={action.busy}
          onChange={(event) => void action.run(() => setAutoLockMinutes(Number(event.target.value)), '已保存自动锁定时间。')}
        >
          {choices.map((choice) => (
            <option key={choice.minutes} value={choice.minutes}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
      <Outcome {...action} />
    </div>
  );
}

/** 档案加密: turn on with a passphrase, lock / unlock, auto-lock time, change the passphrase, turn off. */
export function EncryptionSettings({ status }: { status: VaultStatus | null }) {
  const lockAction = useVaultAction();
  let body: ReactNode;
  if (status === null) body = <p className="bh-weak">正在读取加密状态…</p>;
  else if (!status.enabled) body = <EnableForm />;
  else if (!status.unlocked) body = <UnlockForm />;
  else {
    body = (
      <>
        <div className="bh-pf-actions">
          <button type="button" onClick={() => void lockAction.run(lock, '已锁定。')}>
            立即锁定
          </button>
          <Outcome {...lockAction} />
        </div>
        <AutoLockChoice minutes={status.autoLockMinutes} />
        <ChangePassphraseForm />
        <DisableForm />
      </>
    );
  }
  const state = status === null ? '' : !status.enabled ? '未启用' : status.unlocked ? '已启用，已解锁' : '已启用，已锁定';
  return (
    <section className="bh-pf-block" aria-label="档案加密">
      <h3>档案加密{state && <span className="bh-weak">（{state}）</span>}</h3>
      {body}
    </section>
  );
}
