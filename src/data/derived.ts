// Values the dashboard computes from stated figures. They are never stored in
// the bundle, and every view that shows one labels it "derived" with its formula.
import { t, type MessageId } from '../i18n/i18n';
import { comparePartialDates, startOf } from '../lib/dates';
import type { Bundle, CellCount, FighterSnapshot, Qualifier } from './schema';

const SEED_SNAPSHOT_ID = 'seed-mwn-2017';
const SEED_CELL_COUNT_ID = 'seed-53-isis-cells';

export interface Derived {
  value: number | null;
  formula: string;
  /** 'about' when any input was qualified (see derivedQualifier). */
  qualifier?: Qualifier;
  /** Why the value cannot be computed, when it cannot. */
  missing?: string;
}

type Qualifiers = FighterSnapshot['qualifiers'];

/**
 * The qualifier of a value computed from qualified inputs. The rule: if any
 * input is qualified, the result is "about". A difference of hedged figures
 * keeps no direction ("more than 1,000" minus "at least 200" can be more or
 * less than 800), so "about" is the only honest hedge; bare inputs give a bare
 * result.
 */
export function derivedQualifier(inputs: readonly (Qualifier | undefined)[]): Qualifier | undefined {
  return inputs.some((q) => q !== undefined) ? 'about' : undefined;
}

function difference(
  f: FighterSnapshot['figures'],
  q: Qualifiers,
  keys: readonly ['total', 'women', 'children'] | readonly ['total', 'returned', 'killed'],
  ids: { formula: MessageId; missing: MessageId; exceeds: MessageId },
): Derived {
  // In the page's language: the formula is shown beside the value ("total − femmes − enfants").
  const formula = t(ids.formula);
  const missing = t(ids.missing);
  const exceeds = t(ids.exceeds);
  const [a, b, c] = keys.map((k) => f[k]);
  if (a === null || a === undefined || b === null || b === undefined || c === null || c === undefined) {
    return { value: null, formula, missing };
  }
  const value = a - b - c;
  if (value < 0) return { value: null, formula, missing: exceeds };
  const qualifier = derivedQualifier(keys.map((k) => q?.[k]));
  return qualifier ? { value, formula, qualifier } : { value, formula };
}

/** Men = total - women - children; assumes, as the seed says, that women and children are part of the total. */
export function derivedMen(f: FighterSnapshot['figures'], qualifiers?: Qualifiers): Derived {
  return difference(
    f,
    qualifiers,
    ['total', 'women', 'children'],
    { formula: 'data.derived.men.formula', missing: 'data.derived.men.missing', exceeds: 'data.derived.men.exceeds' },
  );
}

/** Still abroad, detained elsewhere or unaccounted = total - returned - killed. */
export function derivedUnaccounted(f: FighterSnapshot['figures'], qualifiers?: Qualifiers): Derived {
  return difference(
    f,
    qualifiers,
    ['total', 'returned', 'killed'],
    {
      formula: 'data.derived.unaccounted.formula',
      missing: 'data.derived.unaccounted.missing',
      exceeds: 'data.derived.unaccounted.exceeds',
    },
  );
}

/**
 * Shares that add up to exactly 100 when rounded to whole percent
 * (largest-remainder rounding), so a stacked bar's labels never read 99 or 101.
 */
export function wholePercentages(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const raw = values.map((v) => (v / total) * 100);
  const floors = raw.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/** The seed article's snapshot, or for another bundle the latest one with a total. */
export function headlineSnapshot(bundle: Bundle): FighterSnapshot | null {
  const seed = bundle.fighterSnapshots.find((s) => s.id === SEED_SNAPSHOT_ID);
  if (seed) return seed;
  const withTotal = bundle.fighterSnapshots.filter((s) => s.figures.total !== null);
  return withTotal.sort((a, b) => comparePartialDates(b.date, a.date))[0] ?? null;
}

export function headlineCellCount(bundle: Bundle): CellCount | null {
  return (
    bundle.cellCounts.find((c) => c.id === SEED_CELL_COUNT_ID) ??
    [...bundle.cellCounts].filter((c) => c.kind === 'cumulative').sort((a, b) => comparePartialDates(b.date, a.date))[0] ??
    null
  );
}

/** The official statement closest in time to a snapshot (ties: the earlier one). */
export function nearestOfficial(snapshots: readonly FighterSnapshot[], target: FighterSnapshot): FighterSnapshot | null {
  const t = startOf(target.date);
  let best: FighterSnapshot | null = null;
  let bestDistance = Infinity;
  for (const s of snapshots) {
    if (!s.official || s.id === target.id || s.figures.total === null) continue;
    const d = Math.abs(startOf(s.date) - t);
    if (d < bestDistance || (d === bestDistance && best !== null && startOf(s.date) < startOf(best.date))) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}
