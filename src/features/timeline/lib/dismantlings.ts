// What the event timeline says in words and in its table: the text of one
// event (tooltip, accessible name, live region), the chart's summary, its
// table and the range presets. Every number is counted here from the events.
import type { ChartTable } from '../../../charts/chart-types';
import type { LegendItem } from '../../../charts/export/compose-svg';
import type { Affiliation, CellEvent } from '../../../data/schema';
import { formatPartialDate, precisionOf } from '../../../lib/dates';
import { formatCount } from '../../../lib/format';
import { arrestedAbroadTotal, arrestedAbroadText, arrestsByCountry, isNewCell } from '../../../data/cell-events';
import { qualifierWord } from '../../../data/qualifiers';
import { AFFILIATION_COLOURS } from './colours';
import { AFFILIATION_LABELS, plural } from './labels';
import { formatMonth, monthIndex, type MonthSpan } from './periods';

export function placesText(event: CellEvent): string {
  const places = event.places.map((p) => (p.country === 'Morocco' ? p.city : `${p.city} (${p.country})`));
  return places.length > 0 ? places.join(', ') : 'places not stated';
}

/** "3 arrested in Morocco; 6 in Spain (+1 later)"; a follow-up says so. */
export function arrestsText(event: CellEvent): string {
  const byCountry = arrestsByCountry(event);
  const later = event.laterArrests ?? 0;
  const text = byCountry === null ? 'number arrested not stated' : `arrested: ${byCountry}`;
  return `${text}${later > 0 ? ` (+${formatCount(later)} later)` : ''}${isNewCell(event) ? '' : '; a follow-up operation, not a new cell'}`;
}

const PRECISION_WORDS = { day: 'dated to the day', month: 'dated to the month', year: 'dated to the year only' };

/** One event in a sentence: "c. Jun 2014, Fez, Taza: arrested: 6 in Morocco; ISIS recruitment; dated to the month". */
export function eventLabel(event: CellEvent): string {
  const precision = event.placed ? 'year placed by the editors' : PRECISION_WORDS[precisionOf(event.date)];
  return `${formatPartialDate(event.date, event.approximate)}, ${placesText(event)}: ${arrestsText(event)}; ${AFFILIATION_LABELS[event.affiliation]}; ${precision}${event.approximate ? ', approximate' : ''}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const monthText = (index: number) => `${MONTHS[index % 12] ?? ''} ${Math.floor(index / 12)}`;

/** The chart's paragraph: how many events, at what precision, how many arrested, the largest, the context. */
export function dismantlingsSummary(events: readonly CellEvent[], domain: MonthSpan, contextCount: number): string {
  const range = `${monthText(domain.start)} to ${monthText(domain.end)}`;
  if (events.length === 0) return `No documented dismantling matches the filters from ${range}.`;
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
    `${plural(cells, 'documented cell dismantling is', 'documented cell dismantlings are')}${followUps > 0 ? ` (and ${plural(followUps, 'follow-up operation', 'follow-up operations')}, not counted as cells)` : ''} drawn at ${events.length === 1 ? 'its' : 'their'} dates from ${range}`,
    ` (${byPrecision.day} dated to the day, ${byPrecision.month} to the month, ${byPrecision.year} to the year only; ${approximate} approximate).`,
    ` Together they report ${formatCount(arrested)} people arrested in Morocco${abroad > 0 ? ` and ${formatCount(abroad)} abroad in joint operations` : ''}${unstated > 0 ? `, ${plural(unstated, 'event', 'events')} not stating a number` : ''}.`,
  ];
  if (largest) {
    parts.push(
      ` The largest: ${formatCount(largest.arrested ?? 0)} arrested, ${formatPartialDate(largest.date, largest.approximate)}, ${placesText(largest)}.`,
    );
  }
  if (busiest && perYear.size > 1) parts.push(` Most in one year: ${busiest[1]} in ${busiest[0]}.`);
  if (contextCount > 0) parts.push(` ${plural(contextCount, 'context event is', 'context events are')} marked at ${contextCount === 1 ? 'its' : 'their'} dates above.`);
  return parts.join('');
}

export function dismantlingsTable(events: readonly CellEvent[]): ChartTable {
  return {
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'precision', label: 'Known to the' },
      { key: 'places', label: 'Places' },
      { key: 'arrested', label: 'Arrested in Morocco', numeric: true },
      { key: 'qualifier', label: 'Qualifier' },
      { key: 'abroad', label: 'Arrested abroad' },
      { key: 'later', label: 'Arrested later', numeric: true },
      { key: 'affiliation', label: 'Affiliation' },
      { key: 'followUp', label: 'Follow-up of' },
    ],
    rows: events.map((e) => ({
      date: formatPartialDate(e.date, e.approximate),
      precision: e.placed ? 'year (placed by the editors)' : precisionOf(e.date),
      places: placesText(e),
      arrested: e.arrested,
      qualifier: qualifierWord(e.arrestedQualifier),
      abroad: arrestedAbroadText(e),
      later: e.laterArrests,
      affiliation: AFFILIATION_LABELS[e.affiliation],
      followUp: e.followUpOf ?? '',
    })),
  };
}

/** The legend for exports (the page's key is HTML and does not travel). */
export function dismantlingsLegend(affiliations: readonly Affiliation[]): LegendItem[] {
  return affiliations.map((a) => ({ label: AFFILIATION_LABELS[a], colour: AFFILIATION_COLOURS[a] }));
}

export interface RangePreset {
  label: string;
  from: string | null;
  to: string | null;
}

/** All, 2014-2016, 2017-2020, and 2021 onwards once the data reaches it; each only where the data has events. */
export function rangePresets(extent: MonthSpan | null): RangePreset[] {
  const presets: RangePreset[] = [{ label: 'All', from: null, to: null }];
  if (!extent) return presets;
  const candidates: [string, number, number | null][] = [
    ['2014–2016', 2014, 2016],
    ['2017–2020', 2017, 2020],
    ['2021 onwards', 2021, null],
  ];
  for (const [label, first, last] of candidates) {
    const start = monthIndex(first, 1);
    const end = last === null ? extent.end : monthIndex(last, 12);
    if (start > extent.end || end < extent.start) continue;
    presets.push({ label, from: formatMonth(start), to: last === null ? null : formatMonth(end) });
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
  return `${formatCount(share.tied)} of the ${plural(share.cells, 'cell dismantling', 'cell dismantlings')} documented since ${share.since} ${share.tied === 1 ? 'is' : 'are'} tied to the Islamic State in the Sahel.`;
}
