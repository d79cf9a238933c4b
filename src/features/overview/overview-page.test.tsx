import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import { activateLocale } from '../../i18n/i18n';
import { renderRoutes, stubFetch } from '../../testing/render-route';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('overview page', () => {
  it('English: heading, key figures and the latest-figures table as before', async () => {
    stubFetch();
    renderRoutes(createRoutes, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Morocco and ISIS: foreign fighters and counter-terrorism' })).toBeInTheDocument();
    expect(await screen.findByText('Moroccans went to Syria and Iraq')).toBeInTheDocument();
    expect(screen.getByText('1,664')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Explore' })).toBeInTheDocument();
    const timeline = screen.getByRole('link', { name: 'Timeline of cell dismantlings' }).closest('li')?.querySelector('p');
    expect(timeline?.textContent).toMatch(
      /^\d+ documented dismantlings, \d{4}(–\d{4})?( \(plus \d+ follow-up operations, not counted as cells\))?, with \d+ people arrested in Morocco( and \d+ abroad in joint operations)? \(our sum of the reported figures\), set against official yearly counts and the events around them\.$/,
    );
    expect(document.querySelector('.key-figures__cells .key-figure__label')?.textContent).toMatch(/^(ISIS-linked|terrorist) cells dismantled( since .+)?$/);
    expect(document.querySelector('.key-figures__cells .key-figures__source')?.textContent).toMatch(/^.+, .+\. Source: .+\.$/);
  });

  it('French: heading, labels and numbers in French', async () => {
    await activateLocale('fr', null);
    stubFetch();
    renderRoutes(createRoutes, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Le Maroc et l’État islamique (EI)\u202f: combattants étrangers et antiterrorisme' })).toBeInTheDocument();
    expect(await screen.findByText('Marocains partis en Syrie et en Irak')).toBeInTheDocument();
    expect(document.querySelector('.key-figure--total dd')?.textContent).toBe('1\u202f664');
  });

  it('Arabic: heading and labels in Arabic, Western digits, editor text marked as English', async () => {
    await activateLocale('ar', null);
    stubFetch();
    renderRoutes(createRoutes, '/');
    expect(await screen.findByRole('heading', { level: 1, name: 'المغرب وداعش: المقاتلون الأجانب ومكافحة الإرهاب' })).toBeInTheDocument();
    expect(await screen.findByText('مغربيًا توجهوا إلى سوريا والعراق')).toBeInTheDocument();
    expect(document.querySelector('.key-figure--total dd')?.textContent).toBe('1.664');
    expect(screen.getByRole('heading', { name: 'استكشاف' })).toBeInTheDocument();
    const speaker = screen.getAllByText('Morocco World News op-ed')[0]!;
    expect(speaker).toHaveAttribute('lang', 'en');
    expect(screen.getAllByText('(بالإنجليزية)').length).toBeGreaterThan(0);
  });
});
