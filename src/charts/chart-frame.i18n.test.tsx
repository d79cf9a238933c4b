// The chart frame in French and Arabic: its menu, labels, source line and the
// embed code speak the page's language, and in Arabic only the plot's own SVG is
// laid out left to right while everything around it follows the page.
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../i18n/i18n';
import { ChartFrame } from './chart-frame';
import type { ChartSource, ChartTable } from './chart-types';
import EmbedDialog from './embed-dialog';
import { legendText } from './legend-text';
import { usePlotRef } from './plot-ref';
import { shortSourceText, sourceLineText } from './source-line';

const table: ChartTable = {
  columns: [
    { key: 'label', label: 'Groupe' },
    { key: 'value', label: 'Personnes', numeric: true },
  ],
  rows: [{ label: 'Femmes', value: 1664 }],
};

const sources: ChartSource[] = [
  { id: 's1', publisher: 'Le360', title: 'Un article', date: '2017-10', url: 'https://le360.ma/a' },
  { id: 's2', publisher: 'Hespress', title: 'Un autre', date: null, url: 'https://hespress.com/b' },
];

function Plot() {
  const ref = usePlotRef();
  return (
    <svg ref={ref} data-testid="plot">
      <text>2014</text>
    </svg>
  );
}

function renderFrame(title: string) {
  return render(
    <MemoryRouter>
      <ChartFrame chartId="fighters-composition" title={title} version="test-1" sources={sources} summary="Résumé." table={table} height={200} deferUntilNear={false}>
        <Plot />
      </ChartFrame>
    </MemoryRouter>,
  );
}

describe('source lines in English', () => {
  it('keep their wording, straight apostrophe included', () => {
    const many = ['A', 'B', 'C', 'D', 'E'].map((p, i) => ({ id: `x${i}`, publisher: p, title: 'T', date: null, url: 'https://x.org' }));
    expect(shortSourceText(many).replace(/[\u2068\u2069]/g, '')).toBe('Sources: A, B, C and 2 other publishers; 5 sources');
    expect(shortSourceText(many.slice(0, 4), false)).toBe('A, B, C and 1 other publisher; 4 sources');
    expect(shortSourceText(many.slice(0, 1))).toBe('Source: A');
    expect(sourceLineText(many)).toBe("5 sources: A, B, C, D, E. Each is listed with its address on the dashboard's Sources page and in the CSV.");
    expect(sourceLineText(sources)).toBe('Le360, Un article, Oct 2017 (https://le360.ma/a); Hespress, Un autre (https://hespress.com/b)');
  });
});

describe('a chart frame in French', () => {
  it('shows its toggles, menu, source line and table in French', async () => {
    await activateLocale('fr', null);
    renderFrame('Qui est parti');
    const figure = screen.getByRole('figure', { name: 'Qui est parti' });
    expect(within(figure).getByRole('group', { name: 'Qui est parti\u202f: affichage et téléchargement' })).toBeInTheDocument();
    expect(within(figure).getByRole('button', { name: 'Graphique' })).toBeInTheDocument();
    expect(figure.textContent).toContain('Sources\u202f: Le360, Un article, octobre 2017\u202f; Hespress, Un autre');

    const user = userEvent.setup();
    await user.click(within(figure).getByRole('button', { name: 'Partager et télécharger' }));
    expect(within(figure).getByRole('button', { name: 'Télécharger en PNG' })).toBeVisible();
    expect(within(figure).getByRole('button', { name: 'Copier le code d’intégration' })).toBeVisible();
    expect(figure.textContent).toContain('Identifiant d’intégration\u202f: fighters-composition');

    await user.click(within(figure).getByRole('button', { name: 'Tableau' }));
    expect(within(figure).getByRole('region', { name: 'Qui est parti\u202f: tableau' }).textContent).toContain('1\u202f664');
  });

  it('writes source lines for exports and CSVs in French', async () => {
    await activateLocale('fr', null);
    expect(shortSourceText(sources)).toBe('Sources\u202f: Hespress, Le360\u202f; 2 sources');
    const many = ['A', 'B', 'C', 'D', 'E'].map((p, i) => ({ id: `x${i}`, publisher: p, title: 'T', date: null, url: 'https://x.org' }));
    expect(shortSourceText(many, false)).toBe('A, B, C et 2 autres éditeurs\u202f; 5 sources');
    expect(sourceLineText(many)).toMatch(/^5 sources\u202f: A, B, C, D, E\. Chacune est citée/);
  });
});

describe('a chart frame in Arabic', () => {
  it('lays the plot’s SVG out left to right and leaves the rest to the page’s direction', async () => {
    await activateLocale('ar', null);
    renderFrame('من غادر');
    const figure = screen.getByRole('figure', { name: 'من غادر' });
    const plot = await screen.findByTestId('plot');
    expect(plot).toHaveAttribute('dir', 'ltr');
    expect(plot).toHaveAttribute('direction', 'ltr');
    // Nothing around the plot is forced either way: it inherits the page's rtl.
    expect(figure.closest('[dir]')).toBeNull();
    expect(within(figure).getByRole('button', { name: 'مشاركة وتنزيل' })).toBeInTheDocument();
    expect(figure).toHaveTextContent('المصادر: Le360، Un article');
    // Recharts' HTML legend reads right to left: its label takes the gap beside its swatch.
    const { container } = render(<>{legendText('رجال')}</>);
    expect(container.querySelector('.chart-legend-text')).toHaveStyle({ marginInlineStart: '4px' });
  });

  it('counts sources with Arabic plural forms', async () => {
    await activateLocale('ar', null);
    const many = Array.from({ length: 11 }, (_, i) => ({ id: `x${i}`, publisher: `P${i % 6}`, title: 'T', date: null, url: 'https://x.org' }));
    expect(shortSourceText(many).replace(/[\u2068\u2069]/g, '')).toBe('المصادر: P0، P1، P2 و3 ناشرين آخرين؛ 11 مصدرًا');
  });
});

describe('the embed dialog in French', () => {
  it('writes embed code that points to the French embed, with French labels', async () => {
    await activateLocale('fr', null);
    render(<EmbedDialog chartId="fighters-composition" title="Qui est parti" search="?view=percent" onClose={() => undefined} />);
    await act(async () => undefined);
    const code = screen.getByRole('textbox', { name: 'Code d’intégration', hidden: true }) as HTMLTextAreaElement;
    expect(code.value).toContain(`<iframe src="${location.origin}/fr/embed/fighters-composition?view=percent"`);
    expect(code.value).toContain('title="Qui est parti"');
    expect(screen.getByRole('heading', { name: 'Intégrer «\u202fQui est parti\u202f»', hidden: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copier le code d’intégration', hidden: true })).toBeInTheDocument();
    const preview = document.querySelector('iframe');
    expect(preview?.getAttribute('src')).toBe(`${location.origin}/fr/embed/fighters-composition?view=percent`);
    expect(preview).toHaveAttribute('title', 'Aperçu\u202f: Qui est parti');
  });
});
