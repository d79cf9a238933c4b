import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { formatPath, validateBundle } from './validate';

function problemsOf(data: unknown) {
  const result = validateBundle(data);
  return result.ok ? [] : result.problems;
}

function mutated(change: (bundle: Record<string, unknown> & ReturnType<typeof fixtureBundle>) => void) {
  const bundle = structuredClone(fixtureBundle()) as Record<string, unknown> & ReturnType<typeof fixtureBundle>;
  change(bundle);
  return bundle;
}

describe('validateBundle', () => {
  it('accepts the fixture', () => {
    expect(validateBundle(fixtureBundle()).ok).toBe(true);
  });

  it('accepts and drops unknown extra fields', () => {
    const result = validateBundle({ ...fixtureBundle(), extra: 1 });
    expect(result.ok && 'extra' in result.bundle).toBe(false);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a missing section', (b: ReturnType<typeof mutated>) => delete (b as Record<string, unknown>).cellEvents, 'cellEvents', 'expected array, got nothing (the field is missing)'],
    ['a wrong type', (b: ReturnType<typeof mutated>) => ((b.fighterSnapshots[0]!.figures as Record<string, unknown>).total = '1664'), 'fighterSnapshots[0].figures.total', 'expected number, got the text "1664"'],
    ['an impossible date', (b: ReturnType<typeof mutated>) => (b.cellEvents[0]!.date = '2017-02-30'), 'cellEvents[0].date', 'expected a real date'],
    ['a date in the wrong form', (b: ReturnType<typeof mutated>) => (b.contextEvents[0]!.date = '17/10/2017'), 'contextEvents[0].date', 'YYYY, YYYY-MM or YYYY-MM-DD'],
    ['a negative count', (b: ReturnType<typeof mutated>) => (b.cellEvents[0]!.arrested = -1), 'cellEvents[0].arrested', 'whole number of 0 or more'],
    ['a fractional count', (b: ReturnType<typeof mutated>) => (b.cellCounts[0]!.count = 2.5), 'cellCounts[0].count', 'fraction 2.5'],
    ['an unknown enum value', (b: ReturnType<typeof mutated>) => ((b.countermeasures[0] as Record<string, unknown>).horizon = 'medium'), 'countermeasures[0].horizon', 'expected one of "short", "long", "both"'],
    ['a javascript: URL', (b: ReturnType<typeof mutated>) => (b.sources[0]!.url = 'javascript:alert(1)'), 'sources[0].url', 'http or https'],
    ['a duplicate id', (b: ReturnType<typeof mutated>) => b.fighterSnapshots.push(structuredClone(b.fighterSnapshots[0]!)), 'fighterSnapshots[2].id', 'duplicate id "seed-mwn-2017"'],
    ['a dangling source id', (b: ReturnType<typeof mutated>) => (b.cellEvents[0]!.sources = ['nowhere']), 'cellEvents[0].sources[0]', 'source id "nowhere" is not in sources'],
    ['women plus children above the total', (b: ReturnType<typeof mutated>) => (b.fighterSnapshots[0]!.figures.women = 1500), 'fighterSnapshots[0].figures', 'exceed the total'],
    ['an assigned horizon without reason', (b: ReturnType<typeof mutated>) => (b.countermeasures[0]!.horizonBasis = 'assigned'), 'countermeasures[0].horizonReason', 'needs its reason'],
    ['a per-year count for the year 216 (a typo for 2016)', (b: ReturnType<typeof mutated>) => { b.cellCounts[0]!.kind = 'per-year'; b.cellCounts[0]!.year = 216; }, 'cellCounts[0].year', 'expected a year from 1900 to 2100'],
    ['a per-year count for the year 100000', (b: ReturnType<typeof mutated>) => { b.cellCounts[0]!.kind = 'per-year'; b.cellCounts[0]!.year = 100000; }, 'cellCounts[0].year', 'expected a year from 1900 to 2100'],
    ['a date in the year 0216', (b: ReturnType<typeof mutated>) => (b.cellEvents[0]!.date = '0216-05'), 'cellEvents[0].date', 'expected a year from 1900 to 2100'],
    ['a date in the year 2999', (b: ReturnType<typeof mutated>) => (b.contextEvents[0]!.date = '2999'), 'contextEvents[0].date', 'expected a year from 1900 to 2100'],
    ['a source dated 1066', (b: ReturnType<typeof mutated>) => (b.sources[0]!.date = '1066-10-14'), 'sources[0].date', 'expected a year from 1900 to 2100'],
    ['one source cited 3,000 times by one record', (b: ReturnType<typeof mutated>) => (b.cellEvents[0]!.sources = Array.from({ length: 3000 }, () => b.sources[0]!.id)), 'cellEvents[0].sources', 'is listed 3,000 times; list each source once'],
  ])('rejects %s with its path', (_name, change, path, message) => {
    const problems = problemsOf(mutated(change));
    const match = problems.find((p) => p.path === path);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.message).toContain(message);
  });

  it('rejects a non-object with a top-level path', () => {
    expect(problemsOf('hello')[0]?.path).toBe('(top level)');
    expect(problemsOf(null)[0]?.message).toBe('expected object, got null');
  });
});

describe('formatPath', () => {
  it.each([
    [['fighterSnapshots', 2, 'figures', 'total'], 'fighterSnapshots[2].figures.total'],
    [['meta'], 'meta'],
    [[], '(top level)'],
  ])('%j -> %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
