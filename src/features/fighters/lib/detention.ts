// Returnees and Moroccans still held in camps or prisons abroad: one row per
// statement, qualifiers kept, for the detention table, its CSV and its summary.
import type { ChartTable } from '../../../charts/chart-types';
import { formatQualified } from '../../../data/qualifiers';
import type { DetentionFigure, DetentionKey } from '../../../data/schema';
import { t, type MessageId } from '../../../i18n/i18n';
import { comparePartialDates, formatPartialDate } from '../../../lib/dates';
import { editorPlain } from './editor-text';

/** The message of each figure's row label; translated where shown (detentionLabel). */
export const DETENTION_LABELS: Record<DetentionKey, MessageId> = {
  heldTotal: 'fighters.detention.figure.heldTotal',
  heldMen: 'fighters.detention.figure.heldMen',
  heldWomen: 'fighters.detention.figure.heldWomen',
  heldChildren: 'fighters.detention.figure.heldChildren',
  unaccompaniedChildren: 'fighters.detention.figure.unaccompaniedChildren',
  returnedInPeriod: 'fighters.detention.figure.returnedInPeriod',
  returnedProsecuted: 'fighters.detention.figure.returnedProsecuted',
};

export const detentionLabel = (key: DetentionKey): string => t(DETENTION_LABELS[key]);

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
  f.placed ? t('fighters.date.placed', { date: formatPartialDate(f.date, f.approximate) }) : formatPartialDate(f.date, f.approximate);

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
      { key: 'figure', label: t('fighters.table.figure') },
      ...figures.map((f, i) => ({ key: column(i), label: detentionDate(f) })),
    ],
    rows: [
      row(t('fighters.table.whoSaidIt'), (f) => t('fighters.speaker.withOfficial', { speaker: editorPlain(f, 'speaker'), official: f.official ? 'yes' : 'no' })),
      row(t('fighters.detention.counts'), (f) => editorPlain(f, 'scope')),
      ...keys.map((k) =>
        row(detentionLabel(k), (f) =>
          k === 'returnedInPeriod' && f.period && f.figures[k] !== null
            ? t('fighters.detention.valueInPeriod', { value: detentionValue(f, k), period: editorPlain(f, 'period') })
            : detentionValue(f, k),
        ),
      ),
      row(t('fighters.table.sourceIds'), (f) => f.sources.join(' ')),
    ],
  };
}

/** One sentence: how many statements, and the latest count held and returned. */
export function detentionSummary(figures: readonly DetentionFigure[]): string {
  const sorted = sortDetention(figures);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return t('fighters.detention.empty');
  const range =
    first === last
      ? t('fighters.detention.summary.one', { date: detentionDate(first) })
      : t('fighters.detention.summary.range', { count: sorted.length, first: detentionDate(first), last: detentionDate(last) });
  const latest = (key: DetentionKey) => [...sorted].reverse().find((f) => f.figures[key] !== null);
  const held = latest('heldTotal');
  const returned = latest('returnedInPeriod');
  const parts = [range];
  if (held) {
    parts.push(
      t('fighters.detention.summary.held', { value: detentionValue(held, 'heldTotal'), speaker: editorPlain(held, 'speaker'), date: detentionDate(held) }),
    );
  }
  if (returned) {
    const values = { value: detentionValue(returned, 'returnedInPeriod'), speaker: editorPlain(returned, 'speaker') };
    parts.push(
      returned.period
        ? t('fighters.detention.summary.returnedInPeriod', { ...values, period: editorPlain(returned, 'period') })
        : t('fighters.detention.summary.returned', values),
    );
  }
  return t('fighters.detention.summary.sentence', { parts: parts.join(t('fighters.summary.listSeparator')) });
}
