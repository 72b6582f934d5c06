import type { ReactNode } from 'react';
import { usePrefixed } from './prefix';

export interface Column<Row> {
  key: string;
  header: string;
  width?: number;
  render(row: Row): ReactNode;
}

/** tea Table: header and body are separate tables; cells wrap their content in a div. */
export function Table<Row>({ columns, rows, rowKey }: { columns: Column<Row>[]; rows: Row[]; rowKey(row: Row): string }) {
  const p = usePrefixed();
  // Header and body are separate tables, so both carry the same column widths.
  const colgroup = (
    <colgroup>
      {columns.map((column) => (
        <col key={column.key} style={{ width: column.width }} />
      ))}
    </colgroup>
  );
  return (
    <div className={p('table')}>
      <div className={p('table__header')}>
        <table className={p('table__box')}>
          {colgroup}
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key}>
                  <div>
                    <span className={p('text-overflow')}>{column.header}</span>
                  </div>
                </th>
              ))}
            </tr>
          </thead>
        </table>
      </div>
      <div className={p('table__body')}>
        <table className={p('table__box')}>
          {colgroup}
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={columns.length}>
                  <div className={p('text-weak')}>暂无数据</div>
                </td>
              </tr>
            ) : (
              rows.map((row) => (
                <tr key={rowKey(row)}>
                  {columns.map((column) => (
                    <td key={column.key}>
                      <div>{column.render(row)}</div>
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
