import { describe, expect, it } from 'vitest';
import { siteHref, sitePath } from './same-origin';

const ORIGIN = 'https://dashboard.example';
const staysHere = (href: string) => new URL(href, `${ORIGIN}/fighters`).origin === ORIGIN;

describe('sitePath / siteHref', () => {
  it.each([
    '//evil.example/fighters',
    '///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '//evil.example:443/x',
    '//user@evil.example/',
  ])('keeps %j on this origin', (path) => {
    // Without the fix, this is what the banner link was: the path as it came.
    expect(staysHere(path.replace(/[\t\n]/g, ''))).toBe(false);
    expect(staysHere(sitePath(path))).toBe(true);
    expect(staysHere(siteHref(path, '?view=x', '#a'))).toBe(true);
  });

  it('leaves ordinary paths, queries and hashes as they are', () => {
    expect(siteHref('/timeline', '?from=2015&to=2017', '#list')).toBe('/timeline?from=2015&to=2017#list');
    expect(siteHref('/countermeasures/cm-1', 'q=a')).toBe('/countermeasures/cm-1?q=a');
    expect(siteHref('/', '')).toBe('/');
    expect(sitePath('//evil.example/fighters')).toBe('/evil.example/fighters');
  });
});
