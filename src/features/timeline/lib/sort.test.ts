import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { prepareEvents } from './filters';
import { sortEvents, type SortKey } from './sort';

const base = fixtureBundle().cellEvents[0];
if (!base) throw new Error('fixture has no event');
const events = prepareEvents(
  [
    { id: 'a', date: '2016-10-03', arrested: 10, laterArrests: null },
    { id: 'b', date: '2016-10', arrested: 2, laterArrests: 1 },
    { id: 'c', date: '2016', arrested: null, laterArrests: null },
    { id: 'd', date: '2015-03-22', arrested: 13, laterArrests: null },
  ].map((e): CellEvent => ({ ...base, ...e })),
);

describe('sortEvents', () => {
  it.each<[SortKey, string[]]>([
    // A vaguer date sorts before more precise dates starting on the same day.
    ['date', ['d', 'c', 'b', 'a']],
    ['-date', ['a', 'b', 'c', 'd']],
    // Unstated arrests go last either way.
    ['arrests', ['b', 'a', 'd', 'c']],
    ['-arrests', ['d', 'a', 'b', 'c']],
  ])('%s', (key, expected) => {
    expect(sortEvents(events, key).map((e) => e.event.id)).toEqual(expected);
  });
});
