// Breaks one thing in a valid bundle and says where, so tests can check that
// validation points at exactly that place. Works on a JSON copy (unknown), as
// a hostile file would arrive.
import { SECTIONS_WITH_SOURCES } from '../data/integrity';
import type { Bundle } from '../data/schema';

type FieldKind = 'text' | 'id' | 'date' | 'boolean' | 'count' | 'int' | 'array' | 'object' | 'enum' | 'url';

/** Required keys of each section (nullable counts as required: null must be written). */
const REQUIRED_FIELDS: Record<string, Record<string, FieldKind>> = {
  meta: {
    title: 'text',
    version: 'text',
    generated: 'date',
    asOf: 'date',
    licence: 'text',
    conventions: 'object',
  },
  sources: {
    id: 'id',
    publisher: 'text',
    title: 'text',
    url: 'url',
    language: 'text',
    kind: 'enum',
    reliability: 'text',
  },
  fighterSnapshots: {
    id: 'id',
    date: 'date',
    approximate: 'boolean',
    speaker: 'text',
    official: 'boolean',
    figures: 'object',
    sources: 'array',
  },
  cellEvents: {
    id: 'id',
    date: 'date',
    approximate: 'boolean',
    places: 'array',
    arrested: 'count',
    laterArrests: 'count',
    affiliation: 'enum',
    agencies: 'array',
    partners: 'array',
    details: 'text',
    sources: 'array',
  },
  cellCounts: {
    id: 'id',
    kind: 'enum',
    year: 'int',
    coverage: 'enum',
    count: 'count',
    series: 'text',
    statedBy: 'text',
    date: 'date',
    approximate: 'boolean',
    official: 'boolean',
    sources: 'array',
  },
  countermeasures: {
    id: 'id',
    title: 'text',
    description: 'text',
    horizon: 'enum',
    horizonBasis: 'enum',
    approach: 'enum',
    domain: 'enum',
    actor: 'enum',
    status: 'enum',
    sources: 'array',
  },
  contextEvents: {
    id: 'id',
    date: 'date',
    approximate: 'boolean',
    title: 'text',
    description: 'text',
    category: 'enum',
    sources: 'array',
  },
};

const RECORD_SECTIONS = ['sources', ...SECTIONS_WITH_SOURCES] as const;
export type RecordSection = (typeof RECORD_SECTIONS)[number];
const CITING_SECTIONS: readonly RecordSection[] = SECTIONS_WITH_SOURCES;

/** A value of the wrong type for each kind of field; never null (null is valid for some). */
const WRONG_TYPE: Record<FieldKind, readonly unknown[]> = {
  text: [42, true, [], {}],
  id: [7, false, ['a'], 'Not An Id!'],
  url: [1, 'javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'ftp://example.org/'],
  date: [20170101, '2017-02-30', '2019-13', '17/10/2017', 'yesterday', ''],
  boolean: ['yes', 1, 'true', []],
  count: ['12', -1, 2.5, Number.MAX_SAFE_INTEGER + 2, true],
  int: ['2017', 2017.5, false],
  array: ['x', {}, 3],
  object: [[], 'x', 3],
  enum: ['nope', 1, '', 'SHORT'],
};

/** Real-looking dates that do not exist or are not written the agreed way. */
const BAD_DATES = [
  '2017-02-30',
  '2019-02-29',
  '2019-13',
  '2018-00',
  '2018-04-31',
  '2017-10-32',
  '17/10/2017',
  '2017-1-5',
  '2017-10-05T00:00:00Z',
  ' 2017',
  'yesterday',
  '',
] as const;

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The bundle as it would arrive over the wire: plain JSON, nothing typed. */
function toWire(bundle: Bundle): Record<string, unknown> {
  const copy: unknown = JSON.parse(JSON.stringify(bundle));
  if (!isObject(copy)) throw new Error('a bundle is an object');
  return copy;
}

function sectionOf(wire: Record<string, unknown>, section: RecordSection): Record<string, unknown>[] {
  const list = wire[section];
  if (!Array.isArray(list)) throw new Error(`${section} is not an array`);
  return list.filter(isObject);
}

interface Mutation {
  /** The bundle with one thing broken. */
  data: Record<string, unknown>;
  /** Where a validator should point. */
  path: string;
  what: string;
}

const pick = <T>(list: readonly T[], n: number): T => {
  const item = list[n % list.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/**
 * Applies mutation number `kind` to a copy of `bundle`, steered by `n`
 * (any non-negative integer). Returns null when the bundle has nothing the
 * mutation could break (e.g. no records to duplicate).
 */
export function mutate(bundle: Bundle, kind: number, n: number): Mutation | null {
  const data = toWire(bundle);
  const nonEmpty = RECORD_SECTIONS.filter((s) => sectionOf(data, s).length > 0);
  const mutations = [
    'delete-key',
    'wrong-type',
    'bad-date',
    'duplicate-id',
    'dangling-source',
    'delete-section',
  ] as const;
  const which = pick(mutations, kind);
  const digits = (k: number) => Math.floor(n / 7 ** k);

  if (which === 'delete-section') {
    // detentionFigures, regionalFigures and populations may be missing (older bundles): deleting them breaks nothing.
    const section = pick(
      ['meta', ...RECORD_SECTIONS.filter((s) => s !== 'detentionFigures' && s !== 'regionalFigures' && s !== 'populations')],
      n,
    );
    delete data[section];
    return { data, path: section, what: `delete the section ${section}` };
  }
  if (nonEmpty.length === 0) return null;

  if (which === 'delete-key' || which === 'wrong-type' || which === 'bad-date') {
    // Countermeasures carry no date: a broken date goes where there is one.
    const candidates = which === 'bad-date' ? nonEmpty.filter((s) => s !== 'countermeasures') : nonEmpty;
    const inMeta =
      candidates.length === 0 || (which !== 'bad-date' && digits(0) % 5 === 0) || digits(0) % 9 === 0;
    const section = pick(candidates.length ? candidates : nonEmpty, digits(1));
    const records = sectionOf(data, section);
    const index = digits(2) % records.length;
    const target = inMeta ? data.meta : records[index];
    if (!isObject(target)) return null;
    const fields = Object.entries(REQUIRED_FIELDS[inMeta ? 'meta' : section] ?? {});
    const dated = fields.filter(([, k]) => k === 'date');
    const sourceDate: [string, FieldKind][] = [['date', 'date']];
    const [key, fieldKind] = pick(
      which === 'bad-date' ? (dated.length ? dated : sourceDate) : fields,
      digits(3),
    );
    const path = inMeta ? `meta.${key}` : `${section}[${index}].${key}`;
    if (which === 'bad-date' && dated.length === 0) {
      // sources: the publication date is nullable, but a wrong one is still wrong.
      target.date = pick(BAD_DATES, digits(4));
      return { data, path, what: `break the date at ${path}` };
    }
    if (which === 'delete-key') {
      delete target[key];
      return { data, path, what: `delete ${path}` };
    }
    const value = pick(which === 'bad-date' ? BAD_DATES : WRONG_TYPE[fieldKind], digits(4));
    target[key] = value;
    return { data, path, what: `set ${path} to ${JSON.stringify(value)}` };
  }

  if (which === 'duplicate-id') {
    const section = pick(nonEmpty, digits(1));
    const records = sectionOf(data, section);
    const list = data[section];
    const original = records[digits(2) % records.length];
    if (!Array.isArray(list) || original === undefined) return null;
    list.push(structuredClone(original));
    return { data, path: `${section}[${list.length - 1}].id`, what: `duplicate a record of ${section}` };
  }

  const citing = CITING_SECTIONS.filter((s) => sectionOf(data, s).length > 0);
  if (citing.length === 0) return null;
  const section = pick(citing, digits(1));
  const records = sectionOf(data, section);
  const index = digits(2) % records.length;
  const cited = records[index]?.sources;
  if (!Array.isArray(cited) || cited.length === 0) return null;
  const known = new Set(sectionOf(data, 'sources').map((s) => s.id));
  let dangling = 'no-such-source';
  while (known.has(dangling)) dangling += '-x';
  const at = digits(3) % cited.length;
  cited[at] = dangling;
  return { data, path: `${section}[${index}].sources[${at}]`, what: `cite the missing source ${dangling}` };
}
