import { ExternalLink } from '../../../components/external-link';
import { formatQualified } from '../../../data/qualifiers';
import type { Coverage, Source } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import type { CoverageTable } from '../lib/coverage';

interface Props {
  coverage: Coverage | undefined;
  lastPage: Source | undefined;
  table: CoverageTable;
}

/** What the bundle covers, and per year how the documented sample compares with the official counts. */
export function CoverageSection({ coverage, lastPage, table }: Props) {
  return (
    <section className="card sources-coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Coverage</h2>
      {coverage ? (
        <>
          <dl className="sources-coverage__facts">
            <dt>Records cover</dt>
            <dd>
              {formatPartialDate(coverage.from)} to {formatPartialDate(coverage.to)}
            </dd>
            <dt>Latest page found</dt>
            <dd>
              {formatPartialDate(coverage.lastPageFound)}
              {lastPage ? (
                <>
                  : {lastPage.publisher}, <ExternalLink href={lastPage.url}>{lastPage.title}</ExternalLink>
                </>
              ) : (
                <> ({coverage.lastPageSource})</>
              )}
            </dd>
          </dl>
          {coverage.notes.length > 0 && (
            <ul className="sources-coverage__notes">
              {coverage.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">This bundle does not say what it covers; the table spans its records.</p>
      )}
      {table.years.length > 0 && (
        <div className="sources-coverage__table" tabIndex={0} role="region" aria-label="Coverage per year">
          <table className="chart-table">
            <caption>
              Documented cell dismantlings per year against the official per-year counts, each series apart{' '}
              <span className="derived-tag">derived</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="num">
                  Documented here
                </th>
                {table.series.map((s) => (
                  <th key={s} scope="col" className="num">
                    Official: {s}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">
                    {y.documented}
                    {y.followUps > 0 && <span className="muted"> (+{y.followUps} follow-up)</span>}
                  </td>
                  {y.official.map((c, i) => (
                    <td key={table.series[i] ?? i} className="num">
                      {c ? formatQualified(c.count, c.qualifier) : '–'}
                      {c && !c.official && <span className="muted"> (unofficial)</span>}
                      {c?.placed && <span className="muted"> (year placed by the editors)</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">
            Documented: the dismantlings compiled here, counted by the year of their date; a follow-up operation on an
            earlier cell is not a new cell and is shown apart. Official: the latest statement of each series for that
            year (– where the series gives none). The documented events are a sample; the official counts are the
            reference.
          </p>
        </div>
      )}
    </section>
  );
}
