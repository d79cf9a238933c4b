import { APPROACH_COLOURS } from '../../../charts/palette';
import type { Approach } from '../../../data/schema';
import { APPROACH_BADGES } from '../lib/labels';

/** HARD or SOFT, always as a word beside its app-wide colour, never colour alone. */
export function ApproachBadge({ approach }: { approach: Approach }) {
  return (
    <span className={`cm-badge cm-badge--${approach}`}>
      <span
        className="cm-badge__swatch"
        style={{ background: APPROACH_COLOURS[approach] }}
        aria-hidden="true"
      />
      {APPROACH_BADGES[approach]}
    </span>
  );
}
