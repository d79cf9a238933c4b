import { lazy, Suspense } from 'react';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { useUrlState } from '../../lib/url-state';
import { selectedSnapshot, selectFighters, type FightersData } from './lib/fighters-data';
import { fightersCodec } from './lib/fighters-url';
import { FightersChart } from './components/fighters-chart';
import { snapshotLabel } from './lib/series';
import './fighters.css';

// Below the fold: the comparison with the neighbours comes in a chunk of its own.
const RegionEmbed = lazy(() => import('./region-embed').then((m) => ({ default: m.RegionEmbed })));

function FightersView({ data }: { data: FightersData }) {
  const [state, setState] = useUrlState(fightersCodec);
  const snapshot = selectedSnapshot(data, state);
  if (!snapshot) {
    return <p className="card">This bundle has no foreign-fighter statement to show.</p>;
  }
  return (
    <>
      <div className="snapshot-picker card">
        <label className="field">
          <span>Statement shown in the first two charts</span>
          <select
            value={snapshot.id}
            onChange={(e) =>
              setState((s) => ({ ...s, snapshot: e.target.value === data.headline?.id ? null : e.target.value }))
            }
          >
            {data.snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {snapshotLabel(s)}
                {s.id === data.headline?.id ? ' — the seed article' : ''}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          {data.snapshots.length} statements, {data.snapshots.filter((s) => s.official).length} of them official. The
          default is the figures of the seed article.
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
                `All ${data.snapshots.length} statements of foreign-fighter figures, oldest first`,
                data.version,
              ),
            )
          }
        >
          Download the statements (CSV)
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
  return (
    <>
      <PageHeader
        title="Moroccan foreign fighters"
        lede="How many Moroccans went to Syria and Iraq, who they were, what became of them, and how the official count changed from 2014 on, and how many are still held in camps abroad."
      />
      <WithBundle select={selectFighters}>{(data) => <FightersView data={data} />}</WithBundle>
    </>
  );
}
