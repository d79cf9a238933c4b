import { DataLink } from '../../components/data-link';
import { ExternalLink } from '../../components/external-link';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { formatCount } from '../../lib/format';
import { formatPartialDate } from '../../lib/dates';
import type { SourcesById } from '../../data/sources';
import { selectOverview, yearSpan, type OverviewData } from './lib/overview-data';
import './overview.css';

function Cite({ ids, sources }: { ids: string[]; sources: SourcesById }) {
  return (
    <>
      {ids.map((id, i) => {
        const s = sources.get(id);
        return (
          <span key={id}>
            {i > 0 && '; '}
            {s ? <ExternalLink href={s.url}>{s.publisher}</ExternalLink> : id}
          </span>
        );
      })}
    </>
  );
}

function KeyFigures({ data }: { data: OverviewData }) {
  const { snapshot, cellCount } = data;
  return (
    <section aria-labelledby="key-figures" className="key-figures">
      <h2 id="key-figures" className="visually-hidden">
        Key figures
      </h2>
      {snapshot && data.figures.length > 0 && (
        <div className="key-figures__group card">
          <dl className="key-figures__list">
            {data.figures.map((f) => (
              <div key={f.key} className={`key-figure key-figure--${f.key}`}>
                <dt className="key-figure__label">{f.label}</dt>
                <dd className="key-figure__value num">{formatCount(f.value)}</dd>
              </div>
            ))}
          </dl>
          {(data.men !== null || data.unaccounted !== null) && (
            <p className="key-figures__derived">
              <span className="derived-tag">derived</span>{' '}
              {data.men !== null && <>{formatCount(data.men)} men (total − women − children)</>}
              {data.men !== null && data.unaccounted !== null && '; '}
              {data.unaccounted !== null && (
                <>{formatCount(data.unaccounted)} still abroad, detained elsewhere or unaccounted for (total − returned − killed)</>
              )}
              .
            </p>
          )}
          <p className="key-figures__source">
            {formatPartialDate(snapshot.date, snapshot.approximate)}, {snapshot.speaker}
            {snapshot.official ? '' : ', not an official statement'}. Source:{' '}
            <Cite ids={snapshot.sources} sources={data.sourcesById} />. <DataLink to="/fighters">How these figures compare with official statements</DataLink>
          </p>
        </div>
      )}
      {cellCount && (
        <div className="key-figures__group card key-figures__cells">
          <dl className="key-figures__list">
            <div className="key-figure">
              <dt className="key-figure__label">
                {cellCount.coverage === 'isis-linked' ? 'ISIS-linked cells' : 'terrorist cells'} dismantled
                {cellCount.since ? ` since ${formatPartialDate(cellCount.since)}` : ''}
              </dt>
              <dd className="key-figure__value num">{formatCount(cellCount.count)}</dd>
            </div>
          </dl>
          <p className="key-figures__source">
            {formatPartialDate(cellCount.date, cellCount.approximate)}, {cellCount.statedBy}
            {cellCount.official ? '' : ', not confirmed by an official count'}. Source:{' '}
            <Cite ids={cellCount.sources} sources={data.sourcesById} />.
          </p>
        </div>
      )}
    </section>
  );
}

function Views({ data }: { data: OverviewData }) {
  const { events, measures } = data;
  return (
    <section aria-labelledby="views-heading" className="view-cards">
      <h2 id="views-heading">Explore</h2>
      <ul className="view-cards__list">
        <li className="card view-card">
          <h3>
            <DataLink to="/fighters">Foreign fighters</DataLink>
          </h3>
          <p>Who went, what became of them, and how {data.statements} official and unofficial statements changed the count.</p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/timeline">Timeline of cell dismantlings</DataLink>
          </h3>
          <p>
            <strong className="num">{formatCount(events.count)}</strong> documented dismantlings
            {events.first ? `, ${yearSpan(events.first, events.last)}` : ''}, with{' '}
            <strong className="num">{formatCount(events.arrested)}</strong> arrests between them (our sum of the reported
            figures), set against official yearly counts and the events around them.
          </p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/countermeasures">Countermeasures</DataLink>
          </h3>
          <p>
            <strong className="num">{measures.count}</strong> measures: {measures.short} short term, {measures.long} long
            term, {measures.both} both; {measures.inPlace} already in place by 2017. Hard and soft, by domain and actor.
          </p>
        </li>
        <li className="card view-card">
          <h3>
            <DataLink to="/sources">Sources and method</DataLink>
          </h3>
          <p>Every record cites its source; download the data bundle and its schema.</p>
        </li>
      </ul>
    </section>
  );
}

export function OverviewPage() {
  return (
    <>
      <PageHeader
        title="Morocco and ISIS: foreign fighters and counter-terrorism"
        documentTitle="Overview"
        lede="How many Moroccans joined the war in Syria and Iraq, the terrorist cells dismantled at home, and the responses, short and long term. Every number is cited."
      />
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
