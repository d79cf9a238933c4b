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

export const SOURCE_KINDS = [
  'official-statement',
  'official-publication',
  'press-report',
  'op-ed',
  'law-text',
  'think-tank-report',
  'mirror',
  'reference-work',
] as const;

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

export const meta = z.object({
  title: text,
  version: text,
  generated: partialDate,
  asOf: partialDate,
  licence: text,
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
  qualifiers: z.optional(z.partialRecord(figureKey, z.enum(['about', 'more-than', 'at-least']))),
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
  qualifier: z.optional(z.enum(['about', 'more-than', 'at-least'])),
  arrests: z.optional(z.nullable(count)),
  /** Which series the figure belongs to, so conflicting series stay apart. */
  series: text,
  statedBy: text,
  date: partialDate,
  approximate: z.boolean(),
  official: z.boolean(),
  seedParagraph: z.optional(text),
  note: z.optional(text),
  sources: sourceIds,
});

const placeSchema = z.object({
  city: text,
  region: text,
  country: text,
});

export const AFFILIATIONS = ['isis', 'pro-isis', 'isis-libya', 'isis-recruitment'] as const;

export const cellEventSchema = z.object({
  id,
  date: partialDate,
  approximate: z.boolean(),
  dateNote: z.optional(text),
  places: z.array(placeSchema),
  arrested: z.nullable(count),
  laterArrests: z.nullable(count),
  laterArrestsNote: z.optional(text),
  affiliation: z.enum(AFFILIATIONS),
  group: z.optional(text),
  agencies: z.array(text),
  partners: z.array(text),
  details: text,
  note: z.optional(text),
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
  title: text,
  description: text,
  category: z.enum(CONTEXT_CATEGORIES),
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
});

export type Bundle = z.infer<typeof bundleSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
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
