import { describe, expect, it } from 'vitest';
import {
  arrestedAbroadText,
  arrestedAbroadTotal,
  arrestsByCountry,
  cellTotals,
  isNewCell,
  parseArrestedAbroad,
} from './cell-events';
import type { CellEvent } from './schema';

const event = (over: Partial<CellEvent> = {}): CellEvent => ({
  id: 'e',
  date: '2024-11-22',
  approximate: false,
  places: [],
  arrested: 3,
  laterArrests: null,
  affiliation: 'isis-sahel',
  agencies: [],
  partners: [],
  details: 'x',
  sources: ['s'],
  ...over,
});

describe('arrests by country', () => {
  it.each<[string, Partial<CellEvent>, string | null]>([
    ['Morocco only', {}, '3 in Morocco'],
    ['joint operation', { arrestedAbroad: [{ country: 'Spain', count: 6 }] }, '3 in Morocco; 6 in Spain'],
    ['qualified', { arrested: 12, arrestedQualifier: 'about' }, 'about 12 in Morocco'],
    [
      'two countries, one qualified',
      { arrestedAbroad: [{ country: 'Spain', count: 2 }, { country: 'Belgium', count: 1, qualifier: 'at-least' }] },
      '3 in Morocco; 2 in Spain; at least 1 in Belgium',
    ],
    ['Morocco unstated, abroad given', { arrested: null, arrestedAbroad: [{ country: 'Spain', count: 1 }] }, 'number in Morocco not stated; 1 in Spain'],
    ['nothing stated', { arrested: null }, null],
  ])('%s', (_name, over, expected) => {
    expect(arrestsByCountry(event(over))).toBe(expected);
  });

  it('sums and lists arrests abroad', () => {
    const e = event({ arrestedAbroad: [{ country: 'Spain', count: 6 }, { country: 'Spain (Ceuta)', count: 3, qualifier: 'about' }] });
    expect(arrestedAbroadTotal(e)).toBe(9);
    expect(arrestedAbroadText(e)).toBe('Spain: 6; Spain (Ceuta): about 3');
    expect(arrestedAbroadTotal(event())).toBe(0);
    expect(arrestedAbroadText(event())).toBe('');
  });
});

describe('cellTotals', () => {
  it('counts follow-ups apart from cells but counts their arrests', () => {
    const totals = cellTotals([
      event({ id: 'a', arrested: 4, laterArrests: 2, arrestedAbroad: [{ country: 'Spain', count: 6 }] }),
      event({ id: 'b', arrested: 5, followUpOf: 'a' }),
      event({ id: 'c', arrested: null }),
    ]);
    expect(totals).toEqual({ cells: 2, followUps: 1, arrested: 9, laterArrests: 2, abroad: 6, unstated: 1 });
  });

  it.each([
    [{}, true],
    [{ followUpOf: 'x' }, false],
  ])('isNewCell(%j) = %s', (over, expected) => {
    expect(isNewCell(event(over))).toBe(expected);
  });
});

describe('parseArrestedAbroad: arrestedAbroadText read back', () => {
  it.each<NonNullable<CellEvent['arrestedAbroad']>>([
    [],
    [{ country: 'Spain', count: 6 }],
    [
      { country: 'Spain (Ceuta)', count: 3, qualifier: 'about' },
      { country: 'Belgium', count: 1664, qualifier: 'more-than' },
      { country: 'France', count: 0, qualifier: 'up-to' },
      { country: 'Mali', count: 12, qualifier: 'at-least' },
    ],
  ])('gives back the list it was written from (%#)', (...abroad) => {
    const text = arrestedAbroadText(event({ arrestedAbroad: abroad }));
    expect(parseArrestedAbroad(text)).toEqual({ ok: true, value: abroad });
  });

  it('reads hand-written entries and says which entry it cannot read', () => {
    expect(parseArrestedAbroad('Spain:6 ; France: More-Than 2')).toEqual({
      ok: true,
      value: [
        { country: 'Spain', count: 6 },
        { country: 'France', count: 2, qualifier: 'more-than' },
      ],
    });
    expect(parseArrestedAbroad('Spain: 6; six in France')).toEqual({
      ok: false,
      message: "'six in France' is not a country and a number (write Spain: 6; France: about 2)",
    });
  });
});
