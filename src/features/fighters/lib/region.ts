// Morocco among its neighbours: the pure step from the bundle's regionalFigures
// to what the comparison chart draws (series of bars, the spread between
// counts, the one-sentence reading). Tested in region.test.ts.
import type { ChartTable } from '../../../charts/chart-types';
import { QUALIFIER_WORDS } from '../../../data/qualifiers';
import type { Population, RegionalFigure, RegionalMeasure } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { noPopulationText, perMillion, perMillionBasis, roundPerMillion } from './region-per-million';

export const COUNTRY_NAMES: Record<string, string> = {
  MA: 'Morocco',
  TN: 'Tunisia',
  DZ: 'Algeria',
  LY: 'Libya',
  EG: 'Egypt',
  MR: 'Mauritania',
};
export const countryName = (code: string) => COUNTRY_NAMES[code] ?? code;

/** "more than 3,000", "360–400", "about 600". */
export function figureText(f: Pick<RegionalFigure, 'value' | 'valueMax' | 'qualifier'>): string {
  const value = f.valueMax !== undefined && f.valueMax !== f.value ? `${formatCount(f.value)}–${formatCount(f.valueMax)}` : formatCount(f.value);
  return f.qualifier ? `${QUALIFIER_WORDS[f.qualifier]} ${value}` : value;
}

export interface RegionSeries {
  series: string;
  /** The latest date of the series' figures, for ordering and the reading's year. */
  date: string;
  /** One figure per country, largest first. Never two sources in one bar: one figure is one record. */
  figures: RegionalFigure[];
}

/** The figures of one measure, grouped by who counted them, oldest series first. */
export function regionSeries(figures: readonly RegionalFigure[], measure: RegionalMeasure = 'went'): RegionSeries[] {
  const groups = new Map<string, RegionalFigure[]>();
  for (const f of figures) {
    if (f.measure !== measure) continue;
    const list = groups.get(f.series);
    if (list) list.push(f);
    else groups.set(f.series, [f]);
  }
  return [...groups]
    .map(([series, list]) => ({
      series,
      date: list.map((f) => f.date).sort().at(-1) ?? '',
      figures: [...list].sort((a, b) => b.value - a.value || a.country.localeCompare(b.country)),
    }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.series.localeCompare(b.series));
}

export interface CountryRange {
  country: string;
  min: number;
  max: number;
  /** How many series counted the country. */
  counts: number;
  minSeries: string;
  maxSeries: string;
}

/**
 * Per country, the lowest and highest count across series: where the sources
 * disagree, and by how much. Given populations, the same over the per-million
 * figures (derived), leaving out figures without a same-year population.
 */
export function regionRanges(
  figures: readonly RegionalFigure[],
  measure: RegionalMeasure = 'went',
  populations?: readonly Population[],
): CountryRange[] {
  const byCountry = new Map<string, CountryRange>();
  for (const f of figures) {
    if (f.measure !== measure) continue;
    const pm = populations ? perMillion(f, populations) : null;
    if (populations && !pm) continue;
    const value = pm ? pm.value : f.value;
    const top = pm ? (pm.valueMax ?? pm.value) : (f.valueMax ?? f.value);
    const r = byCountry.get(f.country);
    if (!r) {
      byCountry.set(f.country, { country: f.country, min: value, max: top, counts: 1, minSeries: f.series, maxSeries: f.series });
      continue;
    }
    r.counts += 1;
    if (value < r.min) [r.min, r.minSeries] = [value, f.series];
    if (top > r.max) [r.max, r.maxSeries] = [top, f.series];
  }
  return [...byCountry.values()].sort((a, b) => b.max - a.max || a.country.localeCompare(b.country));
}

const yearOf = (date: string) => date.slice(0, 4);

/** A ratio in words: "2.4 times", "about twice", "as many". */
export function ratioText(ratio: number): string {
  if (ratio >= 0.95 && ratio <= 1.05) return 'about as many as';
  const rounded = ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10;
  return `${rounded.toLocaleString('en-GB')} times as many as`;
}

/** "Tunisia sent 1.8 times as many as Morocco", in the words of each measure. */
const COMPARED: Record<RegionalMeasure, (big: string, ratio: string, small: string) => string> = {
  went: (big, ratio, small) => `${big} sent ${ratio} ${small}`,
  present: (big, ratio, small) => `${big} had ${ratio} ${small} still there`,
  returned: (big, ratio, small) => `${big} had ${ratio} ${small} back`,
  killed: (big, ratio, small) => `${big} had ${ratio} ${small} killed`,
};

/**
 * The chart's sentence, from the latest series that counted Morocco and a
 * neighbour: "By the Soufan Center, Oct 2017 count, Tunisia sent 1.8 times as many as Morocco."
 */
export function regionReading(series: readonly RegionSeries[], measure: RegionalMeasure = 'went'): string {
  for (const s of [...series].reverse()) {
    const morocco = s.figures.find((f) => f.country === 'MA');
    const other = s.figures.find((f) => f.country !== 'MA');
    if (!morocco || !other || morocco.value === 0) continue;
    const [big, small] = other.value >= morocco.value ? [other, morocco] : [morocco, s.figures.filter((f) => f.country !== 'MA')[0]!];
    if (small.value === 0) continue;
    const hedged = big.qualifier !== undefined || small.qualifier !== undefined ? ' (both figures hedged as the sources give them)' : '';
    const compared = COMPARED[measure](countryName(big.country), ratioText(big.value / small.value), countryName(small.country));
    return (
      `By the ${s.series} count (${yearOf(s.date)}), ${compared}: ` +
      `${figureText(big)} against ${figureText(small)}${hedged}. ${series.length} counts are shown; none is comparable across series without its date and method.`
    );
  }
  return series.length === 0
    ? 'This bundle has no regional foreign-fighter figures.'
    : 'No count gives Morocco beside a neighbour, so no comparison is drawn.';
}

/** Every figure, every measure, with its per-million value (derived) where a same-year population is cited. */
export function regionTable(figures: readonly RegionalFigure[], populations: readonly Population[] = []): ChartTable {
  const order: Record<RegionalMeasure, number> = { went: 0, present: 1, returned: 2, killed: 3 };
  const rows = [...figures]
    .sort((a, b) => order[a.measure] - order[b.measure] || a.date.localeCompare(b.date) || a.series.localeCompare(b.series) || b.value - a.value)
    .map((f) => {
      const pm = perMillion(f, populations);
      return {
        series: f.series,
        country: countryName(f.country),
        measure: MEASURE_LABELS[f.measure],
        value: f.value,
        valueMax: f.valueMax ?? null,
        qualifier: f.qualifier ? QUALIFIER_WORDS[f.qualifier] : '',
        asOf: formatPartialDate(f.date, f.approximate),
        official: f.official ? 'official' : 'unofficial estimate',
        speaker: f.speaker,
        note: f.note ?? '',
        sources: f.sources.join(' '),
        perMillion: pm ? roundPerMillion(pm.value) : null,
        perMillionMax: pm?.valueMax !== undefined ? roundPerMillion(pm.valueMax) : null,
        perMillionQualifier: pm?.qualifier ? QUALIFIER_WORDS[pm.qualifier] : '',
        perMillionBasis: pm ? `${perMillionBasis(pm)}; population id ${pm.population.id}` : noPopulationText(f, countryName(f.country)),
      };
    });
  return {
    columns: [
      { key: 'series', label: 'Count (who counted)' },
      { key: 'country', label: 'Country' },
      { key: 'measure', label: 'Measure' },
      { key: 'value', label: 'Figure', numeric: true },
      { key: 'valueMax', label: 'Top of range', numeric: true },
      { key: 'qualifier', label: 'Qualifier' },
      { key: 'asOf', label: 'As of' },
      { key: 'official', label: 'Official' },
      { key: 'speaker', label: 'Who gave it' },
      { key: 'note', label: 'Note' },
      { key: 'sources', label: 'Source ids' },
      { key: 'perMillion', label: 'Per million inhabitants (derived)', numeric: true },
      { key: 'perMillionMax', label: 'Per million, top of range (derived)', numeric: true },
      { key: 'perMillionQualifier', label: 'Per million: qualifier' },
      { key: 'perMillionBasis', label: 'Per million: how derived' },
    ],
    rows,
  };
}

export const MEASURE_LABELS: Record<RegionalMeasure, string> = {
  went: 'went to Syria/Iraq',
  present: 'still there',
  returned: 'returned',
  killed: 'killed',
};
