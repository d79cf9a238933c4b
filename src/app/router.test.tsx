import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../testing/render-route';
import { createRoutes } from './router';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('routes', () => {
  it.each([
    ['/', /Morocco and ISIS/],
    ['/fighters', /foreign fighters/i],
    ['/timeline', /Timeline/],
    ['/countermeasures', /Countermeasures/],
    ['/sources', /Sources/],
    ['/nowhere', /Page not found/],
  ])('%s renders exactly one h1', async (url, name) => {
    stubFetch();
    renderRoutes(createRoutes, url);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('marks the current view in the nav', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/countermeasures');
    await screen.findByRole('heading', { level: 1 });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Countermeasures' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Timeline' })).not.toHaveAttribute('aria-current');
  });

  it('shows the bundle version and as-of date in the footer', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/');
    expect(await screen.findByText('test-1')).toBeInTheDocument();
    expect(screen.getByText('Mar 2018')).toBeInTheDocument();
  });

  it('the not-found page links home', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/nowhere');
    expect(await screen.findByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });
});

describe('another bundle via ?data=', () => {
  it('loads it, says so, and keeps it in the nav links', async () => {
    const fetchMock = stubFetch({ '/other.json': { json: { ...fixtureBundle(), meta: { ...fixtureBundle().meta, version: 'other-7' } } } });
    renderRoutes(createRoutes, '/fighters?data=/other.json');
    expect(await screen.findByText('other-7')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url) === '/other.json')).toBe(true);
    expect(screen.getByText(/Showing data loaded from/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the default data' })).toHaveAttribute('href', '/fighters');
    expect(screen.getByRole('link', { name: 'Timeline' })).toHaveAttribute('href', '/timeline?data=%2Fother.json');
  });
});

describe('error panel', () => {
  it('names the URL and status on a 404', async () => {
    stubFetch({ '/data/bundle.json': { status: 404, body: 'Not found' } });
    renderRoutes(createRoutes, '/');
    const footerText = await screen.findByText(/Data not loaded/);
    expect(footerText).toBeInTheDocument();
  });

  it('names the parse error when the file is not JSON', async () => {
    stubFetch({ '/bad.json': { body: '{"meta": ' } });
    renderRoutes(createRoutes, '/sources?data=/bad.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data file is not valid JSON');
    expect(alert).toHaveTextContent('/bad.json');
  });

  it('lists validation problems with their paths, at most 20, with a count of the rest', async () => {
    const bundle = fixtureBundle();
    const broken = {
      ...bundle,
      cellEvents: Array.from({ length: 25 }, (_, i) => ({ ...bundle.cellEvents[0], id: `e${i}`, arrested: 'x' })),
    };
    stubFetch({ '/broken.json': { json: broken } });
    renderRoutes(createRoutes, '/sources?data=/broken.json');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('cellEvents[0].arrested: expected number, got the text "x"');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent('and 5 more problems not shown');
  });

  it('offers Retry, which refetches and recovers', async () => {
    const fetchMock = stubFetch({ '/data/bundle.json': { status: 500, body: 'boom' } });
    renderRoutes(createRoutes, '/sources');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('500');
    stubFetch();
    within(alert).getByRole('button', { name: 'Retry' }).click();
    expect(await screen.findByText('test-1')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalled();
  });
});
