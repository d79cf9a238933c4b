import { DataLink } from '../../components/data-link';
import { ExternalLink } from '../../components/external-link';
import { PageHeader } from '../../components/page-header';
import { WithBundle } from '../../components/with-bundle';
import { formatCount } from '../../lib/format';
import { QUALIFIER_WORDS, formatQualified } from '../../data/qualifiers';
import { provenanceLabel } from '../../data/source-kinds';
import type { Qualifier } from '../../data/schema';
import { formatPartialDate } from '../../lib/dates';
import type { SourcesById } from '../../data/sources';
import { selectOverview, yearSpan, type LatestFigure, type OverviewData } from './lib/overview-data';
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

/** A headline number with its source's hedge set small before it: "about 1,664". */
function Figure({ value, qualifier }: { value: number; qualifier?: Qualifier | undefined }) {
  return (
    <>
      {qualifier && <span className="key-figure__qualifier">{QUALIFIER_WORDS[qualifier]} </span>}
      {formatCount(value)}
    </>
  );
}

const signed = (change: NonNullable<LatestFigure['change']>) =>
  `${change.qualifier ? `${QUALIFIER_WORDS[change.qualifier]} ` : ''}${change.value > 0 ? '+' : change.value < 0 ? '−' : '±'}${formatCount(Math.abs(change.value))}`;

function LatestFigures({ data }: { data: OverviewData }) {
  const { snapshot, latest } = data;
  if (!snapshot || latest.length === 0) return null;
  const when = formatPartialDate(snapshot.date, snapshot.approximate);
  return (
    <div className="key-figures__latest" tabIndex={0} role="region" aria-label="Latest official figures">
      <table className="chart-table latest-table">
        <caption>
          Since then: the latest official figure for each, beside the {when} figures above, and the change{' '}
          <span className="derived-tag">derived</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="num">
              {when}
            </th>
            <th scope="col" className="num">
              Latest official
            </th>
            <th scope="col">When, who</th>
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {latest.map((l) => {
            const s = l.latest.snapshot;
            return (
              <tr key={l.key}>
                <th scope="row">{l.label}</th>
                <td className="num">{l.headline ? formatQualified(l.headline.value, l.headline.qualifier) : '–'}</td>
                <td className="num">{formatQualified(l.latest.value, l.latest.qualifier)}</td>
                <td>
                  {formatPartialDate(s.date, s.approximate)}
                  {s.placed ? ' (year placed by the editors)' : ''}, {s.speaker}. <Cite ids={s.sources} sources={data.sourcesById} />
                </td>
                <td className="num">{l.change ? signed(l.change) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="key-figures__source">
        Change = latest official figure − the {when} figure, computed by the dashboard; “about” when either figure is
        qualified by its source. Statements differ in scope, so a change can reflect a change of scope.
      </p>
    </div>
  );
}

function KeyFigures({ data }: { data: OverviewData }) {
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
        Key figures
      </h2>
      {snapshot && data.figures.length > 0 && (
        <div className="key-figures__group card">
          <dl className="key-figures__list">
            {data.figures.map((f) => (
              <div key={f.key} className={`key-figure key-figure--${f.key}`}>
                <dt className="key-figure__label">{f.label}</dt>
                <dd className="key-figure__value num">
                  <Figure value={f.value} qualifier={f.qualifier} />
                </dd>
              </div>
            ))}
          </dl>
          {(men !== null || unaccounted !== null) && (
            <p className="key-figures__derived">
              <span className="derived-tag">derived</span>{' '}
              {men !== null && <>{formatQualified(men, data.men?.qualifier)} men (derived: total − women − children)</>}
              {men !== null && unaccounted !== null && '; '}
              {unaccounted !== null && (
                <>
                  {formatQualified(unaccounted, data.unaccounted?.qualifier)} still abroad, detained elsewhere or
                  unaccounted for (derived: total − returned − killed)
                </>
              )}
              .{(data.men?.qualifier ?? data.unaccounted?.qualifier) && ' “About”, because a figure they are computed from is qualified.'}
            </p>
          )}
          <p className="key-figures__source">
            {formatPartialDate(snapshot.date, snapshot.approximate)}, {snapshot.speaker}, {provenanceLabel(snapshot.official, kinds(snapshot.sources))}.
            Source: <Cite ids={snapshot.sources} sources={data.sourcesById} />.{' '}
            <DataLink to="/fighters">How these figures compare with official figures</DataLink>
          </p>
          <LatestFigures data={data} />
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
              <dd className="key-figure__value num">
                <Figure value={cellCount.count} qualifier={cellCount.qualifier} />
              </dd>
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
            {events.first ? `, ${yearSpan(events.first, events.last)}` : ''}
            {events.followUps > 0 && ` (plus ${formatCount(events.followUps)} follow-up operations, not counted as cells)`}, with{' '}
            <strong className="num">{formatCount(events.arrested)}</strong> people arrested in Morocco
            {events.abroad > 0 && <> and <strong className="num">{formatCount(events.abroad)}</strong> abroad in joint operations</>} (our
            sum of the reported figures), set against official yearly counts and the events around them.
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
