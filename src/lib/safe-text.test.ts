import { describe, expect, it } from 'vitest';
import { csvSafe, REPLACEMENT, xmlSafe, xmlSafeDeep } from './safe-text';
import { HOSTILE_CHARACTERS } from '../testing/hostile-strings';

const wellFormed = (text: string) =>
  new DOMParser().parseFromString(`<svg xmlns="http://www.w3.org/2000/svg"><text>${text}</text></svg>`, 'image/svg+xml')
    .getElementsByTagName('parsererror').length === 0;

describe('xmlSafe', () => {
  it.each(HOSTILE_CHARACTERS)('makes %j well-formed XML', (ch) => {
    // jsdom's parser lets a lone high surrogate through; Chromium's does not (tests/e2e/hostile.spec.ts).
    if (!/[\uD800-\uDBFF]/.test(ch)) expect(wellFormed(`a${ch}b`)).toBe(false);
    expect(wellFormed(xmlSafe(`a${ch}b`))).toBe(true);
    expect(xmlSafe(`a${ch}b`)).toBe(`a${REPLACEMENT}b`);
  });

  it.each(['&#1;', '&#x1;', '&#xFFFE;', '&#65535;', '&#xD800;'])('replaces the forbidden reference %s', (ref) => {
    expect(xmlSafe(`a${ref}b`)).toBe(`a${REPLACEMENT}b`);
  });

  it('leaves legal text alone: tab, newlines, accents, Arabic, emoji pairs, references', () => {
    const text = 'Laâyoune\tالعيون\n😀 &#233; &amp; &#x1F600;';
    expect(xmlSafe(text)).toBe(text);
  });

  it('sanitises every string of a structure without changing the original', () => {
    const input = { a: ['x\u0001'], b: { c: 'y\uFFFF', n: 3 } };
    expect(xmlSafeDeep(input)).toEqual({ a: [`x${REPLACEMENT}`], b: { c: `y${REPLACEMENT}`, n: 3 } });
    expect(input.a[0]).toBe('x\u0001');
  });
});

describe('csvSafe', () => {
  it('replaces controls, DEL, noncharacters and lone surrogates, keeps tab and newlines', () => {
    expect(csvSafe('a\u0000\u007F\uFFFF\uDC00\t\r\nb')).toBe(`a${REPLACEMENT.repeat(4)}\t\r\nb`);
  });
});
