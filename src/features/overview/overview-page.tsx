import { DataLink } from '../../components/data-link';
import { ExternalLink } from '../../components/external-link';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { formatCount } from '../../lib/format';
import { formatQualified, qualifierWord } from '../../data/qualifiers';
import { provenanceLabel } from '../../data/source-kinds';
import type { Qualifier } from '../../data/schema';
import { formatPartialDate } from '../../lib/dates';
import type { SourcesById } from '../../data/sources';
import { recordText, type Translatable } from '../../i18n/record-text';
import { useLocale, useT } from '../../i18n/use-t';
import { selectOverview, yearSpan, type LatestFigure, type OverviewData } from './lib/overview-data';
import { rich, slot } from '../../components/rich-slots';
import './overview.css';

/**
 * A text the editors wrote in the bundle (who said it), in the page's language
 * when the bundle has it; otherwise the English, marked lang="en" and "(in English)".
 */
function EditorText<R extends object>({ record, field }: { record: R; field: keyof R & string }) {
  const t = useT();
  const locale = useLocale();
  const text = recordText(record as R & Translatable, field);
  if (!text) return null;
  if (!text.fallback) return text.lang === locale ? <>{text.text}</> : <span lang={text.lang}>{text.text}</span>;
  return (
    <>
      <span lang="en">{text.text}</span> <small className="muted">{t('overview.recordText.inEnglish')}</small>
    </>
  );
}

function Cite({ ids, sources }: { ids: string[]; sources: SourcesById }) {
  const t = useT();
  return (
    <>
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && t('overview.listSeparator')}
            {s ? <ExternalLink href={s.url}>{s.publisher}</ExternalLink> : id}
          </span>
        );
      })}
    </>
  );
}

/** A headline number with its source's hedge set small before it: "about 1,664". */
function Figure({ value, qualifier }: { value: number; qualifier?: Qualifier | undefined }) {
  return (
    <>
      {qualifier && <span className="key-figure__qualifier">{qualifierWord(qualifier)} </span>}
      {formatCount(value)}
    </>
  );
}

const signed = (change: NonNullable<LatestFigure['change']>) =>
  `${change.qualifier ? `${qualifierWord(change.qualifier)} ` : ''}${change.value > 0 ? '+' : change.value < 0 ? '−' : '±'}${formatCount(Math.abs(change.value))}`;

function LatestFigures({ data }: { data: OverviewData }) {
  const t = useT();
  const { snapshot, latest } = data;
  if (!snapshot || latest.length === 0) return null;
  const when = formatPartialDate(snapshot.date, snapshot.approximate);
  return (
    <div className="key-figures__latest" tabIndex={0} role="region" aria-label={t('overview.latest.region')}>
      <table className="chart-table latest-table">
        <caption>
          {t('overview.latest.caption', { when })} <span className="derived-tag">{t('overview.derived.tag')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('overview.latest.figure')}</th>
            <th scope="col" className="num">
              {when}
            </th>
            <th scope="col" className="num">
              {t('overview.latest.latestOfficial')}
            </th>
            <th scope="col">{t('overview.latest.whenWho')}</th>
            <th scope="col" className="num">
              {t('overview.latest.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {latest.map((l) => {
            const s = l.latest.snapshot;
            return (
              <tr key={l.key}>
                <th scope="row">{t(l.label)}</th>
                <td className="num">{l.headline ? formatQualified(l.headline.value, l.headline.qualifier) : '–'}</td>
                <td className="num">{formatQualified(l.latest.value, l.latest.qualifier)}</td>
                <td>
                  {rich(
                    t('overview.latest.whenWhoCell', {
                      date: s.placed
                        ? t('overview.date.placed', { date: formatPartialDate(s.date, s.approximate) })
                        : formatPartialDate(s.date, s.approximate),
                      speaker: slot('speaker'),
                      sources: slot('sources'),
                    }),
                    { speaker: <EditorText record={s} field="speaker" />, sources: <Cite ids={s.sources} sources={data.sourcesById} /> },
                  )}
                </td>
                <td className="num">{l.change ? signed(l.change) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="key-figures__source">{t('overview.latest.changeNote', { when })}</p>
    </div>
  );
}

function KeyFigures({ data }: { data: OverviewData }) {
  const t = useT();
  const { snapshot, cellCount } = data;
  const men = data.men?.value ?? null;
  const unaccounted = data.unaccounted?.value ?? null;
  const kinds = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = data.sourcesById.get(id);
      return source ? [source.kind] : [];
    });
  return (
    <section aria-labelledby="key-figures" className="key-figures">
      <h2 id="key-figures" className="visually-hidden">
        {t('overview.keyFigures.heading')}
      </h2>
      {snapshot && data.figures.length > 0 && (
        <div className="key-figures__group card">
          <dl className="key-figures__list">
            {data.figures.map((f) => (
              <div key={f.key} className={`key-figure key-figure--${f.key}`}>
                <dt className="key-figure__label">{t(f.label)}</dt>
                <dd className="key-figure__value num">
                  <Figure value={f.value} qualifier={f.qualifier} />
                </dd>
              </div>
            ))}
          </dl>
          {(men !== null || unaccounted !== null) && (
            <p className="key-figures__derived">
              <span className="derived-tag">{t('overview.derived.tag')}</span>{' '}
              {t('overview.derived.sentence', {
                parts: [
                  ...(men !== null ? [t('overview.derived.men', { value: formatQualified(men, data.men?.qualifier) })] : []),
                  ...(unaccounted !== null
                    ? [t('overview.derived.unaccounted', { value: formatQualified(unaccounted, data.unaccounted?.qualifier) })]
                    : []),
                ].join(t('overview.listSeparator')),
              })}
              {(data.men?.qualifier ?? data.unaccounted?.qualifier) && ` ${t('overview.derived.about')}`}
            </p>
          )}
          <p className="key-figures__source">
            {rich(
              t('overview.keyFigures.source', {
                date: formatPartialDate(snapshot.date, snapshot.approximate),
                speaker: slot('speaker'),
                provenance: provenanceLabel(snapshot.official, kinds(snapshot.sources)),
                sources: slot('sources'),
              }),
              {
                speaker: <EditorText record={snapshot} field="speaker" />,
                sources: <Cite ids={snapshot.sources} sources={data.sourcesById} />,
              },
            )}{' '}
            <DataLink to="/fighters">{t('overview.keyFigures.compareLink')}</DataLink>
          </p>
          <LatestFigures data={data} />
        </div>
      )}
      {cellCount && (
        <div className="key-figures__group card key-figures__cells">
          <dl className="key-figures__list">
            <div className="key-figure">
              <dt className="key-figure__label">
                {cellCount.since
                  ? t('overview.cells.labelSince', {
                      coverage: cellCount.coverage === 'isis-linked' ? 'isis' : 'all',
                      since: formatPartialDate(cellCount.since),
                    })
                  : t('overview.cells.label', { coverage: cellCount.coverage === 'isis-linked' ? 'isis' : 'all' })}
              </dt>
              <dd className="key-figure__value num">
                <Figure value={cellCount.count} qualifier={cellCount.qualifier} />
              </dd>
            </div>
          </dl>
          <p className="key-figures__source">
            {rich(
              t('overview.cells.source', {
                date: formatPartialDate(cellCount.date, cellCount.approximate),
                statedBy: slot('statedBy'),
                official: cellCount.official ? 'yes' : 'no',
                sources: slot('sources'),
              }),
              {
                statedBy: <EditorText record={cellCount} field="statedBy" />,
                sources: <Cite ids={cellCount.sources} sources={data.sourcesById} />,
              },
            )}
          </p>
        </div>
      )}
    </section>
  );
}

function Views({ data }: { data: OverviewData }) {
  const t = useT();
  const { events, measures } = data;
  const strong = (value: number) => <strong className="num">{formatCount(value)}</strong>;
  return (
    <section aria-labelledby="views-heading" className="view-cards">
      <h2 id="views-heading">{t('overview.views.heading')}</h2>
      <ul className="view-cards__list">
        <li className="card view-card">
          <h3>
            <DataLink to="/fighters">{t('overview.views.fighters.title')}</DataLink>
          </h3>
          <p>{t('overview.views.fighters.text', { count: formatCount(data.statements) })}</p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/timeline">{t('overview.views.timeline.title')}</DataLink>
          </h3>
          <p>
            {rich(
              t('overview.views.timeline.text', {
                count: slot('count'),
                hasYears: events.first ? 'yes' : 'no',
                years: yearSpan(events.first, events.last),
                hasFollowUps: events.followUps > 0 ? 'yes' : 'no',
                followUps: formatCount(events.followUps),
                arrested: slot('arrested'),
                hasAbroad: events.abroad > 0 ? 'yes' : 'no',
                abroad: slot('abroad'),
              }),
              { count: strong(events.count), arrested: strong(events.arrested), abroad: strong(events.abroad) },
            )}
          </p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/countermeasures">{t('overview.views.countermeasures.title')}</DataLink>
          </h3>
          <p>
            {rich(
              t('overview.views.countermeasures.text', {
                count: slot('count'),
                short: formatCount(measures.short),
                long: formatCount(measures.long),
                both: formatCount(measures.both),
                inPlace: formatCount(measures.inPlace),
              }),
              { count: strong(measures.count) },
            )}
          </p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/sources">{t('overview.views.sources.title')}</DataLink>
          </h3>
          <p>{t('overview.views.sources.text')}</p>
        </li>
      </ul>
    </section>
  );
}

export function OverviewPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('overview.page.title')} documentTitle={t('overview.page.documentTitle')} lede={t('overview.page.lede')} />
      <WithBundle select={selectOverview} fallback={<div className="skeleton key-figures-skeleton" aria-busy="true" />}>
        {(data) => (
          <>
            <KeyFigures data={data} />
            <Views data={data} />
          </>
        )}
      </WithBundle>
    </>
  );
}
