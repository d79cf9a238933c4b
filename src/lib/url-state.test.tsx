// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { applyState, parseEnum, parseList, useUrlState, type UrlCodec } from './url-state';

interface S {
  view: 'count' | 'percent';
  figures: ('total' | 'women')[];
}
const codec: UrlCodec<S> = {
  keys: ['view', 'figures'],
  parse: (p) => ({
    view: parseEnum(p.get('view'), ['count', 'percent'] as const, 'count'),
    figures: parseList(p.get('figures'), ['total', 'women'] as const),
  }),
  write: (s) => ({ view: s.view === 'count' ? null : s.view, figures: s.figures.join(',') || null }),
};

describe('url state', () => {
  it.each([
    ['view=percent&figures=women,total', { view: 'percent', figures: ['women', 'total'] }],
    ['view=bogus&figures=women,nope,women', { view: 'count', figures: ['women'] }],
    ['', { view: 'count', figures: [] }],
  ])('parses %j', (query, expected) => {
    expect(codec.parse(new URLSearchParams(query))).toEqual(expected);
  });

  it('round-trips state -> URL -> state and keeps params it does not own', () => {
    const state: S = { view: 'percent', figures: ['total'] };
    const params = applyState(codec, new URLSearchParams('data=/x.json&view=count'), state);
    expect(params.get('data')).toBe('/x.json');
    expect(codec.parse(params)).toEqual(state);
    expect(applyState(codec, params, codec.parse(params)).toString()).toBe(params.toString());
  });

  it('drops defaults from the URL', () => {
    expect(applyState(codec, new URLSearchParams(), { view: 'count', figures: [] }).toString()).toBe('');
  });

  it('parseList ignores unknown and duplicate values', () => {
    expect(parseList('a,b,a,z', ['a', 'b'] as const)).toEqual(['a', 'b']);
  });
});

describe('useUrlState', () => {
  it('starts each functional update from the last one written, even before a render (a toggle pressed twice)', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={['/x?data=a']}>{children}</MemoryRouter>
    );
    const { result } = renderHook(() => ({ url: useUrlState(codec), location: useLocation() }), { wrapper });
    const toggle = (s: S): S => ({ ...s, view: s.view === 'count' ? 'percent' : 'count' });
    act(() => {
      const [, set] = result.current.url;
      set(toggle);
      set(toggle);
    });
    expect(result.current.url[0].view).toBe('count');
    expect(result.current.location.search).toBe('?data=a');
    act(() => result.current.url[1](toggle));
    expect(result.current.location.search).toBe('?data=a&view=percent');
  });
});
