import { useLocation } from 'react-router-dom';
import { richMessage } from '../components/rich-message';
import { useBundle } from '../data/bundle-query';
import type { Bundle } from '../data/schema';
import { useT } from '../i18n/use-t';
import { siteHref } from '../lib/same-origin';

const selectTitle = (bundle: Bundle) => bundle.meta;

/** The same banner as for ?data=, naming the kept bundle once it has loaded. */
export function LocalBanner() {
  const t = useT();
  const location = useLocation();
  const meta = useBundle(selectTitle).data;
  const params = new URLSearchParams(location.search);
  params.delete('local');
  params.delete('data');
  return (
    <div className="data-banner" role="status">
      <div className="container">
        {meta
          ? richMessage(t, 'app.localBanner.textNamed', {
              title: <b>{t('app.localBanner.bundleTitle', { title: meta.title, version: meta.version })}</b>,
            })
          : t('app.localBanner.text')}{' '}
        <a href={siteHref(location.pathname, params.toString())}>{t('app.banner.backToDefault')}</a> ·{' '}
        <a href={siteHref('/data')}>{t('app.nav.data')}</a>
      </div>
    </div>
  );
}
