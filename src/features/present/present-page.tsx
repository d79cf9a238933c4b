import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import type { ChartDefinition } from '../../charts/chart-definition';
import { ChartHostContext } from '../../charts/chart-host';
import { DeckContext, type Deck } from '../../charts/deck-context';
import type { ChartExportInput } from '../../charts/export/chart-export';
import { HeadingLevelContext } from '../../components/heading-level';
import { activeLocale } from '../../i18n/i18n';
import { dirOf, localizePath } from '../../i18n/locales';
import { useT, type Translate } from '../../i18n/use-t';
import { downloadBlob } from '../../lib/download';
import './present.css';

/** How long the deck download waits for one slide's chart to load its data and draw. */
const SLIDE_WAIT_MS = 20_000;

/**
 * "Download the deck (.pptx)": every slide's chart is drawn in turn off
 * screen, as it is on a slide, and asked for its PowerPoint slide; the slide
 * the presenter has open does not move.
 */
function useDeckDownload(charts: readonly ChartDefinition[], t: Translate) {
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
        setStatus(t('present.deck.making', { slide: index + 1, count: charts.length }));
        setDrawing(index);
        const started = performance.now();
        let input = registry.current.get(chart.id);
        while (!input) {
          if (performance.now() - started > SLIDE_WAIT_MS) throw new Error(t('present.deck.timeout', { slide: index + 1, title: chart.title }));
          await new Promise((resolve) => setTimeout(resolve, 50));
          input = registry.current.get(chart.id);
        }
        slides.push(await exports.pptxSlideOf(input()));
      }
      setDrawing(null);
      const file = await exports.pptxDeck(slides, t('present.deck.title'));
      downloadBlob(file, 'morocco-isis-dashboard.pptx');
      setStatus(t('present.deck.done', { count: slides.length }));
    } catch (error) {
      setDrawing(null);
      setStatus(t('present.deck.failed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  const Drawing = drawing === null ? null : charts[drawing]?.Component;
  const offscreen = Drawing ? (
    <div className="present__deck-render fit-box" aria-hidden="true" inert>
      <DeckContext.Provider value={deck}>
        <HeadingLevelContext.Provider value={1}>
          <ChartHostContext.Provider value={{ mode: 'slide', viewPath: viewPathOf(charts[drawing ?? 0]?.view), compact: true }}>
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

/** A chart's full view in the page's language, for the source line of its exports: "/fighters" -> "/fr/fighters". */
function viewPathOf(view: string | undefined): string | undefined {
  return view === undefined ? undefined : localizePath(view, activeLocale());
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
  const t = useT();
  const deck = useDeckDownload(charts, t);
  // Right to left (Arabic), the next slide is to the left: the arrow keys follow the page's direction.
  const rtl = dirOf(activeLocale()) === 'rtl';

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
      const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
      const back = rtl ? 'ArrowRight' : 'ArrowLeft';
      if (event.key === forward || event.key === 'PageDown') go(slide + 1);
      else if (event.key === back || event.key === 'PageUp') go(slide - 1);
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
  }, [go, slide, count, navigate, params, chart, rtl]);

  useEffect(() => {
    stage.current?.focus({ preventScroll: true });
  }, [slide]);

  if (!chart) return null;
  const { Component } = chart;
  return (
    <div className="present">
      <title>{t('present.documentTitle', { slide, count, title: chart.title })}</title>
      <main ref={stage} className="present__stage fit-box" tabIndex={-1} aria-roledescription={t('present.slide.roleDescription')} aria-label={t('present.slide.label', { slide, count })}>
        <HeadingLevelContext.Provider value={1}>
          <ChartHostContext.Provider value={{ mode: 'slide', viewPath: viewPathOf(chart.view), compact: true }}>
            <Suspense fallback={<div className="skeleton" aria-busy="true" />}>
              <Component key={chart.id} />
            </Suspense>
          </ChartHostContext.Provider>
        </HeadingLevelContext.Provider>
      </main>
      <nav className="present__bar" aria-label={t('present.nav.label')}>
        <button type="button" className="toggle" onClick={() => go(slide - 1)} disabled={slide === 1}>
          {t('present.nav.previous')}
        </button>
        <span className="present__count num" aria-live="polite">
          {t('present.nav.count', { slide, count })}
        </span>
        <button type="button" className="toggle" onClick={() => go(slide + 1)} disabled={slide === count}>
          {t('present.nav.next')}
        </button>
        <details className="present__list">
          <summary>{t('present.nav.all')}</summary>
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
          {t('present.deck.download')}
        </button>
        <span className="present__hint muted" role="status" aria-live="polite">
          {deck.status || t('present.nav.hint')}
        </span>
      </nav>
      {deck.offscreen}
    </div>
  );
}
