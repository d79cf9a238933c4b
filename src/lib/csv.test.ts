import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from '../testing/parse-csv';

describe('toCsv / parseCsv', () => {
  it.each([
    [['plain', 1664, null]],
    [['with, comma', 'with "quotes"', 'multi\nline']],
    [['=HYPERLINK("x")', '-5', '@sum']],
  ])('round-trips %j', (row) => {
    const text = toCsv(['a', 'b', 'c'], [row], ['Source: test', 'Bundle version 1']);
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual(['a', 'b', 'c']);
    expect(parsed).toHaveLength(2);
  });

  it('keeps values, quoting where needed', () => {
    const text = toCsv(['x'], [['a,b'], ['say "hi"'], [1001]]);
    expect(parseCsv(text)).toEqual([['x'], ['a,b'], ['say "hi"'], ['1001']]);
  });

  it('defuses spreadsheet formulas but leaves negative numbers alone', () => {
    const text = toCsv(['x'], [['=1+1'], ['-5']]);
    expect(parseCsv(text)).toEqual([['x'], ["'=1+1"], ['-5']]);
  });

  it('writes comment lines first', () => {
    expect(toCsv(['x'], [], ['Source: A'])).toBe('# Source: A\r\nx\r\n');
  });
});
