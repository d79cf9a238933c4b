// Returnees and Moroccans still held in camps or prisons abroad: one row per
// statement, qualifiers kept, for the detention table, its CSV and its summary.
import type { ChartTable } from '../../../charts/chart-types';
import { formatQualified, qualifierWord } from '../../../data/qualifiers';
import { DETENTION_KEYS, type DetentionFigure, type DetentionKey } from '../../../data/schema';
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

/** The figure keys any statement gives, in schema order: the table's rows. */
export const detentionKeysGiven = (figures: readonly DetentionFigure[]): DetentionKey[] =>
  DETENTION_KEYS.filter((k) => figures.some((f) => f.figures[k] !== null));

export const detentionDate = (f: DetentionFigure) =>
  `${formatPartialDate(f.date, f.approximate)}${f.placed ? ' (year placed by the editors)' : ''}`;

export const sortDetention = (figures: readonly DetentionFigure[]) =>
  [...figures].sort((a, b) => comparePartialDates(a.date, b.date));

/** One figure as stated: "about 136", "–" when the statement does not give it. */
export const detentionValue = (f: DetentionFigure, key: DetentionKey) => formatQualified(f.figures[key], f.qualifiers?.[key]);

export function detentionTable(figures: readonly DetentionFigure[]): ChartTable {
  const keys = detentionKeysGiven(figures);
  return {
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'speaker', label: 'Who said it' },
      { key: 'official', label: 'Official' },
      { key: 'scope', label: 'Scope' },
      ...keys.flatMap((k) => [
        { key: k, label: DETENTION_LABELS[k], numeric: true },
        { key: `${k}Qualifier`, label: `${DETENTION_LABELS[k]}: qualifier` },
      ]),
      { key: 'period', label: 'Period of returns' },
      { key: 'sources', label: 'Source ids' },
    ],
    rows: figures.map((f) => ({
      date: detentionDate(f),
      speaker: f.speaker,
      official: f.official ? 'yes' : 'no',
      scope: f.scope ?? '',
      ...Object.fromEntries(keys.flatMap((k) => [[k, f.figures[k]], [`${k}Qualifier`, qualifierWord(f.qualifiers?.[k])]])),
      period: f.period ?? '',
      sources: f.sources.join(' '),
    })),
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
