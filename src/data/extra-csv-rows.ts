// Rows of the sections added after the first data package (detention figures,
// places, regional figures, populations), here in data/ beside the other row builders so the
// data package and the CSV import (csv-import/sections.ts) share one header.
// Qualifier columns hold the bundle's own value ("more-than"), as the
// statements' and official counts' do.
import type { CsvValue } from '../lib/csv';
import { precisionOf } from '../lib/dates';
import { DETENTION_KEYS, type DetentionFigure, type PlaceRecord, type Population, type RegionalFigure } from './schema';
import type { SourcesById } from './sources';
import { joinList, sourceUrls } from './csv-cells';
import {
  DETENTION_TRANSLATED,
  POPULATION_TRANSLATED,
  REGIONAL_TRANSLATED,
  translationCells,
  translationHeader,
} from './translation-columns';

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The figures of a detention record, in the bundle's order; each has a qualifier column beside it. */
export const DETENTION_FIGURES = DETENTION_KEYS;

export const DETENTION_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'approximate',
  'placed',
  'date_note',
  'speaker',
  'official',
  'scope',
  ...DETENTION_FIGURES.flatMap((key) => [snake(key), `${snake(key)}_qualifier`]),
  'period',
  'note',
  'source_ids',
  'source_urls',
  ...translationHeader(DETENTION_TRANSLATED),
];

export function detentionCsvRows(
  figures: readonly DetentionFigure[],
  sourcesById: SourcesById,
): CsvValue[][] {
  return figures.map((d) => [
    d.id,
    d.date,
    precisionOf(d.date),
    d.approximate,
    d.placed === true,
    d.dateNote,
    d.speaker,
    d.official,
    d.scope,
    ...DETENTION_FIGURES.flatMap((key) => [d.figures[key], d.qualifiers?.[key]]),
    d.period,
    d.note,
    joinList(d.sources),
    sourceUrls(d.sources, sourcesById),
    ...translationCells(d, DETENTION_TRANSLATED),
  ]);
}

export const PLACES_CSV_HEADER = [
  'id',
  'name',
  'alt_names',
  'region',
  'country',
  'lat',
  'lon',
  'source',
  'geonames_id',
];

/** One row per place; other spellings joined by " | ". */
export function placeCsvRows(places: readonly PlaceRecord[]): CsvValue[][] {
  return places.map((p) => [
    p.id,
    p.name,
    joinList(p.altNames),
    p.region,
    p.country,
    p.lat,
    p.lon,
    p.source,
    p.geonamesId,
  ]);
}

export const REGIONAL_CSV_HEADER = [
  'id',
  'country',
  'series',
  'date',
  'date_precision',
  'approximate',
  'placed',
  'date_note',
  'measure',
  'value',
  'value_max',
  'qualifier',
  'official',
  'speaker',
  'note',
  'source_ids',
  'source_urls',
  ...translationHeader(REGIONAL_TRANSLATED),
];

export function regionalCsvRows(figures: readonly RegionalFigure[], sourcesById: SourcesById): CsvValue[][] {
  return figures.map((r) => [
    r.id,
    r.country,
    r.series,
    r.date,
    precisionOf(r.date),
    r.approximate,
    r.placed === true,
    r.dateNote,
    r.measure,
    r.value,
    r.valueMax,
    r.qualifier,
    r.official,
    r.speaker,
    r.note,
    joinList(r.sources),
    sourceUrls(r.sources, sourcesById),
    ...translationCells(r, REGIONAL_TRANSLATED),
  ]);
}

export const POPULATIONS_CSV_HEADER = [
  'id',
  'country',
  'date',
  'date_precision',
  'population',
  'qualifier',
  'official',
  'speaker',
  'note',
  'source_ids',
  'source_urls',
  ...translationHeader(POPULATION_TRANSLATED),
];

export function populationCsvRows(populations: readonly Population[], sourcesById: SourcesById): CsvValue[][] {
  return populations.map((p) => [
    p.id,
    p.country,
    p.date,
    precisionOf(p.date),
    p.value,
    p.qualifier,
    p.official,
    p.speaker,
    p.note,
    joinList(p.sources),
    sourceUrls(p.sources, sourcesById),
    ...translationCells(p, POPULATION_TRANSLATED),
  ]);
}
