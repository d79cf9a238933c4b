import type { Bundle } from '../data/schema';

/**
 * A small valid bundle for unit and component tests, drawn from the real
 * records (seed op-ed and the September 2017 BCIJ statement). Tests that need
 * odd data copy it with structuredClone and change one thing.
 */
export function fixtureBundle(): Bundle {
  return {
    meta: {
      title: 'Test bundle',
      version: 'test-1',
      generated: '2026-11-27',
      asOf: '2018-03',
      licence: 'Test data',
      conventions: {
        horizons: 'Stated when the source puts a measure under a horizon; otherwise assigned by the editors.',
        dates: 'Dates at their real precision.',
        official: 'Stated by a Moroccan official or body.',
        derived: 'Computed by the app, never stored.',
        sources: 'Bracketed titles are the editors’ descriptions.',
      },
    },
    sources: [
      {
        id: 'mwn-2017-fall-of-isis',
        publisher: 'Morocco World News',
        title: 'What the Fall of ISIS means for North Africa',
        date: '2017-10',
        url: 'https://www.moroccoworldnews.com/2017/10/232413/isis-north-africa-terrorism/',
        language: 'en',
        kind: 'op-ed',
        reliability: 'Op-ed; figures unattributed.',
      },
      {
        id: 'presstv-fr-2017-09-khiame',
        publisher: 'PressTV (French), mirror',
        title: '[Khiame gives updated foreign-fighter figures]',
        date: '2017-09-06',
        url: 'http://350431105.r.worldcdn.net/Detail/2017/09/06/534265/',
        language: 'fr',
        kind: 'mirror',
        reliability: 'Mirror copy of a PressTV French page.',
      },
    ],
    fighterSnapshots: [
      {
        id: 'seed-mwn-2017',
        date: '2017-10',
        approximate: false,
        speaker: 'Morocco World News op-ed',
        official: false,
        figures: {
          total: 1664,
          joinedIsis: null,
          women: 285,
          children: 378,
          returned: 221,
          killed: 596,
          killedSyria: null,
          killedIraq: null,
          returneesProsecuted: null,
        },
        seedParagraph: 'P6',
        sources: ['mwn-2017-fall-of-isis'],
      },
      {
        id: 'bcij-2017-09',
        date: '2017-09',
        approximate: false,
        speaker: 'Abdelhak Khiame, BCIJ director',
        official: true,
        figures: {
          total: 1664,
          joinedIsis: 929,
          women: 285,
          children: 375,
          returned: 212,
          killed: 569,
          killedSyria: null,
          killedIraq: null,
          returneesProsecuted: null,
        },
        sources: ['presstv-fr-2017-09-khiame'],
      },
    ],
    cellEvents: [
      {
        id: '2018-03-tangier',
        date: '2018-03-29',
        approximate: false,
        places: [
          { city: 'Tangier', region: 'Tanger-Tétouan-Al Hoceïma', country: 'Morocco' },
          { city: 'Oued Zem', region: 'Béni Mellal-Khénifra', country: 'Morocco' },
        ],
        arrested: 8,
        laterArrests: 1,
        laterArrestsNote: 'A ninth suspect was arrested days later.',
        affiliation: 'pro-isis',
        agencies: ['BCIJ'],
        partners: [],
        details: 'Test event.',
        sources: ['mwn-2017-fall-of-isis'],
      },
    ],
    cellCounts: [
      {
        id: 'seed-53-isis-cells',
        kind: 'cumulative',
        year: null,
        since: '2014',
        coverage: 'isis-linked',
        count: 53,
        series: 'Morocco World News op-ed',
        statedBy: 'Morocco World News op-ed',
        date: '2017-10',
        approximate: false,
        official: false,
        seedParagraph: 'P6',
        sources: ['mwn-2017-fall-of-isis'],
      },
    ],
    countermeasures: [
      {
        id: 'prison-monitoring',
        title: 'Strengthen monitoring in prisons',
        description: 'Watch prisons more closely.',
        horizon: 'short',
        horizonBasis: 'stated',
        horizonReason: null,
        approach: 'hard',
        domain: 'prisons-returnees',
        actor: 'north-africa',
        status: 'recommended',
        seedParagraph: 'P17',
        sources: ['mwn-2017-fall-of-isis'],
      },
    ],
    contextEvents: [
      {
        id: 'raqqa-falls',
        date: '2017-10-17',
        approximate: false,
        title: 'Raqqa declared liberated',
        description: 'Test context event.',
        category: 'isis-territory',
        sources: ['mwn-2017-fall-of-isis'],
      },
    ],
    detentionFigures: [],
    places: [],
    regionalFigures: [],
  };
}
