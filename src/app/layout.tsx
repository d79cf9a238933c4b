import { Outlet, useLocation } from 'react-router-dom';
import { lazy, Suspense } from 'react';
import { DataLink, DataNavLink } from '../components/data-link';
import { useDataParam, useLocalParam } from '../data/bundle-query';
import { Footer } from './footer';
import { PwaNotices } from './pwa/pwa-notices';
import { LanguageAlternates, LanguagePicker } from './language-picker';
import { ThemePicker } from './theme-picker';
import { siteHref } from '../lib/same-origin';

// Only a reader with a bundle of their own (?local=) needs the banner's code.
const LocalBanner = lazy(() => import('./local-banner').then((m) => ({ default: m.LocalBanner })));

const NAV = [
  { to: '/fighters', label: 'Foreign fighters' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/countermeasures', label: 'Countermeasures' },
  { to: '/sources', label: 'Sources' },
  { to: '/data', label: 'Your data' },
];

function DataBanner({ data }: { data: string }) {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  params.delete('data');
  const rest = params.toString();
  return (
    <div className="data-banner" role="status">
      <div className="container">
        Showing data loaded from <code>{data}</code>, not the dashboard&apos;s own bundle.{' '}
        <a href={siteHref(location.pathname, rest)}>Back to the default data</a>
      </div>
    </div>
  );
}

export function Layout() {
  const data = useDataParam();
  const local = useLocalParam();
  return (
    <>
      <LanguageAlternates />
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <DataLink to="/" className="site-header__brand">
            Morocco &amp; ISIS <span className="site-header__sub">foreign fighters and counter-terrorism</span>
          </DataLink>
          <nav aria-label="Main">
            <ul className="site-nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <DataNavLink to={item.to}>{item.label}</DataNavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="site-header__tools">
            <DataLink to="/present" className="site-header__present">
              Present
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
