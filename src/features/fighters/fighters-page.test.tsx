import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { withNeighbours } from '../../testing/regional-records';
import { renderRoutes, stubFetch } from '../../testing/render-route';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fighters page', () => {
  it('shows the seed statement with derived men and remainder, labelled derived', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/fighters');
    const composition = await screen.findByRole('figure', { name: 'Who went: men, women and children' });
    expect(within(composition).getByText(/1,001 men \(60%, derived\)/)).toBeInTheDocument();
    const outcomes = screen.getByRole('figure', { name: 'What became of them' });
    expect(within(outcomes).getByText(/847 still abroad, detained elsewhere or unaccounted for \(51%, derived\)/)).toBeInTheDocument();
    expect(within(outcomes).getAllByText('derived').length).toBeGreaterThan(0);
  });

  it('shows the exact numbers in a table behind the chart', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/fighters');
    const composition = await screen.findByRole('figure', { name: 'Who went: men, women and children' });
    await userEvent.click(within(composition).getByRole('button', { name: 'Table' }));
    const table = within(composition).getByRole('table');
    const men = within(table).getByRole('row', { name: /Men/ });
    expect(men).toHaveTextContent('1,001');
    expect(men).toHaveTextContent('Derived: total − women − children');
  });

  it('restores the selected statement and percent view from the URL', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/fighters?snapshot=bcij-2017-09&view=percent');
    const picker = await screen.findByRole('combobox', { name: 'Statement shown in the first two charts' });
    expect(picker).toHaveValue('bcij-2017-09');
    const composition = screen.getByRole('figure', { name: 'Who went: men, women and children' });
    expect(within(composition).getByRole('button', { name: 'Percent' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(composition).getByText(/1,004 men/)).toBeInTheDocument();
  });

  it('highlights the figures where the seed and the nearest official statement differ', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/fighters');
    const compare = await screen.findByRole('figure', { name: 'Sources disagree: two statements side by side' });
    const differing = within(compare).getAllByText('(differs)').map((el) => el.closest('tr')?.querySelector('th')?.firstChild?.textContent);
    expect(differing).toEqual(['Children or minors', 'Returned to Morocco', 'Killed', 'Men', 'Still abroad or unaccounted']);
    expect(within(compare).getByRole('combobox', { name: 'Second statement' })).toHaveValue('bcij-2017-09');
  });

  it('explains why a statement without a breakdown cannot be drawn', async () => {
    const bundle = fixtureBundle();
    bundle.fighterSnapshots[1]!.figures.women = null;
    bundle.fighterSnapshots[1]!.figures.returned = null;
    stubFetch({}, bundle);
    renderRoutes(createRoutes, '/fighters?snapshot=bcij-2017-09');
    const composition = await screen.findByRole('figure', { name: 'Who went: men, women and children' });
    expect(within(composition).getAllByText(/does not give the breakdown by sex and age/).length).toBeGreaterThan(0);
    const outcomes = screen.getByRole('figure', { name: 'What became of them' });
    expect(within(outcomes).getAllByText(/does not give what became of everyone/).length).toBeGreaterThan(0);
  });

  it('shows the neighbours per million inhabitants from the URL: derived with a same-year population, said so without one', async () => {
    const bundle = withNeighbours();
    stubFetch({}, bundle);
    renderRoutes(createRoutes, '/fighters?regionBy=per-million');
    const region = await screen.findByRole('figure', { name: /Morocco among its neighbours: how many went/ }, { timeout: 5000 });
    expect(within(region).getByRole('button', { name: 'Per million inhabitants' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getAllByText(/1 of 2 figures has a cited population/).length).toBeGreaterThan(0);
    await userEvent.click(within(region).getByRole('button', { name: 'Table' }));
    const table = within(region).getByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Per million inhabitants (derived)' })).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Tunisia/ })).toHaveTextContent(/273.*about.*derived: figure ÷ 10,982,754 inhabitants/);
    expect(within(table).getByRole('row', { name: /Morocco/ })).toHaveTextContent('no cited population of Morocco for 2014');
  });
});

describe('fighters page in other languages', () => {
  it('French: heading, chart titles, numbers with a narrow no-break space and the summary in French', async () => {
    const { activateLocale } = await import('../../i18n/i18n');
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/fighters');
    expect(await screen.findByRole('heading', { level: 1, name: 'Les combattants étrangers marocains' })).toBeInTheDocument();
    const composition = await screen.findByRole('figure', { name: 'Qui est parti\u202f: hommes, femmes et enfants' });
    // Text matchers turn U+202F into a plain space, so the exact characters are read from textContent.
    expect(composition.textContent).toContain('Selon Morocco World News op-ed (octobre 2017), 1\u202f664 Marocains sont partis');
    expect(composition.textContent).toContain('1\u202f001 hommes (60\u202f%, chiffre dérivé)');
    expect(screen.getByRole('combobox', { name: 'Déclaration affichée dans les deux premiers graphiques' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger les déclarations (CSV)' })).toBeInTheDocument();
    const compare = screen.getByRole('figure', { name: 'Les sources divergent\u202f: deux déclarations côte à côte' });
    expect(within(compare).getAllByText('(diffère)').length).toBeGreaterThan(0);
  });

  it('Arabic: heading and chart title in Arabic, Western digits', async () => {
    const { activateLocale } = await import('../../i18n/i18n');
    await activateLocale('ar', null);
    stubFetch();
    renderRoutes(createRoutes, '/fighters');
    expect(await screen.findByRole('heading', { level: 1, name: 'المقاتلون الأجانب المغاربة' })).toBeInTheDocument();
    const outcomes = await screen.findByRole('figure', { name: 'ما الذي آل إليه مصيرهم' });
    expect(outcomes.textContent).toContain('من أصل 1.664 أحصاهم');
  });

  it('marks an editor note without a French version as English', async () => {
    const { activateLocale } = await import('../../i18n/i18n');
    await activateLocale('fr', null);
    const bundle = fixtureBundle();
    bundle.fighterSnapshots[0]!.note = 'An English note by the editors.';
    stubFetch({}, bundle);
    renderRoutes(createRoutes, '/fighters');
    const composition = await screen.findByRole('figure', { name: 'Qui est parti\u202f: hommes, femmes et enfants' });
    const note = within(composition).getByText('An English note by the editors.');
    expect(note).toHaveAttribute('lang', 'en');
    expect(note.parentElement?.textContent).toBe('Remarque\u202f: An English note by the editors. (en anglais)');
  });
});
