import { DataLink } from '../components/data-link';
import { useT } from '../i18n/use-t';

export function NotFoundPage() {
  const t = useT();
  return (
    <>
      <title>{`${t('app.notFound.title')} · ${t('app.site.name')}`}</title>
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.text')}</p>
      <p>
        <DataLink to="/">{t('app.common.toOverview')}</DataLink>
      </p>
    </>
  );
}
