// Pure steps from bundle records to what the fighter charts draw: segments for
// the composition and outcome bars, points over time, and a comparison.
import { formatPartialDate, startOf } from '../../../lib/dates';
import { derivedMen, derivedUnaccounted, wholePercentages, type Derived } from '../../../data/derived';
import type { FigureKey, FighterSnapshot, Qualifier } from '../../../data/schema';
import { FIGURE_COLOURS } from '../../../charts/palette';
import { t, type MessageId } from '../../../i18n/i18n';
import type { RecordText } from '../../../i18n/record-text';
import { editorPlain, editorText } from './editor-text';
import type { TimeFigure } from './fighters-url';

export type FigureLabelKey = FigureKey | 'men' | 'unaccounted';

/** The message of each figure's label; translated where shown (figureLabel). */
export const FIGURE_LABELS: Record<FigureLabelKey, MessageId> = {
  total: 'fighters.figure.total',
  joinedIsis: 'fighters.figure.joinedIsis',
  women: 'fighters.figure.women',
  children: 'fighters.figure.children',
  returned: 'fighters.figure.returned',
  killed: 'fighters.figure.killed',
  killedSyria: 'fighters.figure.killedSyria',
  killedIraq: 'fighters.figure.killedIraq',
  returneesProsecuted: 'fighters.figure.returneesProsecuted',
  men: 'fighters.figure.men',
  unaccounted: 'fighters.figure.unaccounted',
};

/** A figure's label in the page's language: "Returned to Morocco". */
export const figureLabel = (key: FigureLabelKey): string => t(FIGURE_LABELS[key]);

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

const SUMMARY_LABELS: Partial<Record<FigureLabelKey, MessageId>> = {
  men: 'fighters.figure.inSentence.men',
  women: 'fighters.figure.inSentence.women',
  children: 'fighters.figure.inSentence.children',
  returned: 'fighters.figure.inSentence.returned',
  killed: 'fighters.figure.inSentence.killed',
  killedSyria: 'fighters.figure.inSentence.killedSyria',
  killedIraq: 'fighters.figure.inSentence.killedIraq',
  unaccounted: 'fighters.figure.inSentence.unaccounted',
};

/** A segment's name with "(derived)" when the dashboard computed it: for series names where hatching cannot show. */
export const seriesName = (s: Segment) => (s.derived ? t('fighters.segments.derivedName', { label: s.label }) : s.label);

type Part = Omit<Segment, 'percent' | 'summaryLabel'> & { key: FigureLabelKey };

function withPercents(parts: Part[]): Segment[] {
  const percents = wholePercentages(parts.map((p) => p.value));
  return parts.map((p, i) => {
    const summary = SUMMARY_LABELS[p.key];
    return { ...p, percent: percents[i] ?? 0, summaryLabel: summary ? t(summary) : p.label };
  });
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
      reason: t('fighters.segments.composition.noBreakdown', { missing: men.missing ?? t('fighters.segments.missingFigures') }),
    };
  }
  return {
    total: f.total,
    segments: withPercents([
      { key: 'men', label: figureLabel('men'), value: men.value, colour: FIGURE_COLOURS.men, derived: true, formula: men.formula, ...q(men.qualifier) },
      { key: 'women', label: figureLabel('women'), value: f.women, colour: FIGURE_COLOURS.women, derived: false, ...q(qs?.women) },
      { key: 'children', label: figureLabel('children'), value: f.children, colour: FIGURE_COLOURS.children, derived: false, ...q(qs?.children) },
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
      reason: t('fighters.segments.outcomes.noBreakdown', { missing: rest.missing ?? t('fighters.segments.missingFigures') }),
    };
  }
  const split = f.killedSyria !== null && f.killedIraq !== null && f.killedSyria + f.killedIraq === f.killed;
  const killed: Part[] = split
    ? [
        { key: 'killedSyria', label: figureLabel('killedSyria'), value: f.killedSyria ?? 0, colour: FIGURE_COLOURS.killedSyria, derived: false, ...q(qs?.killedSyria) },
        { key: 'killedIraq', label: figureLabel('killedIraq'), value: f.killedIraq ?? 0, colour: FIGURE_COLOURS.killedIraq, derived: false, ...q(qs?.killedIraq) },
      ]
    : [{ key: 'killed', label: figureLabel('killed'), value: f.killed, colour: FIGURE_COLOURS.killed, derived: false, ...q(qs?.killed) }];
  return {
    total: f.total,
    segments: withPercents([
      { key: 'returned', label: figureLabel('returned'), value: f.returned, colour: FIGURE_COLOURS.returned, derived: false, ...q(qs?.returned) },
      ...killed,
      {
        key: 'unaccounted',
        label: figureLabel('unaccounted'),
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
  /** Who said it: the editors' label, in the page's language when the bundle has it. */
  speaker: string;
  official: boolean;
  /** The year was placed by the editors (an undated page): drawn hollow, never at a month. */
  placed: boolean;
  sources: string[];
  values: Partial<Record<TimeFigure, number>>;
  qualifiers: Partial<Record<TimeFigure, Qualifier>>;
  /** Figures the sources doubt; likely typos and other categories are kept off the line. */
  flags: Partial<Record<TimeFigure, { offLine: boolean; note: RecordText }>>;
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
        if (flag) flags[key] = { offLine: flag.kind !== 'disputed', note: editorText(flag, 'note') ?? { text: flag.note, lang: 'en', fallback: false } };
      }
      return {
        id: s.id,
        x: startOf(s.date),
        dateLabel: formatPartialDate(s.date, s.approximate),
        speaker: editorPlain(s, 'speaker'),
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
      label: figureLabel(key),
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
    label: figureLabel(key),
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

/** "Oct 2017: Morocco World News op-ed (figures unattributed) (unofficial)": a statement in a list or a column head. */
export function snapshotLabel(s: FighterSnapshot): string {
  return t('fighters.snapshot.label', {
    date: s.placed ? t('fighters.date.placed', { date: formatPartialDate(s.date, s.approximate) }) : formatPartialDate(s.date, s.approximate),
    speaker: editorPlain(s, 'speaker'),
    official: s.official ? 'yes' : 'no',
  });
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
