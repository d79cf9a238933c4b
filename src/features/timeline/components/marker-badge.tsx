interface Props {
  number: number;
  /** Position among markers of the same period: badges stack downwards. */
  stack: number;
  colour: string;
  /** Given by Recharts when it clones the label into a ReferenceLine. */
  viewBox?: unknown;
}

function isBox(value: unknown): value is { x: number; y: number } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'x' in value &&
    'y' in value &&
    typeof value.x === 'number' &&
    typeof value.y === 'number'
  );
}

/** A numbered badge at the top of a context-event line; the key below the chart names it. */
export function MarkerBadge({ number, stack, colour, viewBox }: Props) {
  if (!isBox(viewBox)) return null;
  const cx = viewBox.x;
  const cy = viewBox.y - 10 + stack * 20;
  return (
    <g className="timeline-marker" aria-hidden="true">
      <circle cx={cx} cy={cy} r={9} fill="var(--bg)" stroke={colour} strokeWidth={2} />
      <text x={cx} y={cy + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--text)">
        {number}
      </text>
    </g>
  );
}
