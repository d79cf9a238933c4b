import { useId } from 'react';
import { useDebouncedCommit } from '../../../lib/use-debounced-commit';
import { useT } from '../../../i18n/use-t';

interface Props {
  /** The search in the URL. */
  value: string;
  /** Writes the search to the URL; called once typing pauses, or at once on Enter. */
  onCommit: (value: string) => void;
}

/**
 * The input shows what is typed at once; the URL (and so the filtering) follows
 * after a pause, so a fast typist does not re-filter thousands of measures per key.
 */
export function SearchBox({ value, onCommit }: Props) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const [shown, setShown, commitNow] = useDebouncedCommit(value, onCommit);
  return (
    <div className="field cm-search">
      <label htmlFor={id}>{t('countermeasures.search.label')}</label>
      <input
        id={id}
        type="search"
        value={shown}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        placeholder={t('countermeasures.search.placeholder')}
        onChange={(e) => {
          setShown(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commitNow(e.currentTarget.value);
        }}
      />
      <span id={hintId} className="cm-hint muted">
        {t('countermeasures.search.hint')}
      </span>
    </div>
  );
}
