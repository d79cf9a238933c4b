// Returnees and Moroccans still held in camps or prisons abroad: one row per
// statement, qualifiers kept, for the detention table, its CSV and its summary.
import type { ChartTable } from '../../../charts/chart-types';
import { formatQualified } from '../../../data/qualifiers';
import type { DetentionFigure, DetentionKey } from '../../../data/schema';
import { comparePartialDates, formatPartialDate } from '../../../lib/dates';

export const DETENTION_LABELS: Record<DetentionKey, string> = {
  heldTotal: 'Held in camps or prisons abroad',
  heldMen: 'of them men',
  heldWomen: 'of them women',
  heldChildren: 'of them children',
  unaccompaniedChildren: 'Unaccompanied children',
  returnedInPeriod: 'Returned in the period',
  returnedProsecuted: 'Returnees prosecuted',
};

// The schema's order, written out: importing DETENTION_KEYS (a value) from the
// schema would pull zod into the fighters view's first load (about 10 KB gzip).
const DETENTION_ORDER = [
  'heldTotal',
  'heldMen',
  'heldWomen',
  'heldChildren',
  'unaccompaniedChildren',
  'returnedInPeriod',
  'returnedProsecuted',
] as const satisfies readonly DetentionKey[];

/** The figure keys any statement gives, in schema order: the table's rows. */
export const detentionKeysGiven = (figures: readonly DetentionFigure[]): DetentionKey[] =>
  DETENTION_ORDER.filter((k) => figures.some((f) => f.figures[k] !== null));

export const detentionDate = (f: DetentionFigure) =>
  `${formatPartialDate(f.date, f.approximate)}${f.placed ? ' (year placed by the editors)' : ''}`;

export const sortDetention = (figures: readonly DetentionFigure[]) =>
  [...figures].sort((a, b) => comparePartialDates(a.date, b.date));

/** One figure as stated: "about 136", "–" when the statement does not give it. */
export const detentionValue = (f: DetentionFigure, key: DetentionKey) => formatQualified(f.figures[key], f.qualifiers?.[key]);

/**
 * The table as it reads on screen: a row per figure, a column per statement
 * (three statements fit a slide; eighteen columns, one per figure and qualifier,
 * did not). Each cell keeps its qualifier ("about 136"), so cells are text.
 */
export function detentionTable(figures: readonly DetentionFigure[]): ChartTable {
  const keys = detentionKeysGiven(figures);
  const column = (i: number) => `s${i}`;
  const row = (label: string, cell: (f: DetentionFigure) => string) => ({
    figure: label,
    ...Object.fromEntries(figures.map((f, i) => [column(i), cell(f)])),
  });
  return {
    columns: [
      { key: 'figure', label: 'Figure' },
      ...figures.map((f, i) => ({ key: column(i), label: detentionDate(f) })),
    ],
    rows: [
      row('Who said it', (f) => `${f.speaker}${f.official ? '' : ' (unofficial)'}`),
      row('Counts', (f) => f.scope ?? ''),
      ...keys.map((k) =>
        row(DETENTION_LABELS[k], (f) => `${detentionValue(f, k)}${k === 'returnedInPeriod' && f.period && f.figures[k] !== null ? ` (${f.period})` : ''}`),
      ),
      row('Source ids', (f) => f.sources.join(' ')),
    ],
  };
}

/** One sentence: how many statements, and the latest count held and returned. */
export function detentionSummary(figures: readonly DetentionFigure[]): string {
  const sorted = sortDetention(figures);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return 'This bundle has no figures on returnees or on Moroccans held abroad.';
  const range =
    first === last ? `One statement, ${detentionDate(first)}` : `${sorted.length} statements from ${detentionDate(first)} to ${detentionDate(last)}`;
  const latest = (key: DetentionKey) => [...sorted].reverse().find((f) => f.figures[key] !== null);
  const held = latest('heldTotal');
  const returned = latest('returnedInPeriod');
  const parts = [range];
  if (held) parts.push(`the latest total held in camps or prisons abroad is ${detentionValue(held, 'heldTotal')} (${held.speaker}, ${detentionDate(held)})`);
  if (returned) {
    parts.push(
      `${detentionValue(returned, 'returnedInPeriod')} returned${returned.period ? ` in ${returned.period}` : ''} (${returned.speaker})`,
    );
  }
  return `${parts.join('; ')}.`;
}
