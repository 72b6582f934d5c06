import { useEffect, useState } from 'react';
import { getReminderOffsets, setReminderOffsets } from '@/utils/browser/reminders';
import { DEFAULT_REMINDER_OFFSETS_MINUTES } from '@/utils/orders/countdown';

const CHOICES = [24 * 60 - 60, 720, 360, 180, 120, 60, 30, 15, 5];

function describe(minutes: number): string {
  return minutes >= 60 ? `${minutes / 60} 小时` : `${minutes} 分钟`;
}

/** Which reminders before the SMS deadline to show (the expiry notice is always shown). */
export function ReminderSettings() {
  const [offsets, setOffsets] = useState<number[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    void getReminderOffsets().then(setOffsets);
  }, []);
  if (!offsets) return null;

  const toggle = async (minutes: number) => {
    const next = offsets.includes(minutes) ? offsets.filter((m) => m !== minutes) : [...offsets, minutes].sort((a, b) => b - a);
    try {
      await setReminderOffsets(next);
      setOffsets(next);
      setMessage('已保存，提醒会按新设置重新安排。');
    } catch {
      setMessage('保存失败：提醒时间须在 1 分钟到 24 小时之间。');
    }
  };

  return (
    <fieldset className="bh-reminder-settings">
      <legend>短信核验截止前提醒</legend>
      {CHOICES.map((minutes) => (
        <label key={minutes} style={{ marginRight: 12 }}>
          <input type="checkbox" checked={offsets.includes(minutes)} onChange={() => void toggle(minutes)} /> 提前 {describe(minutes)}
        </label>
      ))}
      <p className="bh-weak">
        默认：{DEFAULT_REMINDER_OFFSETS_MINUTES.map(describe).join('、')}。截止时还会提醒一次。短信的 24 小时按自然时间计算，周末和节假日也算在内。
      </p>
      {message && <p role="status">{message}</p>}
    </fieldset>
  );
}
