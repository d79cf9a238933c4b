/** The diagonal hatch that marks derived values, in the segment's own colour, light enough to label on. */
export function HatchPattern({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect width="8" height="8" fill={colour} fillOpacity="0.18" />
      <line x1="0" y1="0" x2="0" y2="8" stroke={colour} strokeWidth="2.5" strokeOpacity="0.75" />
    </pattern>
  );
}
