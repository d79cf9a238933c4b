import { Suspense, useCallback } from 'react';
import { useLocation } from 'react-router-dom';
import { WithBundle } from '../../components/with-bundle';
import { useUrlState } from '../../lib/url-state';
import { ByDomainFrame } from './components/by-domain-frame';
import { MatrixView } from './components/matrix-view';
import { useCountermeasuresView } from './hooks/use-countermeasures-view';
import { selectCountermeasures, type CountermeasuresData } from './lib/countermeasures-data';
import { countermeasuresCodec, type RowDimension } from './lib/countermeasures-url';
import './countermeasures.css';

export type CountermeasuresChartId = 'countermeasures-by-domain' | 'countermeasures-matrix';

function CountermeasuresChart({
  data,
  chartId,
}: {
  data: CountermeasuresData;
  chartId: CountermeasuresChartId;
}) {
  const [state, setState] = useUrlState(countermeasuresCodec);
  const { search } = useLocation();
  const { matrix, sources, domains, filtered } = useCountermeasuresView(data, state);
  const onRows = useCallback((rows: RowDimension) => setState((s) => ({ ...s, rows })), [setState]);
  if (chartId === 'countermeasures-matrix') {
    return (
      <MatrixView
        matrix={matrix}
        search={search}
        sources={sources}
        onRowsChange={onRows}
        version={data.version}
      />
    );
  }
  return (
    <Suspense fallback={null}>
      <ByDomainFrame measures={filtered} domains={domains} sources={sources} version={data.version} />
    </Suspense>
  );
}

/** A countermeasures chart on its own (embeds and slides), filtered by the same URL parameters as the page. */
export function CountermeasuresEmbed({ chartId }: { chartId: CountermeasuresChartId }) {
  return (
    <div className="cm-page">
      <WithBundle select={selectCountermeasures}>
        {(data) => <CountermeasuresChart data={data} chartId={chartId} />}
      </WithBundle>
    </div>
  );
}
