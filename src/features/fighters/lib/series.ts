// Pure steps from bundle records to what the fighter charts draw: segments for
// the composition and outcome bars, points over time, and a comparison.
import { formatPartialDate, startOf } from '../../../lib/dates';
import { derivedMen, derivedUnaccounted, wholePercentages, type Derived } from '../../../data/derived';
import type { FigureKey, FighterSnapshot, Qualifier } from '../../../data/schema';
import { FIGURE_COLOURS } from '../../../charts/palette';
import type { TimeFigure } from './fighters-url';

export const FIGURE_LABELS: Record<FigureKey | 'men' | 'unaccounted', string> = {
  total: 'Total who went',
  joinedIsis: 'Joined ISIS',
  women: 'Women',
  children: 'Children or minors',
  returned: 'Returned to Morocco',
  killed: 'Killed',
  killedSyria: 'Killed in Syria',
  killedIraq: 'Killed in Iraq',
  returneesProsecuted: 'Returnees prosecuted',
  men: 'Men',
  unaccounted: 'Still abroad or unaccounted',
};

export interface Segment {
  key: string;
  label: string;
  /** The label inside a sentence: "221 returned to Morocco". */
  summaryLabel: string;
  value: number;
  /** Whole percent of the bar, adding up to 100. */
  percent: number;
  colour: string;
  derived: boolean;
  formula?: string;
  /** The source's hedge ("about"), or for a derived part the rule in derivedQualifier. */
  qualifier?: Qualifier;
}

export type SegmentsResult = { segments: Segment[]; total: number } | { segments: null; reason: string };

const SUMMARY_LABELS: Record<string, string> = {
  men: 'men',
  women: 'women',
  children: 'children or minors',
  returned: 'returned to Morocco',
  killed: 'killed',
  killedSyria: 'killed in Syria',
  killedIraq: 'killed in Iraq',
  unaccounted: 'still abroad, detained elsewhere or unaccounted for',
};

function withPercents(parts: Omit<Segment, 'percent' | 'summaryLabel'>[]): Segment[] {
  const percents = wholePercentages(parts.map((p) => p.value));
  return parts.map((p, i) => ({ ...p, percent: percents[i] ?? 0, summaryLabel: SUMMARY_LABELS[p.key] ?? p.label }));
}

/** The qualifier field of a part, left out when the figure is bare (so parts compare equal in tests). */
const q = (qualifier: Qualifier | undefined): { qualifier?: Qualifier } => (qualifier ? { qualifier } : {});

/** Men (derived), women and children of one statement. */
export function compositionSegments(snapshot: FighterSnapshot): SegmentsResult {
  const f = snapshot.figures;
  const qs = snapshot.qualifiers;
  const men = derivedMen(f, qs);
  if (men.value === null || f.women === null || f.children === null || f.total === null) {
    return {
      segments: null,
      reason: `This statement does not give the breakdown by sex and age: men can only be derived when the total, women and children are all stated (${men.missing ?? 'missing figures'}).`,
    };
  }
  return {
    total: f.total,
    segments: withPercents([
      { key: 'men', label: FIGURE_LABELS.men, value: men.value, colour: FIGURE_COLOURS.men, derived: true, formula: men.formula, ...q(men.qualifier) },
      { key: 'women', label: FIGURE_LABELS.women, value: f.women, colour: FIGURE_COLOURS.women, derived: false, ...q(qs?.women) },
      { key: 'children', label: FIGURE_LABELS.children, value: f.children, colour: FIGURE_COLOURS.children, derived: false, ...q(qs?.children) },
    ]),
  };
}

/** Returned, killed (split by country when stated and complete), and the derived remainder. */
export function outcomeSegments(snapshot: FighterSnapshot): SegmentsResult {
  const f = snapshot.figures;
  const qs = snapshot.qualifiers;
  const rest = derivedUnaccounted(f, qs);
  if (rest.value === null || f.returned === null || f.killed === null || f.total === null) {
    return {
      segments: null,
      reason: `This statement does not give what became of everyone: the remainder can only be derived when the total, returned and killed are all stated (${rest.missing ?? 'missing figures'}).`,
    };
  }
  const split = f.killedSyria !== null && f.killedIraq !== null && f.killedSyria + f.killedIraq === f.killed;
  const killed: Omit<Segment, 'percent' | 'summaryLabel'>[] = split
    ? [
        { key: 'killedSyria', label: FIGURE_LABELS.killedSyria, value: f.killedSyria ?? 0, colour: FIGURE_COLOURS.killedSyria, derived: false, ...q(qs?.killedSyria) },
        { key: 'killedIraq', label: FIGURE_LABELS.killedIraq, value: f.killedIraq ?? 0, colour: FIGURE_COLOURS.killedIraq, derived: false, ...q(qs?.killedIraq) },
      ]
    : [{ key: 'killed', label: FIGURE_LABELS.killed, value: f.killed, colour: FIGURE_COLOURS.killed, derived: false, ...q(qs?.killed) }];
  return {
    total: f.total,
    segments: withPercents([
      { key: 'returned', label: FIGURE_LABELS.returned, value: f.returned, colour: FIGURE_COLOURS.returned, derived: false, ...q(qs?.returned) },
      ...killed,
      {
        key: 'unaccounted',
        label: FIGURE_LABELS.unaccounted,
        value: rest.value,
        colour: FIGURE_COLOURS.unaccounted,
        derived: true,
        formula: rest.formula,
        ...q(rest.qualifier),
      },
    ]),
  };
}

export interface TimePoint {
  id: string;
  /** UTC ms of the start of the statement's period, for the x axis. */
  x: number;
  dateLabel: string;
  speaker: string;
  official: boolean;
  /** The year was placed by the editors (an undated page): drawn hollow, never at a month. */
  placed: boolean;
  sources: string[];
  values: Partial<Record<TimeFigure, number>>;
  qualifiers: Partial<Record<TimeFigure, Qualifier>>;
  /** Figures the sources doubt; likely typos and other categories are kept off the line. */
  flags: Partial<Record<TimeFigure, { offLine: boolean; note: string }>>;
}

/** One point per dated statement, oldest first; unofficial ones dropped when hidden. */
export function timePoints(snapshots: readonly FighterSnapshot[], showEstimates: boolean): TimePoint[] {
  return snapshots
    .filter((s) => showEstimates || s.official)
    .map((s) => {
      const values: Partial<Record<TimeFigure, number>> = {};
      const qualifiers: TimePoint['qualifiers'] = {};
      const flags: TimePoint['flags'] = {};
      for (const key of ['total', 'joinedIsis', 'women', 'children', 'returned', 'killed'] as const) {
        const v = s.figures[key];
        if (v !== null) values[key] = v;
        const qualifier = s.qualifiers?.[key];
        if (v !== null && qualifier) qualifiers[key] = qualifier;
        const flag = s.flags?.find((f) => f.figure === key);
        if (flag) flags[key] = { offLine: flag.kind !== 'disputed', note: flag.note };
      }
      return {
        id: s.id,
        x: startOf(s.date),
        dateLabel: formatPartialDate(s.date, s.approximate),
        speaker: s.speaker,
        official: s.official,
        placed: s.placed === true,
        sources: s.sources,
        values,
        qualifiers,
        flags,
      };
    })
    .filter((p) => Object.keys(p.values).length > 0)
    .sort((a, b) => a.x - b.x);
}

export interface ComparisonRow {
  key: FigureKey | 'men' | 'unaccounted';
  label: string;
  a: number | null;
  b: number | null;
  qa?: Qualifier;
  qb?: Qualifier;
  derived: boolean;
  /** Both stated and different. */
  differs: boolean;
}

const COMPARED: FigureKey[] = ['total', 'joinedIsis', 'women', 'children', 'returned', 'killed', 'killedSyria', 'killedIraq', 'returneesProsecuted'];

/** Every figure of two statements side by side, with derived values after the stated ones. */
export function compareSnapshots(a: FighterSnapshot, b: FighterSnapshot): ComparisonRow[] {
  const stated: ComparisonRow[] = COMPARED.map((key) => {
    const va = a.figures[key];
    const vb = b.figures[key];
    return {
      key,
      label: FIGURE_LABELS[key],
      a: va,
      b: vb,
      ...(va !== null && a.qualifiers?.[key] ? { qa: a.qualifiers[key] } : {}),
      ...(vb !== null && b.qualifiers?.[key] ? { qb: b.qualifiers[key] } : {}),
      derived: false,
      differs: va !== null && vb !== null && va !== vb,
    };
  }).filter((row) => row.a !== null || row.b !== null);
  const derivedRow = (key: 'men' | 'unaccounted', da: Derived, db: Derived): ComparisonRow => ({
    key,
    label: FIGURE_LABELS[key],
    a: da.value,
    b: db.value,
    ...(da.value !== null && da.qualifier ? { qa: da.qualifier } : {}),
    ...(db.value !== null && db.qualifier ? { qb: db.qualifier } : {}),
    derived: true,
    differs: da.value !== null && db.value !== null && da.value !== db.value,
  });
  const derived = [
    derivedRow('men', derivedMen(a.figures, a.qualifiers), derivedMen(b.figures, b.qualifiers)),
    derivedRow('unaccounted', derivedUnaccounted(a.figures, a.qualifiers), derivedUnaccounted(b.figures, b.qualifiers)),
  ].filter((row) => row.a !== null || row.b !== null);
  return [...stated, ...derived];
}

export function snapshotLabel(s: FighterSnapshot): string {
  return `${formatPartialDate(s.date, s.approximate)}${s.placed ? ' (year placed by the editors)' : ''}: ${s.speaker}${s.official ? '' : ' (unofficial)'}`;
}

/** The x-axis ticks of the over-time chart: every 1 January from the first statement's year to the last statement. */
export function yearTicks(points: TimePoint[]): number[] {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return [];
  const ticks: number[] = [];
  // Every 1 January within the data; all are labelled (the axis sets interval 0), so none may fall past the last point.
  for (let y = new Date(first.x).getUTCFullYear(); Date.UTC(y, 0, 1) <= last.x; y++) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}
