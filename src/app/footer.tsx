import { DataLink } from '../components/data-link';
import { richMessage } from '../components/rich-message';
import { useBundle } from '../data/bundle-query';
import { useT } from '../i18n/use-t';
import { formatPartialDate } from '../lib/dates';
import type { Bundle } from '../data/schema';

const selectMeta = (bundle: Bundle) => bundle.meta;

export function Footer() {
  const t = useT();
  const meta = useBundle(selectMeta);
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p>
          {meta.data ? (
            <>
              {richMessage(t, 'app.footer.version', {
                version: <strong>{meta.data.version}</strong>,
                date: <strong>{formatPartialDate(meta.data.asOf)}</strong>,
              })}{' '}
            </>
          ) : meta.isError ? (
            <>{t('app.footer.notLoaded')} </>
          ) : (
            <>{t('app.loadingData')} </>
          )}
          {richMessage(t, 'app.footer.cites', { link: <DataLink to="/sources">{t('app.footer.sourcesLink')}</DataLink> })}
        </p>
        <p className="muted">{t('app.footer.note')}</p>
      </div>
    </footer>
  );
}
