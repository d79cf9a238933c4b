// Error containment: a chart that throws shows a message inside its own frame;
// its table, its sibling charts and the rest of the page keep working.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactElement } from 'react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from './chart-frame';
import { fileStaticPlots } from './static-plots';
import type { ChartTable } from './chart-types';
import { fixtureBundle } from '../testing/fixture-bundle';
import { stubFetch } from '../testing/render-route';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const table: ChartTable = {
  columns: [
    { key: 'label', label: 'Group' },
    { key: 'value', label: 'People', numeric: true },
  ],
  rows: [{ label: 'Women', value: 285 }],
};

let shouldThrow = true;
function Exploding(): never | string {
  if (shouldThrow) throw new Error('Cannot read properties of undefined (reading "x")');
  return 'drawn at last';
}

function Counter() {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      Clicked {n}
    </button>
  );
}

function Page() {
  const sources = fixtureBundle().sources;
  return (
    <>
      <ChartFrame
        version="test-1"
        chartId="broken"
        title="Broken chart"
        sources={sources}
        summary="A summary."
        table={table}
        height={200}
      >
        <Exploding />
      </ChartFrame>
      <ChartFrame
        version="test-1"
        chartId="fine"
        title="Fine chart"
        sources={sources}
        summary="Another summary."
        table={table}
        height={200}
      >
        <p>Sibling chart drawn</p>
      </ChartFrame>
      <Counter />
    </>
  );
}

function renderPage() {
  stubFetch();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <Page />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('a chart that throws', () => {
  it('shows a message in its own frame while the rest of the page keeps working', async () => {
    shouldThrow = true;
    // React and the boundary both report the caught error to the console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderPage();

    const broken = screen.getByRole('figure', { name: 'Broken chart' });
    const alert = within(broken).getByRole('alert');
    expect(alert).toHaveTextContent('This chart could not be drawn.');
    expect(alert).toHaveTextContent('Cannot read properties of undefined');
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('Broken chart'),
      expect.any(Error),
      expect.anything(),
    );
    // The frame's title, summary and source line are still there.
    expect(within(broken).getByRole('heading', { name: 'Broken chart' })).toBeInTheDocument();
    expect(within(broken).getByText('A summary.')).toBeInTheDocument();

    const fine = screen.getByRole('figure', { name: 'Fine chart' });
    expect(within(fine).getByText('Sibling chart drawn')).toBeInTheDocument();
    expect(within(fine).queryByRole('alert')).toBeNull();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Clicked 0' }));
    expect(screen.getByRole('button', { name: 'Clicked 1' })).toBeInTheDocument();

    // The broken chart's data is still reachable as a table.
    await user.click(within(broken).getByRole('button', { name: 'Table' }));
    expect(within(broken).getByRole('table')).toHaveTextContent('285');
    await user.click(within(broken).getByRole('button', { name: 'Chart' }));

    // Try again draws it once the cause is gone.
    shouldThrow = false;
    await user.click(within(broken).getByRole('button', { name: 'Try again' }));
    expect(within(broken).getByText('drawn at last')).toBeInTheDocument();
    expect(within(broken).queryByRole('alert')).toBeNull();
  });

  it('contains a thrown non-Error value too', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    function ThrowsString(): never {
      // Libraries sometimes throw strings; the boundary must still show a message.
      throw 'a plain string';
    }
    stubFetch();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <ChartFrame chartId="s" title="String thrower" version="test-1" sources={[]} summary="S." table={table} height={100}>
            <ThrowsString />
          </ChartFrame>
          <p>After the frame</p>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('a plain string');
    expect(screen.getByText('After the frame')).toBeInTheDocument();
  });
});

describe('a chart below the fold', () => {
  /** A stand-in IntersectionObserver the test drives by hand. */
  function stubObserver() {
    const observed: { element: Element; callback: IntersectionObserverCallback }[] = [];
    class FakeObserver {
      constructor(private callback: IntersectionObserverCallback) {}
      observe(element: Element) {
        observed.push({ element, callback: this.callback });
      }
      disconnect() {
        for (let i = observed.length - 1; i >= 0; i -= 1)
          if (observed[i]?.callback === this.callback) observed.splice(i, 1);
      }
    }
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    return {
      scrollIn(element: Element) {
        for (const o of observed.filter((x) => x.element === element)) {
          act(() =>
            o.callback(
              [{ isIntersecting: true, target: element } as IntersectionObserverEntry],
              {} as IntersectionObserver,
            ),
          );
        }
      },
    };
  }

  function renderOne() {
    stubFetch();
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <ChartFrame
            version="test-1"
            chartId="later"
            title="Later chart"
            sources={[]}
            summary="Drawn on demand."
            table={table}
            height={120}
          >
            <p>Plot drawn</p>
          </ChartFrame>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    return screen.getByRole('figure', { name: 'Later chart' });
  }

  it('draws only once it comes near the screen, keeping its title, summary and table meanwhile', async () => {
    const io = stubObserver();
    const figure = renderOne();
    expect(within(figure).queryByText('Plot drawn')).toBeNull();
    expect(within(figure).getByText('Drawn on demand.')).toBeInTheDocument();
    expect(figure.querySelector('.chart-placeholder')).toHaveStyle({ height: '120px' });
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Table' }));
    expect(within(figure).getByRole('table')).toHaveTextContent('285');
    await userEvent.setup().click(within(figure).getByRole('button', { name: 'Chart' }));
    io.scrollIn(figure);
    expect(within(figure).getByText('Plot drawn')).toBeInTheDocument();
  });

  it('draws when the keyboard reaches it, and before printing', () => {
    stubObserver();
    const first = renderOne();
    expect(within(first).queryByText('Plot drawn')).toBeNull();
    act(() => within(first).getByRole('button', { name: 'Chart' }).focus());
    expect(within(first).getByText('Plot drawn')).toBeInTheDocument();

    cleanup();
    const second = renderOne();
    expect(within(second).queryByText('Plot drawn')).toBeNull();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(within(second).getByText('Plot drawn')).toBeInTheDocument();
  });
});

describe('a chart with a saved picture from the prerendered page', () => {
  /** A static copy holding one saved plot, filed as the takeover does before React renders. */
  function fileSaved({ version = 'test-1', width = 300 } = {}) {
    const copy = document.createElement('div');
    copy.innerHTML = `<div class="chart-placeholder chart-placeholder--saved" data-static-plot="saved-chart"
      data-bundle-version="${version}" data-static-width="${width}"><svg class="recharts-surface"><rect id="saved-r"/></svg></div>`;
    document.body.append(copy);
    // jsdom lays nothing out; the picture counts as on screen.
    vi.spyOn(copy.firstElementChild as Element, 'getClientRects').mockReturnValue([
      {},
    ] as unknown as DOMRectList);
    fileStaticPlots(copy);
    copy.remove();
  }

  /** A ResizeObserver the test drives: report a width for every observed element. */
  function stubResizeObserver() {
    const observers: { callback: ResizeObserverCallback; elements: Element[] }[] = [];
    class FakeResizeObserver {
      private entry: { callback: ResizeObserverCallback; elements: Element[] };
      constructor(callback: ResizeObserverCallback) {
        this.entry = { callback, elements: [] };
        observers.push(this.entry);
      }
      observe(element: Element) {
        this.entry.elements.push(element);
      }
      disconnect() {
        this.entry.elements = [];
      }
    }
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    return (width: number) =>
      act(() => {
        for (const o of observers)
          if (o.elements.length > 0)
            o.callback([{ contentRect: { width } } as ResizeObserverEntry], {} as ResizeObserver);
      });
  }

  function Frame({ label }: { label: string }) {
    return (
      <ChartFrame
        version="test-1"
        chartId="saved-chart"
        title="Saved chart"
        sources={[]}
        summary="S."
        table={table}
        height={120}
      >
        <p>{label}</p>
      </ChartFrame>
    );
  }

  function renderWithBundle(element: ReactElement) {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData(['bundle', '/data/bundle.json'], fixtureBundle());
    const tree = (child: ReactElement) => (
      <QueryClientProvider client={client}>
        <MemoryRouter>{child}</MemoryRouter>
      </QueryClientProvider>
    );
    const view = render(tree(element));
    return { rerender: (next: ReactElement) => view.rerender(tree(next)) };
  }

  const figure = () => screen.getByRole('figure', { name: 'Saved chart' });
  const picture = () => figure().querySelector('.chart-placeholder--saved svg.recharts-surface');

  /** Files a saved picture and renders its chart, with ResizeObserver under the test's control. */
  function renderSaved(saved: { version?: string } = {}) {
    fileSaved(saved);
    const resize = stubResizeObserver();
    const { rerender } = renderWithBundle(<Frame label="Plot drawn" />);
    return { resize, rerender };
  }
  const drawnLive = (label = 'Plot drawn') =>
    within(figure()).queryByText(label) !== null && picture() === null;

  it('shows the picture with no chart code until the pointer reaches it, then draws live', async () => {
    const { resize } = renderSaved();
    await act(async () => {});
    expect(picture()).not.toBeNull();
    expect(within(figure()).queryByText('Plot drawn')).toBeNull();
    resize(300);
    expect(picture()).not.toBeNull();
    await userEvent.setup().hover(figure());
    expect(drawnLive()).toBe(true);
  });

  it('draws live at once when the picture was drawn at another width', () => {
    const { resize } = renderSaved();
    expect(picture()).not.toBeNull();
    resize(290);
    expect(drawnLive()).toBe(true);
  });

  it('never shows a picture of another data version', () => {
    renderSaved({ version: 'an-older-build' });
    expect(drawnLive()).toBe(true);
  });

  it('sets the picture aside for good once anything re-renders the chart', () => {
    const { rerender } = renderSaved();
    expect(picture()).not.toBeNull();
    rerender(<Frame label="Other data drawn" />);
    expect(drawnLive('Other data drawn')).toBe(true);
  });

  it('is used for the first view only', () => {
    renderSaved();
    expect(picture()).not.toBeNull();
    cleanup();
    // A later visit (the entry is dropped right after the first render) draws live.
    return Promise.resolve().then(() => {
      renderWithBundle(<Frame label="Plot drawn" />);
      expect(drawnLive()).toBe(true);
    });
  });
});
