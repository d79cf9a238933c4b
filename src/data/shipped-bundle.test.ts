// The bundle we ship: valid, complete enough, and carrying the seed's figures exactly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedMen, derivedUnaccounted } from './derived';
import { validateBundle } from './validate';

const raw: unknown = JSON.parse(readFileSync('public/data/bundle.json', 'utf8'));
const result = validateBundle(raw);
if (!result.ok) throw new Error(`shipped bundle invalid: ${JSON.stringify(result.problems.slice(0, 5))}`);
const bundle = result.bundle;

describe('shipped bundle', () => {
  it('meets the minimum counts', () => {
    expect(bundle.fighterSnapshots.length).toBeGreaterThanOrEqual(15);
    expect(bundle.cellEvents.length).toBe(77); // 61 to 2020 + 16 for 2021-2025 (issue 16)
    expect(bundle.detentionFigures.length).toBeGreaterThanOrEqual(3);
    expect(bundle.countermeasures.length).toBeGreaterThanOrEqual(35);
    expect(bundle.contextEvents.length).toBeGreaterThanOrEqual(15);
  });

  it('carries the seed figures exactly, and the September 2017 BCIJ figures beside them', () => {
    const seed = bundle.fighterSnapshots.find((s) => s.id === 'seed-mwn-2017');
    expect(seed?.figures).toMatchObject({ total: 1664, women: 285, children: 378, returned: 221, killed: 596 });
    expect(seed?.sources).toEqual(['mwn-2017-fall-of-isis']);
    const bcij = bundle.fighterSnapshots.find((s) => s.id === 'bcij-2017-09');
    expect(bcij?.figures).toMatchObject({ total: 1664, women: 285, children: 375, returned: 212, killed: 569 });
    expect(derivedMen(seed!.figures).value).toBe(1001);
    expect(derivedUnaccounted(seed!.figures).value).toBe(847);
    expect(bundle.cellCounts.find((c) => c.id === 'seed-53-isis-cells')).toMatchObject({ count: 53, since: '2014', coverage: 'isis-linked' });
  });

  it('cites the seed article with its URL', () => {
    expect(bundle.sources.find((s) => s.id === 'mwn-2017-fall-of-isis')).toMatchObject({
      url: 'https://www.moroccoworldnews.com/2017/10/232413/isis-north-africa-terrorism/',
      kind: 'op-ed',
      date: '2017-10',
    });
  });

  it('keeps conflicting series apart', () => {
    const y2015 = bundle.cellCounts.filter((c) => c.kind === 'per-year' && c.year === 2015).map((c) => c.count);
    expect(y2015).toEqual(expect.arrayContaining([21, 23]));
  });

  it('includes the 29 March 2018 Tangier and Oued Zem cell with its ninth suspect, and the all-female cell of October 2016', () => {
    const tangier = bundle.cellEvents.find((e) => e.date === '2018-03-29');
    expect(tangier?.places.map((p) => p.city)).toEqual(['Tangier', 'Oued Zem']);
    expect([tangier?.arrested, tangier?.laterArrests]).toEqual([8, 1]);
    const female = bundle.cellEvents.find((e) => e.date.startsWith('2016-10') && /all-female/i.test(e.details));
    expect(female).toBeDefined();
  });

  it('gives every countermeasure of the seed a paragraph, and every assigned horizon a reason', () => {
    for (const m of bundle.countermeasures) {
      if (m.horizonBasis === 'assigned') expect(m.horizonReason, m.id).not.toBeNull();
      if (m.horizonBasis === 'stated') expect(m.seedParagraph, m.id).toMatch(/^P1[6-9]/);
    }
    expect(new Set(bundle.countermeasures.map((m) => m.domain)).size).toBeGreaterThanOrEqual(9);
  });

  it('stores no derived value: no snapshot has a "men" or "unaccounted" field', () => {
    const rawSnapshots = (raw as { fighterSnapshots: { figures: Record<string, unknown> }[] }).fighterSnapshots;
    for (const s of rawSnapshots) {
      expect(Object.keys(s.figures)).not.toContain('men');
      expect(Object.keys(s.figures)).not.toContain('unaccounted');
    }
  });
});
