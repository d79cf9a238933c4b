import { Suspense } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { ChartHostContext } from '../../charts/chart-host';
import { EMBED_CHARTS, findChart } from './chart-registry';
import { useEmbedTheme } from './use-embed-theme';
import { usePostHeight } from './use-post-height';
import './embed.css';

export function EmbedPage() {
  const { chartId = '' } = useParams();
  const [params] = useSearchParams();
  useEmbedTheme(params.get('theme'));
  usePostHeight(chartId);
  const chart = findChart(chartId);
  if (!chart) {
    return (
      <main className="embed" id="main">
        <title>Unknown chart · Morocco &amp; ISIS dashboard</title>
        <div role="alert" className="error-panel">
          <h1>There is no chart “{chartId}” to embed</h1>
          <p>Use one of these chart ids in the address /embed/&lt;id&gt;:</p>
          <ul className="embed__ids">
            {EMBED_CHARTS.map((c) => (
              <li key={c.id}>
                <a href={`/embed/${c.id}`}>
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
  const rest = new URLSearchParams(params);
  rest.delete('theme');
  const query = rest.toString();
  const host = { mode: 'embed', headingLevel: 1, viewPath: `${chart.view}${query ? `?${query}` : ''}` } as const;
  return (
    <main className="embed" id="main">
      <title>{`${chart.title} · Morocco & ISIS dashboard`}</title>
      <ChartHostContext.Provider value={host}>
        <Suspense fallback={<div className="skeleton" aria-busy="true" />}>
          <Component />
        </Suspense>
      </ChartHostContext.Provider>
    </main>
  );
}
