import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figuresArb } from '../testing/arbitrary-bundle';
import { derivedMen, derivedUnaccounted, wholePercentages } from './derived';

const RUNS = { numRuns: 300 };

describe('derived numbers (properties)', () => {
  it('men + women + children = total whenever all three are stated', () => {
    fc.assert(
      fc.property(figuresArb, (f) => {
        const men = derivedMen(f);
        if (f.total === null || f.women === null || f.children === null) {
          expect(men.value).toBeNull();
          expect(men.missing).toBeTruthy();
          return;
        }
        expect(men.value).not.toBeNull();
        expect((men.value ?? NaN) + f.women + f.children).toBe(f.total);
        expect(men.value).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('unaccounted + returned + killed = total whenever all three are stated', () => {
    fc.assert(
      fc.property(figuresArb, (f) => {
        const rest = derivedUnaccounted(f);
        if (f.total === null || f.returned === null || f.killed === null) {
          expect(rest.value).toBeNull();
          return;
        }
        expect((rest.value ?? NaN) + f.returned + f.killed).toBe(f.total);
        expect(rest.value).toBeGreaterThanOrEqual(0);
      }),
      RUNS,
    );
  });

  it('never derives a negative number, even from contradicting figures', () => {
    const loose = fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null });
    fc.assert(
      fc.property(loose, loose, loose, loose, loose, (total, women, children, returned, killed) => {
        const f = {
          total,
          women,
          children,
          returned,
          killed,
          joinedIsis: null,
          killedSyria: null,
          killedIraq: null,
          returneesProsecuted: null,
        };
        for (const d of [derivedMen(f), derivedUnaccounted(f)]) {
          if (d.value === null) expect(d.missing).toBeTruthy();
          else expect(d.value).toBeGreaterThanOrEqual(0);
        }
      }),
      RUNS,
    );
  });

  it('wholePercentages are whole, non-negative and sum to exactly 100 for non-zero input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 12 }),
        (values) => {
          const result = wholePercentages(values);
          expect(result).toHaveLength(values.length);
          for (const p of result) {
            expect(Number.isInteger(p)).toBe(true);
            expect(p).toBeGreaterThanOrEqual(0);
          }
          const sum = result.reduce((a, b) => a + b, 0);
          expect(sum).toBe(values.some((v) => v > 0) ? 100 : 0);
          // A part that is zero shows 0%; rounding never moves more than one point.
          const total = values.reduce((a, b) => a + b, 0);
          values.forEach((v, i) => {
            if (v === 0) expect(result[i]).toBe(0);
            if (total > 0) expect(Math.abs((result[i] ?? 0) - (v / total) * 100)).toBeLessThan(1);
          });
        },
      ),
      RUNS,
    );
  });
});
