import { describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { fixtureBundle } from '../testing/fixture-bundle';
import { derivedMen, derivedQualifier, derivedUnaccounted, headlineSnapshot, nearestOfficial, wholePercentages } from './derived';
import type { FighterSnapshot } from './schema';

const figures = (f: Partial<FighterSnapshot['figures']>): FighterSnapshot['figures'] => ({
  total: null,
  joinedIsis: null,
  women: null,
  children: null,
  returned: null,
  killed: null,
  killedSyria: null,
  killedIraq: null,
  returneesProsecuted: null,
  ...f,
});

describe('derived values', () => {
  it.each([
    ['en' as const, 'total − women − children', 'total − returned − killed', /^needs total, women and children/],
    ['fr' as const, 'total − femmes − enfants', 'total − rentrés − tués', /^il faut le total, les femmes et les enfants/],
    ['ar' as const, 'المجموع − النساء − الأطفال', 'المجموع − العائدون − القتلى', /^يلزم المجموع وعدد النساء وعدد الأطفال/],
  ])('says its formula, and why a value is missing, in the page language (%s)', async (locale, men, unaccounted, missing) => {
    await activateLocale(locale, null);
    expect(derivedMen(figures({ total: 1664, women: 285, children: 378 })).formula).toBe(men);
    expect(derivedUnaccounted(figures({ total: 1664, returned: 213, killed: 596 })).formula).toBe(unaccounted);
    expect(derivedMen(figures({ total: 1 })).missing).toMatch(missing);
  });

  it.each([
    [{ total: 1664, women: 285, children: 378 }, 1001],
    [{ total: 1664, women: 285, children: 375 }, 1004],
    [{ total: 1664, women: null, children: 378 }, null],
    [{ total: null, women: 285, children: 378 }, null],
    [{ total: 100, women: 60, children: 50 }, null],
  ])('men from %j = %s', (f, expected) => {
    expect(derivedMen(figures(f)).value).toBe(expected);
  });

  it.each([
    [{ total: 1664, returned: 221, killed: 596 }, 847],
    [{ total: 1664, returned: 212, killed: 569 }, 883],
    [{ total: 1664, returned: null, killed: 596 }, null],
    [{ total: 10, returned: 8, killed: 5 }, null],
  ])('unaccounted from %j = %s', (f, expected) => {
    expect(derivedUnaccounted(figures(f)).value).toBe(expected);
  });

  it('says why a derived value is missing', () => {
    expect(derivedMen(figures({ total: 1 })).missing).toMatch(/needs total, women and children/);
  });
});

describe('wholePercentages', () => {
  it.each([
    [[1001, 285, 378], [60, 17, 23]],
    [[1, 1, 1], [34, 33, 33]],
    [[0, 0], [0, 0]],
    [[221, 596, 847], [13, 36, 51]],
  ])('%j -> %j and sums to 100', (values, expected) => {
    const result = wholePercentages(values);
    expect(result).toEqual(expected);
    if (values.some((v) => v > 0)) expect(result.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('snapshot choice', () => {
  it('uses the seed snapshot for the headline', () => {
    expect(headlineSnapshot(fixtureBundle())?.id).toBe('seed-mwn-2017');
  });

  it('finds the nearest official statement to the seed', () => {
    const bundle = fixtureBundle();
    const seed = bundle.fighterSnapshots[0]!;
    bundle.fighterSnapshots.push({ ...bundle.fighterSnapshots[1]!, id: 'far', date: '2015-03' });
    expect(nearestOfficial(bundle.fighterSnapshots, seed)?.id).toBe('bcij-2017-09');
  });
});

describe('qualifiers of derived values', () => {
  it.each([
    [[], undefined],
    [[undefined, undefined], undefined],
    [['about', undefined], 'about'],
    [[undefined, 'more-than', undefined], 'about'],
    [['at-least', 'up-to'], 'about'],
  ] as const)('%j -> %s', (inputs, expected) => {
    expect(derivedQualifier(inputs)).toBe(expected);
  });

  it.each([
    ['men, total about', { total: 1664, women: 285, children: 378 }, { total: 'about' }, 1001, 'about'],
    ['men, women more than', { total: 1659, women: 288, children: 391 }, { women: 'more-than' }, 980, 'about'],
    ['men, bare', { total: 1664, women: 285, children: 378 }, undefined, 1001, undefined],
    ['men, only an unrelated figure qualified', { total: 1664, women: 285, children: 378 }, { killed: 'at-least' }, 1001, undefined],
  ] as const)('%s', (_name, f, q, value, qualifier) => {
    const men = derivedMen(figures(f), q);
    expect(men.value).toBe(value);
    expect(men.qualifier).toBe(qualifier);
  });

  it.each([
    [{ total: 1000, returned: 120, killed: 200 }, { total: 'more-than', returned: 'more-than', killed: 'more-than' }, 680, 'about'],
    [{ total: 1664, returned: 221, killed: 596 }, { returned: 'about' }, 847, 'about'],
    [{ total: 1664, returned: 221, killed: 596 }, { women: 'about' }, 847, undefined],
  ] as const)('unaccounted from %j with %j = %s, %s', (f, q, value, qualifier) => {
    const rest = derivedUnaccounted(figures(f), q);
    expect(rest.value).toBe(value);
    expect(rest.qualifier).toBe(qualifier);
  });
});
