import { describe, expect, it } from 'vitest';
import type { Bundle, Source } from './schema';
import { sourcesById, sourcesCitedBy } from './sources';

const source = (id: string): Source => ({ id, publisher: `P ${id}`, title: `T ${id}`, url: `https://example.org/${id}`, published: '2020-01-01' }) as unknown as Source;

describe('sources', () => {
  it('indexes a bundle once', () => {
    const bundle = { sources: [source('a'), source('b')] } as unknown as Bundle;
    const index = sourcesById(bundle);
    expect(index.get('b')?.publisher).toBe('P b');
    expect(sourcesById(bundle)).toBe(index);
  });

  it('lists cited sources once each, in first-cited order, skipping unknown ids', () => {
    const index = new Map([source('a'), source('b'), source('c')].map((s) => [s.id, s]));
    const cited = sourcesCitedBy([{ sources: ['c', 'a'] }, { sources: ['missing', 'a', 'b'] }], index);
    expect(cited.map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});
