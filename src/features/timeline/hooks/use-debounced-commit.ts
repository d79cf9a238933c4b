import { useEffect, useRef, useState } from 'react';

/**
 * A text field's draft that commits after the user pauses, so typing stays
 * responsive with a large bundle and the URL is written once per pause.
 * A change from outside (a cleared filter, the back button) resets the draft.
 */
export function useDebouncedCommit(value: string, commit: (value: string) => void, delay = 150) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  const commitRef = useRef(commit);
  useEffect(() => {
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
  return [draft, setDraft] as const;
}
