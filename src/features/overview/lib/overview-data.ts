import { sourcesById, type SourcesById } from '../../../data/sources';
import { comparePartialDates, formatPartialDate } from '../../../lib/dates';
import { derivedMen, derivedQualifier, derivedUnaccounted, headlineCellCount, headlineSnapshot, type Derived } from '../../../data/derived';
import { cellTotals } from '../../../data/cell-events';
import type { Bundle, CellCount, FighterSnapshot, Qualifier } from '../../../data/schema';
import type { MessageId } from '../../../i18n/i18n';

type KeyFigureKey = 'total' | 'women' | 'children' | 'returned' | 'killed';

interface KeyFigure {
  key: KeyFigureKey;
  value: number;
  qualifier?: Qualifier;
  /** Translated where shown. */
  label: MessageId;
}

/** The most recent official statement of one figure, beside the headline's, and the change (computed). */
export interface LatestFigure {
  key: KeyFigureKey;
  /** Translated where shown. */
  label: MessageId;
  headline: { value: number; qualifier?: Qualifier } | null;
  latest: { value: number; qualifier?: Qualifier; snapshot: FighterSnapshot };
  /** latest − headline; "about" when either is qualified (derivedQualifier). */
  change: { value: number; qualifier?: Qualifier } | null;
}

const KEY_FIGURES: [KeyFigureKey, MessageId][] = [
  ['total', 'overview.figure.total'],
  ['women', 'overview.figure.women'],
  ['children', 'overview.figure.children'],
  ['returned', 'overview.figure.returned'],
  ['killed', 'overview.figure.killed'],
];

const withQualifier = (value: number, qualifier: Qualifier | undefined) => (qualifier ? { value, qualifier } : { value });

/**
 * For each key figure, the latest official statement that gives it (a figure
 * its source flags as a likely typo or another category is skipped), beside
 * the headline statement's figure. Later than the headline only: when the
 * headline is itself the latest, there is nothing newer to show.
 */
export function latestOfficialFigures(snapshots: readonly FighterSnapshot[], headline: FighterSnapshot | null): LatestFigure[] {
  const out: LatestFigure[] = [];
  for (const [key, label] of KEY_FIGURES) {
    const latest = snapshots
      .filter(
        (s) =>
          s.official &&
          s.figures[key] !== null &&
          !s.flags?.some((f) => f.figure === key && f.kind !== 'disputed') &&
          (headline === null || comparePartialDates(s.date, headline.date) > 0),
      )
      .sort((a, b) => comparePartialDates(b.date, a.date))[0];
    const value = latest?.figures[key];
    if (!latest || value === null || value === undefined) continue;
    const h = headline?.figures[key];
    const hq = headline?.qualifiers?.[key];
    const lq = latest.qualifiers?.[key];
    out.push({
      key,
      label,
      headline: h === null || h === undefined ? null : withQualifier(h, hq),
      latest: { ...withQualifier(value, lq), snapshot: latest },
      change: h === null || h === undefined ? null : withQualifier(value - h, derivedQualifier([hq, lq])),
    });
  }
  return out;
}

export interface OverviewData {
  snapshot: FighterSnapshot | null;
  figures: KeyFigure[];
  latest: LatestFigure[];
  cellCount: CellCount | null;
  sourcesById: SourcesById;
  /** count: new cells (follow-ups left out); arrested: in Morocco, at the operation and later; abroad: joint operations. */
  events: { count: number; followUps: number; first: string | null; last: string | null; arrested: number; abroad: number };
  measures: { count: number; short: number; long: number; both: number; inPlace: number };
  statements: number;
  /** Derived from the headline statement; null value when it lacks the figures. */
  men: Derived | null;
  unaccounted: Derived | null;
}

export function selectOverview(bundle: Bundle): OverviewData {
  const snapshot = headlineSnapshot(bundle);
  const f = snapshot?.figures;
  const figures: KeyFigure[] = [];
  if (f) {
    for (const [key, label] of KEY_FIGURES) {
      const value = f[key];
      if (value !== null) figures.push({ key, label, ...withQualifier(value, snapshot.qualifiers?.[key]) });
    }
  }
  const men = f ? derivedMen(f, snapshot.qualifiers) : null;
  const rest = f ? derivedUnaccounted(f, snapshot.qualifiers) : null;
  const dates = bundle.cellEvents.map((e) => e.date).sort(comparePartialDates);
  const totals = cellTotals(bundle.cellEvents);
  return {
    snapshot,
    figures,
    latest: latestOfficialFigures(bundle.fighterSnapshots, snapshot),
    cellCount: headlineCellCount(bundle),
    sourcesById: sourcesById(bundle),
    events: {
      count: totals.cells,
      followUps: totals.followUps,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      arrested: totals.arrested + totals.laterArrests,
      abroad: totals.abroad,
    },
    measures: {
      count: bundle.countermeasures.length,
      short: bundle.countermeasures.filter((m) => m.horizon === 'short').length,
      long: bundle.countermeasures.filter((m) => m.horizon === 'long').length,
      both: bundle.countermeasures.filter((m) => m.horizon === 'both').length,
      inPlace: bundle.countermeasures.filter((m) => m.status === 'in-place').length,
    },
    statements: bundle.fighterSnapshots.length,
    men,
    unaccounted: rest,
  };
}

export function yearSpan(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  const a = formatPartialDate(first.slice(0, 4));
  const b = formatPartialDate(last.slice(0, 4));
  return a === b ? a : `${a}–${b}`;
}
