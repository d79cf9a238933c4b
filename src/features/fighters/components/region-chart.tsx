import { useId, useLayoutEffect, useRef, useState } from 'react';
import { HatchPattern } from '../../../charts/hatch-pattern';
import { usePlotHeight } from '../../../charts/plot-height';
import { usePlotRef } from '../../../charts/plot-ref';
import { dirOf } from '../../../i18n/locales';
import { useLocale, useT } from '../../../i18n/use-t';
import { formatCount, formatNumber } from '../../../lib/format';
import { countryColour } from '../lib/region-colours';
import { countryName, type CountryRange } from '../lib/region';
import type { RegionGroup } from '../lib/region-bars';
import { roundPerMillion } from '../lib/region-per-million';
import type { RegionView } from '../lib/region-url';

interface Props {
  groups: readonly RegionGroup[];
  ranges: readonly CountryRange[];
  view: RegionView;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LABEL = 78;
const ROW = 22;
const HEAD = 26;

/**
 * Horizontal bars, one group per count; then each country's spread across counts.
 * The bars grow left to right in every language; on an Arabic page each label
 * reads right to left, anchored so it sits where the English one does.
 */
export function RegionChart({ groups: groupList, ranges, view, height: ownHeight }: Props) {
  const t = useT();
  const textDir = dirOf(useLocale());
  const rtl = textDir === 'rtl';
  // text-anchor follows the text's direction: "start" is the right edge of a right-to-left label.
  const extendsRight = rtl ? 'end' : 'start';
  const extendsLeft = rtl ? 'start' : 'end';
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const hatchId = useId().replace(/:/g, '');
  const number = view === 'count' ? formatCount : (v: number) => formatNumber(roundPerMillion(v));
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
  // Per-million labels ("about 273 per million (derived)") are longer than counts.
  const right = Math.min(view === 'count' ? 150 : 200, width * (view === 'count' ? 0.3 : 0.4));
  const x = (v: number) => LABEL + (v / max) * (width - LABEL - right);
  const groups = groupList.reduce<{ g: RegionGroup; top: number }[]>((list, g) => {
    const last = list.at(-1);
    list.push({ g, top: last ? last.top + HEAD + last.g.bars.length * ROW : 8 });
    return list;
  }, []);
  const lastGroup = groups.at(-1);
  const rangesTop = (lastGroup ? lastGroup.top + HEAD + lastGroup.g.bars.length * ROW : 8) + 12;
  const countries = [...new Set(groupList.flatMap((g) => g.bars.map((b) => b.country)))];
  const scale = Math.min(1, height / (rangesTop + 30 + ranges.length * ROW));

  return (
    <div ref={box} className="region-chart" style={{ height }}>
      <svg
        ref={plotRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={view === 'count' ? t('fighters.region.chart.label') : t('fighters.region.chart.labelPerMillion')}
        // The bars grow left to right in every language (an Arabic page included).
        direction="ltr"
        fontFamily={FONT}
      >
        {view === 'per-million' && (
          <defs>
            {countries.map((c) => (
              <HatchPattern key={c} id={`${hatchId}-${c}`} colour={countryColour(c)} />
            ))}
          </defs>
        )}
        <g transform={`scale(${scale})`}>
          {groups.map(({ g, top }) => (
            <g key={g.series} className="region-group" data-series={g.series}>
              <text x={0} y={top + 15} fontSize={13} fontWeight={700} fill="var(--text)" direction={textDir} textAnchor={extendsRight}>
                {g.series}
              </text>
              {g.bars.map((bar, i) => {
                const rowY = top + HEAD + i * ROW;
                const colour = countryColour(bar.country);
                const w = bar.value === null ? 0 : Math.max(1, x(bar.value) - LABEL);
                const rangeW = bar.valueMax !== null ? x(bar.valueMax) - LABEL : null;
                // Derived bars are hatched; an unofficial one keeps its dashed outline, so both marks survive.
                const fill = bar.derived ? `url(#${hatchId}-${bar.country})` : bar.official ? colour : 'var(--bg)';
                return (
                  <g key={bar.id} data-mark="" data-country={bar.country} data-derived={bar.derived ? '' : undefined} className="region-bar">
                    <title>{bar.title}</title>
                    <text x={LABEL - 6} y={rowY + 12} fontSize={12} direction={textDir} textAnchor={extendsLeft} fill="var(--text)">
                      {countryName(bar.country)}
                    </text>
                    {rangeW !== null && (
                      <rect x={LABEL} y={rowY + 2} width={rangeW} height={ROW - 8} fill="none" stroke={colour} strokeDasharray="2 2" />
                    )}
                    {bar.value !== null && (
                      <rect
                        x={LABEL}
                        y={rowY + 2}
                        width={w}
                        height={ROW - 8}
                        fill={fill}
                        stroke={colour}
                        strokeWidth={bar.official && !bar.derived ? 0 : bar.official ? 1 : 2}
                        strokeDasharray={bar.official ? undefined : '5 3'}
                      />
                    )}
                    <text
                      x={LABEL + Math.max(w, rangeW ?? 0) + 6}
                      y={rowY + 12}
                      fontSize={12}
                      fill={bar.value === null ? 'var(--muted)' : 'var(--text)'}
                      fontStyle={bar.value === null ? 'italic' : undefined}
                      direction={textDir}
                      textAnchor={extendsRight}
                      style={{ fontVariantNumeric: 'tabular-nums' }}
                    >
                      {bar.label}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
          <g className="region-ranges">
            <text x={0} y={rangesTop + 15} fontSize={13} fontWeight={700} fill="var(--text)" direction={textDir} textAnchor={extendsRight}>
              {view === 'count' ? t('fighters.region.chart.ranges') : t('fighters.region.chart.rangesPerMillion')}
            </text>
            {ranges.map((r, i) => {
              const rowY = rangesTop + HEAD + 4 + i * ROW;
              const colour = countryColour(r.country);
              return (
                <g key={r.country} data-range={r.country}>
                  <text x={LABEL - 6} y={rowY + 4} fontSize={12} direction={textDir} textAnchor={extendsLeft} fill="var(--text)">
                    {countryName(r.country)}
                  </text>
                  <line x1={x(r.min)} x2={x(r.max)} y1={rowY} y2={rowY} stroke={colour} strokeWidth={3} />
                  <circle cx={x(r.min)} cy={rowY} r={4} fill={colour} />
                  <circle cx={x(r.max)} cy={rowY} r={4} fill={colour} />
                  <text
                    x={x(r.max) + 8}
                    y={rowY + 4}
                    fontSize={12}
                    fill="var(--muted)"
                    direction={textDir}
                    textAnchor={extendsRight}
                    style={{ fontVariantNumeric: 'tabular-nums' }}
                  >
                    {r.min === r.max ? number(r.min) : `${number(r.min)}–${number(r.max)}`}
                    {width >= 560 ? ` ${t('fighters.region.chart.counts', { count: r.counts })}` : ''}
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
