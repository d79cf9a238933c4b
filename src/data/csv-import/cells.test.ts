import { describe, expect, it } from 'vitest';
import { cleanText, toBoolean, toInteger, toList, toPartialDate } from './cells';

describe('cells', () => {
  it.each([
    ['2017', '2017'],
    ['2017-03', '2017-03'],
    [' 2017-03-29 ', '2017-03-29'],
    ['29/03/2017', '2017-03-29'],
    ['', undefined],
  ])('date %j -> %j', (cell, value) => {
    expect(toPartialDate(cell)).toEqual({ ok: true, value });
  });

  it.each([
    ['2017-13', "'2017-13' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)"],
    ['2017-02-30', "'2017-02-30' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)"],
    ['March 2017', "'March 2017' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)"],
    ['0216', "'0216' is outside the years 1900 to 2100"],
  ])('date %j is refused: %s', (cell, message) => {
    expect(toPartialDate(cell)).toEqual({ ok: false, message });
  });

  it.each([
    ['12', 12],
    ['1,664', 1664],
    ['', null],
  ])('integer %j -> %j', (cell, value) => expect(toInteger(cell)).toEqual({ ok: true, value }));

  it.each(['-3', '2.5', 'about 20'])('integer %j is refused', (cell) => {
    expect(toInteger(cell).ok).toBe(false);
  });

  it.each([
    ['true', true],
    ['FALSE', false],
    ['oui', true],
    ['', false],
  ])('boolean %j -> %j', (cell, value) => expect(toBoolean(cell, false)).toEqual({ ok: true, value }));

  it('refuses a boolean that is neither', () => {
    expect(toBoolean('maybe', false)).toEqual({
      ok: false,
      message: "'maybe' is not yes or no (write true or false)",
    });
  });

  it.each([
    ['\'=HYPERLINK("x")', '=HYPERLINK("x")'],
    ["'- a dash", '- a dash'],
    ['=HYPERLINK("http://evil")', '=HYPERLINK("http://evil")'],
    ["l'Intérieur", "l'Intérieur"],
    ['  ', undefined],
  ])('text %j -> %j (the export’s apostrophe comes off; formulas stay plain text)', (cell, value) => {
    expect(cleanText(cell)).toBe(value);
  });

  it('splits lists joined by " | "', () => {
    expect(toList('a | b |c')).toEqual(['a', 'b', 'c']);
    expect(toList('')).toEqual([]);
  });
});
