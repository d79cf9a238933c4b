import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { BundleError, MAX_BUNDLE_BYTES } from './load-bundle';
import { readBundleFile } from './read-bundle-file';

const file = (parts: BlobPart[], name = 'mine.json') => new File(parts, name, { type: 'application/json' });
const json = JSON.stringify(fixtureBundle());

async function failure(f: File): Promise<BundleError> {
  try {
    await readBundleFile(f);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('expected a BundleError');
}

describe('readBundleFile: a file from disk is checked like ?data=', () => {
  it('opens a valid bundle, with or without a UTF-8 byte-order mark', async () => {
    expect((await readBundleFile(file([json]))).bundle.meta.version).toBe('test-1');
    expect((await readBundleFile(file(['\uFEFF', json]))).bundle.meta.version).toBe('test-1');
  });

  it.each([
    ['UTF-16 with its mark', [new Uint8Array([0xff, 0xfe, 0x7b, 0x00])], 'encoding', /UTF-16/],
    ['UTF-16 without a mark', [new Uint8Array([0x7b, 0x00, 0x7d, 0x00])], 'encoding', /UTF-16/],
    ['Latin-1 text', [new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d])], 'encoding', /not UTF-8/],
    ['not JSON', ['id,date\nx,2017'], 'parse', /not valid JSON/],
    ['an empty file', [''], 'parse', /empty/],
  ] as const)('refuses %s', async (_name, parts, kind, message) => {
    const error = await failure(file([...parts]));
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
    expect(error.url).toBe('mine.json');
  });

  it('lists each problem with its path, as the error panel shows them', async () => {
    const bad = fixtureBundle() as unknown as { fighterSnapshots: { figures: { total: unknown } }[] };
    bad.fighterSnapshots[0]!.figures.total = 'x';
    const error = await failure(file([JSON.stringify(bad)]));
    expect(error.kind).toBe('invalid');
    expect(error.problems).toContainEqual({
      path: 'fighterSnapshots[0].figures.total',
      message: 'expected number, got the text "x"',
    });
  });

  it('refuses a file over the limit without reading it', async () => {
    const big = file(['x']);
    Object.defineProperty(big, 'size', { value: MAX_BUNDLE_BYTES + 1 });
    Object.defineProperty(big, 'arrayBuffer', { value: () => Promise.reject(new Error('read')) });
    const error = await failure(big);
    expect(error.kind).toBe('too-large');
  });
});
