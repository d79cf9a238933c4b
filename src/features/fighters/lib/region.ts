// Morocco among its neighbours: the pure step from the bundle's regionalFigures
// to what the comparison chart draws (series of bars, the spread between
// counts, the one-sentence reading). Tested in region.test.ts. Texts are in the
// page's language, read at call time; series names are the bundle's own.
import type { ChartTable } from '../../../charts/chart-types';
import { QUALIFIER_WORDS } from '../../../data/qualifiers';
import type { Population, RegionalFigure, RegionalMeasure } from '../../../data/schema';
import { intlLocale } from '../../../i18n/format-locale';
import { t, type MessageId } from '../../../i18n/i18n';
import { recordText } from '../../../i18n/record-text';
import { formatPartialDate } from '../../../lib/dates';
import { formatCount, formatNumber } from '../../../lib/format';
import { noPopulationText, perMillion, perMillionBasis, roundPerMillion } from './region-per-million';

const displayNames = new Map<string, Intl.DisplayNames | null>();

/** "MA" -> "Morocco", "Maroc", "المغرب" (Intl.DisplayNames in the page's language); an unknown code stays as it is. */
export function countryName(code: string): string {
  const locale = intlLocale();
  let names = displayNames.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(locale, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // Not a well-formed region code ("Tunisia", "tn1"): shown as the bundle has it.
    return code;
  }
}

/** A country inside a sentence: French needs the article ("la Tunisie", "le Maroc"); English and Arabic the name. */
export const countryInSentence = (code: string): string => t('fighters.region.country.inSentence', { code, name: countryName(code) });

/** "more than 3,000", "360–400", "about 600". */
export function figureText(f: Pick<RegionalFigure, 'value' | 'valueMax' | 'qualifier'>): string {
  const value = f.valueMax !== undefined && f.valueMax !== f.value ? `${formatCount(f.value)}–${formatCount(f.valueMax)}` : formatCount(f.value);
  return f.qualifier ? t('data.qualifier.figure', { qualifier: QUALIFIER_WORDS[f.qualifier], value }) : value;
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

/** The ratio as a sentence shows it: "1.8", "18" ("1,8" in French): one decimal below ten, whole from ten up. */
export function ratioNumber(ratio: number): string {
  return formatNumber(ratio >= 10 ? Math.round(ratio) : Math.round(ratio * 10) / 10);
}

/** Within 5% the counts are "about as many". */
export const aboutAsMany = (ratio: number): boolean => ratio >= 0.95 && ratio <= 1.05;

/** A ratio in words: "2.4 times as many as", "about as many as". */
export function ratioText(ratio: number): string {
  return t('fighters.region.ratio', { about: aboutAsMany(ratio) ? 'yes' : 'no', ratio: ratioNumber(ratio) });
}

/** "Tunisia sent 1.8 times as many as Morocco", one whole sentence per measure, in the words of each. */
const COMPARED: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.region.reading.went',
  present: 'fighters.region.reading.present',
  returned: 'fighters.region.reading.returned',
  killed: 'fighters.region.reading.killed',
};

/**
 * The chart's sentence, from the latest series that counted Morocco and a
 * neighbour: "By the Soufan Center, Oct 2017 count (2017), Tunisia sent 1.8 times as many as Morocco: …"
 */
export function regionReading(series: readonly RegionSeries[], measure: RegionalMeasure = 'went'): string {
  for (const s of [...series].reverse()) {
    const morocco = s.figures.find((f) => f.country === 'MA');
    const other = s.figures.find((f) => f.country !== 'MA');
    if (!morocco || !other || morocco.value === 0) continue;
    const [big, small] = other.value >= morocco.value ? [other, morocco] : [morocco, s.figures.filter((f) => f.country !== 'MA')[0]!];
    if (small.value === 0) continue;
    const ratio = big.value / small.value;
    const compared = t(COMPARED[measure], {
      series: s.series,
      year: yearOf(s.date),
      big: countryInSentence(big.country),
      small: countryInSentence(small.country),
      about: aboutAsMany(ratio) ? 'yes' : 'no',
      ratio: ratioNumber(ratio),
      bigFigure: figureText(big),
      smallFigure: figureText(small),
      hedged: big.qualifier !== undefined || small.qualifier !== undefined ? 'yes' : 'no',
    });
    return `${compared} ${t('fighters.region.reading.shown', { count: series.length })}`;
  }
  return series.length === 0 ? t('fighters.region.reading.noFigures') : t('fighters.region.reading.noComparison');
}

const MEASURE_ORDER: Record<RegionalMeasure, number> = { went: 0, present: 1, returned: 2, killed: 3 };

/** Every figure, every measure, with its per-million value (derived) where a same-year population is cited. */
export function regionTable(figures: readonly RegionalFigure[], populations: readonly Population[] = []): ChartTable {
  const rows = [...figures]
    .sort(
      (a, b) =>
        MEASURE_ORDER[a.measure] - MEASURE_ORDER[b.measure] || a.date.localeCompare(b.date) || a.series.localeCompare(b.series) || b.value - a.value,
    )
    .map((f) => {
      const pm = perMillion(f, populations);
      return {
        series: f.series,
        country: countryName(f.country),
        measure: measureLabel(f.measure),
        value: f.value,
        valueMax: f.valueMax ?? null,
        qualifier: f.qualifier ? QUALIFIER_WORDS[f.qualifier] : '',
        asOf: formatPartialDate(f.date, f.approximate),
        official: officialWord(f.official),
        speaker: f.speaker,
        note: recordText(f, 'note')?.text ?? '',
        sources: f.sources.join(' '),
        perMillion: pm ? roundPerMillion(pm.value) : null,
        perMillionMax: pm?.valueMax !== undefined ? roundPerMillion(pm.valueMax) : null,
        perMillionQualifier: pm?.qualifier ? QUALIFIER_WORDS[pm.qualifier] : '',
        perMillionBasis: pm
          ? t('fighters.region.table.basisWithId', { basis: perMillionBasis(pm), id: pm.population.id })
          : noPopulationText(f, countryName(f.country)),
      };
    });
  return {
    columns: [
      { key: 'series', label: t('fighters.region.table.series') },
      { key: 'country', label: t('fighters.region.table.country') },
      { key: 'measure', label: t('fighters.region.table.measure') },
      { key: 'value', label: t('fighters.region.table.value'), numeric: true },
      { key: 'valueMax', label: t('fighters.region.table.valueMax'), numeric: true },
      { key: 'qualifier', label: t('fighters.region.table.qualifier') },
      { key: 'asOf', label: t('fighters.region.table.asOf') },
      { key: 'official', label: t('fighters.region.table.official') },
      { key: 'speaker', label: t('fighters.region.table.speaker') },
      { key: 'note', label: t('fighters.region.table.note') },
      { key: 'sources', label: t('fighters.region.table.sources') },
      { key: 'perMillion', label: t('fighters.region.table.perMillion'), numeric: true },
      { key: 'perMillionMax', label: t('fighters.region.table.perMillionMax'), numeric: true },
      { key: 'perMillionQualifier', label: t('fighters.region.table.perMillionQualifier') },
      { key: 'perMillionBasis', label: t('fighters.region.table.perMillionBasis') },
    ],
    rows,
  };
}

/** "official" or "unofficial estimate", in the page's language (table cells, tooltips). */
export const officialWord = (official: boolean): string => (official ? t('fighters.region.official') : t('fighters.region.unofficial'));

const MEASURE_LABELS: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.region.measure.went',
  present: 'fighters.region.measure.present',
  returned: 'fighters.region.measure.returned',
  killed: 'fighters.region.measure.killed',
};

/** "went to Syria/Iraq", "still there", … for the table's measure column. */
export const measureLabel = (measure: RegionalMeasure): string => t(MEASURE_LABELS[measure]);
