/**
 * Options-page section: check many site names at once from pasted lines or a CSV, show a verdict per row, export CSV.
 */
import { useId, useState, type ChangeEvent } from 'react';
import type { SubjectType } from '@/utils/names';
import { checkBatch, CSV_COLUMNS, parseBatch, resultsToCsv, VERDICT_LABELS, type BatchResult } from '@/utils/names/batch';
import { NameFindings } from './NameFindings';

const VERDICT_CLASS = { block: 'bh-error', warn: 'bh-warning', pass: 'bh-ok' } as const;
const SUBJECT_LABELS: Record<SubjectType, string> = { personal: '个人', enterprise: '企业' };
const EXPORT_FILE_NAME = '网站名称检查结果.csv';

function downloadCsv(csv: string): void {
  // The BOM lets spreadsheet programs read the Chinese text as UTF-8.
  const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = EXPORT_FILE_NAME;
  link.click();
  URL.revokeObjectURL(url);
}

export function BatchCheck() {
  const headingId = useId();
  const [text, setText] = useState('');
  const [subject, setSubject] = useState<SubjectType>('personal');
  const [province, setProvince] = useState('');
  const [results, setResults] = useState<BatchResult[] | null>(null);
  const [fileError, setFileError] = useState('');

  const check = (source: string) => setResults(checkBatch(parseBatch(source, { subject, province: province.trim() || undefined })));

  const loadFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const content = await file.text();
      setFileError('');
      setText(content);
      check(content);
    } catch (error) {
      setFileError(`无法读取文件“${file.name}”：${(error as Error).message}`);
    }
  };

  const counts = { block: 0, warn: 0, pass: 0, invalid: 0 };
  for (const result of results ?? []) counts[result.verdict ?? 'invalid']++;

  return (
    <section className="bh-section" aria-labelledby={headingId}>
      <h2 id={headingId} style={{ fontSize: 14 }}>批量检查网站名称</h2>
      <p className="bh-weak">
        每行一个网站名称；或粘贴、导入带表头的 CSV，列为 {CSV_COLUMNS.join('、')}，多个值用 | 或 、 分隔。
      </p>
      <label className="bh-field">
        <span>网站名称或 CSV 内容</span>
        <textarea rows={8} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label className="bh-field">
        <span>导入 CSV 文件</span>
        <input type="file" accept=".csv,text/csv" onChange={loadFile} />
      </label>
      {fileError && <p className="bh-notice bh-error" role="alert">{fileError}</p>}
      <label className="bh-field">
        <span>未注明主体类型的行按</span>
        <select value={subject} onChange={(event) => setSubject(event.target.value as SubjectType)}>
          <option value="personal">个人</option>
          <option value="enterprise">企业</option>
        </select>
      </label>
      <label className="bh-field">
        <span>未注明省份的行按（可留空）</span>
        <input value={province} placeholder="例如：湖南" onChange={(event) => setProvince(event.target.value)} />
      </label>
      <div style={{ display: 'flex', gap: 8, margin: '8px 0' }}>
        <button type="button" className="bh-primary" disabled={text.trim() === ''} onClick={() => check(text)}>
          检查
        </button>
        <button type="button" disabled={!results?.length} onClick={() => results && downloadCsv(resultsToCsv(results))}>
          导出结果 CSV
        </button>
      </div>
      {results && (
        <>
          <p role="status">
            共 {results.length} 条：阻断 {counts.block}，警告 {counts.warn}，通过 {counts.pass}
            {counts.invalid > 0 && `，输入有误 ${counts.invalid}`}
          </p>
          <table className="bh-table">
            <thead>
              <tr>
                <th>行</th>
                <th>网站名称</th>
                <th>主体</th>
                <th>结论</th>
                <th>问题与建议</th>
              </tr>
            </thead>
            <tbody>
              {results.map(({ row, verdict, findings }) => (
                <tr key={row.line}>
                  <td>{row.line}</td>
                  <td>{row.name}</td>
                  <td>{row.input ? SUBJECT_LABELS[row.input.subject] : ''}</td>
                  <td className={verdict ? VERDICT_CLASS[verdict] : 'bh-error'}>{verdict ? VERDICT_LABELS[verdict] : '输入有误'}</td>
                  <td>{row.error ? <span className="bh-error">{row.error}</span> : <NameFindings findings={findings} emptyText="未发现问题。" />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
