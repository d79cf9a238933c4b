import { formatCount } from '../../../lib/format';
import { pluralMeasures } from '../lib/labels';

interface Props {
  shown: number;
  total: number;
  filtered: boolean;
  onClear: () => void;
  onDownload: () => void;
}

/** "12 of 41 measures", announced politely as it changes, with the actions on the result. */
export function ResultBar({ shown, total, filtered, onClear, onDownload }: Props) {
  return (
    <div className="cm-results">
      <p className="cm-results__count num" role="status">
        {formatCount(shown)} of {pluralMeasures(total)}
      </p>
      <div className="cm-results__actions">
        <button type="button" className="button button--quiet" onClick={onClear} disabled={!filtered}>
          Clear filters
        </button>
        <button type="button" className="button" onClick={onDownload}>
          Download CSV
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          Print
        </button>
      </div>
    </div>
  );
}
