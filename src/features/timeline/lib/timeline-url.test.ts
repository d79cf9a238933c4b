import { describe, expect, it } from 'vitest';
import { applyState } from '../../../lib/url-state';
import { DEFAULT_STATE, timelineCodec, type TimelineState } from './timeline-url';

const roundTrip = (state: TimelineState) =>
  timelineCodec.parse(applyState(timelineCodec, new URLSearchParams(), state));

describe('timeline URL state', () => {
  it.each<[string, Partial<TimelineState>]>([
    ['defaults', {}],
    ['granularity and measure', { by: 'month', measure: 'arrests' }],
    ['a range', { from: '2016-01', to: '2016-12' }],
    ['no context categories', { context: [] }],
    ['some context categories', { context: ['attack-morocco', 'isis-territory'] }],
    [
      'every filter',
      {
        region: 'Tanger-Tétouan-Al Hoceïma',
        affiliation: 'pro-isis',
        agency: 'BCIJ',
        partner: 'any',
        minArrests: 5,
        q: 'oued zem',
      },
    ],
    ['sort, period and event', { sort: '-arrests', period: '2016-Q3', event: '2018-03-tangier' }],
  ])('round-trips %s', (_, change) => {
    const state = { ...DEFAULT_STATE, ...change };
    expect(roundTrip(state)).toEqual(state);
  });

  it('writes nothing for the defaults, so links stay clean', () => {
    expect(applyState(timelineCodec, new URLSearchParams('data=/x.json'), DEFAULT_STATE).toString()).toBe(
      'data=%2Fx.json',
    );
  });

  it.each<[string, Partial<TimelineState>]>([
    ['by=week&sort=random&measure=x', {}],
    ['from=2016-13&to=2016', {}],
    ['from=2017-05&to=2016-02', { from: '2016-02', to: '2017-05' }],
    ['minArrests=-2', {}],
    ['minArrests=0', {}],
    ['minArrests=3', { minArrests: 3 }],
    ['affiliation=al-qaeda', {}],
    ['period=2016-Q9', {}],
    ['period=2016-10', { period: '2016-10' }],
    ['context=bogus', {}],
    ['context=none', { context: [] }],
    ['event=Not%20An%20Id', {}],
    ['region=%20%20', {}],
  ])('parses %s with defaults for invalid values', (query, expected) => {
    expect(timelineCodec.parse(new URLSearchParams(query))).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it('uses exactly the documented parameter names', () => {
    const params = applyState(timelineCodec, new URLSearchParams(), {
      ...DEFAULT_STATE,
      from: '2016-01',
      to: '2016-12',
      region: 'Tangier',
      affiliation: 'isis',
      partner: 'none',
      minArrests: 2,
      q: 'cell',
    });
    expect(params.toString()).toBe(
      'from=2016-01&to=2016-12&region=Tangier&affiliation=isis&partner=none&minArrests=2&q=cell',
    );
  });
});
