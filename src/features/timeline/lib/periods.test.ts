import { describe, expect, it } from 'vitest';
import {
  formatPeriod,
  granularityOfPeriod,
  periodTickInterval,
  periodOfDate,
  periodSpan,
  periodsBetween,
  parseMonth,
  type Granularity,
} from './periods';

describe('periodOfDate', () => {
  it.each<[string, Granularity, string | null]>([
    ['2018-03-29', 'year', '2018'],
    ['2018-03-29', 'quarter', '2018-Q1'],
    ['2018-03-29', 'month', '2018-03'],
    ['2016-10', 'year', '2016'],
    ['2016-10', 'quarter', '2016-Q4'],
    ['2016-10', 'month', '2016-10'],
    ['2015', 'year', '2015'],
    // A year-only date is never placed in a guessed quarter or month.
    ['2015', 'quarter', null],
    ['2015', 'month', null],
    ['not a date', 'year', null],
  ])('%s at %s -> %s', (date, granularity, expected) => {
    expect(periodOfDate(date, granularity)).toBe(expected);
  });
});

describe('periods', () => {
  it.each([
    ['2016', 'Q', '2016'],
    ['2016-Q3', '', 'Q3 2016'],
    ['2016-10', '', 'Oct 2016'],
  ])('formats %s', (period, _, label) => {
    expect(formatPeriod(period)).toBe(label);
  });

  it.each([
    ['2016', { start: 2016 * 12, end: 2016 * 12 + 11 }],
    ['2016-Q3', { start: 2016 * 12 + 6, end: 2016 * 12 + 8 }],
    ['2016-10', { start: 2016 * 12 + 9, end: 2016 * 12 + 9 }],
    ['2016-Q5', null],
    ['2016-13', null],
    ['16', null],
  ])('span of %s', (period, span) => {
    expect(periodSpan(period)).toEqual(span);
  });

  it.each<[Granularity, string[]]>([
    ['year', ['2015', '2016']],
    ['quarter', ['2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4', '2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4']],
  ])('lists every %s between two years', (granularity, expected) => {
    expect(periodsBetween({ start: 2015 * 12, end: 2016 * 12 + 11 }, granularity)).toEqual(expected);
  });

  it('lists 24 months in two years', () => {
    const months = periodsBetween({ start: 2015 * 12, end: 2016 * 12 + 11 }, 'month');
    expect(months).toHaveLength(24);
    expect(months[0]).toBe('2015-01');
    expect(months[23]).toBe('2016-12');
  });

  it.each([
    ['2016-03', 2016 * 12 + 2],
    ['2016-3', null],
    ['2016-00', null],
    ['2016', null],
    [null, null],
  ])('parses the month %s', (value, expected) => {
    expect(parseMonth(value)).toBe(expected);
  });
});

describe('periodTickInterval', () => {
  it('picks the smallest round step at which the labels fit', () => {
    // 84 months on a phone (room for 6 labels): every second January.
    expect(periodTickInterval('month', 84, 6)).toBe(23);
    // The same on a wide screen (room for 10): every January.
    expect(periodTickInterval('month', 84, 10)).toBe(11);
    // 28 quarters in room for 10: every fourth quarter, one label a year.
    expect(periodTickInterval('quarter', 28, 10)).toBe(3);
    // Few periods: every one is labelled; short year labels fit twice as many.
    expect(periodTickInterval('year', 7, 6)).toBe(0);
    expect(periodTickInterval('year', 12, 6)).toBe(0);
    expect(periodTickInterval('year', 13, 6)).toBe(1);
    expect(periodTickInterval('month', 5, 6)).toBe(0);
  });

  it('falls back to the largest step when even that does not fit', () => {
    expect(periodTickInterval('year', 1000, 5)).toBe(19);
    expect(periodTickInterval('month', 1000, 5)).toBe(59);
  });

  it('reads the granularity from a period key', () => {
    expect(granularityOfPeriod('2016')).toBe('year');
    expect(granularityOfPeriod('2016-Q3')).toBe('quarter');
    expect(granularityOfPeriod('2016-10')).toBe('month');
  });
});
