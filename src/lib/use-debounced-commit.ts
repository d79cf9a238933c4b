import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Long enough to batch a burst of keystrokes, short enough to feel live. */
const TYPING_DEBOUNCE_MS = 150;

/**
 * A text field's draft that is written to the URL (or any store) after the
 * user pauses, so typing stays responsive with a large bundle and the URL is
 * written once per pause. `commitNow` writes at once (Enter). A change from
 * outside (a cleared filter, the back button) replaces the draft.
 */
export function useDebouncedCommit(value: string, commit: (value: string) => void, delay = TYPING_DEBOUNCE_MS) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  // The latest commit function: a timer set by an older render must not write through a stale setter.
  const commitRef = useRef(commit);
  useLayoutEffect(() => {
    commitRef.current = commit;
  });
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => commitRef.current(draft), delay);
    return () => window.clearTimeout(timer);
  }, [draft, value, delay]);
  const commitNow = useCallback((text: string) => commitRef.current(text), []);
  return [draft, setDraft, commitNow] as const;
}
