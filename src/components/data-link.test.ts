import { describe, expect, it } from 'vitest';
import { withDataParam } from './data-link';

describe('withDataParam', () => {
  it.each([
    ['/timeline', null, '/timeline'],
    ['/timeline', '/x.json', '/timeline?data=%2Fx.json'],
    ['/fighters?snapshot=a', '/x.json', '/fighters?snapshot=a&data=%2Fx.json'],
    ['/sources#source-mwn', '/x.json', '/sources?data=%2Fx.json#source-mwn'],
    ['/timeline?event=e#top', 'https://h.org/b.json', '/timeline?event=e&data=https%3A%2F%2Fh.org%2Fb.json#top'],
  ])('%s with %s -> %s', (to, data, expected) => {
    expect(withDataParam(to, data)).toBe(expected);
  });
});

describe('withDataParam with a bundle kept on this device', () => {
  it.each([
    ['/timeline', null, 'abc123', '/timeline?local=abc123'],
    ['/sources#source-mwn', null, 'abc123', '/sources?local=abc123#source-mwn'],
    // ?local= wins, as it does when the bundle is chosen (bundleUrlFromParams).
    ['/fighters', '/x.json', 'abc123', '/fighters?local=abc123'],
  ])('%s with data %s and local %s -> %s', (to, data, local, expected) => {
    expect(withDataParam(to, data, local)).toBe(expected);
  });
});
