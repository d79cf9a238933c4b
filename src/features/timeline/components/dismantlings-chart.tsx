import { memo, useCallback, useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { labelColourOn } from '../../../charts/palette';
import { usePlotHeight, useSlideDrawing } from '../../../charts/plot-height';
import { usePlotRef } from '../../../charts/plot-ref';
import type { CellEvent, ContextEvent } from '../../../data/schema';
import { AFFILIATION_COLOURS, CONTEXT_COLOURS } from '../lib/colours';
import { layoutContext, layoutEvents, timeScale, timeTicks, type EventMark } from '../lib/event-layout';
import { eventLabel } from '../lib/dismantlings';
import type { MonthSpan } from '../lib/periods';
import { useElementWidth } from '../../../lib/use-element-width';
import { dirOf } from '../../../i18n/locales';
import { useLocale, useT } from '../../../i18n/use-t';
import { editorText } from '../lib/editor-text';

interface Props {
  /** The events to draw, in date order (the frame's walk order). */
  events: readonly CellEvent[];
  context: readonly ContextEvent[];
  domain: MonthSpan;
  selected: string | null;
  height: number;
  onSelect: (id: string) => void;
  /** A range dragged across the plot, as whole months. */
  onRange: (start: number, end: number) => void;
}

const MARGIN = { left: 8, right: 12 };
const AXIS = 26;
const ROW = 15;
const CONTEXT_BAND = 12;


/**
 * Every dismantling at its date: a dot for a day, a bar over a month, a
 * bracket over a year; area by people arrested, colour by affiliation,
 * approximate dates dashed and pale. Context events sit at their own dates on
 * a lane above, labelled where a label fits and numbered otherwise.
 */
export const DismantlingsChart = memo(function DismantlingsChart(props: Props) {
  const { events, context, domain, selected, onSelect, onRange } = props;
  const t = useT();
  const locale = useLocale();
  const height = usePlotHeight(props.height);
  const slide = useSlideDrawing();
  const plotRef = usePlotRef();
  const clipId = `dm-clip${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const boxRef = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(boxRef);
  const width = measured || 600;
  const narrow = width < 560;
  const maxRows = narrow ? 6 : 4;

  const scale = useMemo(() => timeScale(domain, MARGIN.left, width - MARGIN.right), [domain, width]);
  const { marks: contextMarks, rows } = useMemo(() => layoutContext(context, scale, maxRows), [context, scale, maxRows]);
  const contextTop = contextMarks.length > 0 ? rows * ROW + CONTEXT_BAND + 4 : 0;
  const axisY = height - AXIS;
  const plotTop = contextTop + 10;
  const layout = useMemo(() => layoutEvents(events, scale, axisY - plotTop - 16), [events, scale, axisY, plotTop]);
  const ticks = useMemo(() => timeTicks(scale), [scale]);

  // Walk order for the keyboard: the marks drawn, by date.
  const order = useMemo(() => {
    const drawn = new Map(layout.marks.map((m) => [m.event.id, m]));
    return events.map((e) => drawn.get(e.id)).filter((m): m is EventMark => m !== undefined);
  }, [events, layout]);
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const markRefs = useRef(new Map<string, SVGGElement>());
  const tabStop = order.find((m) => m.event.id === selected)?.event.id ?? order[0]?.event.id ?? null;

  const focusMark = useCallback((id: string | undefined) => {
    if (id) markRefs.current.get(id)?.focus();
  }, []);
  const onKey = (e: KeyboardEvent<SVGGElement>, index: number) => {
    const move: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (e.key in move) {
      e.preventDefault();
      const next = order[Math.min(order.length - 1, Math.max(0, index + (move[e.key] ?? 0)))];
      focusMark(next?.event.id);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      focusMark((e.key === 'Home' ? order[0] : order[order.length - 1])?.event.id);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const mark = order[index];
      if (mark) onSelect(mark.event.id);
    }
  };

  // Drag across the plot to zoom to those months.
  const [drag, setDrag] = useState<{ from: number; to: number } | null>(null);
  const svgX = (e: PointerEvent<SVGElement>) => {
    const rect = e.currentTarget.ownerSVGElement?.getBoundingClientRect() ?? e.currentTarget.getBoundingClientRect();
    return e.clientX - rect.left;
  };
  const endDrag = (e: PointerEvent<SVGRectElement>) => {
    if (!drag) return;
    setDrag(null);
    const x0 = Math.min(drag.from, svgX(e));
    const x1 = Math.max(drag.from, svgX(e));
    if (x1 - x0 < 8) return;
    const toMonth = (x: number) => domain.start + (x - scale.x0) / scale.unit;
    const start = Math.max(domain.start, Math.floor(toMonth(x0)));
    const end = Math.min(domain.end, Math.ceil(toMonth(x1)) - 1);
    if (end >= start) onRange(start, end);
  };

  // The tooltip follows the pointer's mark, else the focused one.
  const shown = hovered ?? focused;
  const shownMark = shown ? order.find((m) => m.event.id === shown) : undefined;
  const live = shownMark ? eventLabel(shownMark.event) : '';

  const markY = (m: EventMark) => axisY - m.lift - m.size;
  const selectedMark = order.find((m) => m.event.id === selected);

  return (
    <div ref={boxRef} className="dm-chart" style={{ height }}>
      <svg
        ref={plotRef}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={t('timeline.dismantlings.chartLabel')}
        // Time runs left to right in every language (an Arabic page included).
        direction="ltr"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={scale.x0 - 16} y={0} width={scale.x1 - scale.x0 + 32} height={height} />
          </clipPath>
        </defs>
        {/* Year grid */}
        {ticks.map((t) => (
          <line
            key={`g${t.at}`}
            x1={scale.x(t.at)}
            x2={scale.x(t.at)}
            y1={plotTop}
            y2={axisY}
            stroke={t.major ? 'var(--border)' : 'var(--border)'}
            strokeWidth={1}
          />
        ))}
        {!slide && (
          <rect
            className="dm-brush chart-control"
            x={scale.x0}
            y={plotTop}
            width={Math.max(0, scale.x1 - scale.x0)}
            height={Math.max(0, axisY - plotTop)}
            fill="transparent"
            onPointerDown={(e) => {
              e.currentTarget.setPointerCapture(e.pointerId);
              const x = svgX(e);
              setDrag({ from: x, to: x });
            }}
            onPointerMove={(e) => drag && setDrag({ ...drag, to: svgX(e) })}
            onPointerUp={endDrag}
            onPointerCancel={() => setDrag(null)}
          />
        )}
        {drag && Math.abs(drag.to - drag.from) > 2 && (
          <rect
            className="chart-control"
            x={Math.min(drag.from, drag.to)}
            y={plotTop}
            width={Math.abs(drag.to - drag.from)}
            height={axisY - plotTop}
            fill="#0072B2"
            fillOpacity={0.12}
            pointerEvents="none"
          />
        )}

        {/* Context lane: a line at each date across the plot, labels in rows above. */}
        <g className="dm-context" clipPath={`url(#${clipId})`} aria-hidden="true" pointerEvents="none">
          {contextMarks.map((c) => {
            const colour = CONTEXT_COLOURS[c.event.category];
            const labelY = contextTop - CONTEXT_BAND - c.row * ROW - 4;
            const span = c.right - c.left > 2;
            return (
              <g key={c.event.id}>
                <line
                  x1={c.left}
                  x2={c.left}
                  y1={labelY + 3}
                  y2={axisY}
                  stroke={colour}
                  strokeOpacity={0.55}
                  strokeDasharray={c.event.approximate ? '2 3' : '4 3'}
                />
                {span && (
                  <rect x={c.left} y={contextTop - CONTEXT_BAND + 2} width={c.right - c.left} height={6} fill={colour} fillOpacity={c.event.placed ? 0 : 0.5} stroke={c.event.placed ? colour : 'none'} strokeDasharray="1 2" />
                )}
                {/* A year placed by the editors: a hollow diamond. */}
                <path
                  d={`M${c.left} ${contextTop - CONTEXT_BAND}l4 5l-4 5l-4 -5z`}
                  fill={c.event.placed ? 'var(--bg)' : colour}
                  stroke={c.event.placed ? colour : 'var(--bg)'}
                  strokeWidth={c.event.placed ? 1.5 : 1}
                />
                <text
                  x={c.left - 3}
                  y={labelY}
                  fontSize={11}
                  fill="var(--text)"
                  stroke="var(--bg)"
                  strokeWidth={3}
                  paintOrder="stroke"
                  strokeLinejoin="round"
                >
                  <tspan fontWeight={700}>{c.number}</tspan>
                  {c.titled ? ` ${editorText(c.event, 'title')}${c.event.placed ? t('timeline.dismantlings.placedShort') : ''}` : ''}
                </text>
              </g>
            );
          })}
        </g>

        {/* Marks */}
        <g className="dm-marks" clipPath={`url(#${clipId})`}>
          {order.map((m, index) => (
            <Mark
              key={m.event.id}
              mark={m}
              y={markY(m)}
              selected={m.event.id === selected}
              focusable={m.event.id === tabStop}
              refCallback={(el) => {
                if (el) markRefs.current.set(m.event.id, el);
                else markRefs.current.delete(m.event.id);
              }}
              onKey={(e) => onKey(e, index)}
              onSelect={onSelect}
              onHover={setHovered}
              onFocusMark={setFocused}
            />
          ))}
          {selectedMark && (
            <rect
              x={selectedMark.left - 3}
              y={markY(selectedMark) - 3}
              width={selectedMark.right - selectedMark.left + 6}
              height={selectedMark.size + 6}
              rx={selectedMark.shape === 'point' ? selectedMark.size / 2 + 3 : 3}
              fill="none"
              stroke="var(--text)"
              strokeWidth={2.5}
              pointerEvents="none"
            />
          )}
          {focused && !slide && (() => {
            const f = order.find((m) => m.event.id === focused);
            return f ? (
              <rect
                className="chart-control"
                x={f.left - 5}
                y={markY(f) - 5}
                width={f.right - f.left + 10}
                height={f.size + 10}
                rx={4}
                fill="none"
                stroke="var(--text)"
                strokeWidth={2}
                strokeDasharray="3 2"
                pointerEvents="none"
              />
            ) : null;
          })()}
        </g>
        {layout.overflow.map((o) => (
          <text key={`o${o.x}`} className="dm-overflow" data-count={o.count} x={o.x} y={plotTop + 10} fontSize={10} textAnchor="middle" fill="var(--text)">
            +{o.count}
          </text>
        ))}

        {/* Axis */}
        <line x1={scale.x0} x2={scale.x1} y1={axisY} y2={axisY} stroke="var(--muted)" strokeWidth={1} />
        {ticks.map((t) => (
          <g key={`t${t.at}`}>
            <line x1={scale.x(t.at)} x2={scale.x(t.at)} y1={axisY} y2={axisY + 4} stroke="var(--muted)" />
            <text
              x={scale.x(t.at)}
              y={axisY + 16}
              fontSize={t.major ? 12 : 11}
              fontWeight={t.major ? 600 : 400}
              textAnchor={scale.x(t.at) < scale.x0 + 14 ? 'start' : scale.x(t.at) > scale.x1 - 14 ? 'end' : 'middle'}
              fill="var(--muted)"
            >
              {t.label}
            </text>
          </g>
        ))}
      </svg>
      {shownMark && !slide && (
        <div
          className="chart-tooltip dm-tooltip"
          dir={dirOf(locale)}
          style={{
            left: Math.min(Math.max(0, shownMark.cx - 120), Math.max(0, width - 250)),
            top: Math.max(0, markY(shownMark) - 78),
          }}
          aria-hidden="true"
        >
          {eventLabel(shownMark.event)}
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {live}
      </p>
    </div>
  );
});

interface MarkProps {
  mark: EventMark;
  y: number;
  selected: boolean;
  focusable: boolean;
  refCallback: (el: SVGGElement | null) => void;
  onKey: (e: KeyboardEvent<SVGGElement>) => void;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  onFocusMark: (id: string | null) => void;
}

const Mark = memo(function Mark({ mark, y, selected, focusable, refCallback, onKey, onSelect, onHover, onFocusMark }: MarkProps) {
  const { event, shape, left, right, size } = mark;
  const colour = AFFILIATION_COLOURS[event.affiliation];
  const approximate = event.approximate;
  const unknown = event.arrested === null;
  const fill = unknown ? 'var(--bg)' : colour;
  const fillOpacity = approximate && !unknown ? 0.4 : 1;
  const stroke = unknown || approximate ? colour : 'var(--bg)';
  const dash = approximate ? '3 2' : undefined;
  const strokeWidth = unknown || approximate ? 1.5 : 1;
  const w = right - left;
  const showCount = event.arrested !== null && event.arrested >= 10 && size >= 15 && w >= 15;
  const textFill = approximate ? 'var(--text)' : labelColourOn(colour);
  return (
    <g
      ref={refCallback}
      className="dm-mark"
      data-mark=""
      role="button"
      tabIndex={focusable ? 0 : -1}
      aria-label={eventLabel(event)}
      aria-pressed={selected}
      onClick={() => onSelect(event.id)}
      onKeyDown={onKey}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(null)}
      onFocus={() => onFocusMark(event.id)}
      onBlur={() => onFocusMark(null)}
    >
      {shape === 'point' ? (
        <circle
          cx={mark.cx}
          cy={y + size / 2}
          r={size / 2}
          fill={fill}
          fillOpacity={fillOpacity}
          stroke={stroke}
          strokeWidth={strokeWidth}
          strokeDasharray={dash}
        />
      ) : shape === 'month' ? (
        <rect
          x={left}
          y={y}
          width={w}
          height={size}
          rx={2}
          fill={fill}
          fillOpacity={fillOpacity}
          stroke={stroke}
          strokeWidth={strokeWidth}
          strokeDasharray={dash}
        />
      ) : (
        // A year: a bracket over the whole year, pale, as the event may be any day in it.
        <>
          {/* A year placed by the editors is left hollow, its bracket broken finer: not a date read on a page. */}
          <rect x={left} y={y} width={w} height={size} fill={colour} fillOpacity={event.placed ? 0 : unknown ? 0.08 : 0.22} />
          <path
            d={`M${left + 1} ${y + size}v${-size}h${w - 2}v${size}`}
            fill="none"
            stroke={colour}
            strokeWidth={2}
            strokeDasharray={event.placed ? '1 3' : dash}
          />
        </>
      )}
      {showCount && (
        <text
          x={mark.cx}
          y={y + size / 2 + 4}
          fontSize={10.5}
          fontWeight={700}
          textAnchor="middle"
          fill={shape === 'year' ? 'var(--text)' : textFill}
          pointerEvents="none"
        >
          {event.arrested}
        </text>
      )}
    </g>
  );
});
