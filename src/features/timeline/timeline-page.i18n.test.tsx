// The timeline in French and Arabic: labels from the catalogs, dates and numbers
// in the page's language, editor texts in English marked as such when the bundle
// has no translation. English is covered by timeline-page.test.tsx.
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import type { Bundle, CellEvent } from '../../data/schema';
import { sourcesById } from '../../data/sources';
import { activateLocale } from '../../i18n/i18n';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { EventDetail } from './components/event-detail';
import { eventLinks } from './lib/event-links';

afterEach(() => {
  vi.unstubAllGlobals();
});

function bundleWithOctoberEvent(): Bundle {
  const bundle = fixtureBundle();
  const base = bundle.cellEvents[0]!;
  bundle.cellEvents.push({
    ...base,
    id: '2016-10-03-kenitra',
    date: '2016-10-03',
    places: [{ city: 'Kenitra', region: 'Rabat-Salé-Kénitra', country: 'Morocco' }],
    arrested: 10,
    laterArrests: null,
    laterArrestsNote: undefined,
    affiliation: 'isis',
    details: 'First all-female cell.',
  });
  return bundle;
}

describe('timeline page in French', () => {
  it('labels the filters and the list in French and writes dates the French way', async () => {
    await activateLocale('fr', null);
    stubFetch({}, bundleWithOctoberEvent());
    renderRoutes(createRoutes, '/timeline');
    await screen.findByRole('heading', { level: 2, name: /^Démantèlements/ });
    expect(screen.getByRole('heading', { level: 1, name: 'Chronologie des démantèlements de cellules' })).toBeInTheDocument();

    const filters = screen.getByRole('region', { name: 'Filtres' });
    expect(within(filters).getByRole('status')).toHaveTextContent('2 événements sur 2');
    expect(within(filters).getByRole('button', { name: 'Effacer les filtres' })).toBeDisabled();
    expect(screen.getByLabelText('Région ou ville')).toBeInTheDocument();
    expect(screen.getByLabelText('Partenaire étranger')).toBeInTheDocument();
    expect(screen.getByLabelText('Rechercher dans les lieux et les détails')).toBeInTheDocument();
    expect(within(screen.getByLabelText('Affiliation')).getByRole('option', { name: 'État islamique (EI)' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Du')).getByRole('option', { name: 'oct. 2016' })).toBeInTheDocument();

    const list = screen.getByRole('list', { name: /^Démantèlements/ });
    expect(within(list).getByText('3 octobre 2016')).toBeInTheDocument();
    expect(within(list).getByText('29 mars 2018')).toBeInTheDocument();
    // Editor texts without a French version stay in English, marked.
    const details = within(list).getByText('First all-female cell.');
    expect(details).toHaveAttribute('lang', 'en');
    expect(details.parentElement).toHaveTextContent('First all-female cell. (en anglais)');
    expect(within(list).getAllByRole('button', { name: 'Mettre en évidence sur le graphique' })).toHaveLength(2);

    fireEvent.change(screen.getByLabelText('Trier par'), { target: { value: '-date' } });
    expect(within(screen.getByLabelText('Trier par')).getByRole('option', { name: 'Date, de la plus récente à la plus ancienne' })).toBeInTheDocument();
  });
});

describe('event detail panel in Arabic', () => {
  const bundle = fixtureBundle();
  const base = bundle.cellEvents[0]!;
  const events: CellEvent[] = [
    { ...base, id: 'a', date: '2016-10-03', details: 'First of three.' },
    { ...base, id: 'b', date: '2017-02', details: 'Second of three.', note: 'An editors’ note.' },
    { ...base, id: 'c', date: '2018', details: 'Third of three.' },
  ];

  function renderDetail(event: CellEvent) {
    return render(
      <MemoryRouter>
        <EventDetail
          event={event}
          sources={sourcesById(bundle)}
          links={eventLinks(events)}
          position={2}
          total={3}
          previous={events[0]!}
          next={events[2]!}
          onGo={() => {}}
          onClose={() => {}}
        />
      </MemoryRouter>,
    );
  }

  it('labels the facts in Arabic, mirrors previous and next, and marks an English summary', async () => {
    await activateLocale('ar', null);
    renderDetail(events[1]!);
    // In a right-to-left page the earlier event is on the right: its arrow points right.
    expect(screen.getByRole('button', { name: '→ السابق' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'التالي ←' })).toBeEnabled();
    expect(screen.getByText('الحدث 2 من أصل 3')).toBeInTheDocument();
    expect(screen.getByText('الانتماء')).toBeInTheDocument();
    expect(screen.getByText('الأجهزة')).toBeInTheDocument();
    expect(screen.getByText('موالون لداعش')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'المصدر' })).toBeInTheDocument();
    expect(screen.getByText('فبراير 2017', { selector: 'time' })).toBeInTheDocument();

    const summary = screen.getByText('Second of three.');
    expect(summary).toHaveAttribute('lang', 'en');
    expect(summary).toHaveAttribute('dir', 'ltr');
    expect(summary.parentElement).toHaveTextContent('Second of three. (بالإنجليزية)');
    expect(screen.getByText('An editors’ note.')).toHaveAttribute('lang', 'en');
    // Source titles are never translated.
    expect(screen.getByRole('link', { name: 'What the Fall of ISIS means for North Africa' })).toBeInTheDocument();
  });

  it('shows the Arabic summary, unmarked, when the bundle has one', async () => {
    await activateLocale('ar', null);
    const translated = { ...events[1]!, translations: { ar: { details: 'الثانية من ثلاث.' } } } as CellEvent;
    renderDetail(translated);
    const summary = screen.getByText('الثانية من ثلاث.');
    expect(summary).not.toHaveAttribute('lang');
    // The note and the later arrests' note have no Arabic version: they stay marked.
    expect(screen.getAllByText('(بالإنجليزية)')).toHaveLength(2);
    expect(summary.tagName).toBe('P');
    expect(summary.textContent).toBe('الثانية من ثلاث.');
  });

  it('keeps the English arrows and wording in English', () => {
    renderDetail(events[1]!);
    expect(screen.getByRole('button', { name: '← Previous' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next →' })).toBeInTheDocument();
    expect(screen.getByText('Second of three.')).not.toHaveAttribute('lang');
    expect(screen.queryByText(/in English/)).not.toBeInTheDocument();
  });
});
