import { useLocation } from 'react-router-dom';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { WithBundle } from '../../components/with-bundle';
import { LOCAL_PREFIX, useBundleUrl } from '../../data/bundle-query';
import { formatPartialDate } from '../../lib/dates';
import type { Bundle } from '../../data/schema';
import { DownloadPackage } from './components/download-package';
import { SourceItem } from './components/source-item';
import { groupSources } from './lib/group-sources';
import { coverageByYear } from './lib/coverage';
import { CoverageSection } from './components/coverage-section';
import { EditorText } from './components/editor-text';
import { SOURCE_KIND_LABELS } from '../../data/source-kinds';
import { useT } from '../../i18n/use-t';
import { siteHref } from '../../lib/same-origin';

const selectBibliography = (bundle: Bundle) => ({
  meta: bundle.meta,
  coverage: coverageByYear(bundle),
  lastPage: bundle.sources.find((s) => s.id === bundle.meta.coverage?.lastPageSource),
  groups: groupSources(bundle),
  count: bundle.sources.length,
});

/** Sources drawn per kind before "Show more"; a link to one further down draws down to it. */
const SOURCES_PAGE = 200;

export function SourcesPage() {
  const t = useT();
  const bundleUrl = useBundleUrl();
  const { hash } = useLocation();
  return (
    <>
      <PageHeader title={t('sources.page.title')} lede={t('sources.page.lede')} />
      <section className="sources-downloads card" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('sources.downloads.heading')}</h2>
        <ul>
          <li>
            <DownloadPackage />
          </li>
          <li>
            {/* A bundle kept on this device has no address to link to; /data downloads it. */}
            <a
              href={bundleUrl.startsWith(LOCAL_PREFIX) ? siteHref('/data') : bundleUrl}
              download={!bundleUrl.startsWith(LOCAL_PREFIX)}
            >
              {t('sources.downloads.bundle')}
            </a>{' '}
            <span className="muted">{t('sources.downloads.bundleNote')}</span>
          </li>
          <li>
            <a href="/data/bundle.schema.json" download>
              {t('sources.downloads.schema')}
            </a>{' '}
            <span className="muted">{t('sources.downloads.schemaNote')}</span>
          </li>
        </ul>
      </section>
      <WithBundle select={selectBibliography}>
        {({ meta, groups, count, coverage, lastPage }) => (
          <>
            <section className="card sources-cite" aria-labelledby="cite-heading">
              <h2 id="cite-heading">{t('sources.cite.heading')}</h2>
              <p>
                {t('sources.cite.line', {
                  title: meta.title,
                  version: meta.version,
                  date: formatPartialDate(meta.asOf),
                })}{' '}
                <EditorText record={meta} field="licence" />
              </p>
              <p className="muted">{t('sources.cite.note')}</p>
            </section>
            <CoverageSection coverage={meta.coverage} lastPage={lastPage} table={coverage} />
            <section aria-labelledby="method-heading" className="sources-method">
              <h2 id="method-heading">{t('sources.method.heading')}</h2>
              <dl>
                <dt>{t('sources.method.official')}</dt>
                <dd>
                  <EditorText record={meta.conventions} field="official" />
                </dd>
                <dt>{t('sources.method.dates')}</dt>
                <dd>
                  <EditorText record={meta.conventions} field="dates" />
                </dd>
                <dt>{t('sources.method.derived')}</dt>
                <dd>
                  <EditorText record={meta.conventions} field="derived" />
                </dd>
                <dt>{t('sources.method.horizons')}</dt>
                <dd>
                  <EditorText record={meta.conventions} field="horizons" />
                </dd>
                <dt>{t('sources.method.sourceTitles')}</dt>
                <dd>
                  <EditorText record={meta.conventions} field="sources" />
                </dd>
                <dt>{t('sources.method.languages')}</dt>
                <dd>{t('sources.method.languagesText')}</dd>
                <dt>{t('sources.method.direction')}</dt>
                <dd>{t('sources.method.directionText')}</dd>
              </dl>
            </section>
            <section aria-labelledby="bibliography-heading">
              <h2 id="bibliography-heading">{t('sources.bibliography.heading', { count })}</h2>
              {groups.map((group) => (
                <section key={group.kind} className="sources-group" aria-labelledby={`kind-${group.kind}`}>
                  <h3 id={`kind-${group.kind}`}>
                    {SOURCE_KIND_LABELS[group.kind]} <span className="muted num">({group.entries.length})</span>
                  </h3>
                  <PagedList
                    items={group.entries}
                    pageSize={SOURCES_PAGE}
                    revealIndex={group.entries.findIndex((e) => `#source-${e.source.id}` === hash)}
                    noun={t('sources.bibliography.noun')}
                    className="sources-list"
                  >
                    {(entry) => <SourceItem key={entry.source.id} entry={entry} />}
                  </PagedList>
                </section>
              ))}
            </section>
          </>
        )}
      </WithBundle>
    </>
  );
}
