import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { formatCount } from '../lib/format';

interface Props<T> {
  items: readonly T[];
  /** Items drawn at first and added per "Show more". */
  pageSize: number;
  /** An item that must be drawn from the start (the target of a link), by index. */
  revealIndex?: number;
  /** "records", "sources": what the button counts, in the page's language. */
  noun: string;
  className?: string;
  /** An <ol> (numbered items) rather than a <ul>. */
  ordered?: boolean;
  children: (item: T, index: number) => ReactNode;
}

/**
 * A list drawn a page at a time. A bundle may hold 100,000 records citing one
 * source; drawing every row in one task froze the tab for seconds, so the list
 * draws `pageSize` and says how many are left, and each click adds a page.
 */
export function PagedList<T>({ items, pageSize, revealIndex, noun, className, ordered, children }: Props<T>) {
  const t = useT();
  const List = ordered ? 'ol' : 'ul';
  const initial = Math.max(pageSize, revealIndex !== undefined && revealIndex >= 0 ? revealIndex + 1 : 0);
  const [shown, setShown] = useState(initial);
  const visible = items.slice(0, shown);
  const rest = items.length - visible.length;
  return (
    <>
      <List className={className}>{visible.map((item, index) => children(item, index))}</List>
      {rest > 0 && (
        <p className="paged-list__more">
          <span className="muted">
            {t('app.pagedList.showing', { shown: formatCount(visible.length), total: formatCount(items.length), noun })}{' '}
          </span>
          <button type="button" className="button" onClick={() => setShown((n) => n + pageSize)}>
            {t('app.pagedList.more', { count: formatCount(Math.min(pageSize, rest)) })}
          </button>
        </p>
      )}
    </>
  );
}
