// The rules added with issue 16: qualifiers, arrests abroad, follow-ups, source
// kinds, editors' placed years, meta.coverage and detentionFigures. Each row
// breaks one rule and names the exact path and message the author will see.
import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { QUALIFIERS, SOURCE_KINDS, type Bundle, type DetentionFigure } from './schema';
import { SOURCE_KIND_LABELS } from './source-kinds';
import { validateBundle } from './validate';

type Mutable = Bundle & Record<string, unknown>;
type Loose = Record<string, unknown>;

const detention = (): DetentionFigure => ({
  id: 'moi-2022-11-camps',
  date: '2022-11',
  approximate: false,
  speaker: 'Interior Ministry, report to parliament',
  official: true,
  figures: {
    heldTotal: 277,
    heldMen: 65,
    heldWomen: 30,
    heldChildren: 182,
    unaccompaniedChildren: 17,
    returnedInPeriod: 117,
    returnedProsecuted: 25,
  },
  period: '2022',
  sources: ['mwn-2017-fall-of-isis'],
});

/** The fixture plus one follow-up event, one detention record and a coverage block: all valid. */
function richer(): Mutable {
  const bundle = structuredClone(fixtureBundle()) as Mutable;
  const first = bundle.cellEvents[0]!;
  bundle.cellEvents.push({
    ...structuredClone(first),
    id: '2018-04-tangier-follow-up',
    date: '2018-04',
    arrested: 2,
    arrestedQualifier: 'at-least',
    arrestedAbroad: [{ country: 'Spain (Ceuta)', count: 1, qualifier: 'about' }],
    followUpOf: first.id,
  });
  bundle.detentionFigures.push(detention());
  bundle.meta.coverage = {
    from: '2013',
    to: '2025-07',
    lastPageFound: '2025-07',
    lastPageSource: 'mwn-2017-fall-of-isis',
    notes: ['No stored page after July 2025.'],
  };
  return bundle;
}

function problemsOf(data: unknown) {
  const result = validateBundle(data);
  return result.ok ? [] : result.problems;
}

function mutated(change: (bundle: Mutable) => void): Mutable {
  const bundle = richer();
  change(bundle);
  return bundle;
}

describe('issue 16 rules', () => {
  it('accepts the richer fixture (every new field used once, correctly)', () => {
    expect(problemsOf(richer())).toEqual([]);
  });

  it('treats a missing detentionFigures section as empty', () => {
    const bundle = structuredClone(fixtureBundle()) as Loose;
    delete bundle.detentionFigures;
    const result = validateBundle(bundle);
    expect(result.ok && result.bundle.detentionFigures).toEqual([]);
  });

  it('accepts the new source kinds and placed records with their reasons', () => {
    const bundle = mutated((b) => {
      b.sources[0]!.kind = 'press-report-of-official';
      b.sources[1]!.kind = 'state-media';
      Object.assign(b.cellCounts[0]!, { placed: true, date: '2017', note: 'Undated page; year placed by the editors.' });
      Object.assign(b.contextEvents[0]!, { placed: true, date: '2017', dateNote: 'Placed in 2017.' });
    });
    expect(problemsOf(bundle)).toEqual([]);
  });

  it('labels every source kind', () => {
    for (const kind of SOURCE_KINDS) expect(SOURCE_KIND_LABELS[kind]).toMatch(/\S/);
    expect(SOURCE_KIND_LABELS['official-statement']).toBe('Official text, read directly');
    expect(SOURCE_KIND_LABELS['press-report-of-official']).toBe('Press report of an official statement');
  });

  const allowed = QUALIFIERS.map((q) => `"${q}"`).join(', ');

  it.each<[string, (b: Mutable) => void, string, string]>([
    // Qualifiers: a word outside the list is refused, and the message names the list.
    ['a snapshot qualifier outside the list', (b) => ((b.fighterSnapshots[0] as Loose).qualifiers = { total: 'roughly' }), 'fighterSnapshots[0].qualifiers.total', `expected one of ${allowed}`],
    ['a cell count qualifier outside the list', (b) => ((b.cellCounts[0] as Loose).qualifier = 'over'), 'cellCounts[0].qualifier', `expected one of ${allowed}`],
    ['an arrests qualifier outside the list', (b) => ((b.cellCounts[0] as Loose).arrestsQualifier = 'plus-de'), 'cellCounts[0].arrestsQualifier', `expected one of ${allowed}`],
    ['an arrested qualifier outside the list', (b) => ((b.cellEvents[1] as Loose).arrestedQualifier = 'some'), 'cellEvents[1].arrestedQualifier', `expected one of ${allowed}`],
    ['a qualifier on arrests abroad outside the list', (b) => ((b.cellEvents[1]!.arrestedAbroad![0] as Loose).qualifier = 'nearly'), 'cellEvents[1].arrestedAbroad[0].qualifier', `expected one of ${allowed}`],
    ['a detention qualifier outside the list', (b) => ((b.detentionFigures[0] as Loose).qualifiers = { heldTotal: 'circa' }), 'detentionFigures[0].qualifiers.heldTotal', `expected one of ${allowed}`],
    // Arrests abroad.
    ['a count abroad without a country', (b) => delete (b.cellEvents[1]!.arrestedAbroad![0] as Loose).country, 'cellEvents[1].arrestedAbroad[0].country', 'expected string, got nothing'],
    ['an empty country', (b) => (b.cellEvents[1]!.arrestedAbroad![0]!.country = ''), 'cellEvents[1].arrestedAbroad[0].country', 'expected a non-empty text'],
    ['a blank country', (b) => (b.cellEvents[1]!.arrestedAbroad![0]!.country = '   '), 'cellEvents[1].arrestedAbroad[0].country', 'arrests abroad need the country'],
    ['a negative count abroad', (b) => (b.cellEvents[1]!.arrestedAbroad![0]!.count = -2), 'cellEvents[1].arrestedAbroad[0].count', 'whole number of 0 or more'],
    // Follow-ups.
    ['a follow-up of an unknown event', (b) => (b.cellEvents[1]!.followUpOf = 'nowhere'), 'cellEvents[1].followUpOf', 'followUpOf "nowhere" is not a cell event id'],
    ['a follow-up of a cell count id', (b) => (b.cellEvents[1]!.followUpOf = 'seed-53-isis-cells'), 'cellEvents[1].followUpOf', 'followUpOf "seed-53-isis-cells" is not a cell event id'],
    ['an event following up itself', (b) => (b.cellEvents[1]!.followUpOf = b.cellEvents[1]!.id), 'cellEvents[1].followUpOf', 'an event cannot follow up itself'],
    ['a follow-up dated before its event', (b) => (b.cellEvents[1]!.date = '2018-02'), 'cellEvents[1].date', 'cannot come before the event it follows ("2018-03-tangier", 2018-03-29)'],
    ['a follow-up a year before its event', (b) => (b.cellEvents[1]!.date = '2017'), 'cellEvents[1].date', 'cannot come before the event it follows'],
    // Source kinds.
    ['an unknown source kind', (b) => ((b.sources[0] as Loose).kind = 'press-report-of-an-official'), 'sources[0].kind', 'expected one of "official-statement"'],
    // Placed years.
    ['a placed snapshot with a month', (b) => Object.assign(b.fighterSnapshots[0]!, { placed: true, date: '2017-10', dateNote: 'Placed.' }), 'fighterSnapshots[0].date', 'a placed year cannot carry a month or day'],
    ['a placed event with a day', (b) => Object.assign(b.cellEvents[0]!, { placed: true, dateNote: 'Placed.' }), 'cellEvents[0].date', 'a placed year cannot carry a month or day'],
    ['a placed snapshot without dateNote', (b) => Object.assign(b.fighterSnapshots[0]!, { placed: true, date: '2017' }), 'fighterSnapshots[0].dateNote', 'a year placed by the editors needs a dateNote saying why'],
    ['a placed cell count without note', (b) => Object.assign(b.cellCounts[0]!, { placed: true, date: '2017' }), 'cellCounts[0].note', 'a year placed by the editors needs a note saying why'],
    ['a placed context event without dateNote', (b) => Object.assign(b.contextEvents[0]!, { placed: true, date: '2017' }), 'contextEvents[0].dateNote', 'needs a dateNote saying why'],
    ['a placed detention record with a month', (b) => Object.assign(b.detentionFigures[0]!, { placed: true, dateNote: 'Placed.' }), 'detentionFigures[0].date', 'a placed year cannot carry a month or day'],
    ['placed: false (only true is meaningful)', (b) => ((b.cellEvents[0] as Loose).placed = false), 'cellEvents[0].placed', 'expected one of true, got boolean false'],
    // meta.coverage.
    ['a coverage source that is not in sources', (b) => (b.meta.coverage!.lastPageSource = 'gone'), 'meta.coverage.lastPageSource', 'source id "gone" is not in sources'],
    ['a coverage ending before it starts', (b) => (b.meta.coverage!.to = '2012'), 'meta.coverage.to', 'the end 2012 is before the start 2013'],
    ['a coverage without notes', (b) => delete (b.meta.coverage as Loose).notes, 'meta.coverage.notes', 'expected array'],
    // detentionFigures.
    ['held men, women and children above the total', (b) => (b.detentionFigures[0]!.figures.heldMen = 100), 'detentionFigures[0].figures', 'add up to 312, above the total held (277)'],
    ['unaccompanied children above the children held', (b) => (b.detentionFigures[0]!.figures.unaccompaniedChildren = 200), 'detentionFigures[0].figures', 'unaccompanied children (200) exceed the children held (182)'],
    ['more prosecuted than returned', (b) => (b.detentionFigures[0]!.figures.returnedProsecuted = 118), 'detentionFigures[0].figures', 'returnees prosecuted (118) exceed those who returned (117)'],
    ['a detention figure that is a fraction', (b) => ((b.detentionFigures[0]!.figures as Loose).heldWomen = 30.5), 'detentionFigures[0].figures.heldWomen', 'fraction 30.5'],
    ['a detention record citing a missing source', (b) => (b.detentionFigures[0]!.sources = ['nowhere']), 'detentionFigures[0].sources[0]', 'source id "nowhere" is not in sources'],
    ['a duplicate detention id', (b) => b.detentionFigures.push(detention()), 'detentionFigures[1].id', 'duplicate id "moi-2022-11-camps"'],
    ['detentionFigures that is not an array', (b) => ((b as Loose).detentionFigures = {}), 'detentionFigures', 'expected array, got an object'],
  ])('rejects %s with its path', (_name, change, path, message) => {
    const problems = problemsOf(mutated(change));
    const match = problems.find((p) => p.path === path);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.message).toContain(message);
  });

  it('does not sum held figures when one is unstated', () => {
    const bundle = mutated((b) => {
      b.detentionFigures[0]!.figures.heldMen = 500;
      b.detentionFigures[0]!.figures.heldTotal = null;
    });
    expect(problemsOf(bundle)).toEqual([]);
  });

  it('accepts a follow-up in the same month as a day-dated event', () => {
    expect(problemsOf(mutated((b) => (b.cellEvents[1]!.date = '2018-03')))).toEqual([]);
  });
});
