import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import { activateLocale } from '../../i18n/i18n';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { formatSize } from './lib/format';
import { describeProblem, sectionCount } from './lib/problems';

afterEach(() => {
  vi.unstubAllGlobals();
});

const source = fixtureBundle().sources[0]!.id;
// French Excel: semicolons, a month 13 and a row with no source.
const CSV = [
  'id;date;affiliation;details;source_ids',
  `fr-1;2017-03;isis;Détails;${source}`,
  `fr-2;2017-13;isis;Autres;${source}`,
  'fr-3;2018;isis;Sans source;',
].join('\r\n');

async function importCsv(csv: string, name = 'cellules.csv') {
  // The page checks the rows against the bundle in force: wait for it before picking.
  await screen.findByText(/test-1/);
  await userEvent.upload(screen.getByLabelText(/\.csv\)/), new File([csv], name, { type: 'text/csv' }));
  // The problems' panel (jsdom has no IndexedDB, so the list of kept bundles is an alert too).
  const heading = await screen.findByRole('heading', { level: 3 });
  return heading.closest<HTMLElement>('[role="alert"]')!;
}

describe('own data page', () => {
  it('lists a spreadsheet’s problems by row and column in English', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/data');
    const problems = await importCsv(CSV);
    expect(within(problems).getByRole('heading')).toHaveTextContent('2 problems in 2 of 3 rows');
    const items = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^row 3, date: /);
    expect(items[1]).toMatch(/^row 4: /);
    expect(screen.getByRole('button', { name: 'Keep only the valid row and open it' })).toBeInTheDocument();
  });

  it('in French, says the page, the import and each row’s problem in French', async () => {
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/fr/data', { locale: 'fr' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vos données' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ouvrir un fichier' })).toBeInTheDocument();
    expect(document.title).toBe('Vos données · Tableau de bord Maroc & État islamique');
    const problems = await importCsv(CSV);
    expect(screen.getByRole('heading', { name: 'Importer cellules.csv' })).toBeInTheDocument();
    expect(screen.getByText(/^3 lignes, colonnes séparées par des points-virgules\./)).toBeInTheDocument();
    expect(within(problems).getByRole('heading')).toHaveTextContent('2 problèmes dans 2 lignes sur 3');
    const items = within(problems).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toBe('ligne 3, date\u202f: « 2017-13 » n’est ni une année, ni un mois, ni un jour (écrivez 2017, 2017-03 ou 2017-03-29)');
    // Recognised in French too: the row has no source, said as in English ("row 4: no source").
    expect(items[1]).toBe('ligne 4\u202f: aucune source');
    expect(screen.getByRole('button', { name: 'Ne conserver que la ligne valide et l’ouvrir' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Cette feuille contient' })).toHaveDisplayValue('Démantèlements de cellules (événements)');
  });

  it('in French, refuses a file that is neither JSON nor CSV in French', async () => {
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/fr/data', { locale: 'fr' });
    await screen.findByText(/test-1/);
    await userEvent.upload(screen.getByLabelText(/\.csv\)/), new File(['x'], 'photo.png', { type: 'image/png' }), {
      applyAccept: false,
    });
    const heading = await screen.findByRole('heading', { name: 'Ce fichier ne peut pas être ouvert' });
    const alert = heading.closest<HTMLElement>('[role="alert"]');
    expect(alert).toHaveTextContent('« photo.png » n’est ni un jeu de données (.json) ni un tableur (.csv) ; rien n’a été lu.');
  });
});

describe('own data texts', () => {
  it('keeps the English wording', () => {
    expect(describeProblem({ row: 12, column: 'date', message: 'bad' })).toBe('row 12, date: bad');
    expect(describeProblem({ row: 4, column: null, message: 'no source' })).toBe('row 4: no source');
    expect(describeProblem({ row: null, column: 'id', message: 'missing' })).toBe('id: missing');
    expect(sectionCount('cellEvents', 1)).toBe('1 cell events');
    expect(sectionCount('newSection', 2)).toBe('2 new section');
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(12.4 * 1024)).toBe('12.4 KB');
  });

  it('says sizes and counts in French and Arabic', async () => {
    await activateLocale('fr', null);
    expect(formatSize(1)).toBe('1 octet');
    expect(formatSize(12.4 * 1024)).toBe('12,4\u202fKo');
    expect(sectionCount('places', 1)).toBe('1 lieu');
    expect(sectionCount('places', 1500)).toBe('1\u202f500 lieux');
    await activateLocale('ar', null);
    expect(sectionCount('places', 3)).toBe('الأماكن: 3');
    expect(describeProblem({ row: 3, column: 'date', message: 'x' }).replace(/[\u2068\u2069]/g, '')).toBe('الصف 3، date: x');
  });
});
