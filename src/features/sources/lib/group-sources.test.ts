import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { groupSources } from './group-sources';

describe('groupSources', () => {
  it('groups by kind and counts the records citing each source', () => {
    const groups = groupSources(fixtureBundle());
    expect(groups.map((g) => g.kind)).toEqual(['op-ed', 'mirror']);
    const seed = groups[0]?.entries[0];
    expect(seed?.source.id).toBe('mwn-2017-fall-of-isis');
    // snapshot, event, count, measure and context event all cite the seed in the fixture
    expect(seed?.citedBy.map((r) => r.section)).toEqual([
      'fighterSnapshots',
      'cellEvents',
      'cellCounts',
      'countermeasures',
      'contextEvents',
    ]);
    expect(groups[1]?.entries[0]?.citedBy.map((r) => r.id)).toEqual(['bcij-2017-09']);
  });

  it('lists undated sources last within a kind', () => {
    const bundle = fixtureBundle();
    bundle.sources.push({ ...bundle.sources[0]!, id: 'undated', date: null });
    bundle.sources.push({ ...bundle.sources[0]!, id: 'older', date: '2015' });
    const ids = groupSources(bundle)[0]?.entries.map((e) => e.source.id);
    expect(ids).toEqual(['mwn-2017-fall-of-isis', 'older', 'undated']);
  });
});
