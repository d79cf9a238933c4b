// Fighters per million inhabitants: derived, never stored, and only where the
// bundle cites a population of the same country for the same calendar year as
// the figure. A population of another year would make the ratio look more
// precise than the two sources allow. Tested in region-per-million.test.ts.
import { derivedQualifier } from '../../../data/derived';
import type { Population, Qualifier, RegionalFigure } from '../../../data/schema';
import { t } from '../../../i18n/i18n';
import { formatCount, formatNumber } from '../../../lib/format';
import { QUALIFIER_WORDS } from '../../../data/qualifiers';

export interface PerMillion {
  value: number;
  /** Per million of the top of the figure's range, when it has one. */
  valueMax?: number;
  /** 'about' when the figure or the population was qualified (derivedQualifier). */
  qualifier?: Qualifier;
  population: Population;
}

type FigurePart = Pick<RegionalFigure, 'country' | 'date' | 'placed' | 'value' | 'valueMax' | 'qualifier'>;

const yearOf = (date: string) => date.slice(0, 4);

/** The population a per-million figure divides by: same country, same calendar year. */
export function populationFor(
  f: Pick<RegionalFigure, 'country' | 'date' | 'placed'>,
  populations: readonly Population[],
): Population | null {
  // A placed year is the editors' choice for an undated page: no ratio rests on it.
  if (f.placed === true) return null;
  return populations.find((p) => p.country === f.country && yearOf(p.date) === yearOf(f.date)) ?? null;
}

export function perMillion(f: FigurePart, populations: readonly Population[]): PerMillion | null {
  const population = populationFor(f, populations);
  if (!population) return null;
  const per = (n: number) => (n / population.value) * 1e6;
  const qualifier = derivedQualifier([f.qualifier, population.qualifier]);
  return {
    value: per(f.value),
    ...(f.valueMax !== undefined && f.valueMax !== f.value ? { valueMax: per(f.valueMax) } : {}),
    ...(qualifier ? { qualifier } : {}),
    population,
  };
}

/** 273 for 273.15, 4.3 for 4.30: whole numbers from ten up, one decimal below. */
export function roundPerMillion(value: number): number {
  return value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
}

const number = (value: number) => formatNumber(roundPerMillion(value));

/** "about 273", "4.1–4.5", "1.6" (in the page's language: "environ 273", "4,1–4,5"). */
export function perMillionText(pm: Pick<PerMillion, 'value' | 'valueMax' | 'qualifier'>): string {
  const value = pm.valueMax !== undefined ? `${number(pm.value)}–${number(pm.valueMax)}` : number(pm.value);
  return pm.qualifier ? t('data.qualifier.figure', { qualifier: QUALIFIER_WORDS[pm.qualifier], value }) : value;
}

/** What the division rests on, for the table: the population, its date and who gave it. */
export function perMillionBasis(pm: PerMillion): string {
  const p = pm.population;
  const population = p.qualifier ? t('data.qualifier.figure', { qualifier: QUALIFIER_WORDS[p.qualifier], value: formatCount(p.value) }) : formatCount(p.value);
  return t('fighters.region.perMillion.basis', {
    population,
    date: p.date,
    speaker: p.speaker,
    official: p.official ? 'yes' : 'no',
    million: formatCount(1_000_000),
  });
}

/** Why a figure has no per-million value. */
export function noPopulationText(f: Pick<RegionalFigure, 'date' | 'placed'>, countryName: string): string {
  return f.placed === true
    ? t('fighters.region.perMillion.placed')
    : t('fighters.region.perMillion.noPopulation', { country: countryName, year: yearOf(f.date) });
}
