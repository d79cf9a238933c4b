import { DefaultZIndexes, usePlotArea, useXAxisScale, ZIndexLayer } from 'recharts';
import { CONTEXT_COLOURS } from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';

interface BadgeProps {
  number: number;
  /** Position among markers of the same period: badges stack downwards. */
  stack: number;
  colour: string;
  x: number;
  /** Top of the plot area. */
  top: number;
}

/** A numbered badge at the top of a context-event line; the key below the chart names it. */
function MarkerBadge({ number, stack, colour, x, top }: BadgeProps) {
  const cy = top - 10 + stack * 20;
  return (
    <g className="timeline-marker">
      <circle cx={x} cy={cy} r={9} fill="var(--bg)" stroke={colour} strokeWidth={2} />
      <text x={x} y={cy + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--text)">
        {number}
      </text>
    </g>
  );
}

/**
 * Context events as dashed vertical lines through the middle of their period,
 * each topped by its numbered badge. One layer for all of them, drawn from the
 * chart's own x scale: as separate ReferenceLines each would register with the
 * chart's store, and a page load would pay for every one (17 by default).
 * Markers outside the brushed range are left out. Both sit just under the
 * official-count points, so a badge never hides a figure.
 */
export function ContextMarkerLayer({ markers }: { markers: readonly ContextMarker[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!scale || !plot) return null;
  const placed = markers.flatMap((m) => {
    if (m.period === null) return [];
    const x = scale(m.period, { position: 'middle' });
    if (x === undefined || x < plot.x - 0.5 || x > plot.x + plot.width + 0.5) return [];
    return [{ marker: m, x, colour: CONTEXT_COLOURS[m.event.category] }];
  });
  const bottom = plot.y + plot.height;
  return (
    <>
      <ZIndexLayer zIndex={DefaultZIndexes.line - 1}>
        <g className="timeline-marker-lines" aria-hidden="true">
          {placed.map(({ marker, x, colour }) => (
            <line
              key={marker.event.id}
              x1={x}
              x2={x}
              y1={plot.y}
              y2={bottom}
              stroke={colour}
              strokeDasharray="3 3"
            />
          ))}
        </g>
      </ZIndexLayer>
      <ZIndexLayer zIndex={DefaultZIndexes.line - 1}>
        <g className="timeline-markers" aria-hidden="true">
          {placed.map(({ marker, x, colour }) => (
            <MarkerBadge
              key={marker.event.id}
              number={marker.number}
              stack={marker.stack}
              colour={colour}
              x={x}
              top={plot.y}
            />
          ))}
        </g>
      </ZIndexLayer>
    </>
  );
}
