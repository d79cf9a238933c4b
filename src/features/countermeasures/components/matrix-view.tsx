import { useId, useMemo, useState } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { useChartHost } from '../../../charts/chart-host';
import { ToggleGroup } from '../../../components/toggle-group';
import type { ChartTable } from '../../../charts/chart-types';
import { HORIZON_COLOURS } from '../../../charts/palette';
import type { Source } from '../../../data/schema';
import { ROW_DIMENSIONS, type RowDimension } from '../lib/countermeasures-url';
import { HORIZON_LABELS, pluralMeasures } from '../lib/labels';
import { DIMENSION_LABELS, matrixSummary, type Matrix, type MatrixCell, type MatrixRow } from '../lib/matrix';
import { MeasureCard } from './measure-card';
import { t } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { recordText, type Translatable } from '../../../i18n/record-text';

/** A measure as recordText reads it (its `translations`, once the bundle schema has them). */
type MeasureTexts = Translatable & { title: string };
import { intlLocale } from '../../../i18n/format-locale';

/** Cards drawn per cell before "Show all": keeps a 5,000-measure bundle to a few hundred cards. */
const CELL_CAP = 8;

interface Props {
  matrix: Matrix;
  search: string;
  sources: Source[];
  onRowsChange: (rows: RowDimension) => void;
  /** The bundle version, cited in exports. */
  version: string;
}

/** The matrix as a table: one row per row of the grid, per horizon the count and the titles. */
function matrixTable(matrix: Matrix): ChartTable {
  return {
    columns: [
      { key: 'row', label: DIMENSION_LABELS[matrix.dimension] },
      ...matrix.columns.flatMap((h) => [
        {
          key: `${h}-count`,
          label: t('countermeasures.matrix.table.count', { horizon: HORIZON_LABELS[h] }),
          numeric: true,
        },
        { key: `${h}-titles`, label: t('countermeasures.matrix.table.titles', { horizon: HORIZON_LABELS[h] }) },
      ]),
    ],
    rows: matrix.rows.map((row) => ({
      row: row.label,
      ...Object.fromEntries(
        row.cells.flatMap((cell) => [
          [`${cell.horizon}-count`, cell.measures.length],
          [
            `${cell.horizon}-titles`,
            cell.measures.map((m) => recordText(m as MeasureTexts, 'title')?.text ?? m.title).join('; ') ||
              t('countermeasures.matrix.table.none'),
          ],
        ]),
      ),
    })),
  };
}

/** How many measures a cell holds, split hard and soft: "5 (3 hard, 2 soft)". */
function cellCount(cell: MatrixCell): string {
  const hard = cell.measures.filter((m) => m.approach === 'hard').length;
  const soft = cell.measures.length - hard;
  if (cell.measures.length === 0) return '–';
  const split = [
    hard > 0 && t('countermeasures.matrix.hardCount', { count: hard }),
    soft > 0 && t('countermeasures.matrix.softCount', { count: soft }),
  ]
    .filter(Boolean)
    .join(t('countermeasures.summary.splitSeparator'));
  return t('countermeasures.matrix.cellCount', { count: String(cell.measures.length), split });
}

/** The matrix's counts for a slide image, as the count grid shows them; the titles stay in the CSV. */
function countTable(matrix: Matrix): ChartTable {
  return {
    columns: [
      { key: 'row', label: DIMENSION_LABELS[matrix.dimension] },
      ...matrix.columns.map((h) => ({ key: h, label: HORIZON_LABELS[h] })),
    ],
    rows: matrix.rows.map((row) => ({
      row: row.label,
      ...Object.fromEntries(row.cells.map((cell) => [cell.horizon, cellCount(cell)])),
    })),
  };
}

/**
 * The seed article's argument as a grid: rows by the chosen dimension, one
 * column per horizon. Every cell is drawn, empty or not. It is HTML, so its
 * image exports draw the table rows (one row per grid row, counts and titles).
 */
export function MatrixView({ matrix, search, sources, onRowsChange, version }: Props) {
  const table = useMemo(() => matrixTable(matrix), [matrix]);
  const slideTable = useMemo(() => countTable(matrix), [matrix]);
  const t = useT();
  const compact = useChartHost().compact === true;
  const title = t('countermeasures.matrix.title', { dimension: matrix.dimension });
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const toggleCell = (key: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="cm-matrix">
      <ChartFrame
        chartId="countermeasures-matrix"
        title={title}
        subtitle={t('countermeasures.matrix.subtitle')}
        sources={sources}
        version={version}
        summary={matrixSummary(matrix)}
        table={table}
        slideTable={slideTable}
        height={0}
        plot="html"
        deferUntilNear={false}
        controls={
          <ToggleGroup
            label={t('countermeasures.matrix.rows')}
            visibleLabel={t('countermeasures.matrix.rows')}
            options={ROW_DIMENSIONS}
            labels={DIMENSION_LABELS}
            value={matrix.dimension}
            onChange={onRowsChange}
          />
        }
      >
        {compact ? (
          <CountGrid matrix={matrix} />
        ) : (
          <div className={`cm-grid cm-grid--cols-${matrix.columns.length}`}>
            <div className="cm-grid__head" aria-hidden="true">
              <span className="cm-grid__corner">{DIMENSION_LABELS[matrix.dimension]}</span>
              {matrix.columns.map((h) => (
                <span key={h} className="cm-grid__col" style={{ borderTopColor: HORIZON_COLOURS[h] }}>
                  {HORIZON_LABELS[h]}{' '}
                  <span className="num muted">
                    {matrix.rows.reduce(
                      (n, r) => n + (r.cells.find((c) => c.horizon === h)?.measures.length ?? 0),
                      0,
                    )}
                  </span>
                </span>
              ))}
            </div>
            {matrix.rows.map((row) => (
              <MatrixRowView
                key={row.key}
                row={row}
                search={search}
                expanded={expanded}
                onToggleCell={toggleCell}
              />
            ))}
          </div>
        )}
      </ChartFrame>
    </div>
  );
}

interface RowProps {
  row: MatrixRow;
  search: string;
  expanded: ReadonlySet<string>;
  onToggleCell: (key: string) => void;
}

function MatrixRowView({ row, search, expanded, onToggleCell }: RowProps) {
  const headingId = useId();
  return (
    <section className={`cm-row${row.total === 0 ? ' cm-row--empty' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="cm-row__head">
        <span className="cm-row__label">{row.label}</span>{' '}
        <span className="cm-row__total num">{pluralMeasures(row.total)}</span>
      </h3>
      {row.cells.map((cell) => {
        const key = `${row.key}:${cell.horizon}`;
        return (
          <CellView
            key={key}
            rowLabel={row.label}
            cell={cell}
            search={search}
            expanded={expanded.has(key)}
            onToggle={() => onToggleCell(key)}
          />
        );
      })}
    </section>
  );
}

interface CellProps {
  rowLabel: string;
  cell: MatrixCell;
  search: string;
  expanded: boolean;
  onToggle: () => void;
}

function CellView({ rowLabel, cell, search, expanded, onToggle }: CellProps) {
  const t = useT();
  const count = cell.measures.length;
  const label = HORIZON_LABELS[cell.horizon];
  const shown = expanded ? cell.measures : cell.measures.slice(0, CELL_CAP);
  return (
    <div
      className={`cm-cell${count === 0 ? ' cm-cell--empty' : ''}`}
      role="group"
      aria-label={t('countermeasures.matrix.cellLabel', {
        row: rowLabel,
        horizon: label.toLocaleLowerCase(intlLocale()),
        measures: pluralMeasures(count),
      })}
      style={{ borderTopColor: HORIZON_COLOURS[cell.horizon] }}
    >
      <p className="cm-cell__head" aria-hidden="true">
        <span className="cm-cell__horizon">{label}</span>
        <span className="cm-cell__count num">{count}</span>
      </p>
      {count === 0 ? (
        <p className="cm-cell__empty">{t('countermeasures.matrix.emptyCell')}</p>
      ) : (
        <ul className="cm-cell__list">
          {shown.map((m) => (
            <MeasureCard key={m.id} measure={m} search={search} />
          ))}
        </ul>
      )}
      {count > CELL_CAP && (
        <button
          type="button"
          className="button button--quiet cm-cell__more"
          aria-expanded={expanded}
          onClick={onToggle}
        >
          {expanded ? t('countermeasures.matrix.showFewer') : t('countermeasures.matrix.showAll', { count })}
        </button>
      )}
    </div>
  );
}

/**
 * The matrix on a slide or compact embed: the count in each cell, split hard
 * and soft, instead of cards, so every row fits a 16:9 screen and reads from
 * the back of a room. The cards stay one click away in the full view.
 */
function CountGrid({ matrix }: { matrix: Matrix }) {
  const t = useT();
  return (
    <table className="cm-counts">
      <thead>
        <tr>
          <th scope="col">{DIMENSION_LABELS[matrix.dimension]}</th>
          {matrix.columns.map((h) => (
            <th key={h} scope="col" style={{ borderTopColor: HORIZON_COLOURS[h] }}>
              {HORIZON_LABELS[h]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell) => {
              const hard = cell.measures.filter((m) => m.approach === 'hard').length;
              const soft = cell.measures.length - hard;
              return (
                <td key={cell.horizon} data-mark={cell.measures.length > 0 ? '' : undefined}>
                  {cell.measures.length === 0 ? (
                    <span className="muted">–</span>
                  ) : (
                    <>
                      <strong className="num">{cell.measures.length}</strong>{' '}
                      <span className="cm-counts__split muted">
                        {hard > 0 && t('countermeasures.matrix.hardCount', { count: hard })}
                        {hard > 0 && soft > 0 && ' · '}
                        {soft > 0 && t('countermeasures.matrix.softCount', { count: soft })}
                      </span>
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
