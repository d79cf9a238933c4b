import { describe, expect, it } from 'vitest';
import type { FighterSnapshot } from '../../../data/schema';
import { activateLocale } from '../../../i18n/i18n';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { compareSnapshots, compositionSegments, outcomeSegments, snapshotLabel, timePoints } from './series';
import { comparisonSummary, compositionSummary, outcomeSummary, overTimeSummary } from './summaries';

const [seed, bcij] = fixtureBundle().fighterSnapshots as [FighterSnapshot, FighterSnapshot];

describe('generated summaries', () => {
  it('English, as before', () => {
    expect(snapshotLabel(seed)).toBe('Oct 2017: Morocco World News op-ed (unofficial)');
    expect(snapshotLabel({ ...bcij, placed: true })).toBe(`Sep 2017 (year placed by the editors): ${bcij.speaker}`);
    const segments = compositionSegments(seed).segments ?? [];
    expect(compositionSummary(seed, segments)).toBe(
      'According to Morocco World News op-ed (Oct 2017), 1,664 Moroccans went to the conflict zones: 1,001 men (60%, derived), 285 women (17%), 378 children or minors (23%).',
    );
    expect(comparisonSummary(seed, bcij, compareSnapshots(seed, bcij))).toMatch(
      /^Morocco World News op-ed \(Oct 2017\) and .+ differ on 3 of the 5 figures they both give: children or minors 378 vs 375; returned to Morocco 221 vs 212; killed 596 vs 569\.$/,
    );
  });

  it('French: sentences, numbers, percent and lists written the French way', async () => {
    await activateLocale('fr', null);
    const segments = compositionSegments(seed).segments ?? [];
    expect(compositionSummary(seed, segments)).toBe(
      'Selon Morocco World News op-ed (octobre 2017), 1\u202f664 Marocains sont partis vers les zones de conflit\u202f: 1\u202f001 hommes (60\u202f%, chiffre dérivé), 285 femmes (17\u202f%) et 378 enfants ou mineurs (23\u202f%).',
    );
    expect(outcomeSummary(seed, outcomeSegments(seed).segments ?? [])).toMatch(/^Sur les 1\u202f664 recensés par Morocco World News op-ed \(octobre 2017\)\u202f: 221 rentrés au Maroc/);
    expect(overTimeSummary(timePoints([seed, bcij], true))).toMatch(/^2 déclarations de .+ à octobre 2017\.$/);
    expect(comparisonSummary(seed, bcij, compareSnapshots(seed, bcij))).toContain('divergent sur 3 des 5 chiffres qu’ils donnent tous deux\u202f: enfants ou mineurs 378 contre 375\u202f; ');
  });

  it('Arabic: plural forms and Arabic punctuation', async () => {
    await activateLocale('ar', null);
    expect(overTimeSummary(timePoints([seed, bcij], true))).toMatch(/^تصريحان من .+ إلى أكتوبر 2017\.$/);
    expect(comparisonSummary(seed, bcij, compareSnapshots(seed, bcij))).toContain('؛ ');
  });
});
