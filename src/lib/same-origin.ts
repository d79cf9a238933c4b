// Every link the app builds from the current address goes through here. A
// path is the reader's to type: "//evil.example/x" or "/\evil.example" is a
// path on this site to the router, but an href of it leaves the site (a
// protocol-relative address). So the path is rebuilt to start with exactly one
// slash, and checked to resolve on this origin, before it becomes a link.

import { localizePath } from '../i18n/locales';
import { formatLocale } from '../i18n/format-locale';

const PROBE_ORIGIN = 'https://same-origin.invalid';

/** The path as a link on this site: leading slashes and backslashes collapse to one "/". */
export function sitePath(pathname: string): string {
  // The URL parser drops tabs and newlines anywhere, so "/\t/evil" would become "//evil".
  const collapsed = `/${pathname.replace(/[\t\n\r]/g, '').replace(/^[/\\]+/, '')}`;
  try {
    const resolved = new URL(collapsed, PROBE_ORIGIN);
    return resolved.origin === PROBE_ORIGIN ? collapsed : '/';
  } catch {
    return '/';
  }
}

/**
 * A same-origin href from a path as the router sees it, a query string (with or
 * without "?") and a hash, in the page's language: "/timeline" on a French page
 * is "/fr/timeline".
 */
export function siteHref(pathname: string, search = '', hash = ''): string {
  const query = search.replace(/^\?/, '');
  return `${localizePath(sitePath(pathname), formatLocale())}${query ? `?${query}` : ''}${hash}`;
}
