import { useState, type ReactNode } from 'react';

/**
 * A <details> whose content is made only once it is first opened. The source
 * lists folded under charts hold hundreds of links each (over 1,500 elements on
 * /timeline); making them up front cost every page load their rendering time.
 * A closed <details> is neither shown nor printed, so nothing visible changes.
 * The build opens each once before saving a static page (scripts/prerender.mjs),
 * so readers without JavaScript and crawlers still find every source link.
 */
export function LazyDetails({ className, summary, children }: { className?: string; summary: ReactNode; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      data-lazy-details=""
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary>{summary}</summary>
      {opened && children}
    </details>
  );
}
