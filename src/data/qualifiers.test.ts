import { describe, expect, it } from 'vitest';
import { formatQualified, qualifierWord } from './qualifiers';

describe('formatQualified', () => {
  it.each([
    [1664, 'about', 'about 1,664'],
    [1659, 'more-than', 'more than 1,659'],
    [251, 'at-least', 'at least 251'],
    [1500, 'up-to', 'up to 1,500'],
    [1664, undefined, '1,664'],
    [null, 'about', '–'],
  ] as const)('%s %s -> %s', (value, q, expected) => {
    expect(formatQualified(value, q)).toBe(expected);
  });

  it('gives the word alone for table columns', () => {
    expect(qualifierWord('more-than')).toBe('more than');
    expect(qualifierWord(undefined)).toBe('');
  });
});
