// Rows of the timeline's sections (dismantlings, context events), here in data/
// so the data package (data-package.ts) writes the same rows as /timeline's
// downloads without a feature importing another.
import type { CsvValue } from '../lib/csv';
import { precisionOf } from '../lib/dates';
import { arrestedAbroadText, arrestedAbroadTotal } from './cell-events';
import { qualifierWordEn } from './qualifiers';
import { CONTEXT_TRANSLATED, EVENT_TRANSLATED, translationCells, translationHeader } from './translation-columns';
import type { CellEvent, ContextEvent } from './schema';
import type { SourcesById } from './sources';
import { joinList, sourceUrls } from './csv-cells';

export const EVENTS_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'approximate',
  'date_note',
  'places',
  'cities',
  'regions',
  'countries',
  // Each place's id in the places table, in the order of cities; blank for a place not resolved.
  'place_ids',
  // `arrested` stays for existing users of the file; it is, and always meant, arrests in Morocco.
  'arrested',
  'arrested_morocco',
  'arrested_qualifier',
  'arrested_abroad',
  'arrested_abroad_total',
  'later_arrests',
  'later_arrests_note',
  'affiliation',
  'group',
  'agencies',
  'partners',
  'details',
  'note',
  'follow_up_of',
  'placed',
  'source_ids',
  'source_urls',
  ...translationHeader(EVENT_TRANSLATED),
];


/**
 * "agadir | | fes": the places' ids in the order of the cities, a blank where a
 * place has none; '' when no place has one. Read back by placeIdsOf (csv-import).
 */
export const placeIdsText = (event: CellEvent): string =>
  event.places.some((p) => p.placeId !== undefined) ? joinList(event.places.map((p) => p.placeId ?? '')) : '';

export function eventCsvRows(events: readonly CellEvent[], sourcesById: SourcesById): CsvValue[][] {
  return events.map((e) => [
    e.id,
    e.date,
    precisionOf(e.date),
    e.approximate,
    e.dateNote,
    joinList(e.places.map((p) => `${p.city} (${p.region}, ${p.country})`)),
    joinList(e.places.map((p) => p.city)),
    joinList(e.places.map((p) => p.region)),
    joinList(e.places.map((p) => p.country)),
    placeIdsText(e),
    e.arrested,
    e.arrested,
    qualifierWordEn(e.arrestedQualifier),
    arrestedAbroadText(e),
    arrestedAbroadTotal(e),
    e.laterArrests,
    e.laterArrestsNote,
    e.affiliation,
    e.group,
    joinList(e.agencies),
    joinList(e.partners),
    e.details,
    e.note,
    e.followUpOf,
    e.placed === true,
    joinList(e.sources),
    sourceUrls(e.sources, sourcesById),
    ...translationCells(e, EVENT_TRANSLATED),
  ]);
}

export const CONTEXT_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'end_date',
  'approximate',
  'placed',
  // Why the date is what it is; a placed year always has one.
  'date_note',
  'category',
  'title',
  'description',
  'source_ids',
  'source_urls',
  ...translationHeader(CONTEXT_TRANSLATED),
];

export function contextCsvRows(events: readonly ContextEvent[], sourcesById: SourcesById): CsvValue[][] {
  return events.map((e) => [
    e.id,
    e.date,
    precisionOf(e.date),
    e.endDate,
    e.approximate,
    e.placed === true,
    e.dateNote,
    e.category,
    e.title,
    e.description,
    joinList(e.sources),
    sourceUrls(e.sources, sourcesById),
    ...translationCells(e, CONTEXT_TRANSLATED),
  ]);
}
