import type { BundleProblem } from './integrity';
import type { Bundle } from './schema';

export const DEFAULT_BUNDLE_URL = '/data/bundle.json';
/** Bundles above this size are refused before parsing, so a huge file cannot freeze the tab. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

type BundleErrorKind = 'network' | 'http' | 'too-large' | 'parse' | 'invalid' | 'bad-url';

/** Every way loading a bundle can fail, with what the error panel needs to say it plainly. */
export class BundleError extends Error {
  readonly kind: BundleErrorKind;
  readonly url: string;
  readonly status: number | null;
  readonly problems: BundleProblem[];

  constructor(
    kind: BundleErrorKind,
    url: string,
    message: string,
    options: { status?: number; problems?: BundleProblem[] } = {},
  ) {
    super(message);
    this.name = 'BundleError';
    this.kind = kind;
    this.url = url;
    this.status = options.status ?? null;
    this.problems = options.problems ?? [];
  }
}

function formatBytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(url: string): BundleError {
  return new BundleError(
    'too-large',
    url,
    `The bundle is over ${formatBytes(MAX_BUNDLE_BYTES)}, the limit; it was not read.`,
  );
}

/**
 * Reads the body as text, stopping as soon as it passes MAX_BUNDLE_BYTES: a
 * server that sends no Content-Length (or lies about it) cannot make the tab
 * buffer 50 MB. Where the body is not a stream (fetch polyfills, some test
 * environments), falls back to text() and checks the size afterwards.
 */
async function readLimited(response: Response, url: string, signal?: AbortSignal): Promise<string> {
  const stream = response.body;
  if (stream === null || typeof stream.getReader !== 'function' || typeof TextDecoder === 'undefined') {
    const text = await response.text();
    // The limit is in bytes; the cheap length check catches most, the Blob counts UTF-8 bytes exactly.
    if (text.length > MAX_BUNDLE_BYTES || new Blob([text]).size > MAX_BUNDLE_BYTES) throw tooLarge(url);
    return text;
  }
  const reader = stream.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      if (received > MAX_BUNDLE_BYTES) {
        // Stops the download too, not just our reading of it.
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url);
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch (error) {
    if (error instanceof BundleError || signal?.aborted) throw error;
    throw new BundleError('network', url, 'The download of the data was interrupted before it finished.');
  } finally {
    reader.releaseLock();
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Fetches, size-checks, parses and validates a bundle; throws BundleError. */
export async function loadBundle(url: string, signal?: AbortSignal): Promise<Bundle> {
  const validation = import('./validate');
  // Failures surface where it is awaited; this only keeps an early return from leaving it unhandled.
  validation.catch(() => undefined);
  const base = typeof location === 'undefined' ? 'http://localhost/' : location.href;
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    throw new BundleError('bad-url', url, 'This is not a usable address for a data bundle.');
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new BundleError('bad-url', url, 'Only http and https addresses can be loaded as data.');
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new BundleError(
      'network',
      url,
      offline
        ? 'You are offline and this data has not been saved on this device yet. Connect once to load it.'
        : 'The data could not be reached: the server did not answer or refused the request (for another site, it must allow CORS).',
    );
  }
  if (!response.ok) {
    throw new BundleError(
      'http',
      url,
      `The server answered ${response.status} ${response.statusText}`.trim(),
      {
        status: response.status,
      },
    );
  }
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BUNDLE_BYTES) {
    throw new BundleError(
      'too-large',
      url,
      `The bundle is ${formatBytes(declared)}; the limit is ${formatBytes(MAX_BUNDLE_BYTES)}.`,
    );
  }
  const body = await readLimited(response, url, signal);
  let json: unknown;
  try {
    // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(body);
    const reason = looksLikeHtml
      ? 'the server sent a web page (HTML), not JSON'
      : body.trim() === ''
        ? 'the file is empty'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new BundleError('parse', url, `The file is not valid JSON: ${reason}.`);
  }
  // zod and the schema load in their own chunk, fetched while the bundle downloads, not with the entry.
  const { validateBundle } = await validation;
  const result = validateBundle(json);
  if (!result.ok) {
    throw new BundleError(
      'invalid',
      url,
      `The bundle does not match the format: ${result.problems.length} problem(s).`,
      { problems: result.problems },
    );
  }
  return result.bundle;
}
