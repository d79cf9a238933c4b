// What the comparison chart draws for one view: a bar per figure, either the
// figure as stated or its per-million value (derived). A figure without a
// same-year population keeps its row, with the reason in place of a bar, so the
// chart says which bars lack one. Tested in region-bars.test.ts.
import type { Population, RegionalMeasure } from '../../../data/schema';
import { t, type MessageId } from '../../../i18n/i18n';
import { formatPartialDate } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { aboutAsMany, countryInSentence, countryName, figureText, officialWord, ratioNumber, type RegionSeries } from './region';
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
          label: t('fighters.region.bar.label', { figure: figureText(f), official: f.official ? 'yes' : 'no' }),
          title: t('fighters.region.bar.title', { country: name, series: s.series, figure: figureText(f), date: asOf, status: officialWord(f.official) }),
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
          title: t('fighters.region.bar.title', { country: name, series: s.series, figure: figureText(f), date: asOf, status: why }),
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
        label: t('fighters.region.bar.perMillion', { value: text }),
        title: t('fighters.region.bar.perMillionTitle', {
          country: name,
          series: s.series,
          value: text,
          figure: figureText(f),
          date: asOf,
          speaker: pm.population.speaker,
          populationDate: pm.population.date,
          status: officialWord(f.official),
        }),
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

const PER_MILLION_READING: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.region.perMillion.reading.went',
  present: 'fighters.region.perMillion.reading.present',
  returned: 'fighters.region.perMillion.reading.returned',
  killed: 'fighters.region.perMillion.reading.killed',
};

/**
 * The per-million view's sentence, from the latest series in which Morocco and
 * a neighbour both have a same-year population; then how many bars have one.
 * One message per sentence; the measure is a select inside it.
 */
export function perMillionReading(series: readonly RegionSeries[], populations: readonly Population[], measure: RegionalMeasure = 'went'): string {
  const { withPopulation, total } = perMillionCoverage(series, populations);
  if (total === 0) return t('fighters.region.reading.noFigures');
  const coverage = t('fighters.region.perMillion.coverage', { withPopulation, total: formatCount(total) });
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
    const [bigCode, smallCode] = big === ma ? ['MA', other.f.country] : [other.f.country, 'MA'];
    const ratio = big.value / small.value;
    const reading = t(PER_MILLION_READING[measure], {
      series: s.series,
      big: countryInSentence(bigCode),
      small: countryInSentence(smallCode),
      bigValue: perMillionText(big),
      smallValue: perMillionText(small),
      about: aboutAsMany(ratio) ? 'yes' : 'no',
      ratio: ratioNumber(ratio),
    });
    return `${reading} ${coverage}`;
  }
  return `${t('fighters.region.perMillion.noComparison')} ${coverage}`;
}
