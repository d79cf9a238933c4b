import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePlotHeight } from '../../../charts/plot-height';
import { usePlotRef } from '../../../charts/plot-ref';
import { formatCount } from '../../../lib/format';
import { BASE_MAP } from '../lib/base-map.generated';
import { placeColour } from '../lib/map-colours';
import { markRadius, sizeOf, type MapPlace, type MapPlaces, type MapSize } from '../lib/map-places';
import { projectPlace } from '../lib/map-projection';
import { useElementWidth } from '../../../lib/use-element-width';
import { t, type MessageId } from '../../../i18n/i18n';
import { dirOf } from '../../../i18n/locales';
import { useLocale, useT } from '../../../i18n/use-t';

interface Props {
  result: MapPlaces;
  by: MapSize;
  /** The largest value over all events: the scale's top, the same whatever the filters. */
  largest: number;
  selected: string | null;
  onSelect: (key: string) => void;
  height: number;
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const LABELLED = 6;
const LISTED = 8;
const WESTERN_SAHARA = '732';


/** "Fez, Fès-Meknès: 2 dismantlings, 14 arrested": the place's accessible name and tooltip. */
export function placeLabel(place: MapPlace, by: MapSize): string {
  const arrests =
    place.arrests === null
      ? t('timeline.map.place.arrestsNotStated')
      : t('timeline.map.place.arrested', {
          count: formatCount(place.arrests),
          unstated: place.unstated > 0 ? t('timeline.map.place.unstated', { count: place.unstated }) : '',
        });
  const cells = t('timeline.map.place.dismantlings', { count: place.dismantlings });
  return t('timeline.map.place.label', {
    name: place.name,
    region: place.region,
    facts: by === 'events' ? `${cells}${t('timeline.list.comma')}${arrests}` : `${arrests}${t('timeline.list.comma')}${cells}`,
  });
}

interface PlacedLabel {
  x: number;
  anchor: 'start' | 'end';
}

/**
 * Names for the largest places, right of the mark (left where the edge is
 * near), skipping any that would cover a label already placed.
 */
function placeLabels(places: readonly MapPlace[], by: MapSize, max: number, k: number, dx: number, width: number) {
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const out = new Map<string, PlacedLabel>();
  for (const p of places.slice(0, LABELLED * 2)) {
    if (out.size === LABELLED || !p.at) break;
    const r = markRadius(sizeOf(p, by), max) * Math.max(0.7, k);
    const cx = dx + p.at.x * k;
    const cy = p.at.y * k;
    const w = (p.name.length + 4) * 6.6;
    const right = cx + r + 3 + w <= width;
    const x0 = right ? cx + r + 3 : cx - r - 3 - w;
    const box = { x0, x1: x0 + w, y0: cy - 8, y1: cy + 6 };
    if (placed.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) continue;
    placed.push(box);
    out.set(p.key, { x: right ? cx + r + 3 : cx - r - 3, anchor: right ? 'start' : 'end' });
  }
  return out;
}

const label = (at: { x: number; y: number } | null, text: MessageId) => (at ? { ...at, text } : null);
const COUNTRY_LABELS = [
  label(projectPlace(-2.6, 30.4), 'timeline.map.country.algeria'),
  label(projectPlace(-11.2, 21.0), 'timeline.map.country.mauritania'),
].filter((l) => l !== null);
const SAHARA_LABEL = projectPlace(-13.2, 24.6);

/**
 * The map: Natural Earth's countries pre-projected at build time, a circle per
 * place (area by dismantlings or arrests, colour by affiliation), the places
 * outside the frame and those without coordinates listed in the Atlantic.
 */
export const MapChart = memo(function MapChart({ result, by, largest, selected, onSelect, height: ownHeight }: Props) {
  const t = useT();
  const locale = useLocale();
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const boxRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(boxRef) || 600;
  const k = Math.min(width / BASE_MAP.width, height / BASE_MAP.height);
  const dx = (width - BASE_MAP.width * k) / 2;
  const max = Math.max(largest, ...result.onMap.map((p) => sizeOf(p, by)));
  // Walk order for the keyboard: north to south.
  const order = useMemo(() => [...result.onMap].sort((a, b) => (a.at?.y ?? 0) - (b.at?.y ?? 0)), [result.onMap]);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const tabStop = order.find((p) => p.key === selected)?.key ?? order[0]?.key ?? null;
  const shown = result.onMap.find((p) => p.key === (hovered ?? focused)) ?? null;
  const labels = useMemo(() => placeLabels(result.onMap, by, max, k, dx, width), [result.onMap, by, max, k, dx, width]);

  const onKey = (e: KeyboardEvent<SVGGElement>, index: number) => {
    const move: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    let next: MapPlace | undefined;
    if (e.key in move) next = order[Math.min(order.length - 1, Math.max(0, index + (move[e.key] ?? 0)))];
    else if (e.key === 'Home') next = order[0];
    else if (e.key === 'End') next = order[order.length - 1];
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const place = order[index];
      if (place) onSelect(place.key);
      return;
    } else return;
    e.preventDefault();
    if (next) refs.current.get(next.key)?.focus();
  };

  // On a phone the Atlantic corner is too small for the list: the frame's notes carry it there.
  const listed = width >= 560 ? result.elsewhere.slice(0, LISTED) : [];
  const more = width >= 560 ? result.elsewhere.length - listed.length : 0;
  const sx = (x: number) => dx + x * k;
  const sy = (y: number) => y * k;

  return (
    <div ref={boxRef} className="map-chart" style={{ height }}>
      <svg
        ref={plotRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('timeline.map.chartLabel')}
        // A map keeps its west on the left in every language; the labels read in their own script.
        direction="ltr"
        fontFamily={FONT}
      >
        <g transform={`translate(${dx} 0) scale(${k})`} aria-hidden="true" pointerEvents="none">
          {BASE_MAP.countries.map((c) => (
            <path
              key={c.id}
              d={c.d}
              data-country={c.id}
              className={c.id === WESTERN_SAHARA ? 'map-country map-country--disputed' : 'map-country'}
              fill="var(--muted)"
              fillOpacity={c.id === '504' ? 0.2 : c.id === WESTERN_SAHARA ? 0.13 : 0.07}
              stroke="var(--muted)"
              strokeWidth={0.8}
              vectorEffect="non-scaling-stroke"
            />
          ))}
          <path d={BASE_MAP.disputed} fill="none" stroke="var(--text)" strokeWidth={1.4} strokeDasharray="5 4" vectorEffect="non-scaling-stroke" />
        </g>
        <g aria-hidden="true" fontSize={12} fill="var(--muted)">
          {COUNTRY_LABELS.map((l) => (
            <text key={l.text} x={sx(l.x)} y={sy(l.y)} textAnchor="middle" fontStyle="italic">
              {t(l.text)}
            </text>
          ))}
          {SAHARA_LABEL && (
            <text x={sx(SAHARA_LABEL.x)} y={sy(SAHARA_LABEL.y)} textAnchor="middle" fontStyle="italic" className="map-disputed-label">
              <tspan x={sx(SAHARA_LABEL.x)}>{t('timeline.map.westernSahara')}</tspan>
              <tspan x={sx(SAHARA_LABEL.x)} dy={14}>
                {t('timeline.map.statusDisputed')}
              </tspan>
            </text>
          )}
        </g>

        {/* Places outside the frame and places without coordinates, in the Atlantic's empty corner. */}
        <g fontSize={11.5} fill="var(--text)">
          {listed.length > 0 && (
            <text x={dx + 6} y={16} fontWeight={700}>
              {t('timeline.map.outside')}
            </text>
          )}
          {listed.map((p, i) => (
            <text key={p.key} x={dx + 6} y={32 + i * 15} data-elsewhere="">
              {t('timeline.map.outsideItem', { name: p.name, country: p.country, value: formatCount(sizeOf(p, by)) })}
            </text>
          ))}
          {more > 0 && (
            <text x={dx + 6} y={32 + listed.length * 15}>
              {t('timeline.map.more', { count: more })}
            </text>
          )}
          {result.unlocated.length > 0 && width >= 560 && (
            <text x={dx + 6} y={40 + (listed.length + (more > 0 ? 1 : 0)) * 15} fill="var(--muted)">
              {t('timeline.map.unlocatedCount', { count: result.unlocated.length })}
            </text>
          )}
        </g>

        <g className="map-marks">
          {result.onMap.map((p) => {
            const at = p.at!;
            const value = sizeOf(p, by);
            const r = markRadius(value, max) * Math.max(0.7, k);
            const colour = placeColour(p.affiliation);
            const index = order.indexOf(p);
            const empty = value === 0;
            return (
              <g
                key={p.key}
                ref={(el) => {
                  if (el) refs.current.set(p.key, el);
                  else refs.current.delete(p.key);
                }}
                className="map-mark"
                data-mark=""
                data-place={p.key}
                role="button"
                tabIndex={p.key === tabStop ? 0 : -1}
                aria-label={placeLabel(p, by)}
                aria-pressed={p.key === selected}
                onClick={() => onSelect(p.key)}
                onKeyDown={(e) => onKey(e, index)}
                onPointerEnter={() => setHovered(p.key)}
                onPointerLeave={() => setHovered(null)}
                onFocus={() => setFocused(p.key)}
                onBlur={() => setFocused(null)}
              >
                {/* A touch-sized target for small marks; it draws nothing. */}
                <circle className="map-mark__hit chart-control" cx={sx(at.x)} cy={sy(at.y)} r={Math.max(r, 11)} fill="transparent" />
                <circle
                  className="map-mark__dot"
                  cx={sx(at.x)}
                  cy={sy(at.y)}
                  r={r}
                  fill={empty ? 'var(--bg)' : colour}
                  fillOpacity={empty ? 1 : 0.72}
                  stroke={empty ? colour : 'var(--bg)'}
                  strokeWidth={empty ? 1.5 : 1}
                />
                {p.key === selected && <circle cx={sx(at.x)} cy={sy(at.y)} r={r + 3} fill="none" stroke="var(--text)" strokeWidth={2.5} />}
                {p.key === focused && (
                  <circle className="chart-control" cx={sx(at.x)} cy={sy(at.y)} r={r + 6} fill="none" stroke="var(--text)" strokeWidth={2} strokeDasharray="3 2" />
                )}
                {labels.has(p.key) && (
                  <text
                    x={labels.get(p.key)!.x}
                    textAnchor={labels.get(p.key)!.anchor}
                    y={sy(at.y) + 4}
                    fontSize={11.5}
                    fontWeight={600}
                    fill="var(--text)"
                    stroke="var(--bg)"
                    strokeWidth={3}
                    paintOrder="stroke"
                    pointerEvents="none"
                  >
                    {p.name} {formatCount(value)}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      </svg>
      {shown?.at && (
        <div
          className="chart-tooltip map-tooltip"
          dir={dirOf(locale)}
          style={{ left: Math.min(Math.max(0, sx(shown.at.x) - 110), Math.max(0, width - 240)), top: Math.max(0, sy(shown.at.y) - 70) }}
          aria-hidden="true"
        >
          {placeLabel(shown, by)}
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {shown ? placeLabel(shown, by) : ''}
      </p>
    </div>
  );
});
