// One-sentence readings of each chart, generated from the data, shown under
// the chart title and read by screen readers. Written in the page's language at
// call time (t), with numbers, dates and lists formatted for it.
import { formatQualified } from '../../../data/qualifiers';
import type { FighterSnapshot } from '../../../data/schema';
import { t } from '../../../i18n/i18n';
import { formatPartialDate } from '../../../lib/dates';
import { intlLocale } from '../../../i18n/format-locale';
import { editorPlain, formatPercent } from './editor-text';
import type { ComparisonRow, Segment, TimePoint } from './series';

/** "Returned to Morocco" -> "returned to Morocco": only the first letter, so place names keep theirs. */
const inSentence = (label: string) => label.charAt(0).toLocaleLowerCase(intlLocale()) + label.slice(1);

/** "a, b, c" in English; the page's language's own list ("a, b et c", "a، وb"). */
const list = (items: string[]) => new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(items);

const who = (s: FighterSnapshot) => t('fighters.summary.who', { speaker: editorPlain(s, 'speaker'), date: formatPartialDate(s.date, s.approximate) });

function part(segment: Segment): string {
  const values = { value: formatQualified(segment.value, segment.qualifier), label: segment.summaryLabel, percent: formatPercent(segment.percent) };
  return segment.derived ? t('fighters.summary.partDerived', values) : t('fighters.summary.part', values);
}

export function compositionSummary(snapshot: FighterSnapshot, segments: Segment[]): string {
  return t('fighters.summary.composition', {
    who: who(snapshot),
    total: formatQualified(snapshot.figures.total, snapshot.qualifiers?.total),
    parts: list(segments.map(part)),
  });
}

export function outcomeSummary(snapshot: FighterSnapshot, segments: Segment[]): string {
  return t('fighters.summary.outcomes', {
    who: who(snapshot),
    total: formatQualified(snapshot.figures.total, snapshot.qualifiers?.total),
    parts: list(segments.map(part)),
  });
}

export function overTimeSummary(points: TimePoint[]): string {
  const totals = points.filter((p) => p.values.total !== undefined && p.official);
  if (points.length === 0) return t('fighters.summary.overTime.none');
  const first = totals[0];
  const last = totals[totals.length - 1];
  const range = t('fighters.summary.overTime.range', {
    count: points.length,
    first: points[0]?.dateLabel ?? '',
    last: points[points.length - 1]?.dateLabel ?? '',
  });
  if (!first || !last || first === last) return range;
  return `${range} ${t('fighters.summary.overTime.total', {
    from: formatQualified(first.values.total, first.qualifiers.total),
    fromDate: first.dateLabel,
    to: formatQualified(last.values.total, last.qualifiers.total),
    toDate: last.dateLabel,
  })}`;
}

export function comparisonSummary(a: FighterSnapshot, b: FighterSnapshot, rows: ComparisonRow[]): string {
  const both = rows.filter((r) => r.a !== null && r.b !== null && !r.derived);
  const differing = both.filter((r) => r.differs);
  const pair = { a: who(a), b: who(b) };
  if (both.length === 0) return t('fighters.summary.compare.noCommon', pair);
  if (differing.length === 0) return t('fighters.summary.compare.agree', { ...pair, count: both.length });
  return t('fighters.summary.compare.differ', {
    ...pair,
    count: differing.length,
    total: both.length,
    differences: differing
      .map((r) => t('fighters.summary.compare.difference', { figure: inSentence(r.label), a: formatQualified(r.a, r.qa), b: formatQualified(r.b, r.qb) }))
      .join(t('fighters.summary.listSeparator')),
  });
}
