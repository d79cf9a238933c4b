import { describe, expect, it } from 'vitest';
import { applyState } from '../../../lib/url-state';
import {
  clearFilters,
  countermeasuresCodec as codec,
  DEFAULT_STATE,
  hasActiveFilters,
  toggleValue,
  type CountermeasuresState,
} from './countermeasures-url';

describe('countermeasures URL state', () => {
  it.each<[string, Partial<CountermeasuresState>]>([
    ['', {}],
    ['horizon=long&q=education', { horizon: ['long'], q: 'education' }],
    ['horizon=short&q=prison', { horizon: ['short'], q: 'prison' }],
    ['domain=education,religious-field', { domain: ['education', 'religious-field'] }],
    ['approach=hard,bogus,hard&rows=approach', { approach: ['hard'], rows: 'approach' }],
    [
      'actor=eu-europe&status=in-place,recommended&basis=assigned',
      { actor: ['eu-europe'], status: ['in-place', 'recommended'], basis: ['assigned'] },
    ],
    ['rows=nonsense&basis=maybe&horizon=', {}],
    ['q=%C3%A9cole%20coranique', { q: 'école coranique' }],
  ])('parses %j', (query, expected) => {
    expect(codec.parse(new URLSearchParams(query))).toEqual({ ...DEFAULT_STATE, ...expected });
  });

  it.each<Partial<CountermeasuresState>>([
    {},
    { horizon: ['short', 'both'], approach: ['soft'], q: 'imams' },
    {
      domain: ['education', 'religious-field'],
      actor: ['morocco'],
      status: ['worth-considering'],
      basis: ['stated'],
      rows: 'status',
    },
    { q: 'a, b & c=d?' },
  ])('round-trips state -> URL -> state: %j', (partial) => {
    const state: CountermeasuresState = { ...DEFAULT_STATE, ...partial };
    const params = applyState(codec, new URLSearchParams('data=/big.json&rows=actor'), state);
    expect(params.get('data')).toBe('/big.json');
    expect(codec.parse(params)).toEqual(state);
    expect(applyState(codec, params, codec.parse(params)).toString()).toBe(params.toString());
  });

  it('writes the documented names and values', () => {
    const params = applyState<CountermeasuresState>(codec, new URLSearchParams(), {
      ...DEFAULT_STATE,
      horizon: ['long'],
      domain: ['education', 'religious-field'],
      basis: ['assigned'],
      q: 'education',
      rows: 'approach',
    });
    expect(decodeURIComponent(params.toString())).toBe(
      'horizon=long&domain=education,religious-field&basis=assigned&q=education&rows=approach',
    );
  });

  it('leaves defaults and blank searches out of the URL', () => {
    expect(applyState(codec, new URLSearchParams(), { ...DEFAULT_STATE, q: '   ' }).toString()).toBe('');
  });

  it('clears filters but keeps the row dimension', () => {
    const state: CountermeasuresState = { ...DEFAULT_STATE, horizon: ['long'], q: 'x', rows: 'actor' };
    expect(hasActiveFilters(state)).toBe(true);
    expect(clearFilters(state)).toEqual({ ...DEFAULT_STATE, rows: 'actor' });
    expect(hasActiveFilters(clearFilters(state))).toBe(false);
  });

  it.each<[string[], string, string[]]>([
    [[], 'long', ['long']],
    [['both'], 'short', ['short', 'both']],
    [['short', 'both'], 'short', ['both']],
  ])('toggleValue(%j, %j) keeps enum order', (selected, value, expected) => {
    expect(toggleValue(selected, value, ['short', 'long', 'both'])).toEqual(expected);
  });
});
