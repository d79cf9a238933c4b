import { ChartFrame } from '../../../charts/chart-frame';
import { ExternalLink } from '../../../components/external-link';
import { provenanceLabel } from '../../../data/source-kinds';
import { sourcesCitedBy } from '../../../data/sources';
import type { FightersData } from '../lib/fighters-data';
import {
  DETENTION_LABELS,
  detentionDate,
  detentionKeysGiven,
  detentionSummary,
  detentionTable,
  detentionValue,
} from '../lib/detention';

export const DETENTION_TITLE = 'Returnees, and Moroccans still held in camps abroad';

/** Detention and return figures as a framed table (plot 'html'): one column per statement, qualifiers kept. */
export function DetentionFrame({ data }: { data: FightersData }) {
  const figures = data.detention;
  const keys = detentionKeysGiven(figures);
  const kinds = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const source = data.sourcesById.get(id);
      return source ? [source.kind] : [];
    });
  return (
    <ChartFrame
      version={data.version}
      chartId="fighters-detention"
      deferUntilNear={false}
      plot="html"
      title={DETENTION_TITLE}
      subtitle="Each column is one statement: who said it, when, and what it counts; figures keep their source's qualifier."
      sources={sourcesCitedBy(figures, data.sourcesById)}
      summary={detentionSummary(figures)}
      table={detentionTable(figures)}
      height={0}
      emptyReason={figures.length === 0 ? 'This bundle has no figures on returnees or on Moroccans held abroad.' : null}
      notes={
        <>
          <p>
            These figures fit neither the statements of how many went (above) nor the counts of cells: they count people
            returned in a period, returnees prosecuted, and Moroccans (men, women, children) still held in camps and prisons
            in Syria and Iraq. Scopes differ from one statement to the next; read each column with its scope.
          </p>
          {figures
            .filter((f) => f.note || f.dateNote)
            .map((f) => (
              <p key={f.id}>
                <strong>{detentionDate(f)}</strong>: {[f.dateNote, f.note].filter(Boolean).join(' ')}
              </p>
            ))}
        </>
      }
    >
      <div className="chart-table-wrap" tabIndex={0} role="region" aria-label="Detention and return figures">
        <table className="chart-table detention-table">
          <caption className="visually-hidden">Detention and return figures by statement</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              {figures.map((f) => (
                <th key={f.id} scope="col" className="num">
                  {detentionDate(f)}
                  <span className="detention-table__who">{f.speaker}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Counts</th>
              {figures.map((f) => (
                <td key={f.id}>{f.scope ?? '–'}</td>
              ))}
            </tr>
            {keys.map((k) => (
              <tr key={k}>
                <th scope="row">{DETENTION_LABELS[k]}</th>
                {figures.map((f) => (
                  <td key={f.id} className="num">
                    {detentionValue(f, k)}
                    {k === 'returnedInPeriod' && f.figures[k] !== null && f.period && (
                      <span className="muted"> ({f.period})</span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">How we know</th>
              {figures.map((f) => (
                <td key={f.id}>{provenanceLabel(f.official, kinds(f.sources))}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">Sources</th>
              {figures.map((f) => (
                <td key={f.id}>
                  {f.sources.map((id, i) => {
                    const s = data.sourcesById.get(id);
                    return (
                      <span key={id}>
                        {i > 0 && '; '}
                        {s ? (
                          <ExternalLink href={s.url}>{s.publisher}</ExternalLink>
                        ) : (
                          id
                        )}
                      </span>
                    );
                  })}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </ChartFrame>
  );
}
