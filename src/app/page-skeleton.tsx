import { useT } from '../i18n/use-t';

/** Shown while the first route's code loads: the page's frame, no content yet. */
export function PageSkeleton() {
  const t = useT();
  return (
    <div className="container site-main" aria-busy="true">
      <p className="muted">{t('app.loading')}</p>
    </div>
  );
}
