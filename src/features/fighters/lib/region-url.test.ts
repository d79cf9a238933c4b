import { describe, expect, it } from 'vitest';
import { applyState } from '../../../lib/url-state';
import { regionCodec, type RegionState } from './region-url';

describe('regionCodec', () => {
  it.each<[string, RegionState]>([
    ['', { regionMeasure: 'went', regionBy: 'count' }],
    ['regionMeasure=present&regionBy=per-million', { regionMeasure: 'present', regionBy: 'per-million' }],
    ['regionMeasure=barred&regionBy=percent', { regionMeasure: 'went', regionBy: 'count' }],
  ])('parses "%s"', (search, state) => expect(regionCodec.parse(new URLSearchParams(search))).toEqual(state));

  it('round-trips, writes nothing for the defaults, and keeps the fighters params it does not own', () => {
    const state: RegionState = { regionMeasure: 'killed', regionBy: 'per-million' };
    const params = applyState(regionCodec, new URLSearchParams('view=percent&regionBy=count'), state);
    expect(params.get('view')).toBe('percent');
    expect(regionCodec.parse(params)).toEqual(state);
    const defaults: RegionState = { regionMeasure: 'went', regionBy: 'count' };
    expect(applyState(regionCodec, new URLSearchParams(), defaults).toString()).toBe('');
  });
});
