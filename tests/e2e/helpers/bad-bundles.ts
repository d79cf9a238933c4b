// The bad-bundle corpus: each case is the real bundle (or the small fixture)
// with one thing broken, plus files that are not bundles at all. Generated
// here rather than kept as 40 files, so every case stays in step with the
// real bundle's format.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureBundle } from '../../../src/testing/fixture-bundle';

export const REAL_BUNDLE_TEXT = readFileSync(
  join(process.env.E2E_DIST ?? 'dist', 'data/bundle.json'),
  'utf8',
);

type Wire = Record<string, unknown>;

export type Expectation =
  /** The error panel shows, with this heading text and every one of these problem paths. */
  | { kind: 'error'; heading: string; paths?: string[]; text?: string[] }
  /** The data is valid (maybe odd): the view renders with it. */
  | { kind: 'ok'; version?: string };

export interface BadBundle {
  name: string;
  body: string;
  contentType?: string;
  status?: number;
  expect: Expectation;
}

const INVALID = 'The data file does not match the bundle format';
const NOT_JSON = 'The data file is not valid JSON';

function real(): Wire {
  const value: unknown = JSON.parse(REAL_BUNDLE_TEXT);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('the real bundle is not an object');
  return value as Wire;
}

/** A record of a section, as plain JSON, for changing in place. */
function at(bundle: Wire, section: string, index: number): Wire {
  const list = bundle[section];
  const item: unknown = Array.isArray(list) ? list[index] : undefined;
  if (typeof item !== 'object' || item === null) throw new Error(`${section}[${index}] is missing`);
  return item as Wire;
}

function list(bundle: Wire, section: string): unknown[] {
  const value = bundle[section];
  if (!Array.isArray(value)) throw new Error(`${section} is not an array`);
  return value;
}

/** The real bundle changed by `change`, serialised. */
function broken(change: (b: Wire) => void): string {
  const b = real();
  change(b);
  return JSON.stringify(b);
}

function invalid(name: string, change: (b: Wire) => void, paths: string[], text: string[] = []): BadBundle {
  return { name, body: broken(change), expect: { kind: 'error', heading: INVALID, paths, text } };
}

function ok(name: string, body: string, options: { contentType?: string; version?: string } = {}): BadBundle {
  return { name, body, contentType: options.contentType, expect: { kind: 'ok', version: options.version } };
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

function deep(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

/** Index of the first snapshot with total, women and children all stated. */
function snapshotWithBreakdown(b: Wire): number {
  const index = list(b, 'fighterSnapshots').findIndex((s) => {
    const f = typeof s === 'object' && s !== null && 'figures' in s ? (s as Wire).figures : null;
    return (
      typeof f === 'object' &&
      f !== null &&
      (f as Wire).total !== null &&
      (f as Wire).women !== null &&
      (f as Wire).children !== null &&
      (f as Wire).returned !== null &&
      (f as Wire).killed !== null
    );
  });
  if (index < 0) throw new Error('no snapshot with a full breakdown');
  return index;
}

export function badBundles(): BadBundle[] {
  const sample = real();
  const snapshots = list(sample, 'fighterSnapshots').length;
  const sources = list(sample, 'sources').length;
  const events = list(sample, 'cellEvents').length;
  const full = snapshotWithBreakdown(sample);
  const contextWithEnd = list(sample, 'contextEvents').findIndex(
    (e) => typeof e === 'object' && e !== null && 'endDate' in e,
  );

  const cases: BadBundle[] = [
    // Not JSON at all.
    {
      name: 'truncated JSON',
      body: REAL_BUNDLE_TEXT.slice(0, Math.floor(REAL_BUNDLE_TEXT.length / 2)),
      expect: { kind: 'error', heading: NOT_JSON },
    },
    {
      name: 'an empty file',
      body: '',
      expect: { kind: 'error', heading: NOT_JSON, text: ['the file is empty'] },
    },
    {
      name: 'only whitespace',
      body: ' \n\t ',
      expect: { kind: 'error', heading: NOT_JSON, text: ['the file is empty'] },
    },
    {
      name: 'an HTML error page with status 200',
      body: '<!doctype html><html><body><h1>502 Bad Gateway</h1><script>window.__pwned = 1</script></body></html>',
      contentType: 'text/html',
      expect: { kind: 'error', heading: NOT_JSON, text: ['the server sent a web page (HTML), not JSON'] },
    },
    {
      name: 'a 500 with a JSON body',
      body: '{"error":"boom"}',
      status: 500,
      expect: { kind: 'error', heading: 'The data file could not be fetched', text: ['500'] },
    },
    { name: 'a trailing comma', body: '{"meta": {},}', expect: { kind: 'error', heading: NOT_JSON } },
    {
      name: 'NaN, which JSON does not have',
      body: REAL_BUNDLE_TEXT.replace(/"total": ?\d+/, '"total": NaN'),
      expect: { kind: 'error', heading: NOT_JSON },
    },

    // Valid, or valid but odd: these must render.
    ok('a valid bundle with a byte-order mark', `\uFEFF${REAL_BUNDLE_TEXT}`),
    // Many static hosts (raw file hosts, some CDNs) send .json as text/plain: the app parses the body, whatever the type.
    ok('valid JSON served as text/plain', REAL_BUNDLE_TEXT, { contentType: 'text/plain; charset=utf-8' }),
    ok('valid JSON served as application/octet-stream', REAL_BUNDLE_TEXT, {
      contentType: 'application/octet-stream',
    }),
    ok(
      'every section empty',
      JSON.stringify({
        ...fixtureBundle(),
        meta: { ...fixtureBundle().meta, version: 'empty-1' },
        sources: [],
        fighterSnapshots: [],
        cellEvents: [],
        cellCounts: [],
        countermeasures: [],
        contextEvents: [],
      }),
      { version: 'empty-1' },
    ),
    ok(
      'no fighter statements, the rest intact',
      broken((b) => (b.fighterSnapshots = [])),
    ),
    ok(
      'unknown extra fields everywhere (accepted and ignored)',
      broken((b) => {
        b.extraTopLevel = { note: 'ignored' };
        at(b, 'fighterSnapshots', 0).shoeSize = 44;
        at(b, 'sources', 0).mirrorOf = ['x'];
        (b.meta as Wire).editor = 'someone';
      }),
    ),
    ok(
      'a 10 MB string in an unknown field',
      broken((b) => (b.padding = TEN_MB)),
    ),
    ok(
      'arrays nested 50,000 deep in an unknown field',
      broken((b) => (b.deep = '__DEEP__')).replace('"__DEEP__"', deep(50_000)),
    ),
    ok(
      'a "__proto__" key',
      broken((b) => (b.note = '__PROTO__')).replace('"note":"__PROTO__"', '"__proto__":{"polluted":1}'),
    ),
    ok(
      'figures that are all null',
      broken((b) => {
        for (const s of list(b, 'fighterSnapshots')) {
          const f = (s as Wire).figures as Wire;
          for (const key of Object.keys(f)) f[key] = null;
        }
      }),
    ),

    // Not a bundle.
    {
      name: 'a top-level array',
      body: '[]',
      expect: { kind: 'error', heading: INVALID, paths: ['(top level)'] },
    },
    {
      name: 'a top-level null',
      body: 'null',
      expect: { kind: 'error', heading: INVALID, paths: ['(top level)'] },
    },
    {
      name: 'a JSON string',
      body: '"bundle"',
      expect: { kind: 'error', heading: INVALID, paths: ['(top level)'] },
    },

    // Wrong types in every section.
    invalid('meta is a string', (b) => (b.meta = 'meta'), ['meta']),
    invalid('sources is an object', (b) => (b.sources = {}), ['sources']),
    invalid(
      'a figure written as text',
      (b) => ((at(b, 'fighterSnapshots', 0).figures as Wire).total = '1664'),
      ['fighterSnapshots[0].figures.total'],
      ['expected number, got the text "1664"'],
    ),
    invalid('an arrest count written as text', (b) => (at(b, 'cellEvents', 0).arrested = '8'), [
      'cellEvents[0].arrested',
    ]),
    invalid('a cell count that is a boolean', (b) => (at(b, 'cellCounts', 0).count = true), [
      'cellCounts[0].count',
    ]),
    invalid(
      'an unknown countermeasure approach',
      (b) => (at(b, 'countermeasures', 0).approach = 'medium'),
      ['countermeasures[0].approach'],
      ['expected one of "hard", "soft"'],
    ),
    invalid('a context flag written as text', (b) => (at(b, 'contextEvents', 0).approximate = 'no'), [
      'contextEvents[0].approximate',
    ]),
    invalid('null where text is required', (b) => ((b.meta as Wire).title = null), ['meta.title']),
    invalid(
      'a 10 MB string where a language code goes',
      (b) => (at(b, 'sources', 0).language = TEN_MB),
      ['sources[0].language'],
      ['two-letter language code'],
    ),
    invalid(
      'arrays nested 50,000 deep where the conventions go',
      (b) => ((b.meta as Wire).conventions = '__DEEP__'),
      ['meta.conventions'],
    ),
    invalid('a number too large for JSON', (b) => (at(b, 'cellCounts', 0).count = '__HUGE__'), [
      'cellCounts[0].count',
    ]),

    // Missing.
    invalid(
      'two sections missing',
      (b) => {
        delete b.countermeasures;
        delete b.contextEvents;
      },
      ['countermeasures', 'contextEvents'],
      ['expected array, got nothing (the field is missing)'],
    ),
    invalid('meta missing', (b) => delete b.meta, ['meta']),
    invalid('a required key missing', (b) => delete at(b, 'cellEvents', 1).details, [
      'cellEvents[1].details',
    ]),

    // Referential integrity.
    invalid(
      'a duplicate event id',
      (b) => list(b, 'cellEvents').push(structuredClone(at(b, 'cellEvents', 0))),
      [`cellEvents[${events}].id`],
      ['duplicate id'],
    ),
    invalid('a duplicate source id', (b) => list(b, 'sources').push(structuredClone(at(b, 'sources', 3))), [
      `sources[${sources}].id`,
    ]),
    invalid(
      'a dangling source id',
      (b) => (at(b, 'fighterSnapshots', 0).sources = ['no-such-source']),
      ['fighterSnapshots[0].sources[0]'],
      ['source id "no-such-source" is not in sources'],
    ),
    invalid(
      'a dangling second source in the last snapshot',
      (b) => {
        const s = at(b, 'fighterSnapshots', snapshots - 1);
        s.sources = [...(Array.isArray(s.sources) ? s.sources : []), 'gone-missing'];
      },
      [`fighterSnapshots[${snapshots - 1}].sources`],
      ['source id "gone-missing" is not in sources'],
    ),

    // Dates.
    invalid(
      'an impossible date',
      (b) => (at(b, 'cellEvents', 0).date = '2017-02-30'),
      ['cellEvents[0].date'],
      ['expected a real date'],
    ),
    invalid('a month 13', (b) => (at(b, 'fighterSnapshots', 0).date = '2016-13'), [
      'fighterSnapshots[0].date',
    ]),
    invalid(
      'a date in the wrong form',
      (b) => (at(b, 'contextEvents', 0).date = '17/10/2017'),
      ['contextEvents[0].date'],
      ['YYYY, YYYY-MM or YYYY-MM-DD'],
    ),
    invalid('a date with a time', (b) => ((b.meta as Wire).asOf = '2018-03-29T00:00:00Z'), ['meta.asOf']),
    invalid('a partial date with a one-digit month', (b) => (at(b, 'cellCounts', 0).date = '2017-1'), [
      'cellCounts[0].date',
    ]),
    invalid(
      'a period that ends before it starts',
      (b) => (at(b, 'contextEvents', contextWithEnd).endDate = '1990'),
      [`contextEvents[${contextWithEnd}].endDate`],
      ['before the start date'],
    ),

    // Out of range (issue 20): each once froze the tab building a bucket for every year between.
    ...[
      ['216 (a typo for 2016)', 216],
      ['100000', 100_000],
    ].map(([label, year]) =>
      invalid(
        `a per-year count for the year ${label}`,
        (b) => {
          const c = at(b, 'cellCounts', 0);
          c.kind = 'per-year';
          c.year = year;
        },
        ['cellCounts[0].year'],
        ['expected a year from 1900 to 2100'],
      ),
    ),
    invalid('an event dated in the year 0216', (b) => (at(b, 'cellEvents', 0).date = '0216-05'), ['cellEvents[0].date'], [
      'expected a year from 1900 to 2100',
    ]),
    invalid('a statement dated 9999', (b) => (at(b, 'fighterSnapshots', 0).date = '9999'), ['fighterSnapshots[0].date'], [
      'expected a year from 1900 to 2100',
    ]),
    invalid(
      'one source cited 3,000 times by one record',
      (b) => {
        const e = at(b, 'cellEvents', 0);
        const first = Array.isArray(e.sources) ? String(e.sources[0]) : '';
        e.sources = Array.from({ length: 3000 }, () => first);
      },
      ['cellEvents[0].sources'],
      ['is listed 3,000 times; list each source once'],
    ),
    ok('a count of -0, shown as 0', broken((b) => (at(b, 'cellEvents', 0).laterArrests = '__MINUS_ZERO__'))),

    // Counts.
    invalid(
      'a negative count',
      (b) => (at(b, 'cellEvents', 0).arrested = -3),
      ['cellEvents[0].arrested'],
      ['whole number of 0 or more'],
    ),
    invalid(
      'a fractional count',
      (b) => ((at(b, 'fighterSnapshots', full).figures as Wire).women = 285.5),
      [`fighterSnapshots[${full}].figures.women`],
      ['the fraction 285.5'],
    ),
    invalid(
      'women plus children above the total',
      (b) => {
        const f = at(b, 'fighterSnapshots', full).figures as Wire;
        f.women = Number(f.total);
        f.children = 1;
      },
      [`fighterSnapshots[${full}].figures`],
      ['exceed the total'],
    ),
    invalid(
      'returned plus killed above the total',
      (b) => {
        const f = at(b, 'fighterSnapshots', full).figures as Wire;
        f.returned = Number(f.total);
        f.killed = 1;
      },
      [`fighterSnapshots[${full}].figures`],
      ['exceed the total'],
    ),

    // Unsafe links: the schema refuses them, so they never reach a link.
    invalid(
      'source URLs with javascript:, data: and vbscript:',
      (b) => {
        at(b, 'sources', 0).url = 'javascript:window.__pwned=1';
        at(b, 'sources', 1).url = 'data:text/html,<script>window.__pwned=1</script>';
        at(b, 'sources', 2).url = 'vbscript:msgbox(1)';
      },
      ['sources[0].url', 'sources[1].url', 'sources[2].url'],
      ['expected an http or https URL'],
    ),
    invalid(
      'an assigned horizon without its reason',
      (b) => {
        const m = at(b, 'countermeasures', 0);
        m.horizonBasis = 'assigned';
        m.horizonReason = null;
      },
      ['countermeasures[0].horizonReason'],
    ),
  ];
  return cases
    .map((c) =>
      c.name.startsWith('arrays nested') && c.expect.kind === 'error'
        ? { ...c, body: c.body.replace('"__DEEP__"', deep(50_000)) }
        : c,
    )
    .map((c) =>
      c.name === 'a number too large for JSON' ? { ...c, body: c.body.replace('"__HUGE__"', '1e400') } : c,
    )
    .map((c) => ({ ...c, body: c.body.replace('"__MINUS_ZERO__"', '-0') }));
}
