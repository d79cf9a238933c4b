import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useCountermeasuresView } from './hooks/use-countermeasures-view';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { toCsv } from '../../lib/csv';
import { downloadText } from '../../lib/download';
import { useUrlState } from '../../lib/url-state';
import { ByDomainFrame } from './components/by-domain-frame';
import { FilterPanel } from './components/filter-panel';
import { MatrixView } from './components/matrix-view';
import { MeasureDetail } from './components/measure-detail';
import { NotFoundPanel } from './components/not-found-panel';
import { ResultBar } from './components/result-bar';
import { selectCountermeasures, type CountermeasuresData } from './lib/countermeasures-data';
import {
  clearFilters,
  countermeasuresCodec,
  hasActiveFilters,
  type CountermeasureFilters,
  type RowDimension,
} from './lib/countermeasures-url';
import { csvCitation, csvHeader, measureCsvRows } from './lib/csv-rows';
import { useT } from '../../i18n/use-t';
import { relatedMeasures } from './lib/related';
import './countermeasures.css';

function CountermeasuresView({ data }: { data: CountermeasuresData }) {
  const [state, setState] = useUrlState(countermeasuresCodec);
  const { measureId } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const [resetKey, setResetKey] = useState(0);

  const { filtered, counts, matrix, sources, domains } = useCountermeasuresView(data, state);

  const onFilters = useCallback(
    (update: (f: CountermeasureFilters) => CountermeasureFilters) =>
      setState((s) => ({ ...s, ...update(s) })),
    [setState],
  );
  const onRows = useCallback((rows: RowDimension) => setState((s) => ({ ...s, rows })), [setState]);
  const onClear = () => {
    setResetKey((k) => k + 1);
    setState(clearFilters);
  };
  const onDownload = () => {
    const csv = toCsv(
      csvHeader(),
      measureCsvRows(filtered, data.sourcesById),
      csvCitation(state, data.version, filtered.length, data.measures.length),
    );
    downloadText(csv, 'countermeasures.csv', 'text/csv;charset=utf-8');
  };

  const selected = measureId === undefined ? undefined : data.byId.get(measureId);
  const onClose = () => navigate({ pathname: '/countermeasures', search }, { preventScrollReset: true });

  // Once the detail has closed (by any means, Back included), focus returns to the card of the
  // measure last shown, or to the matrix when that card is filtered out or folded away.
  const lastShown = useRef<string | null>(null);
  useEffect(() => {
    if (selected) {
      lastShown.current = selected.id;
      return;
    }
    const id = lastShown.current;
    if (id === null) return;
    lastShown.current = null;
    const card = [...document.querySelectorAll<HTMLElement>('[data-measure-id]')].find(
      (el) => el.dataset.measureId === id,
    );
    (card ?? document.querySelector<HTMLElement>('.cm-matrix h2'))?.focus();
  }, [selected]);

  return (
    <>
      {measureId !== undefined && !selected && (
        <NotFoundPanel id={measureId} search={search} version={data.version} />
      )}
      <FilterPanel filters={state} counts={counts} onChange={onFilters} resetKey={resetKey} />
      <ResultBar
        shown={filtered.length}
        total={data.measures.length}
        filtered={hasActiveFilters(state)}
        onClear={onClear}
        onDownload={onDownload}
      />
      <MatrixView
        matrix={matrix}
        search={search}
        sources={sources}
        onRowsChange={onRows}
        version={data.version}
      />
      <Suspense fallback={null}>
        <ByDomainFrame measures={filtered} domains={domains} sources={sources} version={data.version} />
      </Suspense>
      {selected && <MeasureDetailFor measure={selected} data={data} search={search} onClose={onClose} />}
    </>
  );
}

function MeasureDetailFor({
  measure,
  data,
  search,
  onClose,
}: {
  measure: NonNullable<ReturnType<CountermeasuresData['byId']['get']>>;
  data: CountermeasuresData;
  search: string;
  onClose: () => void;
}) {
  const related = useMemo(() => relatedMeasures(measure, data.measures), [measure, data.measures]);
  const sources = measure.sources.flatMap((id) => data.sourcesById.get(id) ?? []);
  const missing = measure.sources.filter((id) => !data.sourcesById.has(id));
  return (
    <MeasureDetail
      measure={measure}
      sources={sources}
      missingSources={missing}
      related={related}
      search={search}
      onClose={onClose}
    />
  );
}

export function CountermeasuresPage() {
  const t = useT();
  return (
    <div className="cm-page">
      <PageHeader title={t('countermeasures.page.title')} lede={t('countermeasures.page.lede')} />
      <WithBundle select={selectCountermeasures}>{(data) => <CountermeasuresView data={data} />}</WithBundle>
    </div>
  );
}
