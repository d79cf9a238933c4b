import { formatCount } from '../../../lib/format';
import { useT } from '../../../i18n/use-t';

interface Props {
  shown: number;
  total: number;
  filtered: boolean;
  onClear: () => void;
  onDownload: () => void;
}

/** "12 of 41 measures", announced politely as it changes, with the actions on the result. */
export function ResultBar({ shown, total, filtered, onClear, onDownload }: Props) {
  const t = useT();
  return (
    <div className="cm-results">
      <p className="cm-results__count num" role="status">
        {t('countermeasures.results.count', { shown: formatCount(shown), total })}
      </p>
      <div className="cm-results__actions">
        <button type="button" className="button button--quiet" onClick={onClear} disabled={!filtered}>
          {t('countermeasures.results.clear')}
        </button>
        <button type="button" className="button" onClick={onDownload}>
          {t('countermeasures.results.download')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => window.print()}>
          {t('countermeasures.results.print')}
        </button>
      </div>
    </div>
  );
}
