import { useLayoutEffect, useRef, useState } from 'react';
import { usePlotHeight } from '../../../charts/plot-height';
import { usePlotRef } from '../../../charts/plot-ref';
import { formatCount } from '../../../lib/format';
import { formatPartialDate } from '../../../lib/dates';
import { countryColour } from '../lib/region-colours';
import { countryName, figureText, type CountryRange, type RegionSeries } from '../lib/region';

interface Props {
  series: readonly RegionSeries[];
  ranges: readonly CountryRange[];
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LABEL = 78;
const ROW = 22;
const HEAD = 26;

/** Horizontal bars, one group per count; then each country's spread across counts. */
export function RegionChart({ series, ranges, height: ownHeight }: Props) {
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const box = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    setMeasured(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setMeasured(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const width = measured || 600;
  const max = Math.max(1, ...ranges.map((r) => r.max));
  const right = Math.min(150, width * 0.3);
  const x = (v: number) => LABEL + (v / max) * (width - LABEL - right);
  const groups = series.reduce<{ s: RegionSeries; top: number }[]>((list, s) => {
    const last = list.at(-1);
    list.push({ s, top: last ? last.top + HEAD + last.s.figures.length * ROW : 8 });
    return list;
  }, []);
  const lastGroup = groups.at(-1);
  const rangesTop = (lastGroup ? lastGroup.top + HEAD + lastGroup.s.figures.length * ROW : 8) + 12;
  const scale = Math.min(1, height / (rangesTop + 30 + ranges.length * ROW));

  return (
    <div ref={box} className="region-chart" style={{ height }}>
      <svg
        ref={plotRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="Bars of each count's figures per country, then each country's lowest and highest figure across counts"
        fontFamily={FONT}
      >
        <g transform={`scale(${scale})`}>
          {groups.map(({ s, top }) => (
            <g key={s.series} className="region-group" data-series={s.series}>
              <text x={0} y={top + 15} fontSize={13} fontWeight={700} fill="var(--text)">
                {s.series}
              </text>
              {s.figures.map((f, i) => {
                const rowY = top + HEAD + i * ROW;
                const colour = countryColour(f.country);
                const w = Math.max(1, x(f.value) - LABEL);
                const rangeW = f.valueMax !== undefined ? x(f.valueMax) - LABEL : null;
                return (
                  <g key={f.id} data-mark="" data-country={f.country} className="region-bar">
                    <title>{`${countryName(f.country)}, ${s.series}: ${figureText(f)}, as of ${formatPartialDate(f.date, f.approximate)}; ${f.official ? 'official' : 'unofficial estimate'}`}</title>
                    <text x={LABEL - 6} y={rowY + 12} fontSize={12} textAnchor="end" fill="var(--text)">
                      {countryName(f.country)}
                    </text>
                    {rangeW !== null && (
                      <rect x={LABEL} y={rowY + 2} width={rangeW} height={ROW - 8} fill="none" stroke={colour} strokeDasharray="2 2" />
                    )}
                    <rect
                      x={LABEL}
                      y={rowY + 2}
                      width={w}
                      height={ROW - 8}
                      fill={f.official ? colour : 'var(--bg)'}
                      stroke={colour}
                      strokeWidth={f.official ? 0 : 2}
                      strokeDasharray={f.official ? undefined : '5 3'}
                    />
                    <text x={LABEL + Math.max(w, rangeW ?? 0) + 6} y={rowY + 12} fontSize={12} fill="var(--text)" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {figureText(f)}
                      {f.official ? ' (official)' : ''}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
          <g className="region-ranges">
            <text x={0} y={rangesTop + 15} fontSize={13} fontWeight={700} fill="var(--text)">
              Range across counts (lowest to highest)
            </text>
            {ranges.map((r, i) => {
              const rowY = rangesTop + HEAD + 4 + i * ROW;
              const colour = countryColour(r.country);
              return (
                <g key={r.country} data-range={r.country}>
                  <text x={LABEL - 6} y={rowY + 4} fontSize={12} textAnchor="end" fill="var(--text)">
                    {countryName(r.country)}
                  </text>
                  <line x1={x(r.min)} x2={x(r.max)} y1={rowY} y2={rowY} stroke={colour} strokeWidth={3} />
                  <circle cx={x(r.min)} cy={rowY} r={4} fill={colour} />
                  <circle cx={x(r.max)} cy={rowY} r={4} fill={colour} />
                  <text x={x(r.max) + 8} y={rowY + 4} fontSize={12} fill="var(--muted)" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {r.min === r.max ? formatCount(r.min) : `${formatCount(r.min)}–${formatCount(r.max)}`}
                    {width >= 560 ? ` (${r.counts} count${r.counts === 1 ? '' : 's'})` : ''}
                  </text>
                </g>
              );
            })}
          </g>
        </g>
      </svg>
    </div>
  );
}
