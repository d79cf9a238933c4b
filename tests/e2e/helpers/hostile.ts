import type { Page } from 'playwright-core';
import { REAL_BUNDLE_TEXT } from './bad-bundles';
import { SCRIPT_PAYLOADS, UNICODE_PAYLOADS } from '../../../src/testing/hostile-strings';

export const VIEWS = ['/', '/fighters', '/timeline', '/countermeasures', '/sources'] as const;

export const H1: Record<string, RegExp> = {
  '/': /Morocco and ISIS/,
  '/fighters': /foreign fighters/i,
  '/timeline': /Timeline/,
  '/countermeasures': /Countermeasures/,
  '/sources': /Sources/,
};

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Payloads in every kind of text the views show, including source URLs that are valid http(s) but hostile. */
export function payloadBundle(): string {
  const bundle: unknown = JSON.parse(REAL_BUNDLE_TEXT);
  if (!isRecord(bundle)) throw new Error('the real bundle is not an object');
  const payloads = [...SCRIPT_PAYLOADS, ...UNICODE_PAYLOADS];
  let n = 0;
  const next = () => payloads[n++ % payloads.length] ?? '';
  const TEXT_FIELDS = new Set([
    'title',
    'publisher',
    'reliability',
    'speaker',
    'note',
    'dateNote',
    'scope',
    'details',
    'group',
    'laterArrestsNote',
    'description',
    'horizonReason',
    'series',
    'statedBy',
    'city',
    'region',
    'licence',
    'version',
  ]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!isRecord(value)) return;
    for (const [key, v] of Object.entries(value)) {
      if (typeof v === 'string' && TEXT_FIELDS.has(key)) value[key] = `${next()} ${v}`;
      else if ((key === 'agencies' || key === 'partners') && Array.isArray(v)) value[key] = [...v, next()];
      else visit(v);
    }
  };
  visit(bundle);
  const sources = bundle.sources;
  if (Array.isArray(sources) && isRecord(sources[0]) && isRecord(sources[1])) {
    // Valid for the schema (http(s), no whitespace) yet built to break out of an attribute.
    sources[0].url = 'https://example.org/?q="><svg/onload=window.__pwned=1>';
    sources[1].url = "https://example.org/'onmouseover='window.__pwned=1";
  }
  return JSON.stringify(bundle);
}

/** What a page shows of injected markup: anything here means a payload became markup. */
export async function injectedMarkup(page: Page) {
  return page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('*'));
    const handlers = all.flatMap((el) =>
      Array.from(el.attributes)
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${el.tagName}[${a.name}]`),
    );
    const badLinks = Array.from(
      document.querySelectorAll<HTMLAnchorElement | SVGAElement>('a[href], [*|href]'),
    )
      .map((a) => a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '')
      .filter((href) => {
        if (href.startsWith('#') || href === '') return false;
        const url = new URL(href, location.href);
        return url.protocol !== 'http:' && url.protocol !== 'https:' && url.protocol !== 'blob:';
      });
    const externalWithoutRel = Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href^="http"]'))
      .filter((a) => new URL(a.href).origin !== location.origin)
      .filter((a) => a.rel !== 'noopener noreferrer')
      .map((a) => a.href);
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      iframes: document.querySelectorAll('iframe').length,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      handlers,
      badLinks,
      externalWithoutRel,
      polluted: (Object.prototype as unknown as { polluted?: unknown }).polluted ?? null,
    };
  });
}
