import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// The page test drives the real route table, so both /countermeasures routes are covered as shipped.
import { createRoutes } from '../../app/router';
import type { Bundle } from '../../data/schema';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { renderRoutes, stubFetch } from '../../testing/render-route';
import { sampleMeasures } from '../../testing/sample-measures';

/** The fixture bundle with seven measures shaped like the seed article's. */
function richBundle(): Bundle {
  const bundle = fixtureBundle();
  bundle.countermeasures = sampleMeasures();
  return bundle;
}

async function open(url: string, bundle: Bundle = richBundle()) {
  stubFetch({}, bundle);
  const result = renderRoutes(createRoutes, url);
  await screen.findByRole('heading', { level: 2, name: /Countermeasures by/ });
  return result;
}

const matrix = () => screen.getByRole('figure', { name: /Countermeasures by/ });

describe('CountermeasuresPage', () => {
  beforeEach(() => {
    // Recharts needs a measured box; the chart itself is checked in the browser.
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

  it('shows the matrix with the fixture bundle, empty cells named as empty', async () => {
    await open('/countermeasures', fixtureBundle());
    expect(screen.getByRole('heading', { level: 1, name: 'Countermeasures' })).toBeInTheDocument();
    expect(screen.getByText('1 of 1 measure')).toBeInTheDocument();
    const cell = within(matrix()).getByRole('group', {
      name: 'Prisons and returnees, short term: 1 measure',
    });
    expect(within(cell).getByRole('link', { name: /Strengthen monitoring in prisons/ })).toBeInTheDocument();
    const empty = within(matrix()).getByRole('group', { name: 'Education, long term: 0 measures' });
    expect(within(empty).getByText('No measures')).toBeInTheDocument();
  });

  it.each([
    [
      '/countermeasures?horizon=long&q=education',
      '1 of 7 measures',
      ['Educational reform for critical thinking'],
      ['Strengthen monitoring in prisons'],
    ],
    [
      '/countermeasures?horizon=short&q=prison',
      '1 of 7 measures',
      ['Strengthen monitoring in prisons'],
      ['Educational reform for critical thinking'],
    ],
    [
      '/countermeasures?domain=education,religious-field',
      '3 of 7 measures',
      ['Train certified imams', 'Produce a moderate Islamic discourse'],
      ['Cut off terrorist funding'],
    ],
    [
      '/countermeasures?basis=assigned&approach=soft',
      '2 of 7 measures',
      ['Train certified imams', 'Cultural initiatives: arts and music'],
      ['European counter-terrorism centre at Europol'],
    ],
    [
      '/countermeasures?actor=eu-europe&status=in-place',
      '1 of 7 measures',
      ['European counter-terrorism centre at Europol'],
      ['Train certified imams'],
    ],
  ])('%s filters from the URL', async (url, counted, shown, hidden) => {
    await open(url);
    expect(screen.getByText(counted)).toBeInTheDocument();
    for (const title of shown)
      expect(within(matrix()).getByRole('link', { name: new RegExp(title) })).toBeInTheDocument();
    for (const title of hidden)
      expect(within(matrix()).queryByRole('link', { name: new RegExp(title) })).toBeNull();
  });

  it('says what the horizon boxes mean, and shows everything that acts in the short term in one click', async () => {
    const user = userEvent.setup();
    const { router } = await open('/countermeasures');
    const horizon = screen.getByRole('group', { name: 'Horizon' });
    expect(within(horizon).getByRole('checkbox', { name: /Short term only/ })).toBeInTheDocument();
    expect(within(horizon).getByText(/Acts in the short term:/).textContent).toMatch(
      /^Acts in the short term: 4 \(3 short only \+ 1 both\)/,
    );
    await user.click(within(horizon).getByRole('button', { name: 'Show these 4 short-term measures' }));
    await waitFor(() => expect(router.state.location.search).toBe('?horizon=short%2Cboth'));
    expect(await screen.findByText('4 of 7 measures')).toBeInTheDocument();
  });

  it('ticks filters into the URL and clears them', async () => {
    const user = userEvent.setup();
    const { router } = await open('/countermeasures');
    expect(screen.getByText('7 of 7 measures')).toBeInTheDocument();
    const horizon = screen.getByRole('group', { name: 'Horizon' });
    await user.click(within(horizon).getByRole('checkbox', { name: /Long term/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?horizon=long'));
    expect(await screen.findByText('3 of 7 measures')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('group', { name: 'Domain' })).getByRole('checkbox', { name: /Education/ }),
    );
    await waitFor(() => expect(router.state.location.search).toBe('?horizon=long&domain=education'));
    expect(await screen.findByText('1 of 7 measures')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('7 of 7 measures')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('searches after a pause in typing, ignoring case and accents', async () => {
    const user = userEvent.setup();
    const { router } = await open('/countermeasures?rows=approach');
    await user.type(screen.getByRole('searchbox', { name: 'Search titles and descriptions' }), 'ÉDUCATION');
    await waitFor(() => expect(router.state.location.search).toBe('?q=%C3%89DUCATION&rows=approach'));
    expect(await screen.findByText('2 of 7 measures')).toBeInTheDocument();
  });

  it('pivots the rows between domain, actor, approach and status', async () => {
    const user = userEvent.setup();
    const { router } = await open('/countermeasures');
    expect(within(matrix()).getAllByRole('heading', { level: 3 })).toHaveLength(11);
    await user.click(screen.getByRole('button', { name: 'Approach' }));
    await waitFor(() => expect(router.state.location.search).toBe('?rows=approach'));
    await waitFor(() =>
      expect(
        within(matrix())
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent),
      ).toEqual(['Hard (security) 3 measures', 'Soft (prevention) 4 measures']),
    );
    expect(
      within(matrix()).getByRole('group', { name: 'Soft (prevention), long term: 3 measures' }),
    ).toBeInTheDocument();
    expect(
      within(matrix()).getByRole('group', { name: 'Hard (security), long term: 0 measures' }),
    ).toBeInTheDocument();
  });

  it('opens a card as a linkable detail that keeps the filters, and closes back to them', async () => {
    const user = userEvent.setup();
    const { router } = await open('/countermeasures?approach=soft');
    await user.click(within(matrix()).getByRole('link', { name: /Train certified imams/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Train certified imams' });
    expect(router.state.location.pathname).toBe('/countermeasures/imam-training');
    expect(router.state.location.search).toBe('?approach=soft');
    expect(within(dialog).getByText('Horizon assigned by the editors')).toBeInTheDocument();
    expect(within(dialog).getByText(/Training a generation of imams takes years/)).toBeInTheDocument();
    expect(within(dialog).getAllByText('Seed article, paragraph 10').length).toBeGreaterThan(0);
    expect(within(dialog).getByRole('link', { name: 'In the bibliography' })).toHaveAttribute(
      'href',
      '/sources#source-mwn-2017-fall-of-isis',
    );
    expect(
      within(dialog).getByRole('link', { name: 'What the Fall of ISIS means for North Africa' }),
    ).toHaveAttribute('target', '_blank');
    await user.click(within(dialog).getByRole('link', { name: 'Produce a moderate Islamic discourse' }));
    expect(
      await screen.findByRole('dialog', { name: 'Produce a moderate Islamic discourse' }),
    ).toBeInTheDocument();
    expect(router.state.location.search).toBe('?approach=soft');
    await user.click(screen.getByRole('button', { name: /^Close/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/countermeasures'));
    expect(router.state.location.search).toBe('?approach=soft');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Focus returns to the card of the measure shown last.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(matrix()).getByRole('link', { name: /Produce a moderate Islamic discourse/ }),
      ),
    );
  });

  it('closes the detail with Escape', async () => {
    const { router } = await open('/countermeasures/prison-monitoring?horizon=short');
    const dialog = await screen.findByRole('dialog', { name: 'Strengthen monitoring in prisons' });
    expect(within(dialog).getByText(/stated by the source/)).toBeInTheDocument();
    expect(within(dialog).queryByText('Horizon assigned by the editors')).toBeNull();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/countermeasures'));
    expect(router.state.location.search).toBe('?horizon=short');
  });

  it('says so when the measure id is unknown', async () => {
    await open('/countermeasures/no-such-measure');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Measure not found' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('no-such-measure');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('caps crowded cells and shows them all on request', async () => {
    const bundle = richBundle();
    bundle.countermeasures = Array.from({ length: 12 }, (_, i) => ({
      ...sampleMeasures()[0]!,
      id: `m-${i}`,
      title: `Crowded ${i}`,
    }));
    const user = userEvent.setup();
    await open('/countermeasures', bundle);
    const cell = within(matrix()).getByRole('group', {
      name: 'Prisons and returnees, short term: 12 measures',
    });
    expect(within(cell).getAllByRole('link')).toHaveLength(8);
    await user.click(within(cell).getByRole('button', { name: 'Show all 12' }));
    expect(within(cell).getAllByRole('link')).toHaveLength(12);
  });
});
