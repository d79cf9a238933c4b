// The neighbours comparison rendered in French and Arabic: title, toggles, reading,
// and, on an Arabic page, bars that still grow left to right with labels read right to left.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import { activateLocale } from '../../i18n/i18n';
import { withNeighbours } from '../../testing/regional-records';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { FIGHTERS_CHARTS_ADDED } from './fighters-charts';

afterEach(() => {
  vi.unstubAllGlobals();
});


describe('the neighbours comparison in French', () => {
  it('title, toggles, reading and per-million labels in French', async () => {
    await activateLocale('fr', null);
    stubFetch({}, withNeighbours());
    renderRoutes(createRoutes, '/fighters?regionBy=per-million');
    const region = await screen.findByRole('figure', { name: /Le Maroc parmi ses voisins.*combien sont partis/ }, { timeout: 5000 });
    expect(within(region).getByRole('group', { name: 'Mesure' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Par million d’habitants' })).toHaveAttribute('aria-pressed', 'true');
    expect(region.textContent).toContain('1 chiffre sur 2 a une population citée pour son pays et son année');
    expect(await within(region).findByText('environ 273 par million (dérivé)', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(region).getByText('aucune population citée (Maroc, 2014)')).toBeInTheDocument();

    await userEvent.click(within(region).getByRole('button', { name: 'Nombre' }));
    await userEvent.click(within(region).getByRole('button', { name: 'Revenus' }));
    const returned = await screen.findByRole('figure', { name: /Le Maroc parmi ses voisins.*combien sont revenus/ });
    expect(returned.textContent).toContain('Ce jeu de données ne contient aucun chiffre régional pour cette mesure.');
  });

  it('the registered chart title reads in the page’s language', async () => {
    await activateLocale('fr', null);
    expect(FIGHTERS_CHARTS_ADDED.find((c) => c.id === 'region-compare')?.title).toBe('Le Maroc parmi ses voisins\u202f: combien sont partis, selon qui a compté');
  });
});

describe('the neighbours comparison in Arabic', () => {
  it('Arabic labels; the bars run left to right, each label right to left', async () => {
    await activateLocale('ar', null);
    stubFetch({}, withNeighbours());
    renderRoutes(createRoutes, '/fighters');
    const region = await screen.findByRole('figure', { name: /المغرب بين جيرانه/ }, { timeout: 5000 });
    expect(within(region).getByRole('button', { name: 'العدد' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(region).getByRole('button', { name: 'لكل مليون نسمة' })).toBeInTheDocument();
    expect(region.textContent).toContain('كان عدد الذاهبين من تونس أكبر بـ2 مرة من عددهم من المغرب: أكثر من 3.000 مقابل أكثر من 1.500');
    const plot = await within(region).findByRole('img', { name: /أعمدة أرقام كل إحصاء حسب البلد/ }, { timeout: 5000 });
    expect(plot).toHaveAttribute('direction', 'ltr');
    const country = within(plot).getAllByText('تونس')[0]!;
    expect(country).toHaveAttribute('direction', 'rtl');
    // A right-to-left label right-aligned before its bar starts at x.
    expect(country).toHaveAttribute('text-anchor', 'start');
  });
});
