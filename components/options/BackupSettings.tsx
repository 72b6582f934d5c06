import { useState } from 'react';
import { createBackup, restoreBackup } from '@/utils/browser/backup-store';
import type { ProfileChoice, RestoreChoices, RestorePlan } from '@/utils/backup/backup';
import { downloadTextFile } from '@/components/profiles/download';

const PROFILE_CHOICES: { id: ProfileChoice; label: string }[] = [
  { id: 'replace', label: '替换' },
  { id: 'keep-both', label: '保留两份' },
  { id: 'skip', label: '跳过' },
];

function Backup() {
  const [encrypted, setEncrypted] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    if (encrypted && passphrase.length < 8) return setMessage('请设置至少 8 个字符的备份口令。');
    try {
      const text = await createBackup(encrypted ? { passphrase } : {});
      downloadTextFile(`beian-helper-backup-${new Date().toISOString().slice(0, 10)}.json`, text);
      setMessage('备份文件已保存。');
    } catch (e) {
      setMessage(`备份失败：${(e as Error).message}`);
    }
  };
  return (
    <section aria-label="备份全部数据">
      <h3>备份全部数据</h3>
      <p>一个文件包含档案、订单与短信核验记录、提醒设置、节假日安排和已显示的提醒，可在 Chrome 和 Firefox 之间通用。</p>
      <label>
        <input type="radio" checked={encrypted} onChange={() => setEncrypted(true)} /> 加密
      </label>{' '}
      <label>
        <input type="radio" checked={!encrypted} onChange={() => setEncrypted(false)} /> 明文
      </label>
      {encrypted ? (
        <label>
          {' '}备份口令 <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
      ) : (
        <p className="bh-notice">明文备份包含身份证号和手机号，请妥善保管。已加密的档案在备份中仍保持加密。</p>
      )}
      <p>
        <button type="button" onClick={() => void save()}>
          备份全部数据
        </button>
      </p>
      {message && <p role="status">{message}</p>}
    </section>
  );
}

function Restore() {
  const [text, setText] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [vaultPassphrase, setVaultPassphrase] = useState('');
  const [needsPassphrase, setNeedsPassphrase] = useState(false);
  const [choices, setChoices] = useState<RestoreChoices>({ profiles: 'skip', settings: false, calendars: false });
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const run = async (fileText: string, apply: boolean, next: RestoreChoices = choices) => {
    const result = await restoreBackup(fileText, {
      choices: next,
      apply,
      ...(needsPassphrase || passphrase ? { passphrase } : {}),
      ...(vaultPassphrase ? { vaultPassphrase } : {}),
    });
    if (result.status === 'needs-passphrase') {
      setNeedsPassphrase(true);
      setMessage('这是加密备份，请输入备份时设置的口令。');
    } else if (result.status === 'rejected') {
      setMessage(result.message);
    } else {
      setPlan(result.plan);
      setMessage(apply ? '已从备份恢复，没有删除任何数据。' : null);
    }
  };
  const choose = (next: RestoreChoices) => {
    setChoices(next);
    if (text) void run(text, false, next);
  };

  return (
    <section aria-label="从备份恢复">
      <h3>从备份恢复</h3>
      <label>
        选择备份文件{' '}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            void file.text().then((loaded) => {
              setText(loaded);
              setPlan(null);
              void run(loaded, false);
            });
          }}
        />
      </label>
      {needsPassphrase && text && (
        <p>
          <label>
            备份口令 <input type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>{' '}
          <button type="button" onClick={() => void run(text, false)}>
            打开
          </button>
        </p>
      )}
      {plan && text && (
        <div aria-label="恢复预览" role="region">
          <p>恢复会做这些改动（不会删除任何数据）：</p>
          <ul>
            {plan.preview.length === 0 ? <li>没有需要恢复的内容，这里的数据已包含备份中的全部记录。</li> : plan.preview.map((line) => <li key={line}>{line}</li>)}
          </ul>
          {plan.profileConflicts.length > 0 && (
            <fieldset>
              <legend>{plan.profileConflicts.length} 份档案在这里已存在且内容不同</legend>
              {PROFILE_CHOICES.map((choice) => (
                <label key={choice.id}>
                  <input type="radio" checked={choices.profiles === choice.id} onChange={() => choose({ ...choices, profiles: choice.id })} /> {choice.label}
                </label>
              ))}
            </fieldset>
          )}
          {plan.sealedElsewhere.length > 0 && (
            <p className="bh-notice">
              {plan.sealedElsewhere.length} 份加密档案是用另一个档案口令加密的。输入备份时的档案口令，它们会用这里的加密设置重新加密：{' '}
              <label>
                备份的档案口令 <input type="password" value={vaultPassphrase} onChange={(e) => setVaultPassphrase(e.target.value)} />
              </label>{' '}
              <button type="button" onClick={() => void run(text, false)}>
                打开加密档案
              </button>
            </p>
          )}
          {plan.replaceable.map((item) => (
            <label key={item.key} style={{ display: 'block' }}>
              <input
                type="checkbox"
                checked={item.key === 'reminderSettings' ? choices.settings : choices.calendars}
                onChange={(e) => choose(item.key === 'reminderSettings' ? { ...choices, settings: e.target.checked } : { ...choices, calendars: e.target.checked })}
              />{' '}
              用备份中的{item.label}替换这里的：{JSON.stringify(item.current)} → {JSON.stringify(item.backup)}
            </label>
          ))}
          <button type="button" onClick={() => void run(text, true)}>
            恢复
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}

/** 备份全部数据 and 从备份恢复, in the options page's 数据 section. */
export function BackupSettings() {
  return (
    <div className="bh-backup-settings">
      <Backup />
      <Restore />
    </div>
  );
}
