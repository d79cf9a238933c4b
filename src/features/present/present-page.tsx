import { Suspense, useCallback, useEffect, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ChartDefinition } from '../../charts/chart-definition';
import { ChartHostContext } from '../../charts/chart-host';
import { HeadingLevelContext } from '../../components/heading-level';
import './present.css';


/** ?slide=N, 1-based, clamped to the deck. */
function parseSlide(value: string | null, count: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, count);
}

/** The charts one per screen, in the registry's order; `charts` is the app's registry. */
export function PresentPage({ charts }: { charts: readonly ChartDefinition[] }) {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const count = charts.length;
  const slide = parseSlide(params.get('slide'), count);
  const chart = charts[slide - 1];
  const stage = useRef<HTMLElement>(null);

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
        <span className="present__hint muted">← → to move, Home/End, Esc to leave</span>
      </nav>
    </div>
  );
}
