import { describe, expect, it } from 'vitest';
import type { FighterSnapshot } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { latestOfficialFigures, selectOverview } from './overview-data';

const snap = (id: string, date: string, over: Partial<FighterSnapshot> = {}, figures: Partial<FighterSnapshot['figures']> = {}): FighterSnapshot => ({
  id,
  date,
  approximate: false,
  speaker: id,
  official: true,
  figures: {
    total: null,
    joinedIsis: null,
    women: null,
    children: null,
    returned: null,
    killed: null,
    killedSyria: null,
    killedIraq: null,
    returneesProsecuted: null,
    ...figures,
  },
  sources: ['s'],
  ...over,
});

const seed = snap('seed', '2017-10', { official: false, qualifiers: { total: 'about' } }, { total: 1664, killed: 596 });

describe('latestOfficialFigures', () => {
  it.each<[string, FighterSnapshot[], Record<string, [string, number, string | undefined, number | null, string | undefined]>]>([
    ['nothing later', [seed, snap('old', '2016', {}, { total: 1500 })], {}],
    [
      'the latest official statement per figure, change qualified when an input is',
      [seed, snap('a', '2021-07', {}, { total: 1659, killed: 745 }), snap('b', '2023-03', {}, { killed: 747 })],
      { total: ['a', 1659, undefined, -5, 'about'], killed: ['b', 747, undefined, 151, undefined] },
    ],
    [
      'estimates and figures flagged as typos are skipped',
      [
        seed,
        snap('est', '2022', { official: false }, { total: 1 }),
        snap('typo', '2023', { flags: [{ figure: 'total', kind: 'likely-typo', note: 'x' }] }, { total: 663 }),
        snap('ok', '2021', { qualifiers: { total: 'more-than' } }, { total: 1659 }),
      ],
      { total: ['ok', 1659, 'more-than', -5, 'about'] },
    ],
  ])('%s', (_name, snapshots, expected) => {
    const result = latestOfficialFigures(snapshots, seed);
    expect(
      Object.fromEntries(
        result.map((l) => [l.key, [l.latest.snapshot.id, l.latest.value, l.latest.qualifier, l.change?.value ?? null, l.change?.qualifier]]),
      ),
    ).toEqual(expected);
  });
});

describe('selectOverview', () => {
  it('keeps the headline qualifiers and qualifies derived values computed from them', () => {
    const bundle = fixtureBundle();
    const first = bundle.fighterSnapshots[0]!;
    bundle.fighterSnapshots[0] = { ...first, qualifiers: { total: 'about' } };
    const data = selectOverview(bundle);
    expect(data.figures.find((f) => f.key === 'total')).toMatchObject({ value: 1664, qualifier: 'about' });
    expect(data.men).toMatchObject({ value: 1001, qualifier: 'about' });
  });

  it('counts cells without follow-ups, and arrests in Morocco and abroad apart', () => {
    const bundle = fixtureBundle();
    const cell = bundle.cellEvents[0]!;
    bundle.cellEvents = [
      { ...cell, arrestedAbroad: [{ country: 'Spain', count: 2 }] },
      { ...cell, id: 'follow', date: '2018-04', arrested: 3, laterArrests: null, followUpOf: cell.id },
    ];
    const { events } = selectOverview(bundle);
    expect(events).toMatchObject({ count: 1, followUps: 1, arrested: 8 + 1 + 3, abroad: 2 });
  });
});
