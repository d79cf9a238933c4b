// fast-check arbitraries for valid bundles: every id unique within its
// section, every cited source present, figures that never contradict each
// other, and dates that exist. Text mixes plain ASCII, any Unicode and the
// hostile payloads, so "valid" also means "valid but unfriendly".
import fc from 'fast-check';
import { startOf } from '../lib/dates';
import {
  ACTORS,
  AFFILIATIONS,
  APPROACHES,
  CONTEXT_CATEGORIES,
  DOMAINS,
  HORIZONS,
  SOURCE_KINDS,
  STATUSES,
  type Bundle,
  type CellCount,
  type CellEvent,
  type ContextEvent,
  type Countermeasure,
  type FighterSnapshot,
  type Source,
} from '../data/schema';
import { HOSTILE_STRINGS } from './hostile-strings';

const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,14}$/);

const textArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 30 }), weight: 4 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 20, unit: 'grapheme' }), weight: 2 },
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 1 },
);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2017", "2017-10" or "2017-10-31": always a real date at some precision. */
const partialDateArb: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2030 }),
    month: fc.integer({ min: 1, max: 12 }),
    dayFraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    precision: fc.constantFrom('year', 'month', 'day'),
  })
  .map(({ year, month, dayFraction, precision }) => {
    if (precision === 'year') return String(year);
    if (precision === 'month') return `${year}-${pad(month)}`;
    const day = 1 + Math.floor(dayFraction * daysIn(year, month));
    return `${year}-${pad(month)}-${pad(day)}`;
  });

const countArb = fc.integer({ min: 0, max: 5000 });
const upTo = (max: number) => fc.option(fc.integer({ min: 0, max: Math.max(0, max) }), { nil: null });

/** Figures that respect every integrity rule: parts never exceed their whole. */
export const figuresArb: fc.Arbitrary<FighterSnapshot['figures']> = fc
  .option(countArb, { nil: null })
  .chain((total) => {
    const cap = total ?? 5000;
    return fc.tuple(upTo(cap), upTo(cap)).chain(([women, returned]) =>
      fc.tuple(upTo(cap - (women ?? 0)), upTo(cap - (returned ?? 0))).chain(([children, killed]) =>
        upTo(killed ?? 5000).chain((killedSyria) =>
          fc.record({
            total: fc.constant(total),
            joinedIsis: upTo(cap),
            women: fc.constant(women),
            children: fc.constant(children),
            returned: fc.constant(returned),
            killed: fc.constant(killed),
            killedSyria: fc.constant(killedSyria),
            killedIraq: upTo((killed ?? 5000) - (killedSyria ?? 0)),
            returneesProsecuted: upTo(returned ?? 5000),
          }),
        ),
      ),
    );
  });

const sourceArb: fc.Arbitrary<Source> = fc.record({
  id: idArb,
  publisher: textArb,
  title: textArb,
  date: fc.option(partialDateArb, { nil: null }),
  url: fc.webUrl({ validSchemes: ['http', 'https'] }),
  language: fc.stringMatching(/^[a-z]{2}$/),
  kind: fc.constantFrom(...SOURCE_KINDS),
  reliability: textArb,
});

const qualifierArb = fc.constantFrom('about' as const, 'more-than' as const, 'at-least' as const);

function snapshotArb(cite: fc.Arbitrary<string[]>): fc.Arbitrary<FighterSnapshot> {
  return fc.record(
    {
      id: idArb,
      date: partialDateArb,
      approximate: fc.boolean(),
      dateNote: textArb,
      speaker: textArb,
      official: fc.boolean(),
      scope: textArb,
      figures: figuresArb,
      qualifiers: fc.record({ total: qualifierArb, women: qualifierArb }, { requiredKeys: [] }),
      flags: fc.array(
        fc.record({
          figure: fc.constantFrom('total' as const, 'women' as const, 'killed' as const),
          kind: fc.constantFrom('likely-typo' as const, 'disputed' as const, 'different-category' as const),
          note: textArb,
        }),
        { maxLength: 2 },
      ),
      seedParagraph: textArb,
      note: textArb,
      sources: cite,
    },
    { requiredKeys: ['id', 'date', 'approximate', 'speaker', 'official', 'figures', 'sources'] },
  );
}

function cellEventArb(cite: fc.Arbitrary<string[]>): fc.Arbitrary<CellEvent> {
  return fc.record(
    {
      id: idArb,
      date: partialDateArb,
      approximate: fc.boolean(),
      dateNote: textArb,
      places: fc.array(fc.record({ city: textArb, region: textArb, country: textArb }), { maxLength: 3 }),
      arrested: fc.option(countArb, { nil: null }),
      laterArrests: fc.option(countArb, { nil: null }),
      laterArrestsNote: textArb,
      affiliation: fc.constantFrom(...AFFILIATIONS),
      group: textArb,
      agencies: fc.array(textArb, { maxLength: 2 }),
      partners: fc.array(textArb, { maxLength: 2 }),
      details: textArb,
      note: textArb,
      sources: cite,
    },
    {
      requiredKeys: [
        'id',
        'date',
        'approximate',
        'places',
        'arrested',
        'laterArrests',
        'affiliation',
        'agencies',
        'partners',
        'details',
        'sources',
      ],
    },
  );
}

function cellCountArb(cite: fc.Arbitrary<string[]>): fc.Arbitrary<CellCount> {
  return (
    fc
      .record(
        {
          id: idArb,
          kind: fc.constantFrom('per-year' as const, 'cumulative' as const),
          year: fc.integer({ min: 1995, max: 2030 }),
          since: fc.option(partialDateArb, { nil: null }),
          through: partialDateArb,
          coverage: fc.constantFrom(
            'all-terror' as const,
            'isis-linked' as const,
            'syria-iraq-linked' as const,
          ),
          count: countArb,
          qualifier: qualifierArb,
          arrests: fc.option(countArb, { nil: null }),
          series: textArb,
          statedBy: textArb,
          date: partialDateArb,
          approximate: fc.boolean(),
          official: fc.boolean(),
          seedParagraph: textArb,
          note: textArb,
          sources: cite,
        },
        {
          requiredKeys: [
            'id',
            'kind',
            'year',
            'since',
            'coverage',
            'count',
            'series',
            'statedBy',
            'date',
            'approximate',
            'official',
            'sources',
          ],
        },
      )
      // A per-year count needs its year; a cumulative one may or may not give one.
      .chain((c) => (c.kind === 'per-year' ? fc.constant(c) : fc.constantFrom(c, { ...c, year: null })))
  );
}

function countermeasureArb(cite: fc.Arbitrary<string[]>): fc.Arbitrary<Countermeasure> {
  return fc
    .record({
      id: idArb,
      title: textArb,
      description: textArb,
      horizon: fc.constantFrom(...HORIZONS),
      horizonBasis: fc.constantFrom('stated' as const, 'assigned' as const),
      horizonReason: fc.option(textArb, { nil: null }),
      approach: fc.constantFrom(...APPROACHES),
      domain: fc.constantFrom(...DOMAINS),
      actor: fc.constantFrom(...ACTORS),
      status: fc.constantFrom(...STATUSES),
      seedParagraph: fc.option(textArb, { nil: null }),
      sources: cite,
    })
    .map((m) =>
      m.horizonBasis === 'assigned' && m.horizonReason === null ? { ...m, horizonReason: 'Assigned.' } : m,
    );
}

function contextEventArb(cite: fc.Arbitrary<string[]>): fc.Arbitrary<ContextEvent> {
  return fc
    .record(
      {
        id: idArb,
        date: partialDateArb,
        endDate: partialDateArb,
        approximate: fc.boolean(),
        title: textArb,
        description: textArb,
        category: fc.constantFrom(...CONTEXT_CATEGORIES),
        sources: cite,
      },
      { requiredKeys: ['id', 'date', 'approximate', 'title', 'description', 'category', 'sources'] },
    )
    .map((e) => {
      if (e.endDate === undefined || startOf(e.endDate) >= startOf(e.date)) return e;
      return { ...e, date: e.endDate, endDate: e.date };
    });
}

const metaArb: fc.Arbitrary<Bundle['meta']> = fc.record({
  title: textArb,
  version: textArb,
  generated: partialDateArb,
  asOf: partialDateArb,
  licence: textArb,
  conventions: fc.record({
    horizons: textArb,
    dates: textArb,
    official: textArb,
    derived: textArb,
    sources: textArb,
  }),
});

const byId = { selector: (r: { id: string }) => r.id };

/** A valid, referentially consistent bundle; `max` bounds every section's length. */
export function bundleArb({ max = 6 }: { max?: number } = {}): fc.Arbitrary<Bundle> {
  return fc.uniqueArray(sourceArb, { ...byId, minLength: 1, maxLength: max }).chain((sources) => {
    const cite = fc.subarray(
      sources.map((s) => s.id),
      { minLength: 1 },
    );
    return fc.record({
      meta: metaArb,
      sources: fc.constant(sources),
      fighterSnapshots: fc.uniqueArray(snapshotArb(cite), { ...byId, maxLength: max }),
      cellEvents: fc.uniqueArray(cellEventArb(cite), { ...byId, maxLength: max }),
      cellCounts: fc.uniqueArray(cellCountArb(cite), { ...byId, maxLength: max }),
      countermeasures: fc.uniqueArray(countermeasureArb(cite), { ...byId, maxLength: max }),
      contextEvents: fc.uniqueArray(contextEventArb(cite), { ...byId, maxLength: max }),
      detentionFigures: fc.constant([]),
      places: fc.constant([]),
      regionalFigures: fc.constant([]),
      populations: fc.constant([]),
    });
  });
}
