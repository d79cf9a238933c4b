import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PagedList } from '../components/paged-list';
import { activateLocale } from '../i18n/i18n';
import { renderRoutes, stubFetch } from '../testing/render-route';
import { UpdatePrompt } from './pwa/update-prompt';
import { createUpdateStore } from './pwa/update-store';
import { createRoutes } from './router';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the layout in French (/fr)', () => {
  it('names the navigation, its links, the tools and the footer in French, and keeps links under /fr', async () => {
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/fr/nowhere', { locale: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigation principale' });
    expect(within(nav).getByRole('link', { name: 'Chronologie' })).toHaveAttribute('href', '/fr/timeline');
    expect(within(nav).getByRole('link', { name: 'Combattants étrangers' })).toHaveAttribute('href', '/fr/fighters');
    expect(within(nav).getByRole('link', { name: 'Vos données' })).toHaveAttribute('href', '/fr/data');
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('link', { name: 'Présenter' })).toHaveAttribute('href', '/fr/present');
    expect(screen.getByRole('link', { name: 'Aller à la vue d’ensemble' })).toHaveAttribute('href', '/fr');
    expect(screen.getByRole('combobox', { name: 'Thème' })).toHaveDisplayValue('Système');
    expect(screen.getByRole('option', { name: 'Contraste élevé' })).toBeInTheDocument();
    // The language menu: its label translated, each language named in itself.
    expect(screen.getByRole('combobox', { name: 'Langue' })).toHaveDisplayValue('Français');
    expect(screen.getByRole('option', { name: 'العربية' })).toBeInTheDocument();
    expect(await screen.findByText(/Version des données/)).toBeInTheDocument();
    expect(screen.getByText('mars 2018')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sources et méthode' })).toHaveAttribute('href', '/fr/sources');
    expect(document.title).toBe('Page introuvable · Tableau de bord Maroc & État islamique');
  });

  it('says in French where ?data= came from, with the way back kept under /fr', async () => {
    await activateLocale('fr', null);
    stubFetch({ '/other.json': { json: (await import('../testing/fixture-bundle')).fixtureBundle() } });
    renderRoutes(createRoutes, '/fr/nowhere?data=/other.json', { locale: 'fr' });
    expect(await screen.findByText(/Données chargées depuis/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir aux données par défaut' })).toHaveAttribute('href', '/fr/nowhere');
  });

  it('offers an update in French', async () => {
    await activateLocale('fr', null);
    const store = createUpdateStore();
    render(<UpdatePrompt store={store} />);
    act(() => store.offer(() => undefined));
    expect(screen.getByRole('status')).toHaveTextContent('Mise à jour disponible.');
    await userEvent.click(screen.getByRole('button', { name: 'Recharger' }));
    expect(screen.getByRole('button', { name: 'Rechargement…' })).toBeDisabled();
  });

  it('counts a paged list in French, with French digit grouping', async () => {
    await activateLocale('fr', null);
    const items = Array.from({ length: 2000 }, (_, i) => `record ${i}`);
    render(
      <PagedList items={items} pageSize={50} noun="enregistrements">
        {(item) => <li key={item}>{item}</li>}
      </PagedList>,
    );
    // Testing Library folds every space into " ": the raw text shows the narrow no-break spaces.
    expect(screen.getByText(/^Affichés/).textContent).toBe('Affichés\u202f: 50 sur 2\u202f000 enregistrements. ');
    expect(screen.getByRole('button', { name: 'En afficher 50 de plus' })).toBeInTheDocument();
  });
});

describe('the layout in Arabic (/ar)', () => {
  it('names the navigation in Arabic and keeps links under /ar', async () => {
    await activateLocale('ar', null);
    stubFetch();
    renderRoutes(createRoutes, '/ar/nowhere', { locale: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'التنقل الرئيسي' });
    expect(within(nav).getByRole('link', { name: 'التسلسل الزمني' })).toHaveAttribute('href', '/ar/timeline');
  });
});
