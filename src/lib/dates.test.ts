import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, isValidPartialDate, precisionOf } from './dates';

describe('partial dates', () => {
  it.each([
    ['2018', true],
    ['2018-03', true],
    ['2018-03-29', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2018-13', false],
    ['2018-00', false],
    ['2018-04-31', false],
    ['18-03-29', false],
    ['2018/03/29', false],
    ['', false],
    ['29 Mar 2018', false],
  ])('%j valid: %s', (value, valid) => {
    expect(isValidPartialDate(value)).toBe(valid);
  });

  it.each([
    ['2018', 'year'],
    ['2018-03', 'month'],
    ['2018-03-29', 'day'],
  ])('%s has %s precision', (value, precision) => {
    expect(precisionOf(value)).toBe(precision);
  });

  it.each([
    ['2018-03-29', false, '29 Mar 2018'],
    ['2018-03', false, 'Mar 2018'],
    ['2015', false, '2015'],
    ['2015', true, 'c. 2015'],
    ['2016-10', true, 'c. Oct 2016'],
  ] as const)('formats %s (approximate %s) as %s', (value, approximate, expected) => {
    expect(formatPartialDate(value, approximate)).toBe(expected);
  });

  it('orders by start of period, vaguer first on ties', () => {
    const sorted = ['2016-10-03', '2016', '2015-12', '2016-10'].sort(comparePartialDates);
    expect(sorted).toEqual(['2015-12', '2016', '2016-10', '2016-10-03']);
  });
});
