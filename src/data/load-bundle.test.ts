// The transport edge of loadBundle: sizes, streams and encodings a server
// may send. (Validation itself is covered by src/data/validate*.test.ts.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BundleError, FIRST_RESPONSE_TIMEOUT_MS, loadBundle, MAX_BUNDLE_BYTES, STALL_TIMEOUT_MS } from './load-bundle';
import { fixtureBundle } from '../testing/fixture-bundle';

afterEach(() => {
  vi.unstubAllGlobals();
});

const MB = 1024 * 1024;

function answerWith(response: Response) {
  const fetchMock = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(url = '/b.json'): Promise<BundleError> {
  try {
    await loadBundle(url);
  } catch (error) {
    if (error instanceof BundleError) return error;
    throw error;
  }
  throw new Error('loadBundle did not fail');
}

/** A body of `total` bytes in 1 MB chunks, counting how many were pulled and whether it was cancelled. */
function countingStream(total: number) {
  const stats = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(MB).fill(0x78);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= total) {
        controller.close();
        return;
      }
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

describe('loadBundle transport', () => {
  it('accepts a bundle that starts with a byte-order mark', async () => {
    answerWith(new Response(`\uFEFF${JSON.stringify(fixtureBundle())}`));
    await expect(loadBundle('/b.json')).resolves.toMatchObject({ meta: { version: 'test-1' } });
  });

  it('ignores the content type: valid JSON served as text/plain loads', async () => {
    answerWith(new Response(JSON.stringify(fixtureBundle()), { headers: { 'content-type': 'text/plain' } }));
    await expect(loadBundle('/b.json')).resolves.toMatchObject({ meta: { version: 'test-1' } });
  });

  it('refuses a declared size over the limit without reading the body', async () => {
    const { stream, stats } = countingStream(50 * MB);
    answerWith(new Response(stream, { headers: { 'content-length': String(50 * MB) } }));
    const error = await failure();
    expect(error.kind).toBe('too-large');
    expect(error.message).toBe('The bundle is 50.0 MB; the limit is 20.0 MB.');
    expect(stats.pulled).toBeLessThanOrEqual(2 * MB);
  });

  it('without a Content-Length, stops reading and cancels the download just past the limit', async () => {
    const { stream, stats } = countingStream(50 * MB);
    answerWith(new Response(stream));
    const error = await failure();
    expect(error.kind).toBe('too-large');
    expect(error.message).toContain('over 20.0 MB, the limit');
    expect(stats.cancelled).toBe(true);
    expect(stats.pulled).toBeLessThanOrEqual(MAX_BUNDLE_BYTES + 2 * MB);
  });

  it('reads a body exactly at the limit', async () => {
    const json = JSON.stringify({ ...fixtureBundle(), pad: '' });
    const padded = json.replace(
      '"pad":""',
      `"pad":"${'x'.repeat(MAX_BUNDLE_BYTES - new TextEncoder().encode(json).byteLength)}"`,
    );
    expect(new TextEncoder().encode(padded).byteLength).toBe(MAX_BUNDLE_BYTES);
    answerWith(new Response(padded));
    await expect(loadBundle('/b.json')).resolves.toMatchObject({ meta: { version: 'test-1' } });
  });

  it('decodes multi-byte characters split across chunks', async () => {
    const text = JSON.stringify({
      ...fixtureBundle(),
      meta: { ...fixtureBundle().meta, title: 'مغرب ⵍⵎⵖⵔⵉⴱ — Maroc' },
    });
    const bytes = new TextEncoder().encode(text);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    answerWith(new Response(stream));
    await expect(loadBundle('/b.json')).resolves.toMatchObject({ meta: { title: 'مغرب ⵍⵎⵖⵔⵉⴱ — Maroc' } });
  });

  it('reports a download cut off halfway as a network failure', async () => {
    let sent = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent) controller.error(new TypeError('network error'));
        else controller.enqueue(new TextEncoder().encode('{"meta":'));
        sent = true;
      },
    });
    answerWith(new Response(stream));
    const error = await failure();
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/interrupted/);
  });

  it('falls back to text() where the body is not a stream, with the same limit', async () => {
    const response = new Response('x'.repeat(MAX_BUNDLE_BYTES + 1));
    Object.defineProperty(response, 'body', { value: null });
    answerWith(response);
    expect((await failure()).kind).toBe('too-large');
  });

  it.each(['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd'])(
    'refuses to fetch %s',
    async (url) => {
      const fetchMock = answerWith(new Response('{}'));
      const error = await failure(url);
      expect(error.kind).toBe('bad-url');
      expect(fetchMock).not.toHaveBeenCalled();
    },
  );
});

describe('loadBundle encodings and stalls', () => {
  const text = () => JSON.stringify(fixtureBundle());
  const utf16 = (le: boolean, bom: boolean) => {
    const body = text();
    const bytes = new Uint8Array((body.length + (bom ? 1 : 0)) * 2);
    const view = new DataView(bytes.buffer);
    const chars = bom ? `\uFEFF${body}` : body;
    for (let i = 0; i < chars.length; i++) view.setUint16(i * 2, chars.charCodeAt(i), le);
    return bytes;
  };

  it.each([
    ['UTF-16 little-endian with its mark', utf16(true, true), 'UTF-16'],
    ['UTF-16 big-endian with its mark', utf16(false, true), 'UTF-16'],
    ['UTF-16 little-endian without a mark', utf16(true, false), 'UTF-16'],
    ['UTF-32 little-endian', new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]), 'UTF-32'],
  ])('names %s and asks for UTF-8, echoing no mis-decoded bytes', async (_name, bytes, encoding) => {
    answerWith(new Response(bytes));
    const error = await failure();
    expect(error.kind).toBe('encoding');
    expect(error.message).toBe(`The file is ${encoding}; save it as UTF-8 and load it again.`);
    // eslint-disable-next-line no-control-regex -- a NUL from mis-decoded UTF-16 is what must not appear
    expect(error.message).not.toMatch(/[\uFFFD\u0000]/);
  });

  it('names a legacy encoding (bytes that are not UTF-8)', async () => {
    // "Laâyoune" in Windows-1252: â is the single byte 0xE2.
    answerWith(new Response(new Uint8Array([0x7b, 0x22, 0x4c, 0x61, 0xe2, 0x79, 0x22, 0x3a, 0x31, 0x7d])));
    const error = await failure();
    expect(error.kind).toBe('encoding');
    expect(error.message).toMatch(/not UTF-8 text/);
  });

  it('gives up with a timeout error when the body stops arriving', async () => {
    vi.useFakeTimers();
    try {
      const half = new TextEncoder().encode(text().slice(0, 100));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
          // ...and nothing more, ever.
        },
      });
      answerWith(new Response(stream));
      const pending = failure();
      await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS + 10);
      const error = await pending;
      expect(error.kind).toBe('timeout');
      expect(error.message).toMatch(/nothing arrived for 20 seconds/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives up when the server never answers', async () => {
    vi.useFakeTimers();
    try {
      vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>(() => undefined)));
      const pending = failure();
      await vi.advanceTimersByTimeAsync(FIRST_RESPONSE_TIMEOUT_MS + 10);
      const error = await pending;
      expect(error.kind).toBe('timeout');
      expect(error.message).toMatch(/did not answer within 45 seconds/);
    } finally {
      vi.useRealTimers();
    }
  });
});
