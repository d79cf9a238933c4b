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
  const bundleUrl = useBundleUrl();
  const { hash } = useLocation();
  return (
    <>
      <PageHeader
        title="Sources and method"
        lede="Every record in the dashboard cites at least one of these sources. Open a source to see which records rely on it."
      />
      <section className="sources-downloads card" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">Download the data</h2>
        <ul>
          <li>
            <DownloadPackage />
          </li>
          <li>
            {/* A bundle kept on this device has no address to link to; /data downloads it. */}
            <a href={bundleUrl.startsWith(LOCAL_PREFIX) ? '/data' : bundleUrl} download={!bundleUrl.startsWith(LOCAL_PREFIX)}>
              The data bundle (JSON)
            </a>{' '}
            <span className="muted">— every figure, event, measure and source shown here.</span>
          </li>
          <li>
            <a href="/data/bundle.schema.json" download>
              Its JSON Schema
            </a>{' '}
            <span className="muted">— the format, for writing your own bundle and opening it with ?data=.</span>
          </li>
        </ul>
      </section>
      <WithBundle select={selectBibliography}>
        {({ meta, groups, count, coverage, lastPage }) => (
          <>
            <section className="card sources-cite" aria-labelledby="cite-heading">
              <h2 id="cite-heading">How to cite this compilation</h2>
              <p>
                {meta.title}, data version {meta.version}, as of {formatPartialDate(meta.asOf)}. {meta.licence}
              </p>
              <p className="muted">
                Cite the original source of any figure you reuse; the compilation is a finding aid, not the source.
              </p>
            </section>
            <CoverageSection coverage={meta.coverage} lastPage={lastPage} table={coverage} />
            <section aria-labelledby="method-heading" className="sources-method">
              <h2 id="method-heading">Method</h2>
              <dl>
                <dt>Official figures</dt>
                <dd>{meta.conventions.official}</dd>
                <dt>Dates</dt>
                <dd>{meta.conventions.dates}</dd>
                <dt>Derived values</dt>
                <dd>{meta.conventions.derived}</dd>
                <dt>Horizons of countermeasures</dt>
                <dd>{meta.conventions.horizons}</dd>
                <dt>Source titles</dt>
                <dd>{meta.conventions.sources}</dd>
              </dl>
            </section>
            <section aria-labelledby="bibliography-heading">
              <h2 id="bibliography-heading">Bibliography ({count} sources)</h2>
              {groups.map((group) => (
                <section key={group.kind} className="sources-group" aria-labelledby={`kind-${group.kind}`}>
                  <h3 id={`kind-${group.kind}`}>
                    {group.label} <span className="muted num">({group.entries.length})</span>
                  </h3>
                  <PagedList
                    items={group.entries}
                    pageSize={SOURCES_PAGE}
                    revealIndex={group.entries.findIndex((e) => `#source-${e.source.id}` === hash)}
                    noun="sources"
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
