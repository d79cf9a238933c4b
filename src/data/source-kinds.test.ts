import { describe, expect, it } from 'vitest';
import { provenanceLabel } from './source-kinds';
import type { SourceKind } from './schema';

describe('provenanceLabel', () => {
  it.each<[boolean, SourceKind[], string]>([
    [false, ['official-statement'], 'not an official figure'],
    [true, ['press-report-of-official'], 'official figure, reported by the press'],
    [true, ['press-report-of-official', 'official-statement'], 'official figure, read in the official text'],
    [true, ['state-media', 'press-report'], 'official figure, reported by state media'],
    [true, ['mirror'], 'official figure, reported by the press'],
    [true, ['think-tank-report'], 'official figure, reported second-hand'],
    [true, [], 'official figure, reported second-hand'],
  ])('official %s from %j -> %s', (official, kinds, expected) => {
    expect(provenanceLabel(official, kinds)).toBe(expected);
  });

  it('never calls a press report an official statement', () => {
    expect(provenanceLabel(true, ['press-report-of-official'])).not.toMatch(/official statement/);
  });
});
