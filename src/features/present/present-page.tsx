import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ChartDefinition } from '../../charts/chart-definition';
import { ChartHostContext } from '../../charts/chart-host';
import { DeckContext, type Deck } from '../../charts/deck-context';
import type { ChartExportInput } from '../../charts/export/chart-export';
import { HeadingLevelContext } from '../../components/heading-level';
import { downloadBlob } from '../../lib/download';
import './present.css';

/** How long the deck download waits for one slide's chart to load its data and draw. */
const SLIDE_WAIT_MS = 20_000;

/**
 * "Download the deck (.pptx)": every slide's chart is drawn in turn off
 * screen, as it is on a slide, and asked for its PowerPoint slide; the slide
 * the presenter has open does not move.
 */
function useDeckDownload(charts: readonly ChartDefinition[]) {
  const [drawing, setDrawing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const registry = useRef(new Map<string, () => ChartExportInput>());
  const deck = useMemo<Deck>(
    () => ({
      register: (id, input) => {
        registry.current.set(id, input);
        return () => {
          if (registry.current.get(id) === input) registry.current.delete(id);
        };
      },
    }),
    [],
  );
  const download = async () => {
    try {
      const exports = await import('../../charts/export/chart-export');
      const slides = [];
      for (const [index, chart] of charts.entries()) {
        setStatus(`Making the deck: slide ${index + 1} of ${charts.length}…`);
        setDrawing(index);
        const started = performance.now();
        let input = registry.current.get(chart.id);
        while (!input) {
          if (performance.now() - started > SLIDE_WAIT_MS) throw new Error(`slide ${index + 1} (${chart.title}) did not draw`);
          await new Promise((resolve) => setTimeout(resolve, 50));
          input = registry.current.get(chart.id);
        }
        slides.push(await exports.pptxSlideOf(input()));
      }
      setDrawing(null);
      const file = await exports.pptxDeck(slides, 'Morocco & ISIS dashboard: charts');
      downloadBlob(file, 'morocco-isis-dashboard.pptx');
      setStatus(`Deck downloaded: ${slides.length} slides.`);
    } catch (error) {
      setDrawing(null);
      setStatus(`The deck could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  const Drawing = drawing === null ? null : charts[drawing]?.Component;
  const offscreen = Drawing ? (
    <div className="present__deck-render fit-box" aria-hidden="true" inert>
      <DeckContext.Provider value={deck}>
        <HeadingLevelContext.Provider value={1}>
          <ChartHostContext.Provider value={{ mode: 'slide', viewPath: charts[drawing ?? 0]?.view, compact: true }}>
            <Suspense fallback={null}>
              <Drawing key={charts[drawing ?? 0]?.id} />
            </Suspense>
          </ChartHostContext.Provider>
        </HeadingLevelContext.Provider>
      </DeckContext.Provider>
    </div>
  ) : null;
  return { download, busy: drawing !== null, status, offscreen };
}

/** ?slide=N, 1-based, clamped to the deck; or ?slide=<chart id>. */
function parseSlide(value: string | null, charts: readonly ChartDefinition[]): number {
  const count = charts.length;
  const byId = charts.findIndex((c) => c.id === value);
  if (byId >= 0) return byId + 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, count);
}

/** The charts one per screen, in the registry's order; `charts` is the app's registry. */
export function PresentPage({ charts }: { charts: readonly ChartDefinition[] }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const count = charts.length;
  const slide = parseSlide(params.get('slide'), charts);
  const chart = charts[slide - 1];
  const stage = useRef<HTMLElement>(null);
  const deck = useDeckDownload(charts);

  const go = useCallback(
    (n: number) => {
      const next = new URLSearchParams(params);
      next.set('slide', String(Math.min(Math.max(n, 1), count)));
      setParams(next);
    },
    [params, setParams, count],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, select, textarea')) return;
      if (event.key === 'ArrowRight' || event.key === 'PageDown') go(slide + 1);
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') go(slide - 1);
      else if (event.key === 'Home') go(1);
      else if (event.key === 'End') go(count);
      else if (event.key === 'Escape') {
        const rest = new URLSearchParams(params);
        rest.delete('slide');
        const query = rest.toString();
        navigate(`${chart?.view ?? '/'}${query ? `?${query}` : ''}`);
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, slide, count, navigate, params, chart]);

  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, [slide]);

  if (!chart) return null;
  const { Component } = chart;
  return (
    <div className="present">
      <title>{`${slide}/${count}: ${chart.title} · Presentation`}</title>
      <main ref={stage} className="present__stage fit-box" tabIndex={-1} aria-roledescription="slide" aria-label={`Slide ${slide} of ${count}`}>
        <HeadingLevelContext.Provider value={1}>
          <ChartHostContext.Provider value={{ mode: 'slide', viewPath: chart.view, compact: true }}>
            <Suspense fallback={<div className="skeleton" aria-busy="true" />}>
              <Component key={chart.id} />
            </Suspense>
          </ChartHostContext.Provider>
        </HeadingLevelContext.Provider>
      </main>
      <nav className="present__bar" aria-label="Slides">
        <button type="button" className="toggle" onClick={() => go(slide - 1)} disabled={slide === 1}>
          ← Previous
        </button>
        <span className="present__count num" aria-live="polite">
          {slide} / {count}
        </span>
        <button type="button" className="toggle" onClick={() => go(slide + 1)} disabled={slide === count}>
          Next →
        </button>
        <details className="present__list">
          <summary>All slides</summary>
          <ol>
            {charts.map((c, i) => (
              <li key={c.id}>
                <button type="button" aria-current={i + 1 === slide ? 'step' : undefined} onClick={() => go(i + 1)}>
                  {c.title}
                </button>
              </li>
            ))}
          </ol>
        </details>
        <button type="button" className="toggle" onClick={() => void deck.download()} disabled={deck.busy}>
          Download the deck (.pptx)
        </button>
        <span className="present__hint muted" role="status" aria-live="polite">
          {deck.status || '← → to move, Home/End, Esc to leave'}
        </span>
      </nav>
      {deck.offscreen}
    </div>
  );
}
