import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, serveAt, type Session } from './helpers/browser';

const ROUTES = [
  { path: '/', h1: /Morocco and ISIS/ },
  { path: '/fighters', h1: /foreign fighters/i },
  { path: '/timeline', h1: /Timeline/ },
  { path: '/countermeasures', h1: /Countermeasures/ },
  { path: '/sources', h1: /Sources/ },
  { path: '/no-such-page', h1: /Page not found/ },
];

describe('app shell', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s.close();
  });

  it.each(ROUTES)('$path loads on a direct reload with one h1, a title and no console errors', async ({ path, h1 }) => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}${path}`);
    await s.page.reload();
    const heading = s.page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.count()).toBe(1);
    expect(await heading.textContent()).toMatch(h1);
    expect(await s.page.title()).toContain('Morocco & ISIS');
    // The footer shows the bundle's version once the data has loaded.
    await s.page.getByText(/Data version/).waitFor();
    expect(s.errors).toEqual([]);
  });

  it('marks the current view in the nav and moves focus with the skip link', async () => {
    await s.page.goto(`${s.baseURL}/timeline`);
    const current = s.page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
    expect(await current.textContent()).toBe('Timeline');
    // page.goto has waited for the live view (helpers/browser.ts): nothing here acts on the static first screen.
    await s.page.keyboard.press('Tab');
    const focused = () => s.page.evaluate(() => document.activeElement?.textContent ?? document.activeElement?.tagName);
    expect(await focused()).toBe('Skip to content');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('shows an error panel with the status for a missing bundle, and the nav still works', async () => {
    s.errors.length = 0;
    await s.page.goto(`${s.baseURL}/fighters?data=/missing-bundle.json`);
    const alert = s.page.getByRole('alert').first();
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain('/missing-bundle.json');
    expect(text).toMatch(/404/);
    await s.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources', exact: true }).click();
    await s.page.getByRole('heading', { level: 1, name: /Sources/ }).waitFor();
    // The other bundle stays selected across views.
    expect(s.page.url()).toContain('data=%2Fmissing-bundle.json');
  });

  it('lists each validation problem with its path for a real broken file', async () => {
    await serveAt(s.page, '/broken-bundle.json', { path: 'tests/e2e/fixtures/invalid-bundle.json' });
    await s.page.goto(`${s.baseURL}/?data=/broken-bundle.json`);
    const alert = s.page.getByRole('alert').first();
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('does not match the bundle format');
    expect(text).toContain('fighterSnapshots[0].figures.total: expected number, got the text "many"');
    expect(text).toContain('cellEvents[0].date');
    // A Retry button is offered and the page header is intact.
    expect(await s.page.getByRole('button', { name: 'Retry' }).count()).toBeGreaterThan(0);
    expect(await s.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);
  });

  it('says when the file is not JSON', async () => {
    await serveAt(s.page, '/html-instead.json', { body: '<!doctype html><p>Error</p>', contentType: 'text/html' });
    await s.page.goto(`${s.baseURL}/?data=/html-instead.json`);
    const alert = s.page.getByRole('alert').first();
    await alert.waitFor();
    expect(await alert.textContent()).toContain('not valid JSON');
  });

  it('shows which data is loaded and links back to the default bundle', async () => {
    await s.page.goto(`${s.baseURL}/fighters?data=/data/bundle.json`);
    const banner = s.page.getByRole('status').filter({ hasText: 'Showing data loaded from' });
    await banner.waitFor();
    await banner.getByRole('link', { name: 'Back to the default data' }).click();
    await s.page.waitForURL((url) => !url.search.includes('data='));
    expect(new URL(s.page.url()).pathname).toBe('/fighters');
  });
});
