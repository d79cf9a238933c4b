import { Outlet, useLocation } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { DataLink, DataNavLink } from '../components/data-link';
import { richMessage } from '../components/rich-message';
import { useDataParam, useLocalParam } from '../data/bundle-query';
import type { MessageId } from '../i18n/i18n';
import { useT } from '../i18n/use-t';
import { Footer } from './footer';
import { PwaNotices } from './pwa/pwa-notices';
import { LanguageAlternates, LanguagePicker } from './language-picker';
import { ThemePicker } from './theme-picker';
import { siteHref } from '../lib/same-origin';

// Only a reader with a bundle of their own (?local=) needs the banner's code.
const LocalBanner = lazy(() => import('./local-banner').then((m) => ({ default: m.LocalBanner })));

const NAV: readonly { to: string; label: MessageId }[] = [
  { to: '/fighters', label: 'app.nav.fighters' },
  { to: '/timeline', label: 'app.nav.timeline' },
  { to: '/countermeasures', label: 'app.nav.countermeasures' },
  { to: '/sources', label: 'app.nav.sources' },
  { to: '/data', label: 'app.nav.data' },
];

function DataBanner({ data }: { data: string }) {
  const t = useT();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete('data');
  const rest = params.toString();
  return (
    <div className="data-banner" role="status">
      <div className="container">
        {richMessage(t, 'app.dataBanner.text', { address: <code>{data}</code> })}{' '}
        <a href={siteHref(location.pathname, rest)}>{t('app.banner.backToDefault')}</a>
      </div>
    </div>
  );
}

export function Layout() {
  const t = useT();
  const data = useDataParam();
  const local = useLocalParam();
  return (
    <>
      <LanguageAlternates />
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <DataLink to="/" className="site-header__brand">
            {t('app.brand.name')} <span className="site-header__sub">{t('app.brand.sub')}</span>
          </DataLink>
          <nav aria-label={t('app.nav.label')}>
            <ul className="site-nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <DataNavLink to={item.to}>{t(item.label)}</DataNavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            <DataLink to="/present" className="site-header__present">
              {t('app.nav.present')}
            </DataLink>
            <ThemePicker />
            <LanguagePicker />
          </div>
        </div>
      </header>
      {local !== null ? (
        <Suspense fallback={null}>
          <LocalBanner />
        </Suspense>
      ) : (
        data !== null && <DataBanner data={data} />
      )}
      <main id="main" tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <Footer />
      <PwaNotices />
    </>
  );
}
