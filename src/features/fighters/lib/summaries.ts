// One-sentence readings of each chart, generated from the data, shown under
// the chart title and read by screen readers.
import { formatQualified } from '../../../data/qualifiers';
import type { FighterSnapshot } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import type { ComparisonRow, Segment, TimePoint } from './series';

/** "Returned to Morocco" -> "returned to Morocco": only the first letter, so place names keep theirs. */
const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);

const who = (s: FighterSnapshot) => `${s.speaker} (${formatPartialDate(s.date, s.approximate)})`;

function part(segment: Segment): string {
  return `${formatQualified(segment.value, segment.qualifier)} ${segment.summaryLabel} (${segment.percent}%${segment.derived ? ', derived' : ''})`;
}

export function compositionSummary(snapshot: FighterSnapshot, segments: Segment[]): string {
  return `According to ${who(snapshot)}, ${formatQualified(snapshot.figures.total, snapshot.qualifiers?.total)} Moroccans went to the conflict zones: ${segments
    .map(part)
    .join(', ')}.`;
}

export function outcomeSummary(snapshot: FighterSnapshot, segments: Segment[]): string {
  return `Of the ${formatQualified(snapshot.figures.total, snapshot.qualifiers?.total)} counted by ${who(snapshot)}: ${segments.map(part).join(', ')}.`;
}

export function overTimeSummary(points: TimePoint[]): string {
  const totals = points.filter((p) => p.values.total !== undefined && p.official);
  if (points.length === 0) return 'No dated statement gives these figures.';
  const first = totals[0];
  const last = totals[totals.length - 1];
  const range = `${points.length} statements from ${points[0]?.dateLabel} to ${points[points.length - 1]?.dateLabel}`;
  if (!first || !last || first === last) return `${range}.`;
  return `${range}. The official total went from ${formatQualified(first.values.total, first.qualifiers.total)} (${first.dateLabel}) to ${formatQualified(last.values.total, last.qualifiers.total)} (${last.dateLabel}).`;
}

export function comparisonSummary(a: FighterSnapshot, b: FighterSnapshot, rows: ComparisonRow[]): string {
  const both = rows.filter((r) => r.a !== null && r.b !== null && !r.derived);
  const differing = both.filter((r) => r.differs);
  if (both.length === 0) return `${who(a)} and ${who(b)} give no figure in common.`;
  if (differing.length === 0) return `${who(a)} and ${who(b)} agree on all ${both.length} figures they both give.`;
  return `${who(a)} and ${who(b)} differ on ${differing.length} of the ${both.length} figures they both give: ${differing
    .map((r) => `${inSentence(r.label)} ${formatQualified(r.a, r.qa)} vs ${formatQualified(r.b, r.qb)}`)
    .join('; ')}.`;
}
