import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { FIGURE_COLOURS } from '../../../charts/palette';
import type { ChartTable } from '../../../charts/chart-types';
import { sourcesCitedBy } from '../../../data/sources';
import { type FightersData } from '../lib/fighters-data';
import { TIME_FIGURES, type FightersState, type TimeFigure } from '../lib/fighters-url';
import { FIGURE_LABELS, timePoints, type TimePoint } from '../lib/series';
import { overTimeSummary } from '../lib/summaries';
import { qualifierWord } from '../../../data/qualifiers';

const OverTimeChart = lazy(() => import('./over-time-chart').then((m) => ({ default: m.OverTimeChart })));

const HEIGHT = 340;

interface Props {
  data: FightersData;
  state: FightersState;
  onChange: (update: (s: FightersState) => FightersState) => void;
}

function tableOf(points: TimePoint[], figures: TimeFigure[]): ChartTable {
  return {
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'speaker', label: 'Who said it' },
      { key: 'official', label: 'Official' },
      ...figures.flatMap((f) => [
        { key: f, label: FIGURE_LABELS[f], numeric: true },
        { key: `${f}Qualifier`, label: `${FIGURE_LABELS[f]}: qualifier` },
      ]),
      { key: 'sources', label: 'Source ids' },
    ],
    rows: points.map((p) => ({
      date: p.placed ? `${p.dateLabel} (year placed by the editors)` : p.dateLabel,
      speaker: p.speaker,
      official: p.official ? 'yes' : 'no (estimate)',
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

/** ", 2014–2023" from the statements shown, so the title follows the data. */
function yearRange(points: TimePoint[]): string {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return '';
  const a = new Date(first.x).getUTCFullYear();
  const b = new Date(last.x).getUTCFullYear();
  return a === b ? `, ${a}` : `, ${a}–${b}`;
}

export function OverTimeFrame({ data, state, onChange }: Props) {
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
      title={`How the official figures changed${years}`}
      subtitle="Each point is one dated statement; hover or focus a point for who said it, when, and the source."
      sources={sourcesCitedBy([{ sources: sourceIds }], data.sourcesById)}
      summary={overTimeSummary(shown)}
      table={tableOf(shown, state.figures)}
      height={HEIGHT}
      legend={[
        ...state.figures.map((f) => ({ label: FIGURE_LABELS[f], colour: f === 'total' ? '#1a1d21' : FIGURE_COLOURS[f] })),
        ...(unofficial > 0 && showEstimates ? [{ label: 'Estimate', colour: '#555d66', hollow: true }] : []),
        ...(placed > 0 ? [{ label: 'Year placed by the editors', colour: '#555d66', hollow: true }] : []),
      ]}
      emptyReason={shown.length === 0 ? 'No statement gives the selected figures.' : null}
      controls={
        <>
          <fieldset className="field figure-picker">
            <legend>Figures</legend>
            <div className="figure-picker__options">
              {TIME_FIGURES.map((f) => (
                <label key={f} className="check">
                  <input type="checkbox" checked={state.figures.includes(f)} onChange={() => toggle(f)} />
                  <span
                    className="check__swatch"
                    style={{ background: f === 'total' ? 'var(--text)' : FIGURE_COLOURS[f] }}
                    aria-hidden="true"
                  />
                  {FIGURE_LABELS[f]}
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
            Show unofficial estimates (hollow points)
          </label>
        </>
      }
      notes={
        <p>
          Filled points joined by lines are official figures (most reached us through press reports of what officials said; each source says which). Hollow points
          stand off the line: figures not attributed to an official source{unofficial > 0 ? ` (${unofficial} here)` : ''},
          and figures the sources flag as a likely typo or as counting a different group (⚑ in the tooltip). Statements
          differ in scope (Syria and Iraq, sometimes Libya), so a jump can reflect a change of scope rather than of numbers.
          {placed > 0 &&
            ` ${placed === 1 ? 'One statement comes' : `${placed} statements come`} from an undated page whose year was placed by the editors: drawn hollow at the start of that year, off the line.`}
          {' '}Figures a source qualifies (“about”, “more than”) keep the qualifier in the tooltip and the table.
        </p>
      }
    >
      <OverTimeChart points={shown} figures={state.figures} sourceNames={sourceNames} height={HEIGHT} />
    </ChartFrame>
  );
}
