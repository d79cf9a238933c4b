import { describe, expect, it } from 'vitest';
import { paragraphLabel, paragraphNumbers } from './labels';
import { relatedMeasures } from './related';
import { sampleMeasure, sampleMeasures } from '../../../testing/sample-measures';

const all = sampleMeasures();
const byId = (id: string) => {
  const m = all.find((x) => x.id === id);
  if (!m) throw new Error(id);
  return m;
};

describe('relatedMeasures', () => {
  it.each([
    // Same paragraph P17 (prison, funding, discourse) and same domain (religious field).
    ['moderate-discourse', ['prison-monitoring', 'funding-cut', 'imam-training']],
    ['prison-monitoring', ['funding-cut', 'moderate-discourse']],
    ['education-reform', []],
    ['imam-training', ['moderate-discourse']],
  ])('%s -> %j', (id, expected) => {
    expect(relatedMeasures(byId(id), all).map((r) => r.measure.id)).toEqual(expected);
  });

  it('ranks measures sharing both domain and paragraph first', () => {
    const a = sampleMeasure({ id: 'a', domain: 'education', seedParagraph: 'P12' });
    const b = sampleMeasure({ id: 'b', domain: 'education', seedParagraph: 'P19' });
    const c = sampleMeasure({ id: 'c', domain: 'socio-economic', seedParagraph: 'P12' });
    const d = sampleMeasure({ id: 'd', domain: 'education', seedParagraph: 'P12' });
    expect(
      relatedMeasures(a, [a, b, c, d]).map((r) => [r.measure.id, r.sameDomain, r.sameParagraph]),
    ).toEqual([
      ['d', true, true],
      ['c', false, true],
      ['b', true, false],
    ]);
  });

  it('does not relate measures with no seed paragraph by paragraph', () => {
    const a = sampleMeasure({ id: 'a', domain: 'education', seedParagraph: null });
    const b = sampleMeasure({ id: 'b', domain: 'socio-economic', seedParagraph: null });
    expect(relatedMeasures(a, [a, b])).toEqual([]);
  });
});

describe('paragraph labels', () => {
  it.each<[string | null, string | null, number[]]>([
    ['P16', 'Seed article, paragraph 16', [16]],
    ['P16-P17', 'Seed article, paragraphs 16–17', [16, 17]],
    ['P18–19', 'Seed article, paragraphs 18–19', [18, 19]],
    ['P10, P14', 'Seed article, paragraphs 10 and 14', [10, 14]],
    ['intro', 'Seed article, intro', []],
    [null, null, []],
  ])('%j', (value, label, numbers) => {
    expect(paragraphLabel(value)).toBe(label);
    expect(paragraphNumbers(value)).toEqual(numbers);
  });
});
