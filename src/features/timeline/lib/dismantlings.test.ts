import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../../data/schema';
import { affiliationShare, arrestsText, dismantlingsSummary, sahelSentence } from './dismantlings';
import { prepareEvents } from './filters';

const e = (id: string, date: string, over: Partial<CellEvent> = {}): CellEvent => ({
  id,
  date,
  approximate: false,
  places: [{ city: 'Tetouan', region: 'Tanger-Tétouan-Al Hoceïma', country: 'Morocco' }],
  arrested: 3,
  laterArrests: null,
  affiliation: 'isis',
  agencies: [],
  partners: [],
  details: 'x',
  sources: ['s'],
  ...over,
});

describe('affiliationShare', () => {
  it.each<[string, CellEvent[], { since: string; cells: number; tied: number } | null]>([
    ['never appears', [e('a', '2016-01')], null],
    [
      'counts cells from the first Sahel year',
      [e('a', '2016-01'), e('b', '2024-01', { affiliation: 'isis-sahel' }), e('c', '2024-06'), e('d', '2025-02-19', { affiliation: 'isis-sahel' })],
      { since: '2024', cells: 3, tied: 2 },
    ],
    [
      'a follow-up is not a cell',
      [e('b', '2024-01', { affiliation: 'isis-sahel' }), e('c', '2024-06', { affiliation: 'isis-sahel', followUpOf: 'b' })],
      { since: '2024', cells: 1, tied: 1 },
    ],
  ])('%s', (_name, events, expected) => {
    expect(affiliationShare(events, 'isis-sahel')).toEqual(expected);
  });

  it('says it in one sentence', () => {
    expect(sahelSentence({ since: '2024', cells: 4, tied: 3 })).toBe(
      '3 of the 4 cell dismantlings documented since 2024 are tied to the Islamic State in the Sahel.',
    );
    expect(sahelSentence(null)).toBeNull();
  });
});

describe('arrestsText', () => {
  it.each<[Partial<CellEvent>, string]>([
    [{}, 'arrested: 3 in Morocco'],
    [{ arrestedAbroad: [{ country: 'Spain', count: 6 }] }, 'arrested: 3 in Morocco; 6 in Spain'],
    [{ laterArrests: 1 }, 'arrested: 3 in Morocco (+1 later)'],
    [{ followUpOf: 'x' }, 'arrested: 3 in Morocco; a follow-up operation, not a new cell'],
    [{ arrested: null }, 'number arrested not stated'],
  ])('%j -> %s', (over, expected) => {
    expect(arrestsText(e('a', '2024-11-22', over))).toBe(expected);
  });
});

describe('dismantlingsSummary', () => {
  it('counts follow-ups apart from cells, with their arrests, and arrests abroad', () => {
    const events = [
      e('a', '2024-11-22', { arrestedAbroad: [{ country: 'Spain', count: 6 }] }),
      e('b', '2024-12-10', { followUpOf: 'a', arrested: 2 }),
    ];
    const text = dismantlingsSummary(events, { start: 2024 * 12, end: 2024 * 12 + 11 }, 0);
    expect(text).toMatch(/^1 documented cell dismantling is \(and 1 follow-up operation, not counted as cells\)/);
    expect(text).toMatch(/5 people arrested in Morocco and 6 abroad/);
    expect(prepareEvents(events)).toHaveLength(2);
  });
});
