import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** Long enough to batch a burst of keystrokes, short enough to feel live. */
export const SEARCH_DEBOUNCE_MS = 150;

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
  const id = useId();
  const hintId = useId();
  // What is typed but not yet in the URL, and the URL value it started from.
  const [draft, setDraft] = useState<{ text: string; base: string } | null>(null);
  if (draft !== null && (value === draft.text || value !== draft.base)) setDraft(null);

  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The latest commit function: a timer set by an older render must not write through a stale setter.
  const commitRef = useRef(onCommit);
  useLayoutEffect(() => {
    commitRef.current = onCommit;
  });
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  const schedule = (text: string, delay: number) => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      commitRef.current(text);
    }, delay);
  };

  const shown = draft?.text ?? value;
  return (
    <div className="field cm-search">
      <label htmlFor={id}>Search titles and descriptions</label>
      <input
        id={id}
        type="search"
        value={shown}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hintId}
        placeholder="e.g. prison, imams, education"
        onChange={(e) => {
          const text = e.target.value;
          setDraft((d) => ({ text, base: d?.base ?? value }));
          schedule(text, SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') schedule(e.currentTarget.value, 0);
        }}
      />
      <span id={hintId} className="cm-hint muted">
        Every word must appear; case and accents are ignored.
      </span>
    </div>
  );
}
