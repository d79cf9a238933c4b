// The column names of the per-view CSV downloads, in the page's language (in English,
// the data package's field names). Here in data/ because the spreadsheet import reads
// them back: a file downloaded from a French page imports on a French page.
import { t, type MessageId } from '../i18n/i18n';
import { normaliseHeader } from './csv-import/normalise-header';

/** Every column the timeline's files write, with its name's message. */
export const CSV_HEADER_IDS: Record<string, MessageId> = {
  id: 'timeline.csv.header.id',
  date: 'timeline.csv.header.date',
  date_precision: 'timeline.csv.header.datePrecision',
  approximate: 'timeline.csv.header.approximate',
  date_note: 'timeline.csv.header.dateNote',
  places: 'timeline.csv.header.places',
  cities: 'timeline.csv.header.cities',
  regions: 'timeline.csv.header.regions',
  countries: 'timeline.csv.header.countries',
  place_ids: 'timeline.csv.header.placeIds',
  arrested: 'timeline.csv.header.arrested',
  arrested_morocco: 'timeline.csv.header.arrestedMorocco',
  arrested_qualifier: 'timeline.csv.header.arrestedQualifier',
  arrested_abroad: 'timeline.csv.header.arrestedAbroad',
  arrested_abroad_total: 'timeline.csv.header.arrestedAbroadTotal',
  later_arrests: 'timeline.csv.header.laterArrests',
  later_arrests_note: 'timeline.csv.header.laterArrestsNote',
  affiliation: 'timeline.csv.header.affiliation',
  group: 'timeline.csv.header.group',
  agencies: 'timeline.csv.header.agencies',
  partners: 'timeline.csv.header.partners',
  details: 'timeline.csv.header.details',
  note: 'timeline.csv.header.note',
  follow_up_of: 'timeline.csv.header.followUpOf',
  placed: 'timeline.csv.header.placed',
  source_ids: 'timeline.csv.header.sourceIds',
  source_urls: 'timeline.csv.header.sourceUrls',
  end_date: 'timeline.csv.header.endDate',
  category: 'timeline.csv.header.category',
  title: 'timeline.csv.header.title',
  description: 'timeline.csv.header.description',
  kind: 'timeline.csv.header.kind',
  year: 'timeline.csv.header.year',
  since: 'timeline.csv.header.since',
  through: 'timeline.csv.header.through',
  coverage: 'timeline.csv.header.coverage',
  count: 'timeline.csv.header.count',
  qualifier: 'timeline.csv.header.qualifier',
  arrests: 'timeline.csv.header.arrests',
  arrests_qualifier: 'timeline.csv.header.arrestsQualifier',
  series: 'timeline.csv.header.series',
  stated_by: 'timeline.csv.header.statedBy',
  official: 'timeline.csv.header.official',
  seed_paragraph: 'timeline.csv.header.seedParagraph',
};

/**
 * The download's column names in the active language. The data package keeps
 * the machine names (its datapackage.json describes them); this per-view
 * download is for reading in a spreadsheet, so it speaks the page's language.
 */
export const MEASURES_CSV_HEADER_IDS: Record<string, MessageId | undefined> = {
  id: 'countermeasures.csv.header.id',
  title: 'countermeasures.csv.header.title',
  description: 'countermeasures.csv.header.description',
  horizon: 'countermeasures.csv.header.horizon',
  horizon_basis: 'countermeasures.csv.header.horizonBasis',
  horizon_reason: 'countermeasures.csv.header.horizonReason',
  approach: 'countermeasures.csv.header.approach',
  domain: 'countermeasures.csv.header.domain',
  actor: 'countermeasures.csv.header.actor',
  status: 'countermeasures.csv.header.status',
  seed_paragraph: 'countermeasures.csv.header.seedParagraph',
  source_ids: 'countermeasures.csv.header.sourceIds',
  source_urls: 'countermeasures.csv.header.sourceUrls',
};

/** The statements download (/fighters): its own columns, then each figure and its qualifier. */
export const STATEMENTS_CSV_HEADER_IDS: Record<string, MessageId> = {
  id: 'data.csv.statements.id',
  date: 'data.csv.statements.date',
  date_precision: 'data.csv.statements.datePrecision',
  approximate: 'data.csv.statements.approximate',
  placed: 'data.csv.statements.placed',
  date_note: 'data.csv.statements.dateNote',
  speaker: 'data.csv.statements.speaker',
  official: 'data.csv.statements.official',
  scope: 'data.csv.statements.scope',
  flags: 'data.csv.statements.flags',
  seed_paragraph: 'data.csv.statements.seedParagraph',
  note: 'data.csv.statements.note',
  source_ids: 'data.csv.statements.sourceIds',
  source_urls: 'data.csv.statements.sourceUrls',
  selection: 'data.csv.statements.selection',
  data_version: 'data.csv.statements.dataVersion',
};
const FIGURE_IDS: Record<string, MessageId> = {
  total: 'data.csv.statements.figure.total',
  joined_isis: 'data.csv.statements.figure.joinedIsis',
  women: 'data.csv.statements.figure.women',
  children: 'data.csv.statements.figure.children',
  returned: 'data.csv.statements.figure.returned',
  killed: 'data.csv.statements.figure.killed',
  killed_syria: 'data.csv.statements.figure.killedSyria',
  killed_iraq: 'data.csv.statements.figure.killedIraq',
  returnees_prosecuted: 'data.csv.statements.figure.returneesProsecuted',
};

/** A statements column in the page's language: "women_qualifier" -> "précision : femmes". */
export function statementsHeaderName(name: string): string {
  const own = STATEMENTS_CSV_HEADER_IDS[name];
  if (own) return t(own);
  const figure = FIGURE_IDS[name];
  if (figure) return t(figure);
  const qualified = /^(.*)_qualifier$/.exec(name);
  const of = qualified ? FIGURE_IDS[qualified[1] ?? ''] : undefined;
  return of ? t('data.csv.statements.qualifierOf', { figure: t(of) }) : name;
}

/** Columns every download ends with (selection, data version, citation), in each view's words. */
const CITATION_COLUMNS: readonly (readonly [MessageId, string])[] = [
  ['timeline.csv.header.selection', 'selection'],
  ['timeline.csv.header.dataVersion', 'data_version'],
  ['countermeasures.csv.header.selection', 'selection'],
  ['countermeasures.csv.header.dataVersion', 'data_version'],
  ['countermeasures.csv.header.citation', 'citation'],
];

/**
 * The machine name behind a column name written in the page's language:
 * "précision de la date" -> "date_precision". Null when the name is none of ours.
 * Needs the timeline and countermeasures catalog areas (the /data route loads them).
 */
export function columnForLocalHeader(header: string): string | null {
  const wanted = normaliseHeader(header);
  for (const map of [CSV_HEADER_IDS, MEASURES_CSV_HEADER_IDS]) {
    for (const [name, id] of Object.entries(map)) if (id && normaliseHeader(t(id)) === wanted) return name;
  }
  for (const [id, name] of CITATION_COLUMNS) if (normaliseHeader(t(id)) === wanted) return name;
  for (const name of [...Object.keys(STATEMENTS_CSV_HEADER_IDS), ...Object.keys(FIGURE_IDS), ...Object.keys(FIGURE_IDS).map((f) => `${f}_qualifier`)])
    if (normaliseHeader(statementsHeaderName(name)) === wanted) return name;
  return null;
}

/**
 * The column a header names: its machine name ("Date Note" -> date_note), or the one a
 * download from a page in this language wrote ("précision de la date" -> date_precision).
 */
export function columnOf(header: string): string {
  return columnForLocalHeader(header) ?? normaliseHeader(header);
}
