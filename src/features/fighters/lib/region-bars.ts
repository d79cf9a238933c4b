// What the comparison chart draws for one view: a bar per figure, either the
// figure as stated or its per-million value (derived). A figure without a
// same-year population keeps its row, with the reason in place of a bar, so the
// chart says which bars lack one. Tested in region-bars.test.ts.
import type { Population, RegionalMeasure } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import { countryName, figureText, ratioText, type RegionSeries } from './region';
import { noPopulationText, perMillion, perMillionText, type PerMillion } from './region-per-million';
import type { RegionView } from './region-url';

export interface RegionBar {
  id: string;
  country: string;
  official: boolean;
  /** Per-million values are derived: drawn hatched and labelled so. */
  derived: boolean;
  /** Where the bar ends; null when there is nothing to draw (no same-year population). */
  value: number | null;
  /** The top of a range, drawn as a dashed outline. */
  valueMax: number | null;
  /** Beside the bar. */
  label: string;
  /** The bar's tooltip: country, count, value, date, official or not. */
  title: string;
}

export interface RegionGroup {
  series: string;
  bars: RegionBar[];
}

const officialWord = (official: boolean) => (official ? 'official' : 'unofficial estimate');

/** One group per series, as regionSeries gives them; per million, largest first and those without a population last. */
export function regionGroups(series: readonly RegionSeries[], view: RegionView, populations: readonly Population[]): RegionGroup[] {
  return series.map((s) => {
    const bars = s.figures.map((f): RegionBar & { order: number } => {
      const asOf = formatPartialDate(f.date, f.approximate);
      const name = countryName(f.country);
      if (view === 'count') {
        return {
          id: f.id,
          country: f.country,
          official: f.official,
          derived: false,
          value: f.value,
          valueMax: f.valueMax ?? null,
          label: `${figureText(f)}${f.official ? ' (official)' : ''}`,
          title: `${name}, ${s.series}: ${figureText(f)}, as of ${asOf}; ${officialWord(f.official)}`,
          order: f.value,
        };
      }
      const pm = perMillion(f, populations);
      if (!pm) {
        const why = noPopulationText(f, name);
        return {
          id: f.id,
          country: f.country,
          official: f.official,
          derived: true,
          value: null,
          valueMax: null,
          label: why,
          title: `${name}, ${s.series}: ${figureText(f)}, as of ${asOf}; ${why}`,
          order: -1,
        };
      }
      const text = perMillionText(pm);
      return {
        id: f.id,
        country: f.country,
        official: f.official,
        derived: true,
        value: pm.value,
        valueMax: pm.valueMax ?? null,
        label: `${text} per million (derived)`,
        title:
          `${name}, ${s.series}: ${text} per million inhabitants (derived from ${figureText(f)}, as of ${asOf}, ` +
          `and ${pm.population.speaker}'s population of ${pm.population.date}); ${officialWord(f.official)}`,
        order: pm.value,
      };
    });
    const sorted = view === 'count' ? bars : [...bars].sort((a, b) => b.order - a.order);
    return { series: s.series, bars: sorted.map(({ order: _order, ...bar }) => bar) };
  });
}

/** How many of the shown figures have a per-million value, and how many in all. */
export function perMillionCoverage(series: readonly RegionSeries[], populations: readonly Population[]): { withPopulation: number; total: number } {
  const figures = series.flatMap((s) => s.figures);
  return { withPopulation: figures.filter((f) => perMillion(f, populations) !== null).length, total: figures.length };
}

const MEASURE_NOUNS: Record<RegionalMeasure, string> = {
  went: 'who went',
  present: 'still there',
  returned: 'back home',
  killed: 'killed',
};

/**
 * The per-million view's sentence, from the latest series in which Morocco and
 * a neighbour both have a same-year population; then how many bars have one.
 */
export function perMillionReading(series: readonly RegionSeries[], populations: readonly Population[], measure: RegionalMeasure = 'went'): string {
  const { withPopulation, total } = perMillionCoverage(series, populations);
  if (total === 0) return 'This bundle has no regional foreign-fighter figures.';
  const coverage = `${withPopulation} of ${total} figures ${withPopulation === 1 ? 'has' : 'have'} a cited population for their country and year; the others show none.`;
  for (const s of [...series].reverse()) {
    const morocco = s.figures.find((f) => f.country === 'MA');
    const ma = morocco ? perMillion(morocco, populations) : null;
    if (!ma || ma.value === 0) continue;
    const others = s.figures
      .filter((f) => f.country !== 'MA')
      .map((f) => ({ f, pm: perMillion(f, populations) }))
      .filter((o): o is { f: typeof o.f; pm: PerMillion } => o.pm !== null && o.pm.value > 0)
      .sort((a, b) => b.pm.value - a.pm.value);
    const other = others[0];
    if (!other) continue;
    const [big, small] = other.pm.value >= ma.value ? [other.pm, ma] : [ma, other.pm];
    const [bigName, smallName] = big === ma ? ['Morocco', countryName(other.f.country)] : [countryName(other.f.country), 'Morocco'];
    return (
      `Per million inhabitants (derived), the ${s.series} count gives ${bigName} ${perMillionText(big)} ${MEASURE_NOUNS[measure]} ` +
      `against ${perMillionText(small)} for ${smallName}: ${ratioText(big.value / small.value).replace(/ as$/, '')} relative to population. ${coverage}`
    );
  }
  return `No count gives Morocco and a neighbour with cited populations of the same year, so no per-million comparison is drawn. ${coverage}`;
}
