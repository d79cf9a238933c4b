import { ExternalLink } from '../../../components/external-link';
import { formatQualified } from '../../../data/qualifiers';
import type { Coverage, Source } from '../../../data/schema';
import { formatPartialDate } from '../../../lib/dates';
import type { CoverageTable } from '../lib/coverage';
import { useT } from '../../../i18n/use-t';
import { recordText, type Translatable } from '../../../i18n/record-text';

interface Props {
  coverage: Coverage | undefined;
  lastPage: Source | undefined;
  table: CoverageTable;
}

/** What the bundle covers, and per year how the documented sample compares with the official counts. */
export function CoverageSection({ coverage, lastPage, table }: Props) {
  const t = useT();
  // The coverage notes are the editors' texts, written in English (the bundle has no other versions of them yet).
  const notes = coverage ? coverage.notes.map((note) => ({ key: note, text: recordText<Translatable & { note: string }>({ note }, 'note') })) : [];
  return (
    <section className="card sources-coverage" aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t('sources.coverage.heading')}</h2>
      {coverage ? (
        <>
          <dl className="sources-coverage__facts">
            <dt>{t('sources.coverage.recordsCover')}</dt>
            <dd>
              {t('sources.coverage.range', {
                from: formatPartialDate(coverage.from),
                to: formatPartialDate(coverage.to),
              })}
            </dd>
            <dt>{t('sources.coverage.latestPage')}</dt>
            <dd>
              {formatPartialDate(coverage.lastPageFound)}
              {lastPage ? (
                <>
                  {t('sources.coverage.latestPageSeparator')} {lastPage.publisher},{' '}
                  <ExternalLink href={lastPage.url}>
                    <span lang={lastPage.language}>{lastPage.title}</span>
                  </ExternalLink>
                </>
              ) : (
                <> ({coverage.lastPageSource})</>
              )}
            </dd>
          </dl>
          {notes.length > 0 && (
            <ul className="sources-coverage__notes">
              {notes.map(({ key, text }) => (
                <li key={key}>
                  {text?.fallback ? (
                    <>
                      <span lang={text.lang}>{text.text}</span>{' '}
                      <small className="muted">{t('sources.recordText.inEnglish')}</small>
                    </>
                  ) : (
                    text?.text
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <p className="muted">{t('sources.coverage.none')}</p>
      )}
      {table.years.length > 0 && (
        <div className="sources-coverage__table" tabIndex={0} role="region" aria-label={t('sources.coverage.tableLabel')}>
          <table className="chart-table">
            <caption>
              {t('sources.coverage.caption')} <span className="derived-tag">{t('sources.coverage.derived')}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('sources.coverage.year')}</th>
                <th scope="col" className="num">
                  {t('sources.coverage.documented')}
                </th>
                {table.series.map((s) => (
                  <th key={s} scope="col" className="num">
                    {t('sources.coverage.official', { series: s })}
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
                    {y.followUps > 0 && (
                      <span className="muted"> {t('sources.coverage.followUps', { count: y.followUps })}</span>
                    )}
                  </td>
                  {y.official.map((c, i) => (
                    <td key={table.series[i] ?? i} className="num">
                      {c ? formatQualified(c.count, c.qualifier) : '–'}
                      {c && !c.official && <span className="muted"> {t('sources.coverage.unofficial')}</span>}
                      {c?.placed && <span className="muted"> {t('sources.coverage.placed')}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">{t('sources.coverage.explanation')}</p>
        </div>
      )}
    </section>
  );
}
