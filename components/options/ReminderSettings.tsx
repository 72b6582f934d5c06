import { useEffect, useState } from 'react';
import { readReminderSettings, setReminderOffsets } from '@/utils/browser/reminders';
import { KEPT_REASON_TEXT, StoreReadOnlyError, type Reading } from '@/utils/storage/kept';
import { DEFAULT_REMINDER_OFFSETS_MINUTES } from '@/utils/orders/countdown';

const CHOICES = [24 * 60 - 60, 720, 360, 180, 120, 60, 30, 15, 5];

function describe(minutes: number): string {
  return minutes >= 60 ? `${minutes / 60} 小时` : `${minutes} 分钟`;
}

/** Which reminders before the SMS deadline to show (the expiry notice is always shown). */
export function ReminderSettings() {
  const [offsets, setOffsets] = useState<number[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [stored, setStored] = useState<Reading | null>(null);
  useEffect(() => {
    void readReminderSettings().then((reading) => {
      setOffsets(reading.value.offsetsMinutes);
      setStored(reading);
    });
  }, []);
  if (!offsets) return null;

  const toggle = async (minutes: number) => {
    const next = offsets.includes(minutes) ? offsets.filter((m) => m !== minutes) : [...offsets, minutes].sort((a, b) => b - a);
    try {
      await setReminderOffsets(next);
      setOffsets(next);
      setStored(null);
      setMessage('已保存，提醒会按新设置重新安排。');
    } catch (error) {
      setMessage(error instanceof StoreReadOnlyError ? error.message : '保存失败：提醒时间须在 1 分钟到 24 小时之间。');
    }
  };

  return (
    <fieldset className="bh-reminder-settings">
      <legend>短信核验截止前提醒</legend>
      {stored?.aside && (
        <p className="bh-notice" role="note">
          已保存的提醒设置无法读取（{KEPT_REASON_TEXT[stored.aside.reason]}），现在使用的是默认设置，保存一次后才按你的选择提醒。原来的内容不会丢失，可在「数据」中查看。
        </p>
      )}
      {stored?.readOnly && !stored.aside && (
        <p className="bh-notice" role="note">
          提醒设置由更新版本的备案助手写入，当前版本按其中能读取的部分提醒，但不能修改；请升级备案助手。
        </p>
      )}
      {CHOICES.map((minutes) => (
        <label key={minutes} style={{ marginRight: 12 }}>
          <input type="checkbox" checked={offsets.includes(minutes)} onChange={() => void toggle(minutes)} /> 提前 {describe(minutes)}
        </label>
      ))}
      {offsets.length === 0 && (
        <p className="bh-notice bh-warning" role="note">
          没有选择任何提前提醒：只剩截止时的一次提醒，那时短信核验已经过期，需要重新发起核验。
        </p>
      )}
      <p className="bh-weak">
        默认：{DEFAULT_REMINDER_OFFSETS_MINUTES.map(describe).join('、')}。截止时还会提醒一次。短信的 24 小时按自然时间计算，周末和节假日也算在内。
      </p>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
