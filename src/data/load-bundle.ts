import { t } from '../i18n/i18n';
import { numberFormat } from '../i18n/format-locale';
import type { BundleProblem } from './integrity';
import type { Bundle } from './schema';
import type * as validateModule from './validate';

type ValidateModule = typeof validateModule;

export const DEFAULT_BUNDLE_URL = '/data/bundle.json';
/** Bundles above this size are refused before parsing, so a huge file cannot freeze the tab. */
export const MAX_BUNDLE_BYTES = 20 * 1024 * 1024;

/**
 * How long a download may be silent: first for the server's answer (a host
 * waking from sleep can take half a minute), then between two pieces of the body.
 * A server that stalls mid-download gets a clear error and Retry, not "Loading…" forever.
 */
export const FIRST_RESPONSE_TIMEOUT_MS = 45_000;
export const STALL_TIMEOUT_MS = 20_000;

type BundleErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'encoding'
  | 'parse'
  | 'invalid'
  | 'bad-url'
  /** ?local=<id> names a bundle that is not stored in this browser. */
  | 'not-stored';

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

export function formatBytes(bytes: number): string {
  const megabytes = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(bytes / (1024 * 1024));
  return t('data.load.megabytes', { size: megabytes });
}

function tooLarge(url: string): BundleError {
  return new BundleError(
    'too-large',
    url,
    t('data.load.overLimit', { limit: formatBytes(MAX_BUNDLE_BYTES) }),
  );
}

/** Rejects with `onTimeout()` when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const stalled = (url: string) =>
  new BundleError(
    'timeout',
    url,
    t('data.load.stalled', { seconds: STALL_TIMEOUT_MS / 1000 }),
  );

/**
 * The text of a bundle's bytes, which must be UTF-8 (JSON's encoding). A
 * UTF-16 or UTF-32 file, with or without its byte-order mark, is named as
 * such, rather than decoded into nonsense that the JSON error would then echo.
 */
export function decodeBundleBytes(bytes: Uint8Array, url: string): string {
  const [b0, b1, b2, b3] = bytes;
  const encodingError = (name: string) => new BundleError('encoding', url, t('data.load.encoding', { name }));
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) throw encodingError('UTF-32');
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) throw encodingError('UTF-32');
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) throw encodingError('UTF-16');
  // JSON starts with ASCII: a zero byte beside the first character is UTF-16 without its mark.
  if (bytes.length >= 2 && (b0 === 0) !== (b1 === 0)) throw encodingError('UTF-16');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BundleError(
      'encoding',
      url,
      t('data.load.notUtf8'),
    );
  }
}

/**
 * Reads the body as bytes, stopping as soon as it passes MAX_BUNDLE_BYTES: a
 * server that sends no Content-Length (or lies about it) cannot make the tab
 * buffer 50 MB, and one that goes silent for STALL_TIMEOUT_MS is given up on.
 * Where the body is not a stream (fetch polyfills, some test environments),
 * falls back to arrayBuffer() and checks the size afterwards.
 */
async function readLimited(response: Response, url: string, signal?: AbortSignal): Promise<string> {
  const stream = response.body;
  if (stream === null || typeof stream.getReader !== 'function') {
    const buffer = await within(response.arrayBuffer(), STALL_TIMEOUT_MS, () => stalled(url));
    if (buffer.byteLength > MAX_BUNDLE_BYTES) throw tooLarge(url);
    return decodeBundleBytes(new Uint8Array(buffer), url);
  }
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await within(reader.read(), STALL_TIMEOUT_MS, () => stalled(url));
      if (done) break;
      received += value.byteLength;
      if (received > MAX_BUNDLE_BYTES) throw tooLarge(url);
      parts.push(value);
    }
  } catch (error) {
    // Stops the download too, not just our reading of it (not awaited: a stalled body may never answer).
    void reader.cancel().catch(() => undefined);
    if (error instanceof BundleError || signal?.aborted) throw error;
    throw new BundleError('network', url, t('data.load.interrupted'));
  } finally {
    reader.releaseLock();
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return decodeBundleBytes(bytes, url);
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
    throw new BundleError('bad-url', url, t('data.load.badUrl'));
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') {
    throw new BundleError('bad-url', url, t('data.load.notHttp'));
  }
  let response: Response;
  try {
    const controller = new AbortController();
    signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    response = await within(
      fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } }),
      FIRST_RESPONSE_TIMEOUT_MS,
      () => {
        controller.abort();
        return new BundleError(
          'timeout',
          url,
          t('data.load.noAnswer', { seconds: FIRST_RESPONSE_TIMEOUT_MS / 1000 }),
        );
      },
    );
  } catch (error) {
    if (error instanceof BundleError || signal?.aborted) throw error;
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new BundleError(
      'network',
      url,
      offline
        ? t('data.load.offline')
        : t('data.load.unreachable'),
    );
  }
  if (!response.ok) {
    throw new BundleError(
      'http',
      url,
      t('data.load.httpStatus', { status: String(response.status), statusText: response.statusText }).trim(),
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
      t('data.load.tooLarge', { size: formatBytes(declared), limit: formatBytes(MAX_BUNDLE_BYTES) }),
    );
  }
  const body = await readLimited(response, url, signal);
  return parseBundleText(body, url, validation);
}

/**
 * Parses and validates a bundle's text, the same for every way a bundle
 * arrives (?data=, a file from disk, a copy kept on this device); throws BundleError.
 */
export async function parseBundleText(
  body: string,
  url: string,
  validation: Promise<ValidateModule> = import('./validate'),
): Promise<Bundle> {
  let json: unknown;
  try {
    // A byte-order mark is legal at the start of a UTF-8 file but not in JSON.
    json = JSON.parse(body.replace(/^\uFEFF/, ''));
  } catch (error) {
    const looksLikeHtml = /^\s*</.test(body);
    const reason = looksLikeHtml
      ? t('data.load.htmlNotJson')
      : body.trim() === ''
        ? t('data.load.emptyFile')
        : error instanceof Error
          ? error.message
          : String(error);
    throw new BundleError('parse', url, t('data.load.notJson', { reason }));
  }
  // zod and the schema load in their own chunk, fetched while the bundle downloads, not with the entry.
  const { validateBundle } = await validation;
  const result = validateBundle(json);
  if (!result.ok) {
    throw new BundleError(
      'invalid',
      url,
      t('data.load.invalid', { count: result.problems.length }),
      { problems: result.problems },
    );
  }
  return result.bundle;
}
