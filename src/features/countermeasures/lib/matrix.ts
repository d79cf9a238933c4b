import { ACTORS, APPROACHES, DOMAINS, HORIZONS, STATUSES } from '../../../data/schema';
import type { Countermeasure, Horizon } from '../../../data/schema';
import type { CountermeasureFilters, RowDimension } from './countermeasures-url';
import { t } from '../../../i18n/i18n';
import { ACTOR_LABELS, APPROACH_LABELS, DOMAIN_LABELS, pluralMeasures, STATUS_LABELS, translatedLabels } from './labels';

export interface MatrixCell {
  horizon: Horizon;
  measures: Countermeasure[];
}

export interface MatrixRow {
  key: string;
  label: string;
  total: number;
  cells: MatrixCell[];
}

export interface Matrix {
  dimension: RowDimension;
  columns: Horizon[];
  rows: MatrixRow[];
  total: number;
  emptyCells: number;
}

interface RowOption {
  key: string;
  label: string;
}

const options = <T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): RowOption[] =>
  values.map((key) => ({ key, label: labels[key] }));

/** Every value of each row dimension, in the schema's order, with its label in the active language. */
const ROW_OPTIONS: Record<RowDimension, () => RowOption[]> = {
  domain: () => options(DOMAINS, DOMAIN_LABELS),
  actor: () => options(ACTORS, ACTOR_LABELS),
  approach: () => options(APPROACHES, APPROACH_LABELS),
  status: () => options(STATUSES, STATUS_LABELS),
};

export const DIMENSION_LABELS = translatedLabels<RowDimension>({
  domain: 'countermeasures.facet.domain',
  actor: 'countermeasures.facet.actor',
  approach: 'countermeasures.facet.approach',
  status: 'countermeasures.facet.status',
});

/** The row values shown: those the filter on that dimension selects, else all of them (empty rows included). */
export function rowKeys(dimension: RowDimension, filters: CountermeasureFilters): RowOption[] {
  const selected: readonly string[] = filters[dimension];
  return ROW_OPTIONS[dimension]().filter((o) => selected.length === 0 || selected.includes(o.key));
}

/** Columns shown: the horizons the filter selects, else all three. */
export function columnKeys(filters: CountermeasureFilters): Horizon[] {
  return filters.horizon.length === 0 ? [...HORIZONS] : HORIZONS.filter((h) => filters.horizon.includes(h));
}

/**
 * Measures pivoted into rows (by `dimension`) x horizon columns. Every row
 * and column asked for is present, empty or not: an empty cell is a finding.
 * Measures keep their input order within a cell.
 */
export function buildMatrix(
  measures: readonly Countermeasure[],
  dimension: RowDimension,
  rows: readonly RowOption[],
  columns: readonly Horizon[],
): Matrix {
  const index = new Map<string, Map<Horizon, Countermeasure[]>>();
  for (const row of rows) index.set(row.key, new Map(columns.map((h) => [h, []])));
  let total = 0;
  for (const m of measures) {
    const cell = index.get(m[dimension])?.get(m.horizon);
    if (!cell) continue;
    cell.push(m);
    total++;
  }
  let emptyCells = 0;
  const matrixRows = rows.map((row) => {
    const byHorizon = index.get(row.key);
    const cells = columns.map((horizon) => ({ horizon, measures: byHorizon?.get(horizon) ?? [] }));
    emptyCells += cells.filter((c) => c.measures.length === 0).length;
    return { key: row.key, label: row.label, total: cells.reduce((n, c) => n + c.measures.length, 0), cells };
  });
  return { dimension, columns: [...columns], rows: matrixRows, total, emptyCells };
}

/** The horizons inside a sentence: "short term", "both short and long term". */
export const HORIZON_WORDS = translatedLabels<Horizon>({
  short: 'countermeasures.horizonWord.short',
  long: 'countermeasures.horizonWord.long',
  both: 'countermeasures.horizonWord.both',
});

/** One sentence: how the measures split by horizon, the fullest cell and the empty ones. */
export function matrixSummary(matrix: Matrix): string {
  if (matrix.total === 0) return t('countermeasures.matrix.summary.none');
  const byColumn = matrix.columns.map((h) => ({
    h,
    n: matrix.rows.reduce(
      (sum, row) => sum + (row.cells.find((c) => c.horizon === h)?.measures.length ?? 0),
      0,
    ),
  }));
  let best: { row: MatrixRow; cell: MatrixCell } | null = null;
  for (const row of matrix.rows) {
    for (const cell of row.cells)
      if (!best || cell.measures.length > best.cell.measures.length) best = { row, cell };
  }
  const split = byColumn
    .map(({ h, n }) => t('countermeasures.summary.splitItem', { count: String(n), horizon: HORIZON_WORDS[h] }))
    .join(t('countermeasures.summary.splitSeparator'));
  const sentences = [t('countermeasures.matrix.summary.lead', { measures: pluralMeasures(matrix.total), split })];
  if (best) {
    sentences.push(
      t('countermeasures.matrix.summary.fullest', {
        row: best.row.label,
        horizon: HORIZON_WORDS[best.cell.horizon],
        count: String(best.cell.measures.length),
      }),
    );
  }
  const cells = matrix.rows.length * matrix.columns.length;
  sentences.push(
    matrix.emptyCells === 0
      ? t('countermeasures.matrix.summary.noEmpty')
      : t('countermeasures.matrix.summary.empty', { empty: matrix.emptyCells, cells: String(cells) }),
  );
  return sentences.join(' ');
}
