// What the event timeline says in words and in its table: the text of one
// event (tooltip, accessible name, live region), the chart's summary, its
// table and the range presets. Every number is counted here from the events.
import type { ChartTable } from '../../../charts/chart-types';
import type { LegendItem } from '../../../charts/export/compose-svg';
import type { Affiliation, CellEvent } from '../../../data/schema';
import { t, type MessageId } from '../../../i18n/i18n';
import { formatPartialDate, monthName, precisionOf } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { arrestedAbroadTotal, arrestedAbroadText, isNewCell } from '../../../data/cell-events';
import { formatQualified, qualifierWord } from '../../../data/qualifiers';
import { AFFILIATION_COLOURS } from './colours';
import { affiliationLabel } from './labels';
import { formatMonth, monthIndex, type MonthSpan } from './periods';

/** Items of a list in the page's language: "Fez, Taza" ("Fès، تازة" in Arabic). */
export const joinItems = (items: readonly string[]): string => items.join(t('timeline.list.comma'));

/** Clauses of a list: "3 in Morocco; 6 in Spain". */
export const joinClauses = (items: readonly string[]): string => items.join(t('timeline.list.semicolon'));

/** A place as the sources write it, with its country when it is not Morocco: "Fez", "Madrid (Spain)". */
export const placeText = (place: CellEvent['places'][number]): string =>
  place.country === 'Morocco' ? place.city : t('timeline.place.withCountry', { city: place.city, country: place.country });

export function placesText(event: CellEvent): string {
  const places = event.places.map(placeText);
  return places.length > 0 ? joinItems(places) : t('timeline.event.placesNotStated');
}

/**
 * Where the operation's arrests were made, in words: "3 in Morocco; 6 in Spain",
 * "about 12 in Morocco"; null when nothing is stated. The page's language; the
 * data layer's arrestsByCountry writes the same in English for files.
 */
export function arrestsByCountryText(event: CellEvent): string | null {
  const parts: string[] = [];
  if (event.arrested !== null) {
    parts.push(t('timeline.arrests.inMorocco', { count: formatQualified(event.arrested, event.arrestedQualifier) }));
  }
  for (const a of event.arrestedAbroad ?? []) {
    parts.push(t('timeline.arrests.inCountry', { count: formatQualified(a.count, a.qualifier), country: a.country }));
  }
  if (parts.length === 0) return null;
  if (event.arrested === null) parts.unshift(t('timeline.arrests.moroccoNotStated'));
  return joinClauses(parts);
}

/** "3 arrested in Morocco; 6 in Spain (+1 later)"; a follow-up says so. */
export function arrestsText(event: CellEvent): string {
  const byCountry = arrestsByCountryText(event);
  const later = event.laterArrests ?? 0;
  const text = byCountry === null ? t('timeline.arrests.numberNotStated') : t('timeline.arrests.arrested', { list: byCountry });
  return `${text}${later > 0 ? t('timeline.arrests.laterShort', { count: formatCount(later) }) : ''}${isNewCell(event) ? '' : t('timeline.arrests.followUpSuffix')}`;
}

const PRECISION_WORDS: Record<'day' | 'month' | 'year', MessageId> = {
  day: 'timeline.event.precision.day',
  month: 'timeline.event.precision.month',
  year: 'timeline.event.precision.year',
};

/** One event in a sentence: "c. Jun 2014, Fez, Taza: arrested: 6 in Morocco; ISIS recruitment; dated to the month". */
export function eventLabel(event: CellEvent): string {
  const precision = t(event.placed ? 'timeline.event.precision.placed' : PRECISION_WORDS[precisionOf(event.date)]);
  return t('timeline.event.label', {
    date: formatPartialDate(event.date, event.approximate),
    places: placesText(event),
    arrests: arrestsText(event),
    affiliation: affiliationLabel(event.affiliation),
    precision: event.approximate ? t('timeline.event.precision.approximate', { precision }) : precision,
  });
}

/** "Mar 2016" (month index), in the page's language. */
export const monthText = (index: number) => `${monthName(index % 12)} ${Math.floor(index / 12)}`;

/** The chart's paragraph: how many events, at what precision, how many arrested, the largest, the context. */
export function dismantlingsSummary(events: readonly CellEvent[], domain: MonthSpan, contextCount: number): string {
  const range = t('timeline.dismantlings.summary.range', { from: monthText(domain.start), to: monthText(domain.end) });
  if (events.length === 0) return t('timeline.dismantlings.summary.none', { range });
  const byPrecision = { day: 0, month: 0, year: 0 };
  let approximate = 0;
  let arrested = 0;
  let abroad = 0;
  let followUps = 0;
  let unstated = 0;
  let largest: CellEvent | null = null;
  const perYear = new Map<string, number>();
  for (const e of events) {
    byPrecision[precisionOf(e.date)] += 1;
    abroad += arrestedAbroadTotal(e);
    if (e.approximate) approximate += 1;
    if (e.arrested === null) unstated += 1;
    else {
      arrested += e.arrested;
      if (!largest || e.arrested > (largest.arrested ?? 0)) largest = e;
    }
    // A follow-up is drawn at its date but is not a new cell: it adds arrests, not a dismantling.
    if (!isNewCell(e)) {
      followUps += 1;
      continue;
    }
    const year = e.date.slice(0, 4);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
  }
  const cells = events.length - followUps;
  const busiest = [...perYear].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  const parts = [
    t('timeline.dismantlings.summary.drawn', {
      cells,
      followUps: followUps > 0 ? t('timeline.dismantlings.summary.followUps', { count: followUps }) : '',
      events: events.length,
      range,
    }),
    t('timeline.dismantlings.summary.precision', { ...byPrecision, approximate }),
    t('timeline.dismantlings.summary.arrests', {
      arrested: formatCount(arrested),
      abroad: abroad > 0 ? t('timeline.dismantlings.summary.abroad', { count: formatCount(abroad) }) : '',
      unstated: unstated > 0 ? t('timeline.dismantlings.summary.unstated', { count: unstated }) : '',
    }),
  ];
  if (largest) {
    parts.push(
      t('timeline.dismantlings.summary.largest', {
        count: formatCount(largest.arrested ?? 0),
        date: formatPartialDate(largest.date, largest.approximate),
        places: placesText(largest),
      }),
    );
  }
  if (busiest && perYear.size > 1) parts.push(t('timeline.dismantlings.summary.busiest', { count: busiest[1], year: busiest[0] }));
  if (contextCount > 0) parts.push(t('timeline.dismantlings.summary.context', { count: contextCount }));
  return parts.join('');
}

const PRECISION_VALUES: Record<'day' | 'month' | 'year', MessageId> = {
  day: 'timeline.dismantlings.table.precision.day',
  month: 'timeline.dismantlings.table.precision.month',
  year: 'timeline.dismantlings.table.precision.year',
};

export function dismantlingsTable(events: readonly CellEvent[]): ChartTable {
  return {
    columns: [
      { key: 'date', label: t('timeline.dismantlings.table.date') },
      { key: 'precision', label: t('timeline.dismantlings.table.precision') },
      { key: 'places', label: t('timeline.dismantlings.table.places') },
      { key: 'arrested', label: t('timeline.dismantlings.table.arrested'), numeric: true },
      { key: 'qualifier', label: t('timeline.dismantlings.table.qualifier') },
      { key: 'abroad', label: t('timeline.dismantlings.table.abroad') },
      { key: 'later', label: t('timeline.dismantlings.table.later'), numeric: true },
      { key: 'affiliation', label: t('timeline.dismantlings.table.affiliation') },
      { key: 'followUp', label: t('timeline.dismantlings.table.followUp') },
    ],
    rows: events.map((e) => ({
      date: formatPartialDate(e.date, e.approximate),
      precision: t(e.placed ? 'timeline.dismantlings.table.precision.placed' : PRECISION_VALUES[precisionOf(e.date)]),
      places: placesText(e),
      arrested: e.arrested,
      qualifier: qualifierWord(e.arrestedQualifier),
      abroad: arrestedAbroadText(e),
      later: e.laterArrests,
      affiliation: affiliationLabel(e.affiliation),
      followUp: e.followUpOf ?? '',
    })),
  };
}

/** The legend for exports (the page's key is HTML and does not travel). */
export function dismantlingsLegend(affiliations: readonly Affiliation[]): LegendItem[] {
  return affiliations.map((a) => ({ label: affiliationLabel(a), colour: AFFILIATION_COLOURS[a] }));
}

export interface RangePreset {
  /** Stable across languages: the React key. */
  key: string;
  label: string;
  from: string | null;
  to: string | null;
}

/** All, 2014-2016, 2017-2020, and 2021 onwards once the data reaches it; each only where the data has events. */
export function rangePresets(extent: MonthSpan | null): RangePreset[] {
  const presets: RangePreset[] = [{ key: 'all', label: t('timeline.range.all'), from: null, to: null }];
  if (!extent) return presets;
  const candidates: [string, string, number, number | null][] = [
    ['2014–2016', '2014–2016', 2014, 2016],
    ['2017–2020', '2017–2020', 2017, 2020],
    ['2021-', t('timeline.range.onwards', { year: '2021' }), 2021, null],
  ];
  for (const [key, label, first, last] of candidates) {
    const start = monthIndex(first, 1);
    const end = last === null ? extent.end : monthIndex(last, 12);
    if (start > extent.end || end < extent.start) continue;
    presets.push({ key, label, from: formatMonth(start), to: last === null ? null : formatMonth(end) });
  }
  return presets;
}

export interface AffiliationShare {
  /** The first year a cell of the affiliation is documented. */
  since: string;
  /** Cells documented from that year on (follow-ups left out). */
  cells: number;
  tied: number;
}

/** How many of the cells documented since an affiliation first appears are tied to it; null when it never does. */
export function affiliationShare(events: readonly CellEvent[], affiliation: Affiliation): AffiliationShare | null {
  const cells = events.filter(isNewCell);
  const since = cells
    .filter((e) => e.affiliation === affiliation)
    .map((e) => e.date.slice(0, 4))
    .sort()[0];
  if (since === undefined) return null;
  const later = cells.filter((e) => e.date.slice(0, 4) >= since);
  return { since, cells: later.length, tied: later.filter((e) => e.affiliation === affiliation).length };
}

/** "3 of the 4 cell dismantlings documented since 2024 are tied to the Islamic State in the Sahel." */
export function sahelSentence(share: AffiliationShare | null): string | null {
  if (!share) return null;
  return t('timeline.dismantlings.sahel', {
    tied: formatCount(share.tied),
    tiedNumber: share.tied,
    cells: share.cells,
    since: share.since,
  });
}
