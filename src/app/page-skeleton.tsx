/** Shown while the first route's code loads: the page's frame, no content yet. */
export function PageSkeleton() {
  return (
    <div className="container site-main" aria-busy="true">
      <p className="muted">Loading…</p>
    </div>
  );
}
