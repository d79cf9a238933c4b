import { ChartFrame } from '../../../charts/chart-frame';
import { formatCount } from '../../../lib/format';
import { derivedQualifier } from '../../../data/derived';
import { formatQualified, qualifierWord } from '../../../data/qualifiers';
import { t as translate } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import type { ChartTable } from '../../../charts/chart-types';
import type { FighterSnapshot } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import { comparedPair, type FightersData } from '../lib/fighters-data';
import type { FightersState } from '../lib/fighters-url';
import { compareSnapshots, snapshotLabel, type ComparisonRow } from '../lib/series';
import { comparisonSummary } from '../lib/summaries';

interface Props {
  data: FightersData;
  state: FightersState;
  onChange: (update: (s: FightersState) => FightersState) => void;
}

const difference = (r: ComparisonRow) => (r.a !== null && r.b !== null ? r.a - r.b : null);
/** A difference of qualified figures is itself approximate (derivedQualifier's rule). */
const differenceQualifier = (r: ComparisonRow) => derivedQualifier([r.qa, r.qb]);
function formatDifference(r: ComparisonRow): string {
  const d = difference(r);
  if (d === null) return '–';
  const q = differenceQualifier(r);
  return `${q ? `${qualifierWord(q)} ` : ''}${d > 0 ? '+' : ''}${formatCount(d)}`;
}

function tableOf(a: FighterSnapshot, b: FighterSnapshot, rows: ComparisonRow[]): ChartTable {
  const t = translate;
  return {
    columns: [
      { key: 'figure', label: t('fighters.table.figure') },
      { key: 'a', label: snapshotLabel(a), numeric: true },
      { key: 'qa', label: t('fighters.compare.table.qualifierFirst') },
      { key: 'b', label: snapshotLabel(b), numeric: true },
      { key: 'qb', label: t('fighters.compare.table.qualifierSecond') },
      { key: 'difference', label: t('fighters.compare.difference'), numeric: true },
      { key: 'qd', label: t('fighters.compare.table.qualifierDifference') },
    ],
    rows: rows.map((r) => ({
      figure: r.derived ? t('fighters.segments.derivedName', { label: r.label }) : r.label,
      a: r.a,
      qa: qualifierWord(r.qa),
      b: r.b,
      qb: qualifierWord(r.qb),
      difference: difference(r),
      qd: difference(r) === null ? '' : qualifierWord(differenceQualifier(r)),
    })),
  };
}

export function CompareFrame({ data, state, onChange }: Props) {
  const t = useT();
  const pair = comparedPair(data, state);
  if (!pair) return null;
  const [a, b] = pair;
  const rows = compareSnapshots(a, b);
  const pick = (index: 0 | 1, id: string) =>
    onChange((s) => {
      const next: [string, string] = [a.id, b.id];
      next[index] = id;
      return { ...s, compare: next };
    });
  const selector = (index: 0 | 1, value: string, label: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => pick(index, e.target.value)}>
        {data.snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {snapshotLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <ChartFrame
      version={data.version}
      chartId="fighters-compare"
      deferUntilNear={false}
      plot="html"
      title={t('fighters.chart.compare.title')}
      subtitle={t('fighters.compare.subtitle')}
      sources={sourcesCitedBy([a, b], data.sourcesById)}
      summary={comparisonSummary(a, b, rows)}
      table={tableOf(a, b, rows)}
      height={0}
      controls={
        <>
          {selector(0, a.id, t('fighters.compare.first'))}
          {selector(1, b.id, t('fighters.compare.second'))}
        </>
      }
      notes={
        <p>{t('fighters.compare.notes')}</p>
      }
    >
      <div className="chart-table-wrap" tabIndex={0} role="region" aria-label={t('fighters.compare.region')}>
        <table className="chart-table compare-table">
          <caption className="visually-hidden">{t('fighters.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('fighters.table.figure')}</th>
              <th scope="col" className="num">
                {snapshotLabel(a)}
              </th>
              <th scope="col" className="num">
                {snapshotLabel(b)}
              </th>
              <th scope="col" className="num">
                {t('fighters.compare.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className={r.differs ? 'compare-table__differs' : undefined}>
                <th scope="row">
                  {r.label}
                  {r.derived && <span className="derived-tag">{t('fighters.derived.tag')}</span>}
                  {r.differs && <span className="visually-hidden"> {t('fighters.compare.differs')}</span>}
                </th>
                <td className="num">{formatQualified(r.a, r.qa)}</td>
                <td className="num">{formatQualified(r.b, r.qb)}</td>
                <td className="num">{formatDifference(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartFrame>
  );
}
