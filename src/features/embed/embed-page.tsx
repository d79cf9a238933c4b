import { Suspense, useRef } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import type { ChartDefinition } from '../../charts/chart-definition';
import { ChartHostContext } from '../../charts/chart-host';
import { HeadingLevelContext } from '../../components/heading-level';
import { useEmbedTheme } from './use-embed-theme';
import { usePostHeight } from './use-post-height';
import { activeLocale } from '../../i18n/i18n';
import { localizePath } from '../../i18n/locales';
import { useT } from '../../i18n/use-t';
import { siteHref } from '../../lib/same-origin';
import './embed.css';

/** One chart alone, for other sites' articles and slides; `charts` is the app's registry. */
export function EmbedPage({ charts }: { charts: readonly ChartDefinition[] }) {
  const t = useT();
  const { chartId = '' } = useParams();
  const [params] = useSearchParams();
  useEmbedTheme(params.get('theme'));
  const mainRef = useRef<HTMLElement>(null);
  usePostHeight(chartId, mainRef);
  const chart = charts.find((c) => c.id === chartId);
  if (!chart) {
    return (
      <main ref={mainRef} className="embed" id="main">
        <title>{`${chartId === '' ? t('embed.chooser.documentTitle') : t('embed.unknown.documentTitle')} · ${t('app.site.name')}`}</title>
        <div role={chartId === '' ? undefined : 'alert'} className={chartId === '' ? 'card' : 'error-panel'}>
          <h1>{chartId === '' ? t('embed.chooser.heading') : t('embed.unknown.heading', { id: chartId })}</h1>
          <p>{t('embed.chooser.intro')}</p>
          <ul className="embed__ids">
            {charts.map((c) => (
              <li key={c.id}>
                {/* The links keep the page's ?data= (and other state), so the chart shows the same bundle. */}
                <a href={siteHref(`/embed/${encodeURIComponent(c.id)}`, params.toString())}>
                  <code>{c.id}</code>
                </a>{' '}
                — {c.title}
              </li>
            ))}
          </ul>
        </div>
      </main>
    );
  }
  const { Component } = chart;
  const compact = params.get('mode') === 'compact';
  const rest = new URLSearchParams(params);
  rest.delete('theme');
  rest.delete('mode');
  const query = rest.toString();
  // "Open in the full dashboard" (and the exports' source line) lead to the view in the embed's language.
  const host = { mode: 'embed', viewPath: `${localizePath(chart.view, activeLocale())}${query ? `?${query}` : ''}`, compact } as const;
  return (
    <main ref={mainRef} className={compact ? 'embed embed--compact fit-box' : 'embed'} id="main">
      <title>{`${chart.title} · ${t('app.site.name')}`}</title>
      <HeadingLevelContext.Provider value={1}>
        <ChartHostContext.Provider value={host}>
          <Suspense fallback={<div className="skeleton" aria-busy="true" />}>
            <Component />
          </Suspense>
        </ChartHostContext.Provider>
      </HeadingLevelContext.Provider>
    </main>
  );
}
