import { describe, expect, it } from 'vitest';
import { applyState } from '../../../lib/url-state';
import { mapCodec, type MapState } from './map-url';

describe('mapCodec', () => {
  it.each<[string, MapState]>([
    ['', { mapBy: 'events', place: null }],
    ['mapBy=arrests&place=laayoune', { mapBy: 'arrests', place: 'laayoune' }],
    ['mapBy=nonsense&place=', { mapBy: 'events', place: null }],
  ])('parses "%s"', (search, state) => expect(mapCodec.parse(new URLSearchParams(search))).toEqual(state));

  it('round-trips and keeps the timeline params it does not own', () => {
    const state: MapState = { mapBy: 'arrests', place: 'Nowhere|Morocco' };
    const params = applyState(mapCodec, new URLSearchParams('from=2016-01&mapBy=events'), state);
    expect(params.get('from')).toBe('2016-01');
    expect(mapCodec.parse(params)).toEqual(state);
  });
});
