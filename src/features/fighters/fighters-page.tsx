import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { useT } from '../../i18n/use-t';
import { useUrlState } from '../../lib/url-state';
import { selectedSnapshot, selectFighters, type FightersData } from './lib/fighters-data';
import { fightersCodec } from './lib/fighters-url';
import { FightersChart } from './components/fighters-chart';
import { snapshotLabel } from './lib/series';
import { formatCount } from '../../lib/format';
import './fighters.css';

// Below the fold: the comparison with the neighbours comes in a chunk of its own.
const RegionEmbed = lazy(() => import('./region-embed').then((m) => ({ default: m.RegionEmbed })));

function FightersView({ data }: { data: FightersData }) {
  const t = useT();
  const [state, setState] = useUrlState(fightersCodec);
  const snapshot = selectedSnapshot(data, state);
  if (!snapshot) {
    return <p className="card">{t('fighters.empty.noStatement')}</p>;
  }
  const official = data.snapshots.filter((s) => s.official).length;
  return (
    <>
      <div className="snapshot-picker card">
        <label className="field">
          <span>{t('fighters.picker.label')}</span>
          <select
            value={snapshot.id}
            onChange={(e) =>
              setState((s) => ({ ...s, snapshot: e.target.value === data.headline?.id ? null : e.target.value }))
            }
          >
            {data.snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {s.id === data.headline?.id ? t('fighters.picker.seed', { statement: snapshotLabel(s) }) : snapshotLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          {t('fighters.picker.count', { count: data.snapshots.length, official: formatCount(official) })} {t('fighters.picker.default')}
        </p>
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            void import('../../data/records-csv').then((csv) =>
              csv.downloadRecordsCsv(
                'statements',
                { statements: data.snapshots },
                data.sourcesById,
                t('fighters.statements.csvDescription', { count: data.snapshots.length }),
                data.version,
              ),
            )
          }
        >
          {t('fighters.statements.download')}
        </button>
      </div>
      <div className="fighters-grid">
        <FightersChart data={data} chartId="fighters-composition" />
        <FightersChart data={data} chartId="fighters-outcomes" />
      </div>
      <FightersChart data={data} chartId="fighters-over-time" />
      <FightersChart data={data} chartId="fighters-compare" />
      {data.detention.length > 0 && <FightersChart data={data} chartId="fighters-detention" />}
      <Suspense fallback={null}>
        <RegionEmbed />
      </Suspense>
    </>
  );
}

export function FightersPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('fighters.page.title')} lede={t('fighters.page.lede')} />
      <WithBundle select={selectFighters}>{(data) => <FightersView data={data} />}</WithBundle>
    </>
  );
}
