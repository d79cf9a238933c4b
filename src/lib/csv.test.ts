import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';
import { parseCsv } from '../testing/parse-csv';
import { REPLACEMENT } from './safe-text';

/** What a spreadsheet would evaluate as a formula when it opens the cell. */
const evaluated = (cell: string) => /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/.test(cell);

describe('toCsv / parseCsv', () => {
  it.each([
    [['plain', 1664, null]],
    [['with, comma', 'with "quotes"', 'multi\nline']],
    [['=HYPERLINK("x")', '-5', '@sum']],
  ])('round-trips %j', (row) => {
    const text = toCsv(['a', 'b', 'c'], [row], { Source: 'test, with = sign', 'Data version': '1' });
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual(['a', 'b', 'c', 'Source', 'Data version']);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]?.slice(3)).toEqual(['test, with = sign', '1']);
  });

  it('keeps values, quoting where needed', () => {
    const text = toCsv(['x'], [['a,b'], ['say "hi"'], [1001]]);
    expect(parseCsv(text)).toEqual([['x'], ['a,b'], ['say "hi"'], ['1001']]);
  });

  it('is plain: a byte-order mark, the header first, CRLF, no comment lines', () => {
    expect(toCsv(['x'], [[1]], { Source: 'A' })).toBe('\uFEFFx,Source\r\n1,A\r\n');
  });

  it.each([
    '=1+1',
    '+1+1',
    '-1+1',
    '-2+3+cmd|" /C calc"!A0',
    '-5',
    '@SUM(A1)',
    '\t=1',
    '\r=1',
    '\n=1',
    ' =1+1',
    '\u00A0=1',
    '\uFF1D1+1',
    '\uFF20SUM(A1)',
  ])('neutralises %j, a text that a spreadsheet would evaluate', (value) => {
    const parsed = parseCsv(toCsv(['x'], [[value]]));
    const cell = parsed[1]?.[0] ?? '';
    expect(evaluated(cell)).toBe(false);
    expect(cell.startsWith("'")).toBe(true);
  });

  it('neutralises header cells and citation columns too', () => {
    const parsed = parseCsv(toCsv(['=bad()', 'ok'], [[1, 2]], { '+also': '-2+3' }));
    for (const cell of [...(parsed[0] ?? []), ...(parsed[1] ?? [])]) expect(evaluated(cell)).toBe(false);
  });

  it('writes real numbers as numbers: negatives unprefixed, -0 as 0, NaN empty', () => {
    const parsed = parseCsv(toCsv(['n'], [[-5], [-0], [-1.5], [Number.NaN], [Infinity]]));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['-5', '0', '-1.5', '', '']);
  });

  it('replaces characters a spreadsheet cannot hold, keeping tab and newlines inside quotes', () => {
    const parsed = parseCsv(toCsv(['x'], [['a\u0000b\u0001c\u0008d\u000Be\uFFFEf\uD800g\tand\nline']]));
    expect(parsed[1]?.[0]).toBe(`a${REPLACEMENT}b${REPLACEMENT}c${REPLACEMENT}d${REPLACEMENT}e${REPLACEMENT}f${REPLACEMENT}g\tand\nline`);
  });
});
