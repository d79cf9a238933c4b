import { sourcesById, type SourcesById } from '../../../data/sources';
import { comparePartialDates, formatPartialDate } from '../../../lib/dates';
import { derivedMen, derivedUnaccounted, headlineCellCount, headlineSnapshot } from '../../../data/derived';
import type { Bundle, CellCount, FighterSnapshot } from '../../../data/schema';

interface KeyFigure {
  key: string;
  value: number;
  label: string;
}

export interface OverviewData {
  snapshot: FighterSnapshot | null;
  figures: KeyFigure[];
  cellCount: CellCount | null;
  sourcesById: SourcesById;
  events: { count: number; first: string | null; last: string | null; arrested: number };
  measures: { count: number; short: number; long: number; both: number; inPlace: number };
  statements: number;
  /** Derived from the headline statement; null when it lacks the figures. */
  men: number | null;
  unaccounted: number | null;
}

export function selectOverview(bundle: Bundle): OverviewData {
  const snapshot = headlineSnapshot(bundle);
  const f = snapshot?.figures;
  const figures: KeyFigure[] = [];
  if (f) {
    if (f.total !== null) figures.push({ key: 'total', value: f.total, label: 'Moroccans went to Syria and Iraq' });
    if (f.women !== null) figures.push({ key: 'women', value: f.women, label: 'of them women' });
    if (f.children !== null) figures.push({ key: 'children', value: f.children, label: 'of them children' });
    if (f.returned !== null) figures.push({ key: 'returned', value: f.returned, label: 'returned to Morocco' });
    if (f.killed !== null) figures.push({ key: 'killed', value: f.killed, label: 'killed' });
  }
  const men = f ? derivedMen(f) : null;
  const rest = f ? derivedUnaccounted(f) : null;
  const dates = bundle.cellEvents.map((e) => e.date).sort(comparePartialDates);
  return {
    snapshot,
    figures,
    cellCount: headlineCellCount(bundle),
    sourcesById: sourcesById(bundle),
    events: {
      count: bundle.cellEvents.length,
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      arrested: bundle.cellEvents.reduce((sum, e) => sum + (e.arrested ?? 0) + (e.laterArrests ?? 0), 0),
    },
    measures: {
      count: bundle.countermeasures.length,
      short: bundle.countermeasures.filter((m) => m.horizon === 'short').length,
      long: bundle.countermeasures.filter((m) => m.horizon === 'long').length,
      both: bundle.countermeasures.filter((m) => m.horizon === 'both').length,
      inPlace: bundle.countermeasures.filter((m) => m.status === 'in-place').length,
    },
    statements: bundle.fighterSnapshots.length,
    men: men?.value ?? null,
    unaccounted: rest?.value ?? null,
  };
}

export function yearSpan(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  const a = formatPartialDate(first.slice(0, 4));
  const b = formatPartialDate(last.slice(0, 4));
  return a === b ? a : `${a}–${b}`;
}
