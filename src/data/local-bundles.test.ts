import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { sectionCounts } from './bundle-sections';
import { describeStoreError, newLocalId } from './local-bundles';

describe('describeStoreError', () => {
  it.each([
    [new DOMException('The quota has been exceeded.', 'QuotaExceededError'), true, /no room left/],
    [new Error('QuotaExceededError: quota exceeded'), true, /Nothing already kept was changed/],
    [
      new DOMException('The operation failed', 'UnknownError'),
      false,
      /could not keep the bundle \(The operation failed\)/,
    ],
  ])('%s -> quota %s', (error, quota, message) => {
    const described = describeStoreError(error);
    expect(described.quota).toBe(quota);
    expect(described.message).toMatch(message);
  });
});

describe('newLocalId', () => {
  it('is 10 URL-safe characters', () => {
    expect(newLocalId()).toMatch(/^[a-z0-9]{10}$/);
    expect(newLocalId(() => 0)).toBe('aaaaaaaaaa');
    expect(newLocalId(() => 0.999)).toBe('9999999999');
  });
});

describe('sectionCounts', () => {
  it('counts every list in the bundle, so a new section is counted without changes', () => {
    const bundle = fixtureBundle();
    const counts = sectionCounts(bundle);
    expect(Object.keys(counts)).not.toContain('meta');
    expect(counts.sources).toBe(bundle.sources.length);
    const extended = { ...bundle, newSection: [1, 2, 3] };
    expect(sectionCounts(extended).newSection).toBe(3);
  });
});
