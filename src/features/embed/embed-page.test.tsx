import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { CHARTS as EMBED_CHARTS } from '../../app/chart-registry';
import { activateLocale } from '../../i18n/i18n';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('embed page', () => {
  it('lists every valid id for an unknown one', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/embed/nope');
    const alert = await screen.findByRole('alert');
    for (const chart of EMBED_CHARTS) expect(alert).toHaveTextContent(chart.id);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it.each(EMBED_CHARTS.map((c) => c.id))('%s has exactly one h1 and no site navigation', async (id) => {
    stubFetch();
    renderRoutes(createRoutes, `/embed/${id}`);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('navigation', { name: 'Main' })).toBeNull();
  });

  it.each(['fighters-composition', 'timeline-events'])('%s keeps an h1 when the bundle has nothing to draw', async (id) => {
    stubFetch({}, { ...fixtureBundle(), fighterSnapshots: [], cellEvents: [] });
    renderRoutes(createRoutes, `/embed/${id}`);
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('keeps an h1 when the bundle fails to load', async () => {
    stubFetch({ '/data/bundle.json': { status: 500, body: 'no' } });
    renderRoutes(createRoutes, '/embed/fighters-outcomes');
    expect(await screen.findByRole('heading', { level: 1, name: /could not be fetched/ })).toBeInTheDocument();
  });
});

describe('embed page without a usable id', () => {
  it.each(['/embed', '/embed/'])('%s lists the charts instead of an empty page', async (url) => {
    stubFetch();
    renderRoutes(createRoutes, url);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a chart to embed' })).toBeInTheDocument();
    for (const chart of EMBED_CHARTS) expect(screen.getByRole('link', { name: chart.id })).toBeInTheDocument();
  });

  it('keeps ?data= (and only same-origin paths) in the links of the unknown-chart page', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/embed/nope?data=%2Fother.json');
    await screen.findByRole('alert');
    for (const chart of EMBED_CHARTS) {
      const href = screen.getByRole('link', { name: chart.id }).getAttribute('href') ?? '';
      expect(href).toBe(`/embed/${chart.id}?data=%2Fother.json`);
    }
  });
});

describe('embed page in another language', () => {
  it('lists the charts in French under /fr/embed', async () => {
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/fr/embed/nope', { locale: 'fr' });
    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Il n’y a pas de graphique « nope » à intégrer');
    expect(alert).toHaveTextContent('Utilisez l’un de ces identifiants de graphique dans l’adresse /embed/<id> :');
    const first = EMBED_CHARTS[0]!;
    expect(screen.getByRole('link', { name: first.id })).toHaveAttribute('href', `/fr/embed/${first.id}`);
    expect(document.title).toBe('Graphique inconnu · Tableau de bord Maroc & État islamique');
  });

  it('leads to the full view in the embed’s language, keeping its state', async () => {
    await activateLocale('ar', null);
    stubFetch();
    const chart = EMBED_CHARTS.find((c) => c.id === 'fighters-composition')!;
    const { container } = renderRoutes(createRoutes, `/ar/embed/${chart.id}?data=%2Fother.json&theme=dark`, { locale: 'ar' });
    await screen.findByRole('heading', { level: 1 });
    await vi.waitFor(() => expect(container.querySelector('.chart-frame__full-view a')).not.toBeNull());
    expect(container.querySelector('.chart-frame__full-view a')).toHaveAttribute('href', `/ar${chart.view}?data=%2Fother.json`);
  });
});
