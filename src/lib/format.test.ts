import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber } from './format';

describe('formatCount / formatNumber', () => {
  it('writes counts with thousands separators and "–" for not stated', () => {
    expect(formatCount(1664)).toBe('1,664');
    expect(formatCount(null)).toBe('–');
    expect(formatNumber(12.5)).toBe('12.5');
  });

  it.each([-0, -0.001, -0.004])('never writes "-0" (for %d)', (value) => {
    expect(formatCount(value)).toBe('0');
    expect(formatNumber(value)).toBe('0');
  });

  it('keeps real negatives', () => {
    expect(formatNumber(-5)).toBe('-5');
    expect(formatNumber(-1.25)).toBe('-1.25');
  });
});
