import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True from `beforeprint` to `afterprint`. The print snapshot is taken right
 * after `beforeprint`, so the state is flushed synchronously: a virtualised
 * list can put every row in the page before the browser lays it out.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
