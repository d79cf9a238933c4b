import type { ChartTable } from './chart-types';
import { formatCount } from '../lib/format';
import { useT } from '../i18n/use-t';

export function ChartTableView({ table, caption }: { table: ChartTable; caption: string }) {
  const t = useT();
  return (
    // Focusable so a keyboard user can scroll a wide table sideways on a phone.
    <div className="chart-table-wrap chart-frame__table" tabIndex={0} role="region" aria-label={t('charts.table.label', { caption })}>
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {table.columns.map((column, columnIndex) => {
                const value = row[column.key];
                const content = column.numeric && typeof value !== 'string' ? formatCount(value) : (value ?? '–');
                return columnIndex === 0 ? (
                  <th key={column.key} scope="row">
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'num' : undefined}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
