// The sources page in Arabic and French: headings, plurals and source titles in their own language.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createRoutes } from '../../app/router';
import { activateLocale } from '../../i18n/i18n';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';

/** Opens /sources and waits for the bibliography's heading (drawn once the bundle is in). */
async function open(bibliography: RegExp) {
  stubFetch({}, fixtureBundle());
  renderRoutes(createRoutes, '/sources');
  return screen.findByRole('heading', { level: 2, name: bibliography });
}

describe('SourcesPage in Arabic and French', () => {
  it('Arabic: headings, the per-year table and "cited by" in Arabic; source titles keep their language', async () => {
    await activateLocale('ar', null);
    const bibliography = await open(/^قائمة المصادر/);
    expect(bibliography).toHaveTextContent('قائمة المصادر (مصدران)');
    expect(screen.getByRole('heading', { level: 1, name: 'المصادر والمنهجية' })).toBeInTheDocument();
    for (const name of ['تنزيل البيانات', 'كيف تستشهد بهذه المجموعة', 'التغطية', 'المنهجية'])
      expect(screen.getByRole('heading', { level: 2, name })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'تنزيل كل البيانات (.zip)' })).toBeInTheDocument();
    const table = screen.getByRole('region', { name: 'التغطية حسب السنة' });
    expect(within(table).getByRole('columnheader', { name: 'السنة' })).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: 'الموثق هنا' })).toBeInTheDocument();
    expect(screen.getAllByText(/^يستشهد به/).length).toBeGreaterThan(0);
    const title = screen.getByText('[Khiame gives updated foreign-fighter figures]');
    expect(title).toHaveAttribute('lang', 'fr');
    expect(screen.getByText('What the Fall of ISIS means for North Africa')).toHaveAttribute('lang', 'en');
    // The editors' method texts are in English: marked so.
    expect(screen.getByText('Bracketed titles are the editors’ descriptions.')).toHaveAttribute('lang', 'en');
  }, 20_000);

  it('French: headings and the plural of "cited by"', async () => {
    await activateLocale('fr', null);
    const bibliography = await open(/^Bibliographie/);
    expect(bibliography).toHaveTextContent('Bibliographie (2 sources)');
    expect(screen.getByRole('heading', { level: 1, name: 'Sources et méthode' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Couverture' })).toBeInTheDocument();
    expect(screen.getAllByText(/^Cité par \d+ enregistrements?$/).length).toBeGreaterThan(0);
  }, 20_000);
});
