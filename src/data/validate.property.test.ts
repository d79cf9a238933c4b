import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundleArb } from '../testing/arbitrary-bundle';
import { fixtureBundle } from '../testing/fixture-bundle';
import { mutate } from '../testing/mutate-bundle';
import { validateBundle } from './validate';

const MUTATION_KINDS = 6;

/** A problem "points at" the mutated place when its path is that place or inside it. */
const within = (problemPath: string, path: string) =>
  problemPath === path || problemPath.startsWith(`${path}.`) || problemPath.startsWith(`${path}[`);

describe('validateBundle (properties)', () => {
  it('accepts every random valid bundle, as JSON, and keeps every record', () => {
    fc.assert(
      fc.property(bundleArb(), (bundle) => {
        const result = validateBundle(JSON.parse(JSON.stringify(bundle)));
        expect(result.ok ? [] : result.problems).toEqual([]);
        if (result.ok) expect(result.bundle).toEqual(bundle);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts and drops unknown extra fields anywhere', () => {
    fc.assert(
      fc.property(bundleArb({ max: 3 }), fc.string(), fc.jsonValue(), (bundle, key, value) => {
        const extra = `x-${key}`;
        const wire = {
          ...bundle,
          [extra]: value,
          sources: bundle.sources.map((s) => ({ ...s, [extra]: value })),
        };
        const result = validateBundle(JSON.parse(JSON.stringify(wire)));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.bundle).toEqual(bundle);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects one broken thing with a path that points at it, and only at it', () => {
    fc.assert(
      fc.property(bundleArb(), fc.nat(MUTATION_KINDS - 1), fc.nat(), (bundle, kind, n) => {
        const mutation = mutate(bundle, kind, n);
        fc.pre(mutation !== null);
        if (mutation === null) return;
        const result = validateBundle(mutation.data);
        expect(result.ok, mutation.what).toBe(false);
        const problems = result.ok ? [] : result.problems;
        expect(problems.length, mutation.what).toBeGreaterThan(0);
        for (const problem of problems)
          expect(within(problem.path, mutation.path), `${mutation.what}: ${JSON.stringify(problems)}`).toBe(
            true,
          );
        for (const problem of problems) expect(problem.message.length).toBeLessThan(300);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validateBundle(value);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on the fixture with any one field replaced by any JSON value', () => {
    const fixture = fixtureBundle();
    const sections = [
      'fighterSnapshots',
      'cellEvents',
      'cellCounts',
      'countermeasures',
      'contextEvents',
      'sources',
    ] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...sections),
        fc.string({ maxLength: 12 }),
        fc.jsonValue({ maxDepth: 3 }),
        (section, key, value) => {
          const wire: unknown = JSON.parse(JSON.stringify(fixture));
          const list =
            typeof wire === 'object' && wire !== null && section in wire ? Reflect.get(wire, section) : null;
          if (Array.isArray(list) && typeof list[0] === 'object' && list[0] !== null)
            Reflect.set(list[0], key, value);
          expect(() => validateBundle(wire)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });
});
