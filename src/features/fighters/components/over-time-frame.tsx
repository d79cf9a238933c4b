import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { FIGURE_COLOURS } from '../../../charts/palette';
import type { ChartTable } from '../../../charts/chart-types';
import { sourcesCitedBy } from '../../../data/sources';
import { type FightersData } from '../lib/fighters-data';
import { TIME_FIGURES, type FightersState, type TimeFigure } from '../lib/fighters-url';
import { figureLabel, timePoints, type TimePoint } from '../lib/series';
import { overTimeSummary } from '../lib/summaries';
import { qualifierWord } from '../../../data/qualifiers';
import { t as translate } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';

const OverTimeChart = lazy(() => import('./over-time-chart').then((m) => ({ default: m.OverTimeChart })));

const HEIGHT = 340;

interface Props {
  data: FightersData;
  state: FightersState;
  onChange: (update: (s: FightersState) => FightersState) => void;
}

function tableOf(points: TimePoint[], figures: TimeFigure[]): ChartTable {
  const t = translate;
  return {
    columns: [
      { key: 'date', label: t('fighters.table.date') },
      { key: 'speaker', label: t('fighters.table.whoSaidIt') },
      { key: 'official', label: t('fighters.table.official') },
      ...figures.flatMap((f) => [
        { key: f, label: figureLabel(f), numeric: true },
        { key: `${f}Qualifier`, label: t('fighters.overTime.table.qualifierOf', { figure: figureLabel(f) }) },
      ]),
      { key: 'sources', label: t('fighters.table.sourceIds') },
    ],
    rows: points.map((p) => ({
      date: p.placed ? t('fighters.date.placed', { date: p.dateLabel }) : p.dateLabel,
      speaker: p.speaker,
      official: p.official ? t('fighters.overTime.table.officialYes') : t('fighters.overTime.table.officialNo'),
      ...Object.fromEntries(
        figures.flatMap((f) => [
          [f, p.values[f] ?? null],
          [`${f}Qualifier`, qualifierWord(p.qualifiers[f])],
        ]),
      ),
      sources: p.sources.join(' '),
    })),
  };
}

/** "2014–2023" from the statements shown, so the title follows the data. */
function yearRange(points: TimePoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const a = new Date(first.x).getUTCFullYear();
  const b = new Date(last.x).getUTCFullYear();
  return a === b ? `${a}` : `${a}–${b}`;
}

export function OverTimeFrame({ data, state, onChange }: Props) {
  const t = useT();
  const showEstimates = state.estimates === 'show';
  const points = useMemo(() => timePoints(data.snapshots, showEstimates), [data.snapshots, showEstimates]);
  const shown = useMemo(
    () => points.filter((p) => state.figures.some((f) => p.values[f] !== undefined)),
    [points, state.figures],
  );
  const sourceIds = [...new Set(shown.flatMap((p) => p.sources))];
  const sourceNames = useMemo(
    () => Object.fromEntries([...data.sourcesById.values()].map((s) => [s.id, `${s.publisher}, ${s.title}`])),
    [data.sourcesById],
  );
  const toggle = (figure: TimeFigure) =>
    onChange((s) => {
      const has = s.figures.includes(figure);
      const next = has ? s.figures.filter((f) => f !== figure) : TIME_FIGURES.filter((f) => f === figure || s.figures.includes(f));
      return { ...s, figures: next.length > 0 ? next : s.figures };
    });
  const unofficial = points.filter((p) => !p.official).length;
  const placed = shown.filter((p) => p.placed).length;
  const years = yearRange(shown);
  return (
    <ChartFrame
      version={data.version}
      chartId="fighters-over-time"
      title={years ? t('fighters.overTime.titleWithYears', { title: t('fighters.chart.overTime.title'), years }) : t('fighters.chart.overTime.title')}
      subtitle={t('fighters.overTime.subtitle')}
      sources={sourcesCitedBy([{ sources: sourceIds }], data.sourcesById)}
      summary={overTimeSummary(shown)}
      table={tableOf(shown, state.figures)}
      height={HEIGHT}
      legend={[
        ...state.figures.map((f) => ({ label: figureLabel(f), colour: f === 'total' ? '#1a1d21' : FIGURE_COLOURS[f] })),
        ...(unofficial > 0 && showEstimates ? [{ label: t('fighters.overTime.legend.estimate'), colour: '#555d66', hollow: true }] : []),
        ...(placed > 0 ? [{ label: t('fighters.overTime.legend.placed'), colour: '#555d66', hollow: true }] : []),
      ]}
      emptyReason={shown.length === 0 ? t('fighters.overTime.empty') : null}
      controls={
        <>
          <fieldset className="field figure-picker">
            <legend>{t('fighters.overTime.figures')}</legend>
            <div className="figure-picker__options">
              {TIME_FIGURES.map((f) => (
                <label key={f} className="check">
                  <input type="checkbox" checked={state.figures.includes(f)} onChange={() => toggle(f)} />
                  <span
                    className="check__swatch"
                    style={{ background: f === 'total' ? 'var(--text)' : FIGURE_COLOURS[f] }}
                    aria-hidden="true"
                  />
                  {figureLabel(f)}
                </label>
              ))}
            </div>
          </fieldset>
          <label className="check">
            <input
              type="checkbox"
              checked={showEstimates}
              onChange={() => onChange((s) => ({ ...s, estimates: s.estimates === 'show' ? 'hide' : 'show' }))}
            />
            {t('fighters.overTime.showEstimates')}
          </label>
        </>
      }
      notes={
        <p>
          {t('fighters.overTime.notes.points', { count: unofficial })}
          {placed > 0 && ` ${t('fighters.overTime.notes.placed', { count: placed })}`} {t('fighters.overTime.notes.qualified')}
        </p>
      }
    >
      <OverTimeChart points={shown} figures={state.figures} sourceNames={sourceNames} height={HEIGHT} />
    </ChartFrame>
  );
}
