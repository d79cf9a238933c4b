// The countermeasures page in French and Arabic: labels, the horizon sentence's
// plurals, and editors' texts shown in English marked as such.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import type { Bundle } from '../../data/schema';
import { activateLocale } from '../../i18n/i18n';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { sampleMeasures } from '../../testing/sample-measures';
import { RecordTextView } from './components/record-text-view';

const NNBSP = '\u202f';

function richBundle(): Bundle {
  const bundle = fixtureBundle();
  bundle.countermeasures = sampleMeasures();
  return bundle;
}

async function open(url: string, bundle: Bundle, heading: RegExp) {
  stubFetch({}, bundle);
  const result = renderRoutes(createRoutes, url);
  await screen.findByRole('heading', { level: 2, name: heading });
  return result;
}

describe('CountermeasuresPage in French and Arabic', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('French: filter labels, the horizon sentence with its plural, the count and the matrix', async () => {
    await activateLocale('fr', null);
    await open('/countermeasures', richBundle(), /Contre-mesures par domaine/);
    expect(screen.getByRole('heading', { level: 1, name: 'Contre-mesures' })).toBeInTheDocument();
    expect(screen.getByText('7 sur 7 mesures')).toBeInTheDocument();
    const horizon = screen.getByRole('group', { name: 'Horizon' });
    expect(within(horizon).getByRole('checkbox', { name: /Court terme uniquement/ })).toBeInTheDocument();
    expect(within(horizon).getByText(/Agit à court terme/).textContent).toMatch(
      new RegExp(`^Agit à court terme${NNBSP}: 4 mesures \\(3 à court terme seulement \\+ 1 aux deux horizons\\)`),
    );
    expect(within(horizon).getByRole('button', { name: 'Afficher ces 4 mesures à court terme' })).toBeInTheDocument();
    for (const legend of ['Approche', 'Origine de l’horizon', 'Statut', 'Acteur', 'Domaine'])
      expect(screen.getByRole('group', { name: legend })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Sécurité et renseignement/ })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Rechercher dans les titres et les descriptions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Effacer les filtres' })).toBeDisabled();
    const matrix = screen.getByRole('figure', { name: /Contre-mesures par domaine/ });
    expect(within(matrix).getByRole('group', { name: `Éducation, long terme${NNBSP}: 1 mesure` })).toBeInTheDocument();
    expect(within(matrix).getByRole('group', { name: `Éducation, court terme${NNBSP}: 0 mesure` })).toBeInTheDocument();
  });

  it('French: one measure in the short term reads in the singular', async () => {
    await activateLocale('fr', null);
    await open('/countermeasures', fixtureBundle(), /Contre-mesures par domaine/);
    const horizon = screen.getByRole('group', { name: 'Horizon' });
    expect(within(horizon).getByText(/Agit à court terme/).textContent).toMatch(
      new RegExp(`^Agit à court terme${NNBSP}: 1 mesure \\(1 à court terme seulement \\+ 0 aux deux horizons\\)`),
    );
    expect(within(horizon).getByRole('button', { name: 'Afficher cette mesure à court terme' })).toBeInTheDocument();
    expect(screen.getByText('1 sur 1 mesure')).toBeInTheDocument();
  });

  it('French detail: labels translated; the English texts marked lang="en" and "(en anglais)"', async () => {
    await activateLocale('fr', null);
    await open('/countermeasures/imam-training', richBundle(), /Contre-mesures par domaine/);
    const dialog = await screen.findByRole('dialog', { name: /Train certified imams/ });
    const title = within(dialog).getByRole('heading', { level: 2 });
    expect(title).toHaveTextContent('Train certified imams (en anglais)');
    expect(within(title).getByText('Train certified imams')).toHaveAttribute('lang', 'en');
    expect(within(dialog).getByText(/^Morocco trains imams/)).toHaveAttribute('lang', 'en');
    expect(within(dialog).getByText('Horizon attribué par la rédaction')).toBeInTheDocument();
    expect(within(dialog).getAllByText('Article de départ, paragraphe 10').length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('heading', { name: 'Mesures liées' })).toBeInTheDocument();
    // The source title stays in its own language.
    expect(within(dialog).getByText('What the Fall of ISIS means for North Africa')).toHaveAttribute('lang', 'en');
  });

  it('a measure text the editors translated is shown in French, unmarked', async () => {
    await activateLocale('fr', null);
    const measure = {
      ...sampleMeasures()[0]!,
      translations: { fr: { title: 'Renforcer la surveillance dans les prisons' } },
    };
    render(<RecordTextView record={measure} field="title" />);
    expect(screen.getByText('Renforcer la surveillance dans les prisons')).toBeInTheDocument();
    expect(screen.queryByText('(en anglais)')).toBeNull();
    cleanup();
    render(<RecordTextView record={measure} field="description" />);
    expect(screen.getByText(/^Watch prisons more closely/)).toHaveAttribute('lang', 'en');
    expect(screen.getByText('(en anglais)')).toBeInTheDocument();
  });

  it('Arabic: the page title, the count with its Arabic plural, and the horizon sentence', async () => {
    await activateLocale('ar', null);
    await open('/countermeasures', richBundle(), /التدابير المضادة حسب المجال والأفق/);
    expect(screen.getByRole('heading', { level: 1, name: 'التدابير المضادة' })).toBeInTheDocument();
    expect(screen.getByText('7 من أصل 7 تدابير')).toBeInTheDocument();
    const horizon = screen.getByRole('group', { name: 'الأفق' });
    expect(within(horizon).getByText(/تعمل على المدى القصير/).textContent).toMatch(/^تعمل على المدى القصير: 4 تدابير/);
  });
});
