import { describe, expect, it } from 'vitest';
import type { DetentionFigure } from '../../../data/schema';
import { detentionKeysGiven, detentionSummary, detentionTable, detentionValue } from './detention';

const fig = (id: string, date: string, figures: Partial<DetentionFigure['figures']>, over: Partial<DetentionFigure> = {}): DetentionFigure => ({
  id,
  date,
  approximate: false,
  speaker: id,
  official: true,
  figures: {
    heldTotal: null,
    heldMen: null,
    heldWomen: null,
    heldChildren: null,
    unaccompaniedChildren: null,
    returnedInPeriod: null,
    returnedProsecuted: null,
    ...figures,
  },
  sources: ['s'],
  ...over,
});

const A = fig('A', '2021-07', { returnedProsecuted: 137 });
const B = fig('B', '2022-11', { heldTotal: 277, heldMen: 65, returnedInPeriod: 117 }, { period: '2022' });
const C = fig('C', '2023-03', { heldWomen: 136 }, { approximate: true, qualifiers: { heldWomen: 'about' } });
const P = fig('P', '2020', { heldTotal: 250 }, { placed: true, dateNote: 'undated' });

describe('detention figures', () => {
  it.each<[string, DetentionFigure[], string]>([
    ['none', [], 'This bundle has no figures on returnees or on Moroccans held abroad.'],
    ['one', [A], 'One statement, Jul 2021.'],
    [
      'the latest held and returned, in date order whatever the input order',
      [C, A, B],
      '3 statements from Jul 2021 to c. Mar 2023; the latest total held in camps or prisons abroad is 277 (B, Nov 2022); 117 returned in 2022 (B).',
    ],
    [
      'a placed year says so',
      [P],
      'One statement, 2020 (year placed by the editors); the latest total held in camps or prisons abroad is 250 (P, 2020 (year placed by the editors)).',
    ],
  ])('summary: %s', (_name, figures, expected) => {
    expect(detentionSummary(figures)).toBe(expected);
  });

  it('keeps qualifiers in values and in the table', () => {
    expect(detentionValue(C, 'heldWomen')).toBe('about 136');
    expect(detentionValue(C, 'heldTotal')).toBe('–');
    const table = detentionTable([B, C]);
    expect(table.columns.map((c) => c.label)).toEqual(['Figure', 'Nov 2022', 'c. Mar 2023']);
    expect(table.rows.find((r) => r.figure === 'of them women')).toEqual({ figure: 'of them women', s0: '–', s1: 'about 136' });
    expect(table.rows.find((r) => r.figure === 'Returned in the period')).toEqual({ figure: 'Returned in the period', s0: '117 (2022)', s1: '–' });
  });

  it('lists only the figures some statement gives', () => {
    expect(detentionKeysGiven([A, B])).toEqual(['heldTotal', 'heldMen', 'returnedInPeriod', 'returnedProsecuted']);
  });
});

describe('detention keys', () => {
  it('follow the schema, every key once', async () => {
    const { DETENTION_KEYS } = await import('../../../data/schema');
    const all = fig('all', '2022', Object.fromEntries(DETENTION_KEYS.map((k) => [k, 1])));
    expect(detentionKeysGiven([all])).toEqual([...DETENTION_KEYS]);
  });
});
