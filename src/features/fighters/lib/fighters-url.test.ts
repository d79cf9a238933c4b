import { describe, expect, it } from 'vitest';
import { applyState } from '../../../lib/url-state';
import { fightersCodec, TIME_FIGURES, type FightersState } from './fighters-url';

const defaults: FightersState = { snapshot: null, compare: null, figures: [...TIME_FIGURES], view: 'count', estimates: 'show' };

describe('fighters URL state', () => {
  it.each<[string, Partial<FightersState>]>([
    ['', {}],
    ['snapshot=bcij-2017-09', { snapshot: 'bcij-2017-09' }],
    ['compare=seed-mwn-2017,bcij-2017-09', { compare: ['seed-mwn-2017', 'bcij-2017-09'] }],
    ['compare=only-one', {}],
    ['compare=a,b,c', {}],
    ['figures=women,children,bogus', { figures: ['women', 'children'] }],
    ['figures=bogus', {}],
    ['view=percent', { view: 'percent' }],
    ['view=pie', {}],
    ['estimates=hide', { estimates: 'hide' }],
    ['snapshot=<script>', {}],
  ])('parses %j', (query, expected) => {
    expect(fightersCodec.parse(new URLSearchParams(query))).toEqual({ ...defaults, ...expected });
  });

  it.each<FightersState>([
    defaults,
    { snapshot: 'moi-2014-07', compare: ['a', 'b'], figures: ['total'], view: 'percent', estimates: 'hide' },
    { ...defaults, figures: ['killed', 'returned'] },
  ])('round-trips %j', (state) => {
    const params = applyState(fightersCodec, new URLSearchParams('data=/x.json'), state);
    expect(fightersCodec.parse(params)).toEqual(state);
    expect(params.get('data')).toBe('/x.json');
  });
});
