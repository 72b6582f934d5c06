import { useState, type ChangeEvent } from 'react';
import { addCalendarDays, civilDateParts, weekdayOf, type CivilDate } from '@/utils/calendar/china-time';
import { parseHolidayNotice, type HolidayArrangement } from '@/utils/calendar/holiday-notice';
import type { HolidayRecords, ImportedNotice, QuarantinedNotice } from '@/utils/calendar/holiday-records';
import { knownYears, nextYearNoticeHint } from '@/utils/calendar/working-days';
import { deleteHolidayNotice, discardHolidayNotices, importHolidayNotice } from '@/utils/browser/holiday-store';
import { downloadTextFile } from '@/components/profiles/download';
import { errorMessage } from '@/components/profiles/useProfiles';
import './holidays.css';

/** "2004–2026、2028" from sorted years. */
function yearRanges(years: readonly number[]): string {
  const ranges: string[] = [];
  for (let index = 0; index < years.length; ) {
    let end = index;
    while (years[end + 1] === years[end]! + 1) end += 1;
    ranges.push(end === index ? `${years[index]}` : `${years[index]}–${years[end]}`);
    index = end + 1;
  }
  return ranges.join('、');
}

const WEEK_HEADER = ['一', '二', '三', '四', '五', '六', '日'];

/** One month as a Monday-first grid, holidays and working weekends marked. */
function MonthGrid({ year, month, arrangement }: { year: number; month: number; arrangement: HolidayArrangement }) {
  const first: CivilDate = `${year}-${String(month).padStart(2, '0')}-01`;
  const cells: (CivilDate | null)[] = Array.from({ length: (weekdayOf(first) + 6) % 7 }, () => null);
  for (let day = first; civilDateParts(day).month === month; day = addCalendarDays(day, 1)) cells.push(day);
  const weeks = Array.from({ length: Math.ceil(cells.length / 7) }, (_, week) => cells.slice(week * 7, week * 7 + 7));
  const workdays = new Set(arrangement.workdays);
  return (
    <table className="bh-cal-month" aria-label={`${year}年${month}月`}>
      <caption>{year === arrangement.year ? `${month}月` : `${year}年${month}月`}</caption>
      <thead>
        <tr>
          {WEEK_HEADER.map((name) => (
            <th key={name}>{name}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, index) => (
          <tr key={index}>
            {week.map((day, column) => {
              if (!day) return <td key={column} />;
              const name = arrangement.holidayNames[day];
              const kind = name ? 'holiday' : workdays.has(day) ? 'workday' : column >= 5 ? 'weekend' : 'day';
              return (
                <td key={day} className={`bh-cal-${kind}`} data-date={day} title={name ? `${name}放假` : kind === 'workday' ? '调休上班' : undefined}>
                  {civilDateParts(day).day}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Preview({ arrangement }: { arrangement: HolidayArrangement }) {
  const earlyDays = arrangement.holidays.filter((day) => civilDateParts(day).year < arrangement.year);
  const months: [number, number][] = [
    ...(earlyDays.length > 0 ? [[arrangement.year - 1, 12] as [number, number]] : []),
    ...Array.from({ length: 12 }, (_, index) => [arrangement.year, index + 1] as [number, number]),
  ];
  return (
    <section className="bh-cal-preview" aria-label={`${arrangement.year}年节假日安排预览`}>
      <div className="bh-cal-months">
        {months.map(([year, month]) => (
          <MonthGrid key={`${year}-${month}`} year={year} month={month} arrangement={arrangement} />
        ))}
      </div>
      <div className="bh-cal-items">
        <p>
          <span className="bh-cal-holiday bh-cal-swatch" /> 放假　<span className="bh-cal-workday bh-cal-swatch" /> 调休上班
        </p>
        <ol aria-label="通知条目">
          {arrangement.items.map((item) => (
            <li key={item.number}>{item.text}</li>
          ))}
        </ol>
        {arrangement.amendments.length > 0 && <p>后续通知的调整：{arrangement.amendments.join('；')}</p>}
        <p>
          共 {arrangement.holidays.length} 天放假，{arrangement.workdays.length} 个周末调休上班。
        </p>
      </div>
    </section>
  );
}

function ImportedYear({ notice }: { notice: ImportedNotice }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = () => deleteHolidayNotice(String(notice.year)).catch((failure) => setError(`删除失败：${errorMessage(failure)}`));
  return (
    <li aria-label={`已导入的 ${notice.year} 年安排`}>
      <strong>{notice.year} 年</strong>
      <span className="bh-weak">（导入于 {notice.importedAt.slice(0, 10)}，{notice.arrangement.holidays.length} 天放假）</span>{' '}
      <button type="button" onClick={() => downloadTextFile(`${notice.year}年节假日安排通知.txt`, notice.text)}>
        导出通知原文
      </button>{' '}
      {confirming ? (
        <>
          <span>删除后 {notice.year} 年改用内置数据（没有时按周末计算），确定吗？</span>
          <button type="button" onClick={() => void remove()}>
            确定删除
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            不删除
          </button>
        </>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          删除
        </button>
      )}
      {error && <p role="alert" className="bh-error">{error}</p>}
    </li>
  );
}

function Unreadable({ entry }: { entry: QuarantinedNotice }) {
  const raw = typeof entry.raw === 'string' ? entry.raw : JSON.stringify(entry.raw, null, 2);
  const [error, setError] = useState<string | null>(null);
  const remove = () =>
    (entry.key === null ? discardHolidayNotices() : deleteHolidayNotice(entry.key)).catch((failure) => setError(`删除失败：${errorMessage(failure)}`));
  return (
    <li aria-label={`无法读取的记录 ${entry.key ?? '全部'}`}>
      <p>
        {entry.key === null ? '全部记录' : `${entry.key} 年`}：{entry.reason}
      </p>
      <pre className="bh-pf-raw">{raw}</pre>
      <button type="button" onClick={() => downloadTextFile(`节假日安排-无法读取-${entry.key ?? '全部'}.txt`, raw)}>
        导出原始内容
      </button>{' '}
      <button type="button" onClick={() => void remove()}>
        删除这条记录
      </button>
      {error && <p role="alert" className="bh-error">{error}</p>}
    </li>
  );
}

/** Import of the State Council's holiday notice: paste or choose the file, preview the year, confirm; the stored years. */
export function HolidaySettings({ records }: { records: HolidayRecords | null }) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<HolidayArrangement | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const known = knownYears();
  const imported = records?.notices ?? [];
  const hint = nextYearNoticeHint(Date.now());

  const show = (value: string) => {
    setText(value);
    setStatus(null);
    if (!value.trim()) {
      setPreview(null);
      setError(null);
      return;
    }
    const reading = parseHolidayNotice(value);
    setPreview(reading.ok ? reading.arrangement : null);
    setError(reading.ok ? null : reading.message);
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      show(await file.text());
    } catch (failure) {
      setError(`无法读取文件：${errorMessage(failure)}`);
    }
  };
  const confirm = async () => {
    if (!preview) return;
    try {
      const stored = await importHolidayNotice(text);
      setStatus(`已导入 ${stored.year} 年的节假日安排，所有工作日估算已按它计算。`);
      setText('');
      setPreview(null);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  const replaces = preview && imported.some((notice) => notice.year === preview.year);
  const replacesBundled = preview && !replaces && known.includes(preview.year);

  return (
    <section className="bh-holidays" aria-label="节假日安排">
      <p>
        工作日估算（腾讯云审核、管局审核、超期提醒）按国务院公布的放假安排计算。已知年份：<strong data-testid="known-years">{yearRanges(known)}</strong>
        {imported.length > 0 && `（其中 ${imported.map((notice) => notice.year).join('、')} 年来自导入的通知）`}。未知年份只按周末计算，日期标为“估算”。
      </p>
      {hint && <p className="bh-notice">{hint}</p>}

      <h3>导入放假安排通知</h3>
      <p className="bh-weak">
        在中国政府网打开“国务院办公厅关于YYYY年部分节假日安排的通知”，复制全文（含标题）粘贴到下面，或选择保存好的 .txt 文件。若当年还有调整假期的后续通知，把它接在后面一起粘贴。
      </p>
      <textarea aria-label="通知全文" rows={8} value={text} onChange={(event) => show(event.target.value)} />
      <div>
        <label>
          选择文件 <input type="file" accept=".txt,text/plain" onChange={(event) => void chooseFile(event)} />
        </label>
      </div>
      {error && (
        <p role="alert" className="bh-error">
          {error}
        </p>
      )}
      {status && <p role="status" className="bh-ok">{status}</p>}
      {preview && (
        <>
          <h3>{preview.year} 年节假日安排（请核对）</h3>
          <Preview arrangement={preview} />
          <button type="button" className="bh-primary" onClick={() => void confirm()}>
            {replaces ? `确认导入（替换已导入的 ${preview.year} 年安排）` : replacesBundled ? `确认导入（替换内置的 ${preview.year} 年数据）` : `确认导入 ${preview.year} 年安排`}
          </button>{' '}
          <button type="button" onClick={() => show('')}>
            取消
          </button>
        </>
      )}

      <h3>已导入的年份</h3>
      {records === null ? (
        <p className="bh-weak">正在读取…</p>
      ) : imported.length === 0 ? (
        <p className="bh-weak">还没有导入任何通知。</p>
      ) : (
        <ul className="bh-holiday-years">
          {imported.map((notice) => (
            <ImportedYear key={notice.year} notice={notice} />
          ))}
        </ul>
      )}
      {records && records.quarantined.length > 0 && (
        <>
          <h3>无法读取的记录</h3>
          <p className="bh-weak">这些记录保持原样保存，没有参与计算；可以导出原始内容后删除。</p>
          <ul>
            {records.quarantined.map((entry) => (
              <Unreadable key={entry.key ?? '*'} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
